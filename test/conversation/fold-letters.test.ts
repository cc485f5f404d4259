import { describe, expect, it } from "vitest";
import { foldLetters } from "../../src/conversation/typed-edit.ts";

// foldLetters finds "câu 3 là" in the folded text and cuts the typed text at the same position:
// the two must stay the same length, letter for letter.
describe("foldLetters", () => {
  it("drops tone marks and case, đ to d, keeping every position", () => {
    const typed = "Sửa CÂU 3 là Đội tuyển";
    expect(foldLetters(typed)).toBe("sua cau 3 la doi tuyen");
    expect(foldLetters(typed)).toHaveLength(typed.length);
  });

  it("keeps an emoji's two units, so the text after it keeps its position", () => {
    const typed = "👍 câu 3 là 12";
    const folded = foldLetters(typed);
    expect(folded).toHaveLength(typed.length);
    expect(folded.slice(folded.indexOf("cau"))).toBe("cau 3 la 12");
    expect(typed.slice(folded.indexOf("12"))).toBe("12");
  });

  it("folds a letter met again the same way, capitals too, and plain ASCII as lower case", () => {
    expect(foldLetters("ờ ờ Ờ")).toBe("o o o");
    expect(foldLetters("plain ASCII Text")).toBe("plain ascii text");
  });
});
