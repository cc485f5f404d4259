/**
 * The generated .docx opened as a checker would: its XML parts read for page set-up, fonts and
 * sizes, text order, and page numbering from page 2.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { renderReportDocx } from "../../src/documents/render-report.ts";
import { paragraphXml, readDocx } from "../helpers/docx-reader.ts";
import { buildReportContent } from "../../src/documents/report-content.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { builtInTemplate } from "../helpers/report-transcript.ts";
import { answersFor, fullReportContent, LIEN_CHAU_CONTEXT, minimalReportContent } from "../helpers/sample-reports.ts";

let docx: ReturnType<typeof readDocx>;
beforeAll(async () => {
  docx = readDocx(await renderReportDocx(fullReportContent()));
});

/** The run properties of the paragraph with this exact text. */
const runOf = (text: string) => paragraphXml(docx.documentXml, text);

describe("page set-up", () => {
  it("is A4 portrait with margins inside the decree's ranges", () => {
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(docx.documentXml)?.[0] ?? "";
    expect(sect).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(sect);
    const [top, right, bottom, left] = margin!.slice(1).map((twips) => Number(twips) / 56.693);
    expect(top).toBeGreaterThanOrEqual(19.99);
    expect(top).toBeLessThanOrEqual(25);
    expect(bottom).toBeGreaterThanOrEqual(19.99);
    expect(bottom).toBeLessThanOrEqual(25);
    expect(left).toBeGreaterThanOrEqual(29.99);
    expect(left).toBeLessThanOrEqual(35);
    expect(right).toBeGreaterThanOrEqual(14.99);
    expect(right).toBeLessThanOrEqual(20);
  });

  it("numbers pages in the top margin from page 2 on, centred, 14 pt", () => {
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(docx.documentXml)?.[0] ?? "";
    expect(sect).toContain("<w:titlePg/>");
    const rels = docx.part("word/_rels/document.xml.rels");
    const headerFile = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`).exec(sect)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      return docx.part(`word/${target}`);
    };
    const pageHeader = headerFile("default");
    expect(pageHeader).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(pageHeader).toContain('<w:jc w:val="center"/>');
    expect(pageHeader).toContain('<w:sz w:val="28"/>');
    const firstHeader = headerFile("first");
    expect(firstHeader).not.toMatch(/PAGE/);
    expect(firstHeader).not.toMatch(/<w:t[ >]/);
  });
});

describe("fonts and sizes", () => {
  it("uses Times New Roman everywhere, in Vietnamese", () => {
    const fonts = new Set([...docx.documentXml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect(fonts).toEqual(new Set(["Times New Roman"]));
    expect(docx.part("word/styles.xml")).toMatch(/<w:lang w:val="vi-VN"\/>/);
  });

  it("sets the header as the decree does: parent body upright 13, unit bold 13, Quốc hiệu bold 13, motto bold 14, date italic 14", () => {
    expect(runOf("UBND PHƯỜNG NAM TRIỆU")).toMatch(/<w:sz w:val="26"\/>/);
    expect(runOf("UBND PHƯỜNG NAM TRIỆU")).not.toMatch(/<w:b\/>/);
    expect(runOf("TRƯỜNG TIỂU HỌC")).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(runOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(runOf("Độc lập - Tự do - Hạnh phúc")).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(runOf("Nam Triệu, ngày 08 tháng 10 năm 2026")).toMatch(/<w:i\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(runOf("Số:       /BC-THLC")).toMatch(/<w:sz w:val="26"\/>/);
  });

  it("puts the header in a borderless table with fixed widths", () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(docx.documentXml)?.[0] ?? "";
    expect(table).toMatch(/<w:tblLayout w:type="fixed"\/>/);
    expect(table).toMatch(/<w:gridCol w:w="3685"\/><w:gridCol w:w="5670"\/>/);
    expect(table).toMatch(/<w:top w:val="none"/);
    expect(table).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  it("centres the title and summary in bold 14 and draws the rules as bordered empty paragraphs", () => {
    for (const text of ["BÁO CÁO", "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026"]) {
      expect(runOf(text)).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    }
    expect(docx.documentXml.match(/<w:bottom w:val="single"/g)?.length).toBe(3);
  });

  it("sets the body justified in 14 pt with a 1 cm first line and 6 pt between paragraphs (its paragraph style)", () => {
    const body = runOf("Thư viện, tủ sách của đơn vị đã phục vụ 2.000 lượt bạn đọc.");
    expect(body).toContain('<w:pStyle w:val="Body"/>');
    const style = /<w:style w:type="paragraph" w:styleId="Body">[\s\S]*?<\/w:style>/.exec(docx.part("word/styles.xml"))?.[0] ?? "";
    expect(style).toContain('<w:jc w:val="both"/>');
    expect(style).toMatch(/<w:ind w:firstLine="567"\/>/);
    expect(style).toMatch(/w:before="120"/);
    expect(style).toMatch(/<w:sz w:val="28"\/>/);
    expect(style).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(runOf("I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ")).toMatch(/<w:keepNext\/>[\s\S]*<w:b\/>/);
  });

  it("sets Nơi nhận bold italic 12, its list 11, and the signature bold 14, kept on one page", () => {
    expect(runOf("Nơi nhận:")).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(runOf("- Lưu: VT.")).toMatch(/<w:sz w:val="22"\/>/);
    expect(runOf("HIỆU TRƯỞNG")).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(runOf("Nguyễn Văn An")).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    const lastTable = [...docx.documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].at(-1)?.[0] ?? "";
    expect(lastTable).toContain("Nơi nhận:");
    expect(lastTable).toContain("<w:cantSplit/>");
    expect(runOf(docx.paragraphs[docx.paragraphs.indexOf("Nơi nhận:") - 1]!)).toContain("<w:keepNext/>");
  });
});

describe("text", () => {
  it("reads in the decree's order", () => {
    const order = [
      "UBND PHƯỜNG NAM TRIỆU",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số:       /BC-THLC",
      "BÁO CÁO",
      "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026",
      "Kính gửi: UBND phường Nam Triệu.",
      "I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ",
      "1. Công tác chỉ đạo",
      "2. Tổ chức các hoạt động",
      "II. ĐÁNH GIÁ CHUNG",
      "III. ĐỀ XUẤT, KIẾN NGHỊ",
      "- Quan tâm đầu tư kinh phí cho thư viện.",
      "Nơi nhận:",
      "HIỆU TRƯỞNG",
      "Nguyễn Văn An",
    ];
    const positions = order.map((text) => docx.paragraphs.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("has no heading without content when optional questions were skipped", async () => {
    const minimal = readDocx(await renderReportDocx(minimalReportContent()));
    expect(minimal.paragraphs).not.toContain("III. ĐỀ XUẤT, KIẾN NGHỊ");
    expect(minimal.paragraphs).not.toContain("2. Bài học kinh nghiệm");
    const headingIndexes = minimal.paragraphs.flatMap((p, i) => (/^(?:[IVX]+|\d+)\. /.test(p) ? [i] : []));
    for (const i of headingIndexes) expect(minimal.paragraphs[i + 1]).not.toMatch(/^(?:[IVX]+)\. |^Trên đây/);
  });

  it("sets a paragraph answer's '+ ' lines in as sub-items, one more centimetre than its '- ' lines (they stood at the items' indent)", async () => {
    const answers = [...FULL_REPORT_ANSWERS];
    answers[1] = "Tuyên truyền qua các hình thức:\n- Treo băng rôn tại cổng trường:\n+ 12 băng rôn, khẩu hiệu\n+ 5 áp phích\n- Phát thanh trên loa của trường";
    const { documentXml } = readDocx(await renderReportDocx(buildReportContent(builtInTemplate(), answersFor(answers), LIEN_CHAU_CONTEXT)));
    expect(paragraphXml(documentXml, "+ 12 băng rôn, khẩu hiệu")).toMatch(/<w:ind [^>]*w:firstLine="1134"/);
    expect(paragraphXml(documentXml, "+ 5 áp phích")).toMatch(/<w:ind [^>]*w:firstLine="1134"/);
    expect(paragraphXml(documentXml, "- Treo băng rôn tại cổng trường:")).not.toMatch(/w:firstLine="1134"/);
  });
});

