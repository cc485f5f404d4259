/**
 * An average's sentence in the generic consolidated report, from stored answers as the document
 * worker reads them: worded for one unit, printed without its count when the count is missing (a
 * report stored before the count was asked), and as the officer's own figure when no unit gave one.
 */
import { describe, expect, it } from "vitest";
import { genericConsolidatedTemplate } from "../../src/consolidation/generic-template.ts";
import { buildReportContent } from "../../src/documents/report-content.ts";
import { type Template, templateSchema } from "../../src/templates/template-schema.ts";
import type { Answers } from "../../src/templates/field-visibility.ts";

const unit: Template = templateSchema.parse({
  key: "truong",
  version: 1,
  title: "Báo cáo",
  document: { type: "BÁO CÁO", typeCode: "BC", summary: "Kết quả {year}" },
  sections: [{ heading: "Kết quả", fields: [{ id: "ti_le", type: "percent", prompt: "Tỉ lệ học sinh tham gia (%)?" }] }],
  closing: { fields: [] },
});
const context = { unit: { name: "UBND phường Nam Triệu", parentName: null, placeName: "Nam Triệu" }, campaign: { issuerName: "UBND phường Nam Triệu", referenceText: "", year: 2026 }, issuedOn: "2026-10-08" };
const sentence = (answers: Answers) =>
  buildReportContent(genericConsolidatedTemplate(unit), answers, context).body.flatMap((block) => (block.kind === "paragraph" && block.text.startsWith("Tỉ lệ") ? [block.text] : []));

describe("an average's sentence in the generic consolidated report", () => {
  it("names its count of units, one unit's figure as that unit's", () => {
    expect(sentence({ ti_le: 90.5, ti_le_so_don_vi: 3 })).toEqual(["Tỉ lệ học sinh tham gia (bình quân của 3 đơn vị có số liệu): 90,5%."]);
    expect(sentence({ ti_le: 90.5, ti_le_so_don_vi: 1 })).toEqual(["Tỉ lệ học sinh tham gia (số liệu của 1 đơn vị): 90,5%."]);
  });

  it("prints the figure without a count when none is stored (the sentence was left out)", () => {
    expect(sentence({ ti_le: 90.5 })).toEqual(["Tỉ lệ học sinh tham gia (bình quân các đơn vị có số liệu): 90,5%."]);
    expect(sentence({ ti_le: 90.5, ti_le_so_don_vi: null })).toEqual(["Tỉ lệ học sinh tham gia (bình quân các đơn vị có số liệu): 90,5%."]);
  });

  it("prints an officer's figure where no unit gave one as no average ('bình quân của 0 đơn vị' before)", () => {
    expect(sentence({ ti_le: 90, ti_le_so_don_vi: 0 })).toEqual(["Tỉ lệ học sinh tham gia: 90%."]);
  });
});
