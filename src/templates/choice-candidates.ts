/**
 * A choice typed so that several options fit it: "ht" stands for "Hoàn thành" and begins "Hoàn
 * thành tốt" ("htt"); "hoàn" is in both. Refused with a generic "chọn một số", the clerk did not
 * know why: the options that fit are listed by their numbers, to answer with one. Part of parse-choice.ts.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

const wordsOf = (text: string) => foldVietnamese(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean);

/**
 * Whether the typed words begin the option's: each word typed is the start of the option's word in
 * its place ("hoan th" → "Hoàn thành tốt"), or one word of initials stands for as many words ("ht").
 */
function begins(typed: readonly string[], words: readonly string[]): boolean {
  const [first, ...rest] = typed;
  if (first === undefined) return true;
  if (words[0] !== undefined && words[0].startsWith(first) && begins(rest, words.slice(1))) return true;
  const count = first.length;
  return count >= 2 && !/\d/.test(first) && count <= words.length && words.slice(0, count).map((w) => w[0]).join("") === first && begins(rest, words.slice(count));
}

/**
 * The numbers (from 1) of the options the text could stand for, when two or more do; none for one
 * or none. Only a short text of letters: a sentence or a figure is refused as before.
 */
export function optionsFitting(text: string, options: readonly string[]): number[] {
  const typed = wordsOf(text.replace(/(?:\s+(?:ạ|a|nhé|nhe|nha)\.?)+\s*$/iu, ""));
  if (typed.length === 0 || typed.length > 3 || typed.join("").length < 2 || typed.some((w) => /\d/.test(w))) return [];
  const fitting = options.flatMap((option, i) => {
    const words = wordsOf(option);
    // By its beginning, or by whole words inside it ("thành" is in all three: listed, for the number).
    const inside = typed.every((w) => w.length >= 3) && ` ${words.join(" ")} `.includes(` ${typed.join(" ")} `);
    return begins(typed, words) || inside ? [i + 1] : [];
  });
  return fitting.length >= 2 ? fitting : [];
}
