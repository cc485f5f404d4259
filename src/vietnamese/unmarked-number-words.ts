/**
 * A number in words typed without tone marks ("hai muoi", "mot tram linh nam"), a phone without
 * Vietnamese keys: number-words.ts reads only marked words, and "hai muoi" at "Số buổi?" was asked
 * again as no number. The words given back their marks, for number-words.ts to read: only a run of
 * two number words at least, so "sau" (after), "nam" (year) or "bay" alone are never taken for 6, 5, 7.
 */
import { typedWithoutMarks } from "./fold-vietnamese.ts";

/** Unmarked number words with their marks; "muoi", "mot" and "nam" by the word before them. */
const MARKED = new Map([
  ["mot", "một"], ["hai", "hai"], ["ba", "ba"], ["bon", "bốn"], ["nam", "năm"], ["sau", "sáu"], ["bay", "bảy"], ["tam", "tám"], ["chin", "chín"],
  ["muoi", "mười"], ["tu", "tư"], ["lam", "lăm"], ["tram", "trăm"], ["nghin", "nghìn"], ["ngan", "ngàn"], ["trieu", "triệu"], ["ty", "tỷ"],
  ["linh", "linh"], ["le", "lẻ"], ["khong", "không"],
]);
const DIGITS = new Set(["hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin"]);

/** The text with its leading number words marked, or undefined when it has marks or fewer than two such words. */
export function markNumberWords(text: string): string | undefined {
  if (!typedWithoutMarks(text)) return undefined;
  const words = text.trim().split(/\s+/);
  const count = words.findIndex((word) => !MARKED.has(word.toLowerCase()));
  const run = count < 0 ? words.length : count;
  if (run < 2) return undefined;
  const marked = words.slice(0, run).map((word, i, all) => {
    const lower = word.toLowerCase();
    const before = all[i - 1]?.toLowerCase();
    // "hai muoi" is twenty (mươi), "muoi hai" twelve (mười); "hai muoi mot" is 21 (mốt).
    if (lower === "muoi" && before !== undefined && DIGITS.has(before)) return "mươi";
    if (lower === "mot" && before === "muoi" && i > 1 && DIGITS.has(all[i - 2]!.toLowerCase())) return "mốt";
    return MARKED.get(lower)!;
  });
  return [...marked, ...words.slice(run)].join(" ");
}
