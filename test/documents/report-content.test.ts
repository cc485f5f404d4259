import { describe, expect, it } from "vitest";
import { asciiFileName, documentFileName } from "../../src/documents/document-file-name.ts";
import { buildReportContent } from "../../src/documents/report-content.ts";
import { splitIssuerName } from "../../src/documents/render-report.ts";
import { unitAbbreviation } from "../../src/documents/unit-abbreviation.ts";
import { parseTemplate } from "../../src/templates/load-template.ts";
import { formatDecreeDate } from "../../src/text/vietnamese-dates.ts";
import { formatVietnameseNumber } from "../../src/text/vietnamese-numbers.ts";
import { fullReportContent, LIEN_CHAU_CONTEXT, minimalReportContent } from "../helpers/sample-reports.ts";

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
    expect(content.closing).toBe("Trên đây là báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026 của Trường Tiểu học Liên Châu./.");
  });
});

describe("optional questions left unanswered", () => {
  const content = minimalReportContent();

  it("leave no empty heading, and the numbering closes up", () => {
    const headings = content.body.filter((b) => b.kind === "heading").map((b) => b.kind === "heading" && `${b.label} ${b.text}`);
    expect(headings).toEqual(["I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ", "1. Công tác chỉ đạo", "2. Tổ chức các hoạt động", "II. ĐÁNH GIÁ CHUNG", "1. Những kết quả đã đạt được"]);
    const text = content.body.map((b) => b.text).join("\n");
    expect(text).not.toMatch(/Lễ khai mạc Tuần lễ được tổ chức vào ngày|lượt người tham gia|quyên góp/);
    expect(text).toContain("Đơn vị không tổ chức Lễ khai mạc Tuần lễ.");
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
    expect(asciiFileName(name)).toBe("Bao-cao-Truong-Tieu-hoc-Lien-Chau-2026.docx");
  });

  it("breaks long unit names after the kind of body, never mid-name", () => {
    expect(splitIssuerName("TRƯỜNG TIỂU HỌC LIÊN CHÂU", 21)).toEqual(["TRƯỜNG TIỂU HỌC", "LIÊN CHÂU"]);
    expect(splitIssuerName("UBND PHƯỜNG NAM TRIỆU", 21)).toEqual(["UBND PHƯỜNG NAM TRIỆU"]);
    expect(splitIssuerName("ỦY BAN NHÂN DÂN PHƯỜNG TRẦN LIỄU", 21)).toEqual(["ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN LIỄU"]);
    expect(splitIssuerName("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG PHƯỜNG TRẦN LIỄU", 21)).toEqual(["TRUNG TÂM HỌC TẬP", "CỘNG ĐỒNG PHƯỜNG", "TRẦN LIỄU"]);
    expect(splitIssuerName("TRƯỜNG THCS NGUYỄN BỈNH KHIÊM", 21)).toEqual(["TRƯỜNG THCS", "NGUYỄN BỈNH KHIÊM"]);
  });
});
