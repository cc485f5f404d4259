/** A list named inside another answer's sentence ({field_id}): one separator between items, as typed otherwise. */
import { describe, expect, it } from "vitest";
import { formatDocumentValue } from "../../src/documents/format-document-value.ts";
import { fieldSchema } from "../../src/templates/template-schema.ts";

const list = fieldSchema.parse({ id: "activities", type: "bullet-list", prompt: "Các hoạt động?" });

describe("a list mid-sentence", () => {
  it("joins its items with one '; ' whatever separator each was typed with, keeping an ellipsis or a question", () => {
    expect(formatDocumentValue(list, ["Ngày hội đọc sách;", "Sân chơi;", "Tập huấn."])).toBe("ngày hội đọc sách; sân chơi; tập huấn");
    expect(formatDocumentValue(list, ["Đọc sách...", "Vì sao?"])).toBe("đọc sách...; vì sao?");
    expect(formatDocumentValue(list, [{ text: "Tuyên truyền:", sub: ["loa đài,", "băng rôn"] }])).toBe("tuyên truyền: loa đài, băng rôn");
  });
});

describe("a name inside a sentence", () => {
  const bodies = fieldSchema.parse({
    id: "partners",
    type: "multiple-choice",
    prompt: "Phối hợp với?",
    options: ["Trường THCS Nam Triệu", "Hội Khuyến học", "UBND phường", "Đoàn thanh niên", "Loa phát thanh", "Hội sách"],
    documentText: "Đơn vị đã phối hợp với: {value}.",
  });

  it("keeps the capital of an item that opens with a name, and lowers only a common word ('trường THCS Nam Triệu', 'hội Khuyến học' before)", () => {
    expect(formatDocumentValue(bodies, ["Trường THCS Nam Triệu", "Hội Khuyến học", "UBND phường", "Đoàn thanh niên", "Loa phát thanh", "Hội sách"])).toBe(
      "Trường THCS Nam Triệu; Hội Khuyến học; UBND phường; Đoàn thanh niên; loa phát thanh; Hội sách",
    );
    expect(formatDocumentValue(list, ["Trường THCS Nam Triệu tổ chức Hội sách", "Trường học thân thiện", "Tổ chức Hội sách"])).toBe(
      "Trường THCS Nam Triệu tổ chức Hội sách; trường học thân thiện; tổ chức Hội sách",
    );
    const choice = fieldSchema.parse({ id: "host", type: "single-choice", prompt: "Ai chủ trì?", options: ["Hội Khuyến học", "Nhà trường"], documentText: "Chủ trì: {value}." });
    expect(formatDocumentValue(choice, "Hội Khuyến học")).toBe("Hội Khuyến học");
    expect(formatDocumentValue(choice, "Nhà trường")).toBe("nhà trường");
    // Common nouns opening with a body's head word are lowered (from the code review: they kept their capital).
    expect(formatDocumentValue(list, ["Hội thi kể chuyện", "Hội thảo chuyên đề", "Phòng đọc xanh", "Đội ngũ giáo viên", "Bộ sách giáo khoa", "Đội Thiếu niên"])).toBe(
      "hội thi kể chuyện; hội thảo chuyên đề; phòng đọc xanh; đội ngũ giáo viên; bộ sách giáo khoa; Đội Thiếu niên",
    );
  });
});
