/**
 * A whole number written in words, as a clerk may answer "Số buổi?": "sáu" 6, "mười hai" 12,
 * "hai mươi mốt" 21, "ba mươi lăm" 35, "một trăm linh năm" 105, "hai trăm mười" 210,
 * "hai nghìn" 2.000, then any unit words ("sáu buổi"). Only with tone marks: without them "sau"
 * (after), "bay" and "nam" are words of their own. What is not read whole is not read at all
 * (undefined): "hai ba" or "một trăm hai" (120 or 102?) is asked again, never guessed.
 * "Không" is no figure here: alone it means "none" (says-none.ts).
 */

const DIGITS: Readonly<Record<string, number>> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 };
/** The last digit after "mươi" ("hai mươi mốt", "ba mươi tư", "bốn mươi lăm") or "mười" (15 is "mười lăm"). */
const UNITS_AFTER_TENS: Readonly<Record<string, number>> = { ...DIGITS, mốt: 1, tư: 4, lăm: 5, nhăm: 5, năm: -1 };
const MULTIPLIERS: Readonly<Record<string, number>> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
const NUMBER_WORDS = new Set(["mười", "mươi", "trăm", "linh", "lẻ", ...Object.keys(MULTIPLIERS)]);

export function readNumberWords(text: string): { value: number; rest: string } | undefined {
  const words = text.normalize("NFC").toLowerCase().trim().split(/\s+/);
  let at = 0;

  /** 1-99 from `at`, or undefined (nothing moved). */
  const belowHundred = (): number | undefined => {
    const first = words[at];
    const digit = first === undefined ? undefined : DIGITS[first];
    let tens: number;
    if (first === "mười") tens = 10;
    else if (digit !== undefined && digit >= 2 && words[at + 1] === "mươi") tens = digit * 10;
    else if (digit !== undefined) return (at++, digit);
    else return undefined;
    at += tens === 10 ? 1 : 2;
    const next = words[at];
    const unit = next === undefined ? undefined : UNITS_AFTER_TENS[next];
    // "mười năm", "hai mươi năm": ten, twenty years; the figure 15 or 25 is said with "lăm".
    if (unit === undefined || unit === -1 || (tens === 10 && next === "mốt")) return tens;
    at++;
    return tens + unit;
  };

  /** 1-999, or undefined when what follows "trăm" is not a reading of its own. */
  const belowThousand = (): number | undefined => {
    const digit = DIGITS[words[at] ?? ""];
    if (digit === undefined || words[at + 1] !== "trăm") return belowHundred();
    at += 2;
    const next = words[at];
    if (next === "linh" || next === "lẻ") {
      const unit = DIGITS[words[at + 1] ?? ""];
      if (unit === undefined) return undefined;
      at += 2;
      return digit * 100 + unit;
    }
    // "một trăm hai" is 120 to some and 102 to others: only the tens ("hai mươi", "mười") are read.
    if (next !== undefined && DIGITS[next] !== undefined && words[at + 1] !== "mươi") return undefined;
    const rest = next === "mười" || (next !== undefined && DIGITS[next] !== undefined) ? belowHundred() : 0;
    return rest === undefined ? undefined : digit * 100 + rest;
  };

  const value = belowThousand();
  if (value === undefined) return undefined;
  const multiplier = MULTIPLIERS[words[at] ?? ""];
  if (multiplier !== undefined) at++;
  const rest = words.slice(at).join(" ");
  // Unit words only ("buổi", "lượt người"): more of a number after the reading ("sáu 7", "hai ba",
  // "mười mốt") means it was not read as typed.
  const next = words[at] ?? "";
  if (/\d/.test(rest) || next in UNITS_AFTER_TENS || NUMBER_WORDS.has(next)) return undefined;
  return { value: value * (multiplier ?? 1), rest };
}
