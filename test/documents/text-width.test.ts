/**
 * The width table behind header line breaks and rule lengths, checked against the Liberation Serif 2
 * files LibreOffice prints with (Times New Roman's metrics), and against nd30-format.md's figures.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADVANCE_WIDTHS, textWidth, widthKey } from "../../src/documents/text-width.ts";
import { LIBERATION_SERIF_DIR, readAdvanceWidths } from "./support/ttf-advance-widths.ts";

const FONT_FILES = { regular: "LiberationSerif-Regular.ttf", bold: "LiberationSerif-Bold.ttf", italic: "LiberationSerif-Italic.ttf" } as const;
const TABLE_CHARS = [..." !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ĐđƠơƯư–—‘’“”…"];
/** Every precomposed Vietnamese letter: Latin-1's, ă â đ ê ô ơ ư, ĩ ũ, and the block U+1EA0-U+1EF9. */
const VIETNAMESE_LETTERS = [
  ..."ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư",
  ...Array.from({ length: 0x1ef9 - 0x1ea0 + 1 }, (_, i) => String.fromCodePoint(0x1ea0 + i)),
];

describe.each(Object.entries(FONT_FILES))("the %s widths", (style, file) => {
  const font = readAdvanceWidths(join(LIBERATION_SERIF_DIR, file));
  const measure = (text: string) => textWidth(text, { halfPoints: 20, bold: style === "bold", italics: style === "italic" });

  it("are the installed font's advance widths, character by character", () => {
    expect(font.unitsPerEm).toBe(2048);
    expect(ADVANCE_WIDTHS[style as keyof typeof FONT_FILES]).toEqual(TABLE_CHARS.map((c) => font.widthOf(c)));
  });

  it("give each Vietnamese letter the font's own width for it", () => {
    // 10 pt = 20 half-points: a width of w units is w × 200 / 2048 twips.
    const wrong = VIETNAMESE_LETTERS.filter((letter) => measure(letter) !== (font.widthOf(letter)! * 200) / 2048);
    expect(wrong, `letters not as wide as ${wrong.map(widthKey).join("")}`).toEqual([]);
  });
});

it("measures the decree's header lines as nd30-format.md reports them", () => {
  expect(textWidth("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { halfPoints: 26, bold: true })).toBeCloseTo(5424, -1);
  expect(Math.abs(textWidth("Độc lập - Tự do - Hạnh phúc", { halfPoints: 28, bold: true }) - 3428)).toBeLessThan(20);
  // nd30-format.md §1.4: 72.2 mm, and 106.3 mm for the place name that does not fit 100 mm.
  expect(textWidth("Hà Nội, ngày 05 tháng 01 năm 2025", { halfPoints: 28, italics: true }) / 56.693).toBeCloseTo(72.2, 0);
  expect(textWidth("Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2025", { halfPoints: 28, italics: true }) / 56.693).toBeCloseTo(106.3, 0);
});
