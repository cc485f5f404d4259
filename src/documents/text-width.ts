/**
 * The printed width of a line of Times New Roman, from a table of advance widths, so header names
 * break between words where they really run out of room and the short rules get their 1/3-1/2 length.
 */

/**
 * Advance widths in font units (2048 to the em) of Liberation Serif 2.1.5, which has the metrics of
 * Times New Roman and is what LibreOffice prints with here. Every Vietnamese letter is as wide as its
 * base letter (Ầ as A, ệ as e), except the horned ơ, ư and the separate đ, which are listed; the
 * test text-width.test.ts checks each entry, and that rule, against the installed font files.
 */
const CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ĐđƠơƯư–—‘’“”…";
const UNITS_PER_EM = 2048;
// prettier-ignore
export const ADVANCE_WIDTHS = {
  regular: [
    512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024,
    1024, 569, 569, 1155, 1155, 1155, 909, 1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479, 1139,
    1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024, 682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569,
    569, 1024, 569, 1593, 1024, 1024, 1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108, 1479, 1024, 1479, 1083,
    1589, 1110, 1024, 2048, 682, 682, 909, 909, 2048,
  ],
  bold: [
    512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024,
    1024, 682, 682, 1167, 1167, 1167, 1024, 1905, 1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593, 797, 1024, 1593, 1366, 1933, 1479, 1593, 1251,
    1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 682, 569, 682, 1190, 1024, 682, 1024, 1139, 909, 1139, 909, 682, 1024, 1139, 569,
    682, 1139, 569, 1706, 1139, 1024, 1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451, 807, 1065, 1479, 1139, 1593, 1134,
    1630, 1229, 1024, 2048, 682, 682, 1024, 1024, 2048,
  ],
  italic: [
    512, 682, 860, 1024, 1024, 1706, 1593, 438, 682, 682, 1024, 1382, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024,
    1024, 682, 682, 1382, 1382, 1382, 1024, 1884, 1251, 1251, 1366, 1479, 1251, 1251, 1479, 1479, 682, 909, 1366, 1139, 1706, 1366, 1479, 1251,
    1479, 1251, 1024, 1139, 1479, 1251, 1706, 1251, 1139, 1139, 797, 569, 797, 864, 1024, 682, 1024, 1024, 909, 1024, 909, 569, 1024, 1024, 569,
    569, 909, 569, 1479, 1024, 1024, 1024, 1024, 797, 797, 569, 1024, 909, 1366, 909, 909, 797, 819, 563, 819, 1108, 1479, 1024, 1479, 1093,
    1544, 1117, 1024, 1821, 682, 682, 1139, 1139, 1821,
  ],
} as const;

export type FontStyle = keyof typeof ADVANCE_WIDTHS;

/** Character → index in the tables; a character outside them counts as an M, so a guess never overflows. */
const INDEX = new Map([...CHARS].map((c, i) => [c, i]));
const FALLBACK = INDEX.get("M")!;
const HORNED: Record<string, string> = { O: "Ơ", o: "ơ", U: "Ư", u: "ư" };

/** The character whose width a letter has: its base letter, or the horned ơ/ư. */
export function widthKey(letter: string): string {
  const [base = letter, ...marks] = letter.normalize("NFD");
  return marks.includes("\u031b") ? (HORNED[base] ?? base) : base;
}

/** Width in twips of `text` in one run of Times New Roman at `halfPoints` (docx's size unit); bold italic counts as bold. */
export function textWidth(text: string, style: { halfPoints: number; bold?: boolean; italics?: boolean }): number {
  const widths = ADVANCE_WIDTHS[style.bold ? "bold" : style.italics ? "italic" : "regular"];
  let units = 0;
  for (const letter of text.normalize("NFC")) units += widths[INDEX.get(letter) ?? INDEX.get(widthKey(letter)) ?? FALLBACK]!;
  // 1 pt = 20 twips and a half-point is half a point: units / em × halfPoints × 10.
  return (units * style.halfPoints * 10) / UNITS_PER_EM;
}
