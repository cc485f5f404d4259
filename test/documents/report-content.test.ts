/**
 * The pure content of a report, before layout: header texts and number, sections and figures,
 * Nơi nhận and signer, and the text rules (dates, figures, abbreviations, file names).
 */
import { describe, expect, it } from "vitest";
import { asciiFileName, documentFileName } from "../../src/documents/document-file-name.ts";
import { buildReportContent } from "../../src/documents/report-content.ts";
import { issuerSymbol, unitAbbreviation } from "../../src/documents/unit-abbreviation.ts";
import { loadBuiltInTemplates } from "../../src/templates/built-in-templates.ts";
import { parseTemplate } from "../../src/templates/load-template.ts";
import { templateSchema } from "../../src/templates/template-schema.ts";
import type { Answers } from "../../src/templates/field-visibility.ts";
import { listFields } from "../../src/templates/template-fields.ts";
import { formatDecreeDate } from "../../src/vietnamese/vietnamese-dates.ts";
import { formatVietnameseNumber } from "../../src/vietnamese/vietnamese-numbers.ts";
import { TRAN_LIEU_2025 } from "../fixtures/seed-answers.ts";
import { answersFor, fullReportContent, LIEN_CHAU_CONTEXT, minimalReportContent } from "../helpers/sample-reports.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { builtInTemplate } from "../helpers/report-transcript.ts";
import { TRAN_LIEU_CONTEXT, wardReportContent } from "./support/ward-report.ts";

describe("the content of a full report", () => {
  const content = fullReportContent();

  it("has the header texts of the unit and the decree's date form", () => {
    expect(content).toMatchObject({
      parentBody: "UBND PHƯỜNG NAM TRIỆU",
      issuer: "TRƯỜNG TIỂU HỌC LIÊN CHÂU",
      numberLine: "Số:       /BC-THLC",
      placeDate: "Nam Triệu, ngày 08 tháng 10 năm 2026",
      type: "BÁO CÁO",
      summary: "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026",
      addressedTo: ["UBND phường Nam Triệu"],
    });
    expect(content.reference).toBe(
      "Thực hiện Công văn số 125/UBND-VHXH ngày 05/10/2026 của UBND phường Nam Triệu về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026, Trường Tiểu học Liên Châu báo cáo kết quả thực hiện như sau:",
    );
  });

  it("numbers the sections I./1. and writes the figures the Vietnamese way", () => {
    const headings = content.body.filter((b) => b.kind === "heading").map((b) => b.kind === "heading" && `${b.label} ${b.text}`);
    expect(headings).toEqual([
      "I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ",
      "1. Công tác chỉ đạo",
      "2. Tổ chức các hoạt động",
      "II. ĐÁNH GIÁ CHUNG",
      "1. Những kết quả đã đạt được",
      "2. Bài học kinh nghiệm",
      "3. Tồn tại, hạn chế",
      "III. ĐỀ XUẤT, KIẾN NGHỊ",
    ]);
    const text = content.body.map((b) => b.text).join("\n");
    expect(text).toContain("Thư viện, tủ sách của đơn vị đã phục vụ 2.000 lượt bạn đọc.");
    expect(text).toContain("đạt 95,5%.");
    expect(text).toContain("Lễ khai mạc Tuần lễ được tổ chức vào ngày 02/10/2026");
    expect(text).toContain("Đơn vị tự đánh giá: hoàn thành tốt kế hoạch");
    expect(text).toContain("- Tổ chức Hội sách;\n- Tổ chức các sân chơi trực tuyến cho học sinh.");
  });

  it("closes with the recipients (Lưu last) and the signer", () => {
    expect(content.recipients).toEqual(["- UBND phường Nam Triệu;", "- Lưu: VT."]);
    expect(content.signer).toEqual({ authority: [], position: "HIỆU TRƯỞNG", name: "Nguyễn Văn An" });
    // A name typed all in lower case is written as a name; one with capitals stays as typed.
    const signedAs = (name: string) => buildReportContent(builtInTemplate(), answersFor([...FULL_REPORT_ANSWERS.slice(0, -1), name]), LIEN_CHAU_CONTEXT).signer.name;
    expect(signedAs("nguyễn văn an")).toBe("Nguyễn Văn An");
    expect(signedAs("NGUYỄN VĂN AN")).toBe("NGUYỄN VĂN AN");
    expect(signedAs("Đỗ thu Trang")).toBe("Đỗ thu Trang");
    expect(content.closing).toBe("Trên đây là báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026 của Trường Tiểu học Liên Châu./.");
  });
});

describe("optional questions left unanswered", () => {
  const content = minimalReportContent();

  it("leave no empty heading, and the numbering closes up (a point left alone at its level is not numbered)", () => {
    const headings = content.body.filter((b) => b.kind === "heading").map((b) => b.kind === "heading" && `${b.label} ${b.text}`.trim());
    expect(headings).toEqual(["I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ", "1. Công tác chỉ đạo", "2. Tổ chức các hoạt động", "II. ĐÁNH GIÁ CHUNG", "Những kết quả đã đạt được"]);
    const text = content.body.map((b) => b.text).join("\n");
    expect(text).not.toMatch(/Lễ khai mạc Tuần lễ được tổ chức vào ngày|lượt cán bộ, giáo viên tham gia|quyên góp/);
    expect(text).toContain("Đơn vị không tổ chức Lễ khai mạc Tuần lễ.");
  });

  it("say a figure of 0 in the template's own words, not \"0 buổi\"", () => {
    const text = content.body.map((b) => b.text).join("\n");
    expect(text).toContain("Đơn vị chưa tổ chức buổi tập huấn, sinh hoạt chuyên đề nào.");
    expect(text).not.toMatch(/\b0 buổi/);
  });

  it("fall back to the default recipients", () => {
    expect(content.recipients).toEqual(["- Như trên;", "- Lưu: VT."]);
  });
});

it("letters points a), b)… in the Vietnamese order, with đ and without f", () => {
  const template = parseTemplate({
    key: "diem",
    version: 1,
    title: "Điểm",
    document: { type: "BÁO CÁO", typeCode: "BC", summary: "Thử" },
    sections: [
      {
        heading: "Một",
        sections: [
          {
            heading: "Hai",
            sections: "abcdefg".split("").map((c) => ({ heading: `Điểm ${c}`, fields: [{ id: `f_${c}`, type: "short-text", prompt: "?" }] })),
          },
        ],
      },
    ],
    closing: { fields: [] },
  });
  const answers = Object.fromEntries("abcdefg".split("").map((c) => [`f_${c}`, `nội dung ${c}`]));
  const labels = buildReportContent(template, answers, LIEN_CHAU_CONTEXT).body.flatMap((b) => (b.kind === "heading" && b.level === 3 ? [b.label] : []));
  expect(labels).toEqual(["a)", "b)", "c)", "d)", "đ)", "e)", "g)"]);
});

describe("the plan the unit built, cited", () => {
  it("prints its kind before its number however the clerk typed it, and a plan without a number as typed", () => {
    const planSentence = (typed: string) => {
      const content = buildReportContent(builtInTemplate(), answersFor([typed, ...FULL_REPORT_ANSWERS.slice(1)]), LIEN_CHAU_CONTEXT);
      return JSON.stringify(content.body).match(/Đơn vị đã xây dựng (.*?) về việc/)?.[1];
    };
    expect(planSentence("số 12/KH-THLC ngày 25/9/2026")).toBe("Kế hoạch số 12/KH-THLC ngày 25/9/2026");
    expect(planSentence("12/KH-THLC ngày 25/9/2026")).toBe("Kế hoạch số 12/KH-THLC ngày 25/9/2026");
    expect(planSentence("ke hoach so 12/KH-THLC")).toBe("Kế hoạch số 12/KH-THLC");
    expect(planSentence("Kế hoạch số 192/KH-THLC ngày 27/9/2026")).toBe("Kế hoạch số 192/KH-THLC ngày 27/9/2026");
    expect(planSentence("kế hoạch riêng của nhà trường")).toBe("kế hoạch riêng của nhà trường");
  });
});

describe("text rules", () => {
  it("pads the day and only months 1 and 2, as Decree 30 says", () => {
    expect(formatDecreeDate("2026-01-05")).toBe("ngày 05 tháng 01 năm 2026");
    expect(formatDecreeDate("2026-02-28")).toBe("ngày 28 tháng 02 năm 2026");
    expect(formatDecreeDate("2026-06-15")).toBe("ngày 15 tháng 6 năm 2026");
    expect(formatDecreeDate("2026-12-01")).toBe("ngày 01 tháng 12 năm 2026");
  });

  it("formats figures with dot thousands and comma decimals", () => {
    expect([1250, 12.5, 1234567.891, 0, 100].map(formatVietnameseNumber)).toEqual(["1.250", "12,5", "1.234.567,89", "0", "100"]);
  });

  it("abbreviates units for the document number", () => {
    expect(unitAbbreviation("Trường Tiểu học Liên Châu")).toBe("THLC");
    expect(unitAbbreviation("Trường THCS Nam Triệu")).toBe("THCSNT");
    expect(unitAbbreviation("Ủy ban nhân dân phường Đồng Hòa")).toBe("PĐH");
  });

  it("names files after the document type, unit and year, keeping Vietnamese letters", () => {
    const name = documentFileName("BÁO CÁO", "Trường Tiểu học Liên Châu", 2026, 1);
    expect(name).toBe("Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026.docx");
    expect(documentFileName("BÁO CÁO", "Trường THCS Nam Triệu", 2026, 2)).toBe("Báo-cáo-Trường-THCS-Nam-Triệu-2026-v2.docx");
    expect(documentFileName("BÁO CÁO", "Trường THCS Nam Triệu", 2026, 2, 3)).toBe("Báo-cáo-Trường-THCS-Nam-Triệu-2026-đợt-3-v2.docx");
    expect(asciiFileName(name)).toBe("Bao-cao-Truong-Tieu-hoc-Lien-Chau-2026.docx");
    // An abbreviation stays one: "UBND", "THCS", not "Ubnd".
    expect(asciiFileName("Báo-cáo-UBND-phường-Nam-Triệu-2026.docx")).toBe("Bao-cao-UBND-phuong-Nam-Trieu-2026.docx");
    expect(asciiFileName("Báo-cáo-Trường-THCS-Nam-Triệu-2026-đợt-3-v2.docx")).toBe("Bao-cao-Truong-THCS-Nam-Trieu-2026-dot-3-v2.docx");
  });

  it("signs a People's Committee's number as UBND and any other unit by its initials", () => {
    expect(issuerSymbol("Ủy ban nhân dân phường Trần Liễu")).toBe("UBND");
    expect(issuerSymbol("Uỷ ban nhân dân phường Đồng Hòa")).toBe("UBND");
    expect(issuerSymbol("UBND phường Nam Triệu")).toBe("UBND");
    expect(issuerSymbol("Trường Tiểu học Liên Châu")).toBe("THLC");
    expect(issuerSymbol("Trung tâm Học tập cộng đồng phường Trần Liễu")).toBe("TTHTCĐPTL");
  });
});

describe("the ward's report (a People's Committee)", () => {
  const recipientsAt = TRAN_LIEU_2025.answers.findIndex((answer) => answer.startsWith("- Sở GDĐT thành phố;"));
  const withRecipients = (recipients: string) => TRAN_LIEU_2025.answers.map((answer, i) => (i === recipientsAt ? recipients : answer));
  it("is numbered BC-UBND, not by the ward's initials", () => {
    expect(wardReportContent().numberLine).toBe("Số:       /BC-UBND");
  });

  it("files the skipped Nơi nhận with the drafting department: Lưu: VT, VHXH.", () => {
    expect(wardReportContent(withRecipients("/boqua")).recipients).toEqual(["- Như trên;", "- Lưu: VT, VHXH."]);
  });

  it("completes a typed bare Lưu: VT and keeps a typed Lưu line that names a department", () => {
    expect(wardReportContent(withRecipients("Sở GDĐT thành phố\nLưu: VT")).recipients).toEqual(["- Sở GDĐT thành phố;", "- Lưu: VT, VHXH."]);
    expect(wardReportContent(withRecipients("Lưu: VT, VP\nSở GDĐT thành phố")).recipients).toEqual(["- Sở GDĐT thành phố;", "- Lưu: VT, VP."]);
    // Typed loosely: "Lưu VT" without its colon, and on one line after another recipient.
    expect(wardReportContent(withRecipients("Sở GDĐT thành phố\nLưu VT")).recipients).toEqual(["- Sở GDĐT thành phố;", "- Lưu: VT, VHXH."]);
    expect(wardReportContent(withRecipients("như trên, lưu vt, vp")).recipients).toEqual(["- Như trên;", "- Lưu: VT, VP."]);
    expect(wardReportContent(withRecipients("Trung tâm Lưu trữ lịch sử")).recipients).toEqual(["- Trung tâm Lưu trữ lịch sử;", "- Lưu: VT, VHXH."]);
    // Only abbreviations go to capitals: a department written out stays as typed.
    expect(wardReportContent(withRecipients("lưu: VT, phòng Văn hóa")).recipients).toEqual(["- Lưu: VT, phòng Văn hóa."]);
  });

  it("says no \"Như trên\" by default when there is no Kính gửi for it to point to (the ward's report in its own campaign)", () => {
    const own = { ...TRAN_LIEU_CONTEXT, campaign: { ...TRAN_LIEU_CONTEXT.campaign, issuerName: TRAN_LIEU_CONTEXT.unit.name } };
    const content = wardReportContent(withRecipients("/boqua"), own);
    expect(content.addressedTo).toEqual([]);
    expect(content.recipients).toEqual(["- Lưu: VT, VHXH."]);
    // Typed, it stays: the unit said so.
    expect(wardReportContent(withRecipients("Như trên\nSở GDĐT thành phố"), own).recipients).toEqual(["- Như trên;", "- Sở GDĐT thành phố;", "- Lưu: VT, VHXH."]);
  });

  it("in the campaign the ward issued, cites the request and addressees it was given, never its own letter to the schools", () => {
    const addresseeAt = recipientsAt - 2;
    const referenceAt = recipientsAt - 1;
    const answered = (addressees: string, reference: string) => TRAN_LIEU_2025.answers.map((answer, i) => (i === addresseeAt ? addressees : i === referenceAt ? reference : answer));
    const own = { ...TRAN_LIEU_CONTEXT, campaign: { ...TRAN_LIEU_CONTEXT.campaign, issuerName: TRAN_LIEU_CONTEXT.unit.name, referenceText: "Công văn số 125/UBND-VHXH ngày 25/9/2025 của UBND phường Trần Liễu" } };
    const skipped = wardReportContent(answered("/boqua", "/boqua"), own);
    expect(skipped.addressedTo).toEqual([]);
    expect(skipped.reference).toBeUndefined();
    const given = wardReportContent(answered("Sở Giáo dục và Đào tạo Hải Phòng.", "Công văn số 7418/SGDĐT-GDTX ngày 07/10/2025 của Sở Giáo dục và Đào tạo Hải Phòng."), own);
    expect(given.addressedTo).toEqual(["Sở Giáo dục và Đào tạo Hải Phòng"]);
    expect(given.reference).toBe(
      "Thực hiện Công văn số 7418/SGDĐT-GDTX ngày 07/10/2025 của Sở Giáo dục và Đào tạo Hải Phòng về việc báo cáo kết quả thực hiện Tuần lễ hưởng ứng học tập suốt đời năm 2025, Ủy ban nhân dân phường Trần Liễu báo cáo kết quả như sau:",
    );
    // In the Department's campaign, skipped, they are that campaign's.
    const up = wardReportContent(answered("/boqua", "/boqua"));
    expect(up.addressedTo).toEqual(["Sở Giáo dục và Đào tạo Hải Phòng"]);
    expect(up.reference).toMatch(/^Thực hiện Công văn số 7418\/SGDĐT-GDTX,GDNN&ĐH ngày 07\/10\/2025 của Sở Giáo dục và Đào tạo Hải Phòng về việc/);
  });

  it("keeps Lưu: VT. when a school answers the ward-level template", () => {
    const school = { ...TRAN_LIEU_CONTEXT, unit: { ...TRAN_LIEU_CONTEXT.unit, name: "Trường Tiểu học Liên Châu" } };
    const content = wardReportContent(withRecipients("/boqua"), school);
    expect(content.recipients).toEqual(["- Như trên;", "- Lưu: VT."]);
    expect(content.numberLine).toBe("Số:       /BC-THLC");
  });

  it("states the training figures in one sentence, and that none was held when none was, as the books and readers say theirs", () => {
    const text = wardReportContent().body.map((b) => b.text);
    expect(text.filter((t) => /\b6 buổi|\b290\b/.test(t))).toEqual([
      "- Các trường học trên địa bàn đã tổ chức các lớp tập huấn, sinh hoạt chuyên đề. Tổng số buổi tập huấn được tổ chức là 6 buổi, với sự tham gia của 290 lượt cán bộ, giáo viên.",
    ]);
    const noTraining = TRAN_LIEU_2025.answers.filter((answer) => answer !== "290").map((answer) => (answer === "6" ? "0" : answer));
    expect(wardReportContent(noTraining).body.map((b) => b.text).filter((t) => /tập huấn|buổi,/u.test(t))).toEqual(["- Các trường học trên địa bàn chưa tổ chức buổi tập huấn, sinh hoạt chuyên đề nào trong Tuần lễ."]);
  });
});

it("names only earlier fields of the same template in the built-in templates' sentences", () => {
  for (const template of loadBuiltInTemplates()) {
    const earlier = new Set<string>(["value"]);
    for (const { field } of listFields(template)) {
      for (const [, id] of (field.documentText ?? "").matchAll(/\{([a-z][a-z0-9_]*)\}/g)) expect(earlier, `${template.key}: ${field.id} names {${id}}`).toContain(id);
      earlier.add(field.id);
    }
  }
});

it("fills another question's answer in the lead of a list and of photos, and leaves the lead out when that answer is missing", () => {
  const template = templateSchema.parse({
    key: "hoat-dong",
    version: 1,
    title: "Báo cáo hoạt động",
    document: { type: "BÁO CÁO", typeCode: "BC", summary: "Kết quả hoạt động năm {year}" },
    sections: [
      {
        heading: "Kết quả",
        fields: [
          { id: "sessions", type: "integer", prompt: "Số buổi?", required: false },
          { id: "activities", type: "bullet-list", prompt: "Các hoạt động?", documentText: "Trong {sessions} buổi, đơn vị đã tổ chức: {value}" },
          { id: "pictures", type: "photo", prompt: "Ảnh?", required: false, documentText: "{value} ảnh của {sessions} buổi:" },
        ],
      },
    ],
    closing: { fields: [{ id: "signer_name", type: "short-text", prompt: "Họ và tên người ký?" }], signerName: "signer_name" },
  });
  const photo = { content: new Uint8Array([1]), type: "png" as const, width: 10, height: 10, caption: "Hội sách" };
  const context = { ...LIEN_CHAU_CONTEXT, photos: new Map([[7, photo]]) };
  const texts = (answers: Answers) => buildReportContent(template, answers, context).body.filter((b) => b.kind !== "heading").map((b) => b.text);
  expect(texts({ sessions: 3, activities: ["Hội sách", "Thi kể chuyện"], pictures: [7] })).toEqual([
    // A figure without a documentText of its own is said with its question, not alone.
    "Số buổi: 3.",
    "Trong 3 buổi, đơn vị đã tổ chức:",
    "- Hội sách;",
    "- Thi kể chuyện.",
    "1 ảnh của 3 buổi:",
    "Hội sách",
  ]);
  // The figure skipped: no lead prints "{sessions}"; the list and the photo stay.
  expect(texts({ activities: ["Hội sách"], pictures: [7] })).toEqual(["- Hội sách.", "Hội sách"]);
});

it("prints an answer whose template gives no sentence with its question when it is no text: a bare 'có' or date said nothing", () => {
  const template = templateSchema.parse({
    key: "khong-cau",
    version: 1,
    title: "Báo cáo không câu",
    document: { type: "BÁO CÁO", typeCode: "BC", summary: "Thử" },
    sections: [
      {
        heading: "Kết quả",
        fields: [
          { id: "held", type: "yes-no", prompt: "Đơn vị có tổ chức diễn tập không?" },
          { id: "on", type: "date", prompt: "Ngày diễn tập?" },
          { id: "note", type: "paragraph", prompt: "Ghi chú?" },
        ],
      },
    ],
    closing: { fields: [{ id: "signer_name", type: "short-text", prompt: "Họ và tên người ký?" }], signerName: "signer_name" },
  });
  const body = buildReportContent(template, { held: true, on: "2026-10-02", note: "Diễn tập an toàn." }, LIEN_CHAU_CONTEXT).body.filter((b) => b.kind !== "heading").map((b) => b.text);
  expect(body).toEqual(["Đơn vị có tổ chức diễn tập không: có.", expect.stringMatching(/^Ngày diễn tập: (?:ngày )?0?2/), "Diễn tập an toàn."]);
});
