/**
 * A whole number written in words, as a clerk may answer "Số buổi?": "sáu" 6, "mười hai" 12,
 * "hai mươi mốt" 21, "ba mươi lăm" 35, "một trăm linh năm" 105, "hai trăm mười" 210,
 * "hai nghìn" 2.000, "một nghìn hai trăm" 1.200, "hai nghìn không trăm năm mươi" 2.050, and the words after it ("sáu buổi": ["buổi"]), for the caller to judge.
 * Only with tone marks: without them "sau" (after), "bay" and "nam" are words of their own.
 * What is not read whole is not read at all (undefined): "hai ba", "một trăm hai" (120 or 102?),
 * "mười năm" (ten years) are asked again, never guessed. "Không" is no figure here: alone it means
 * "none" (says-none.ts).
 */
import { MULTIPLIERS } from "./vietnamese-numbers.ts";

const DIGITS = new Map([["một", 1], ["hai", 2], ["ba", 3], ["bốn", 4], ["năm", 5], ["sáu", 6], ["bảy", 7], ["tám", 8], ["chín", 9]]);
/** The last digit after "mươi" ("hai mươi mốt", "ba mươi tư", "bốn mươi lăm") or "mười" (15 is "mười lăm"). */
const UNITS_AFTER_TENS = new Map([...DIGITS, ["mốt", 1], ["tư", 4], ["lăm", 5], ["nhăm", 5]]);
/** More of a number: after a reading they mean it was not read as typed ("mười mốt", "hai nghìn không trăm"). */
const NUMBER_WORDS = new Set([...UNITS_AFTER_TENS.keys(), "không", "mười", "mươi", "trăm", "linh", "lẻ", ...MULTIPLIERS.keys()]);

export function readNumberWords(text: string): { value: number; rest: string[] } | undefined {
  const words = text.normalize("NFC").toLowerCase().trim().split(/\s+/);
  let at = 0;
  const digitAt = (i: number) => DIGITS.get(words[i] ?? "");

  /** 1-99 from `at`, or undefined (nothing moved). */
  const belowHundred = (): number | undefined => {
    const digit = digitAt(at);
    let tens: number;
    if (words[at] === "mười") tens = 10;
    else if (digit !== undefined && digit >= 2 && words[at + 1] === "mươi") tens = digit * 10;
    else if (digit !== undefined) return (at++, digit);
    else return undefined;
    at += tens === 10 ? 1 : 2;
    const next = words[at] ?? "";
    // "mười năm", "hai mươi năm" are ten, twenty years: 15 and 25 are said with "lăm" (and 11 "mười một").
    if (next === "năm" || (tens === 10 && next === "mốt") || !UNITS_AFTER_TENS.has(next)) return tens;
    at++;
    return tens + UNITS_AFTER_TENS.get(next)!;
  };

  /** 1-999, or undefined when what follows "trăm" is not a reading of its own. */
  const belowThousand = (): number | undefined => {
    const digit = digitAt(at);
    if (digit === undefined || words[at + 1] !== "trăm") return belowHundred();
    at += 2;
    if (words[at] === "linh" || words[at] === "lẻ") {
      const unit = digitAt(at + 1);
      if (unit === undefined) return undefined;
      at += 2;
      return digit * 100 + unit;
    }
    // "một trăm hai" is 120 to some and 102 to others: only the tens ("hai mươi", "mười") are read.
    const tens = words[at] === "mười" || (digitAt(at) !== undefined && words[at + 1] === "mươi") ? belowHundred() : 0;
    return tens === undefined ? undefined : digit * 100 + tens;
  };

  /**
   * After "nghìn" or "triệu", the group below it when it is said whole: "ba trăm" (2.300), "không
   * trăm năm mươi" (2.050), "linh năm" (1.005). A bare "hai" ("một nghìn hai": 1.200 to some) or
   * "năm mươi" is not read, and so neither is the figure.
   */
  const groupAfter = (): number | undefined => {
    if (words[at] === "không" && words[at + 1] === "trăm") {
      at += 2;
      if (words[at] === "linh" || words[at] === "lẻ") return at++, linkedUnit();
      // Tens only ("không trăm năm mươi"): "không trăm hai" is 2002 to some and 2020 to others, and
      // "không trăm" alone says nothing.
      const tens = words[at] === "mười" || (digitAt(at) !== undefined && words[at + 1] === "mươi");
      return tens ? belowHundred() : undefined;
    }
    if (words[at] === "linh" || words[at] === "lẻ") return at++, linkedUnit();
    return digitAt(at) !== undefined && words[at + 1] === "trăm" ? belowThousand() : 0;
  };
  const linkedUnit = (): number | undefined => {
    const unit = digitAt(at);
    if (unit !== undefined) at++;
    return unit;
  };

  let group = belowThousand();
  if (group === undefined) return undefined;
  // Groups by "tỷ", "triệu", "nghìn", each smaller than the one before ("hai triệu ba trăm nghìn").
  let value = 0;
  let last = Infinity;
  for (;;) {
    const multiplier = MULTIPLIERS.get(words[at] ?? "");
    if (multiplier === undefined || multiplier < 1000 || multiplier >= last) break;
    // "hai triệu nghìn": a multiplier with nothing before it.
    if (group === 0) return undefined;
    at++;
    last = multiplier;
    value += group * multiplier;
    group = groupAfter();
    if (group === undefined) return undefined;
  }
  value += group;
  const rest = words.slice(at);
  if (rest.some((word) => NUMBER_WORDS.has(word) || /\d/.test(word))) return undefined;
  return { value, rest };
}

/** Only number words ("một trăm hai", "hai ba"), read or not: a figure meant, in words. */
export function isAllNumberWords(text: string): boolean {
  const words = text.normalize("NFC").toLowerCase().replace(/[.!]+$/, "").trim().split(/\s+/);
  return words.every((word) => NUMBER_WORDS.has(word));
}
