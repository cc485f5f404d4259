/**
 * Yes or no, as clerks answer it: for a yes-no question and for the bot's confirmations (submit,
 * cancel, last year's drafts, a doubtful figure).
 */
import { vi } from "../sentences/vi.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import type { ParsedAnswer } from "./answer-parsers.ts";

/**
 * What a reply starts with: "có tổ chức", "Có, ngày 2/10", "đã tổ chức", "không ạ", "chưa tổ chức". Words are
 * compared with their diacritics: folded, "cô", "đừng" and "nó" would read as "co", "dung", "no".
 */
const YES = new Set(["có", "co", "yes", "ok", "okay", "oke", "okie", "oki"]);
/** "Đã tổ chức" is a yes; "đã hoãn", "đã hủy", "đã không tổ chức được" are not. */
const UNDONE = new Set(["không", "khong", "ko", "chưa", "chua", "hoãn", "hoan", "hủy", "huỷ", "huy", "lùi", "lui", "dời", "doi"]);
const NO = new Set(["không", "khong", "ko", "kg", "hông", "hong", "chưa", "chua", "no"]);
/** Only as the whole reply: "c", "k", "đúng" (a sentence starting "y tế…" or "đừng…" is not a yes). */
const YES_ALONE = new Set(["c", "y", "đúng", "dung"]);
const NO_ALONE = new Set(["k", "n"]);
/**
 * Polite words around a yes or a no that do not change it ("dạ có", "không ạ", "ừ đúng rồi"), with
 * their marks; cancel-confirmation.ts allows them beside the yes that cancels a report.
 */
export const COURTESY_WORDS: readonly string[] = ["dạ", "ừ", "uh", "uk", "ừm", "um", "uhm", "ờ", "vâng", "ạ", "nhé", "nhe", "nha", "rồi", "ơi", "thưa"];
/** The same typed without marks ("o", "ờ" folded, is not one), and "vậy" closing a reply ("không vậy"). */
const COURTESY = new Set([...COURTESY_WORDS, "da", "u", "vang", "a", "roi", "oi", "thua", "vậy", "vay"]);
/** Alone, these courtesy words say yes: "vâng", "dạ", "ừ", "uh", "uk", "rồi". */
const AFFIRMING = new Set(["dạ", "da", "vâng", "vang", "ừ", "u", "uh", "uk", "ừm", "um", "uhm", "ờ", "rồi", "roi"]);
/** A second word that makes a yes or a no a doubt: "có lẽ", "có thể", "ko biết", "chưa rõ", "có hay không". */
const DOUBTS = new Set(["le", "the", "biet", "ro", "chac", "nho", "hay"]);

const refused: ParsedAnswer = { ok: false, error: vi.parse.notYesNo };

export function parseYesNo(text: string): ParsedAnswer {
  const words = text.normalize("NFC").toLowerCase().replace(/[.!,;:]+/g, " ").split(/\s+/).filter((word) => word !== "");
  if (words.length === 1 && (words[0] === "1" || words[0] === "2")) return { ok: true, value: words[0] === "1" };
  const meaning = words.filter((word) => !COURTESY.has(word));
  if (meaning.length === 0) return words.some((word) => AFFIRMING.has(word)) ? { ok: true, value: true } : refused;
  const [first, second] = meaning as [string, string | undefined];
  if (meaning.length === 1 && YES_ALONE.has(first)) return { ok: true, value: true };
  // "k co", "k có": "không có" typed short.
  if ((meaning.length === 1 || (meaning.length === 2 && (second === "có" || second === "co"))) && NO_ALONE.has(first)) return { ok: true, value: false };
  if (text.includes("?") || (second !== undefined && DOUBTS.has(foldVietnamese(second)))) return refused;
  if (YES.has(first)) return { ok: true, value: true };
  if (first === "đã") return meaning.some((word) => UNDONE.has(word)) ? refused : { ok: true, value: true };
  if (NO.has(first)) return { ok: true, value: false };
  return refused;
}
