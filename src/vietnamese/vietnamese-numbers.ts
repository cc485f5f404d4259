/**
 * Numbers the Vietnamese way: "." groups thousands and "," marks decimals (1.250; 12,5%).
 * Parsing accepts what clerks type: "1.250", "1 250", "12,5", "12.5", "6 buổi", "2 nghìn", "1,5k".
 * (Whole numbers in words, "sáu buổi": number-words.ts.)
 */

/** Formats 1250 as "1.250" and 12.5 as "12,5" (at most two decimals, trailing zeros dropped). */
export function formatVietnameseNumber(value: number): string {
  const negative = value < 0;
  const [whole = "0", fraction] = Math.abs(value).toFixed(2).replace(/\.?0+$/, "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

export type NumberParse = { ok: true; value: number } | { ok: false; reason: "not-a-number" | "not-an-integer" };

/**
 * The words that multiply the figure before them: "2 nghìn", "2k", "1,5 triệu". Read as any other
 * trailing word, "2 nghìn lượt" was stored as 2. Compared as typed (lower case), not folded: "3 trạm",
 * "5 ngăn" and "15 tr." (pages) are units, not multipliers; only unambiguous plain spellings are added.
 */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([["k", 1e3], ["nghìn", 1e3], ["nghin", 1e3], ["ngàn", 1e3], ["ngan", 1e3], ["trăm", 1e2], ["triệu", 1e6], ["trieu", 1e6], ["tỷ", 1e9], ["tỉ", 1e9]]);

/**
 * The figure at the start ("1.250", "-3", "2 000") and what follows it: "%", or a unit of letters,
 * spaces and dots that starts with a letter ("buổi", "nghìn lượt"); nothing else. Read by scanning:
 * as one regex with overlapping repeats, a "1" and 4,000 spaces before a "#" took 13 s.
 */
function numberAndUnit(input: string): { number: string; unit: string } | undefined {
  const text = input.trim();
  let end = text.startsWith("-") ? 1 : 0;
  if (!/\d/.test(text[end] ?? "")) return undefined;
  while (end < text.length && NUMBER_CHARS.includes(text[end]!)) end++;
  // Any space before the unit: a non-breaking one (pasted), a tab, a line break.
  const unit = text.slice(end).trimStart();
  if (unit !== "" && unit !== "%" && !(/^\p{L}/u.test(unit) && /^[\p{L}\s.]*$/u.test(unit))) return undefined;
  return { number: text.slice(0, end).trim(), unit };
}
const NUMBER_CHARS = "0123456789., ";

/**
 * Reads a number at the start of the text, with an optional trailing unit word ("6 buổi", "95%")
 * that may begin with a multiplier ("2 nghìn lượt"). Thousands: "." or a space between groups of
 * three. Decimals: "," (or "." when it cannot be thousands).
 */
export function parseVietnameseNumber(input: string, { integer }: { integer: boolean }): NumberParse {
  const split = numberAndUnit(input);
  if (!split) return { ok: false, reason: "not-a-number" };
  const raw = split.number;
  let normalized: string;
  if (/^-?\d{1,3}([. ]\d{3})+$/.test(raw)) normalized = raw.replace(/[. ]/g, "");
  else if (/^-?\d{1,3}([. ]\d{3})*,\d+$/.test(raw)) normalized = raw.replace(/[. ]/g, "").replace(",", ".");
  else if (/^-?\d+([.,]\d+)?$/.test(raw)) normalized = raw.replace(",", ".");
  else return { ok: false, reason: "not-a-number" };
  const word = split.unit.normalize("NFC").toLowerCase().split(/[\s.]/)[0] ?? "";
  const multiplier = MULTIPLIERS.get(word) ?? 1;
  // Rounded where the multiplication leaves binary noise (1,1 nghìn is 1100.0000000000002).
  const value = multiplier === 1 ? Number(normalized) : Number((Number(normalized) * multiplier).toFixed(6));
  if (!Number.isFinite(value)) return { ok: false, reason: "not-a-number" };
  if (integer && !Number.isInteger(value)) return { ok: false, reason: "not-an-integer" };
  return { ok: true, value };
}
