/** A list named inside another answer's sentence ({field_id}): one separator between items, as typed otherwise. */
import { describe, expect, it } from "vitest";
import { formatDocumentValue } from "../../src/documents/format-document-value.ts";
import { fieldSchema } from "../../src/templates/template-schema.ts";

const list = fieldSchema.parse({ id: "activities", type: "bullet-list", prompt: "Các hoạt động?" });

describe("a list mid-sentence", () => {
  it("joins its items with one '; ' whatever separator each was typed with, keeping an ellipsis or a question", () => {
    expect(formatDocumentValue(list, ["Hội sách;", "Sân chơi;", "Tập huấn."])).toBe("hội sách; sân chơi; tập huấn");
    expect(formatDocumentValue(list, ["Đọc sách...", "Vì sao?"])).toBe("đọc sách...; vì sao?");
    expect(formatDocumentValue(list, [{ text: "Tuyên truyền:", sub: ["loa đài,", "băng rôn"] }])).toBe("tuyên truyền: loa đài, băng rôn");
  });
});
