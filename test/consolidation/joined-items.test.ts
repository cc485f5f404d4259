/**
 * Items run into one line of the ward's report: after the first, each opens in lower case unless
 * it opens with a name; names, abbreviations and words in capitals are left as typed.
 */
import { describe, expect, it } from "vitest";
import { itemWithSubs, joinItems } from "../../src/consolidation/joined-items.ts";

describe("an item run into a sentence", () => {
  it("lowers every common opening alike, not only the ones of a list", () => {
    // "Thi vẽ tranh", "Thư viện xanh", "Cách làm mới" kept their capital among lowered ones.
    expect(joinItems(["Tổ chức Hội sách", "Thi vẽ tranh", "Thư viện xanh", "Treo băng rôn", "Cách làm mới"])).toBe("Tổ chức Hội sách; thi vẽ tranh; thư viện xanh; treo băng rôn; cách làm mới");
    expect(itemWithSubs("Tuyên truyền", ["Thi vẽ tranh", "Các trường tổ chức"])).toBe("Tuyên truyền: thi vẽ tranh; các trường tổ chức");
  });

  it("leaves a name, an abbreviation or words in capitals as typed", () => {
    // "Facebook của trường", "YouTube kênh trường" read "facebook …", "youTube …" (from the code review).
    const kept = ["Trường THCS Nam Triệu", "UBND phường", "Bác Hồ", "Nguyễn Thị Hoa", "TỔ CHỨC HỘI SÁCH", "Tổ Chức Hội Sách", "Hội sách", "Đoàn phường hỗ trợ", "Facebook của trường", "Zalo nhóm phụ huynh", "YouTube kênh trường"];
    expect(joinItems(["Tổ chức", ...kept])).toBe(["Tổ chức", ...kept].join("; "));
  });

  it("keeps the first item as typed and drops each item's closing mark at the joint", () => {
    expect(joinItems(["Tổ chức Hội sách.", "Treo băng rôn;", "Đoàn phường hỗ trợ"])).toBe("Tổ chức Hội sách; treo băng rôn; Đoàn phường hỗ trợ");
  });
});
