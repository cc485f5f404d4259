/**
 * Which item openings are lowered mid-sentence in the ward's report: only common words written
 * with a capital first letter; names, abbreviations and words in capitals are left as typed.
 */
import { describe, expect, it } from "vitest";
import { joinItems, midSentence } from "../../src/consolidation/joined-items.ts";

describe("an item run into a sentence", () => {
  it("lowers a common opening word and nothing else", () => {
    expect(midSentence("Tổ chức Hội sách")).toBe("tổ chức Hội sách");
    expect(midSentence("Các trường tổ chức")).toBe("các trường tổ chức");
    // A name, an abbreviation, a heading in capitals, a title in capitals, a longer word.
    for (const kept of ["Trường THCS Nam Triệu", "UBND phường", "Bác Hồ", "Nguyễn Thị Hoa", "TỔ CHỨC HỘI SÁCH", "Tổ Chức Hội Sách", "Cách làm mới", "Hội sách"]) expect(midSentence(kept)).toBe(kept);
  });

  it("keeps the first item as typed and drops each item's closing mark at the joint", () => {
    expect(joinItems(["Tổ chức Hội sách.", "Treo băng rôn;", "Đoàn phường hỗ trợ"])).toBe("Tổ chức Hội sách; treo băng rôn; Đoàn phường hỗ trợ");
  });
});
