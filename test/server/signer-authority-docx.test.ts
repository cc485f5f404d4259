/**
 * The signature block's authority line as Decree 30 prints it (nd30-format.md, 7a: "TM. ỦY BAN NHÂN
 * DÂN", in capitals): "TM. UBND" typed was printed as typed. Through the real server: a unit's
 * report answered in its chat, submitted, rendered, its .docx read back.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { paragraphXml, readDocx } from "../helpers/docx-reader.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp();
});
afterEach(() => server.close());

it("prints 'TM. UBND' typed as the authority 'TM. ỦY BAN NHÂN DÂN', bold, above the position", async () => {
  const answers = [...FULL_REPORT_ANSWERS];
  // The authority question, skipped in the shared answers, is answered as a ward officer types it.
  answers[answers.indexOf("/boqua")] = "TM. UBND";
  const replies = await submitFullReport(server, LIEN_CHAU, HOA, answers);
  await server.documents.renderPending();
  const url = replies.find((m) => m.document)?.document?.url;
  const docx = readDocx((await server.app.inject(new URL(url!).pathname)).rawPayload);
  expect(docx.paragraphs).toContain("TM. ỦY BAN NHÂN DÂN");
  expect(docx.documentXml).not.toMatch(/UBND<\/w:t>/);
  expect(paragraphXml(docx.documentXml, "TM. ỦY BAN NHÂN DÂN")).toMatch(/<w:b\/>/);
  const at = (text: string) => docx.paragraphs.indexOf(text);
  expect(at("TM. ỦY BAN NHÂN DÂN")).toBe(at("HIỆU TRƯỞNG") - 1);
});

it.each([
  ["pho chu tich", "PHÓ CHỦ TỊCH"],
  ["Phó Chủ tịch Thường trực", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"],
])("prints 'KT. CHỦ TỊCH' between 'TM. ỦY BAN NHÂN DÂN' and the position when a deputy signs ('%s' typed)", async (typed, printed) => {
  const answers = [...FULL_REPORT_ANSWERS];
  answers[answers.indexOf("/boqua")] = "TM. UBND";
  answers[answers.indexOf("HIỆU TRƯỞNG")] = typed;
  const replies = await submitFullReport(server, LIEN_CHAU, HOA, answers);
  await server.documents.renderPending();
  const url = replies.find((m) => m.document)?.document?.url;
  const docx = readDocx((await server.app.inject(new URL(url!).pathname)).rawPayload);
  const at = docx.paragraphs.indexOf("TM. ỦY BAN NHÂN DÂN");
  expect(docx.paragraphs.slice(at, at + 3)).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", printed]);
  expect(paragraphXml(docx.documentXml, "KT. CHỦ TỊCH")).toMatch(/<w:b\/>/);
});
