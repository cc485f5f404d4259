/**
 * A choice's numbers with greetings and courtesy around them ("dạ chào chị ạ, 1", "em chọn 1, 3
 * nhé"): refused as no option, though the numbers are plain. Only words that say nothing of the
 * choice are taken off, and only around numbers: an option named in words keeps its own reading
 * (parse-choice.ts), and "không chọn 1" is still refused.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/** Greetings, who speaks and to whom, particles, "chọn", folded. */
const COURTESY = new Set(["da", "vang", "u", "uh", "uk", "ok", "oke", "okay", "xin", "chao", "em", "e", "minh", "chi", "c", "anh", "co", "thay", "a", "nhe", "nha", "oi", "thua", "roi", "chon", "y"]);

/** Longer than a greeting and a choice: not read (a run of spaces is no courtesy). */
const MAX_LENGTH = 60;

/** The numbers typed, from the first figure to the last, when every word around them is courtesy; else undefined. */
export function numbersAmidCourtesy(text: string): string | undefined {
  // "2 ạ?", "1 à chị?": a question about the choice, not the choice.
  if (text.length > MAX_LENGTH || text.includes("?")) return undefined;
  const first = text.search(/\d/);
  if (first < 0) return undefined;
  const last = text.length - [...text].reverse().join("").search(/\d/);
  const around = foldVietnamese(`${text.slice(0, first)} ${text.slice(last)}`).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return around.length > 0 && around.every((word) => COURTESY.has(word)) ? text.slice(first, last) : undefined;
}
