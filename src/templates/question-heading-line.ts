/**
 * "Ưu điểm:" above the items a clerk pasted from a Word report, at the question "Những kết quả, ưu
 * điểm nổi bật": the heading repeats the question, which the document prints already. Kept, it
 * printed as an item "- Ưu điểm:" with the real items as "+" sub-items under it. A heading that
 * says something of its own ("Hoạt động tuyên truyền:" / "+ loa phát thanh") stays the item it
 * heads (parse-list-lines.ts).
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/** `text` without its first line when that line is an unmarked heading ("…:") whose words the question's prompt holds, and lines follow it. */
export function withoutQuestionHeading(text: string, prompt: string): string {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== "");
  const heading = lines[first]?.trim() ?? "";
  const rest = lines.slice(first + 1);
  if (!heading.endsWith(":") || /^[-+•*–]|^\d{1,2}[.)]/u.test(heading) || !rest.some((line) => line.trim() !== "")) return text;
  const words = wordsOf(heading);
  return words !== "" && ` ${wordsOf(prompt)} `.includes(` ${words} `) ? rest.join("\n") : text;
}

/** Folded words, single-spaced, without punctuation: "Ưu điểm:" → "uu diem". */
const wordsOf = (text: string) => foldVietnamese(text.replace(/[^\p{L}\p{N}]+/gu, " "));
