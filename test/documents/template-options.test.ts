/**
 * What a template can say, as the document prints it: "+" sub-items under "- " items, run-in
 * headings, sections printed even when empty, a field's own heading, and answers kept as typed.
 */
import { describe, expect, it } from "vitest";
import { renderReportDocx } from "../../src/documents/render-report.ts";
import { buildReportContent } from "../../src/documents/report-content.ts";
import type { Answers } from "../../src/templates/field-visibility.ts";
import { parseTemplate } from "../../src/templates/load-template.ts";
import { paragraphXml, readDocx } from "../helpers/docx-reader.ts";
import { OPTIONS_TEMPLATE, typedAnswers } from "../helpers/options-template.ts";
import { LIEN_CHAU_CONTEXT } from "../helpers/sample-reports.ts";

const LIST = [
  "- Tuyên truyền qua các kênh",
  "+ Loa phát thanh",
  "+ Trang thông tin điện tử...",
  "- Khai mạc Tuần lễ; ",
  "- Sân chơi trực tuyến?",
  "- Đọc sách... rồi thảo luận",
  "- Trích “Học, học nữa, học mãi.”",
  "- Thi đua!",
].join("\n");

const FULL = typedAnswers({
  chi_dao: "Đơn vị đã ban hành kế hoạch... đúng hạn",
  hoat_dong: LIST,
  ton_tai: null,
  de_xuat: null,
  khac: null,
  giao_vien: "Tham gia đầy đủ.",
  hoc_sinh: "Tích cực!",
  to_cm: "Sinh hoạt chuyên đề.",
});

const bodyTexts = (answers: Answers) =>
  buildReportContent(OPTIONS_TEMPLATE, answers, LIEN_CHAU_CONTEXT).body.map((b) => (b.kind === "heading" ? `${b.label} ${b.text}${b.runIn !== undefined ? `: ${b.runIn}`.trimEnd() : ""}` : b.text));

describe("the document's body", () => {
  it("prints run-in headings, empty sections with their wording, field headings and sub-items", () => {
    expect(bodyTexts(FULL)).toEqual([
      "I. KẾT QUẢ",
      "1. Công tác chỉ đạo: Đơn vị đã ban hành kế hoạch... đúng hạn.",
      "2. Hoạt động:",
      "- Tuyên truyền qua các kênh:",
      "+ Loa phát thanh;",
      "+ Trang thông tin điện tử...",
      "- Khai mạc Tuần lễ;",
      "- Sân chơi trực tuyến?",
      "- Đọc sách... rồi thảo luận;",
      "- Trích “Học, học nữa, học mãi.”",
      "- Thi đua!",
      "3. Tồn tại, hạn chế (nếu có)",
      "Không có.",
      "4. Đề xuất: Không.",
      "II. ĐỐI TƯỢNG",
      "1. Đối với giáo viên",
      "Tham gia đầy đủ.",
      "2. Đối với học sinh",
      "Tích cực!",
      "3. Đối với Tổ chuyên môn",
      "Sinh hoạt chuyên đề.",
    ]);
  });

  it("prints a paragraph typed on a phone as a report writes it: a capital and a full stop on each line of prose, '•' items as '-', the words as typed", () => {
    const texts = bodyTexts(typedAnswers({ chi_dao: "treo băng rôn ở cổng trường\n• phát thanh\nke chuyen cho be nghe\nCác kênh:\niPad cho thư viện", giao_vien: "x", to_cm: "x", hoat_dong: "Một" }));
    const at = texts.findIndex((t) => t.startsWith("1. Công tác chỉ đạo"));
    expect(texts.slice(at, at + 5)).toEqual(["1. Công tác chỉ đạo: Treo băng rôn ở cổng trường.", "- Phát thanh", "Ke chuyen cho be nghe.", "Các kênh:", "iPad cho thư viện."]);
  });

  it("leaves a point's label, a phone number, a note and an address as typed", () => {
    const texts = bodyTexts(typedAnswers({ chi_dao: "a) tổ chức hội sách\n+84 912 345 678 (cô Hà)\n*Ghi chú: mượn sách\nwww.thcsnamtrieu.edu.vn", giao_vien: "x", to_cm: "x", hoat_dong: "Một" }));
    const at = texts.findIndex((t) => t.startsWith("1. Công tác chỉ đạo"));
    expect(texts.slice(at, at + 4)).toEqual(["1. Công tác chỉ đạo: a) tổ chức hội sách.", "+84 912 345 678 (cô Hà).", "*Ghi chú: mượn sách.", "www.thcsnamtrieu.edu.vn"]);
  });

  it("leaves an e-mail or a web address closing a line without a full stop, and prints a hostile line ('@.' repeated), which took minutes", () => {
    const texts = bodyTexts(typedAnswers({ chi_dao: "liên hệ cô Hà: ha.nt@thcs.edu.vn\nxem tại:https://thcs.vn\ngửi @ban giám hiệu", giao_vien: "x", to_cm: "x", hoat_dong: "Một" }));
    const at = texts.findIndex((t) => t.startsWith("1. Công tác chỉ đạo"));
    expect(texts.slice(at, at + 3)).toEqual(["1. Công tác chỉ đạo: Liên hệ cô Hà: ha.nt@thcs.edu.vn", "Xem tại:https://thcs.vn", "Gửi @ban giám hiệu."]);
    // As one regex ("\S+@\S+\.\S+$") this took minutes, on the thread that answers every chat; a test that hangs fails by its time-out.
    const hostile = bodyTexts(typedAnswers({ chi_dao: `${"@.".repeat(2000)} x`, giao_vien: "x", to_cm: "x", hoat_dong: "Một" }));
    expect(hostile.find((t) => t.startsWith("1. Công tác chỉ đạo"))).toMatch(/ x\.$/);
  });

  it("ends the last item with a full stop only when it has no mark of its own", () => {
    const texts = bodyTexts(typedAnswers({ ...{ chi_dao: "x", giao_vien: "x", to_cm: "x" }, hoat_dong: "Một\nHai\n+ hai a" }));
    expect(texts.filter((t) => /^[-+] /.test(t))).toEqual(["- Một;", "- Hai:", "+ Hai a."]);
  });

  it("closes up a field heading's number when its answer is skipped", () => {
    const texts = bodyTexts({ ...FULL, hoc_sinh: null });
    expect(texts.slice(-4)).toEqual(["1. Đối với giáo viên", "Tham gia đầy đủ.", "2. Đối với Tổ chuyên môn", "Sinh hoạt chuyên đề."]);
  });

  it("prints an empty section's intro only with its answers", () => {
    const template = parseTemplate({
      ...OPTIONS_TEMPLATE,
      sections: [{ heading: "Hạn chế", intro: "Cụ thể như sau:", whenEmpty: "Không có.", fields: [{ id: "han_che", type: "paragraph", prompt: "?", required: false }] }],
    });
    const texts = (answers: Answers) => buildReportContent(template, answers, LIEN_CHAU_CONTEXT).body.map((b) => b.text);
    expect(texts({ han_che: null })).toEqual(["HẠN CHẾ", "Không có."]);
    expect(texts({ han_che: "Thiếu kinh phí." })).toEqual(["HẠN CHẾ", "Cụ thể như sau:", "Thiếu kinh phí."]);
  });

  it("reads lists stored before sub-items existed (a plain string array) as before", () => {
    const texts = bodyTexts({ ...FULL, hoat_dong: ["Hội sách", "Sân chơi"] });
    expect(texts.slice(2, 5)).toEqual(["2. Hoạt động:", "- Hội sách;", "- Sân chơi."]);
  });
});

describe("the .docx", () => {
  it("indents a sub-item one centimetre further than an item, and runs a heading's text in after it", async () => {
    const docx = readDocx(await renderReportDocx(buildReportContent(OPTIONS_TEMPLATE, FULL, LIEN_CHAU_CONTEXT)));
    expect(docx.paragraphs).toContain("+ Loa phát thanh;");
    expect(paragraphXml(docx.documentXml, "+ Loa phát thanh;")).toMatch(/<w:ind w:firstLine="1134"\/>/);
    expect(paragraphXml(docx.documentXml, "- Khai mạc Tuần lễ;")).not.toMatch(/<w:ind /);
    const runIn = paragraphXml(docx.documentXml, "1. Công tác chỉ đạo: Đơn vị đã ban hành kế hoạch... đúng hạn.");
    const runs = [...runIn.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => r[1]!);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatch(/<w:b\/>[\s\S]*1\. Công tác chỉ đạo:/);
    expect(runs[1]).not.toMatch(/<w:b\/>/);
    expect(docx.paragraphs).toContain("3. Tồn tại, hạn chế (nếu có)");
    expect(docx.paragraphs).toContain("Không có.");
  });
});
