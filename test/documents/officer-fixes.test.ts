/**
 * What an officer would otherwise fix by hand in the .docx XML (issue #10): header names broken into
 * lines between words, the People's Committee's number symbol, the summary's rule at 1/3-1/2 of the
 * summary, the Lưu line of each kind of issuer, and several Kính gửi recipients one per line.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { SIZE, TEXT_WIDTH } from "../../src/documents/nd30-layout.ts";
import { renderReportDocx } from "../../src/documents/render-report.ts";
import { textWidth } from "../../src/documents/text-width.ts";
import { TRAN_LIEU_2025 } from "../fixtures/seed-answers.ts";
import { paragraphXml, paragraphXmls, readDocx, tableCellTexts, textOf } from "../helpers/docx-reader.ts";
import { buildReportContent } from "../../src/documents/report-content.ts";
import { answersFor, fullReportContent, LIEN_CHAU_CONTEXT, MINIMAL_ANSWERS, minimalReportContent } from "../helpers/sample-reports.ts";
import { builtInTemplate } from "../helpers/report-transcript.ts";
import { wardReportContent } from "./support/ward-report.ts";

describe("the ward's report (Trần Liễu seed) as an officer would sign it", () => {
  let ward: ReturnType<typeof readDocx>;
  beforeAll(async () => {
    ward = readDocx(await renderReportDocx(wardReportContent()));
  });

  it("prints the header names on lines broken between words, HẢI PHÒNG and TRẦN LIỄU whole", () => {
    expect(tableCellTexts(ward.documentXml, 0, 0)).toEqual(["UBND THÀNH PHỐ", "HẢI PHÒNG", "ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN LIỄU"]);
    expect(paragraphXml(ward.documentXml, "HẢI PHÒNG")).not.toMatch(/<w:b\/>/);
    expect(paragraphXml(ward.documentXml, "PHƯỜNG TRẦN LIỄU")).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
  });

  it("numbers it with the People's Committee's symbol BC-UBND", () => {
    expect(tableCellTexts(ward.documentXml, 1, 0)).toEqual(["Số:       /BC-UBND"]);
  });

});

describe("a skipped Nơi nhận", () => {
  const skipRecipients = TRAN_LIEU_2025.answers.map((answer) => (answer.startsWith("- Sở GDĐT thành phố;") ? "/boqua" : answer));
  it.each([
    ["a People's Committee", () => wardReportContent(skipRecipients), "- Lưu: VT, VHXH."],
    ["a school", () => minimalReportContent(), "- Lưu: VT."],
  ])("ends with the Lưu line of %s in 11 pt", async (_, build, archive) => {
    const docx = readDocx(await renderReportDocx(build()));
    const lastTable = [...docx.documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].at(-1)?.[0] ?? "";
    expect(tableCellTexts(lastTable, 0, 0)).toEqual(["Nơi nhận:", "- Như trên;", archive]);
    expect(paragraphXml(docx.documentXml, archive)).toMatch(/<w:sz w:val="22"\/>/);
  });
});

describe("a Nơi nhận typed without tone marks", () => {
  it("prints a body the report knows as it is written, abbreviations in capitals, and one Lưu line", () => {
    const typed = MINIMAL_ANSWERS.map((answer, i) => (i === 15 ? "nhu tren\nubnd phuong nam trieu\nphong gddt\nluu vt" : answer));
    expect(buildReportContent(builtInTemplate(), answersFor(typed), LIEN_CHAU_CONTEXT).recipients).toEqual(["- Như trên;", "- UBND phường Nam Triệu;", "- Phong GDĐT;", "- Lưu: VT."]);
  });

  it("keeps a line typed with its marks as typed, never takes the header's capitals, and reads 'Luu Thi Hoa' as a person, not the Lưu line", () => {
    const context = { ...LIEN_CHAU_CONTEXT, unit: { ...LIEN_CHAU_CONTEXT.unit, parentName: "UBND PHƯỜNG NAM TRIỆU" } };
    const typed = MINIMAL_ANSWERS.map((answer, i) => (i === 15 ? "UBND phường Nam Triệu\nLuu Thi Hoa (Hieu truong)" : answer));
    expect(buildReportContent(builtInTemplate(), answersFor(typed), context).recipients).toEqual(["- UBND phường Nam Triệu;", "- Luu Thi Hoa (Hieu truong);", "- Lưu: VT."]);
  });
});

describe("the rule under the summary", () => {
  it.each([
    ["school", () => fullReportContent()],
    ["ward", () => wardReportContent()],
  ])("is 1/3 to 1/2 as long as the summary's line (%s)", async (_, build) => {
    const content = build();
    const paragraphs = paragraphXmls(readDocx(await renderReportDocx(content)).documentXml);
    const rule = paragraphs[paragraphs.findIndex((p) => textOf(p) === content.summary) + 1]!;
    expect(rule).toMatch(/<w:bottom w:val="single"/);
    const [left, right] = [/w:left="(\d+)"/.exec(rule)?.[1], /w:right="(\d+)"/.exec(rule)?.[1]].map(Number);
    const share = (TEXT_WIDTH - left! - right!) / Math.min(textWidth(content.summary, { halfPoints: SIZE.body, bold: true }), TEXT_WIDTH);
    expect(share).toBeGreaterThanOrEqual(1 / 3);
    expect(share).toBeLessThanOrEqual(1 / 2);
  });
});

describe("Kính gửi with several recipients", () => {
  const recipients = ["Sở Giáo dục và Đào tạo Hải Phòng", "Ủy ban nhân dân thành phố Hải Phòng", "Ban Chỉ đạo xây dựng xã hội học tập"];
  let docx: ReturnType<typeof readDocx>;
  beforeAll(async () => {
    docx = readDocx(await renderReportDocx({ ...fullReportContent(), addressedTo: recipients }));
  });

  it("puts each recipient on its own line, ; after each and . after the last", () => {
    const at = docx.paragraphs.findIndex((p) => p.startsWith("Kính gửi:"));
    expect(docx.paragraphs.slice(at, at + 4)).toEqual([
      "Kính gửi:\t- Sở Giáo dục và Đào tạo Hải Phòng;",
      "- Ủy ban nhân dân thành phố Hải Phòng;",
      "- Ban Chỉ đạo xây dựng xã hội học tập.",
      expect.stringMatching(/^Thực hiện /),
    ]);
  });

  it("aligns every dash on one tab stop right after the colon", () => {
    const first = paragraphXml(docx.documentXml, "Kính gửi:\t- Sở Giáo dục và Đào tạo Hải Phòng;");
    const tab = Number(/<w:tab w:val="left" w:pos="(\d+)"\/>/.exec(first)?.[1]);
    const [left, hanging] = [/<w:ind w:left="(\d+)" w:hanging="(\d+)"\/>/.exec(first)?.slice(1)].flat().map(Number);
    expect(left).toBe(tab);
    // The label starts at left - hanging; the dash one space after its colon.
    expect(hanging).toBeCloseTo(textWidth("Kính gửi: ", { halfPoints: SIZE.body }), -1);
    for (const line of ["- Ủy ban nhân dân thành phố Hải Phòng;", "- Ban Chỉ đạo xây dựng xã hội học tập."]) {
      expect(paragraphXml(docx.documentXml, line)).toMatch(new RegExp(`<w:ind w:left="${tab}"/>`));
    }
  });
});
