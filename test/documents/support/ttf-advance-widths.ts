/**
 * Reads advance widths straight from a TrueType file (cmap format 4 and hmtx), so the width table
 * in src/documents/text-width.ts can be checked against the fonts LibreOffice prints with.
 */
import { readFileSync } from "node:fs";

export const LIBERATION_SERIF_DIR = "/usr/share/fonts/truetype/liberation2";

export function readAdvanceWidths(path: string): { unitsPerEm: number; widthOf: (char: string) => number | undefined } {
  const bytes = readFileSync(path);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(4); i++) tables.set(bytes.toString("latin1", 12 + i * 16, 16 + i * 16), view.getUint32(20 + i * 16));
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${path} has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table("head") + 18);
  const metricsCount = view.getUint16(table("hhea") + 34);
  const advance = (glyph: number) => view.getUint16(table("hmtx") + 4 * Math.min(glyph, metricsCount - 1));
  const cmap = table("cmap");
  let format4 = -1;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    // Windows platform (3), Unicode BMP encoding (1).
    if (view.getUint16(cmap + 4 + i * 8) === 3 && view.getUint16(cmap + 6 + i * 8) === 1) format4 = cmap + view.getUint32(cmap + 8 + i * 8);
  }
  if (format4 < 0 || view.getUint16(format4) !== 4) throw new Error(`${path} has no Unicode BMP cmap of format 4`);
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const glyphOf = (code: number): number => {
    for (let i = 0; i < segments; i++) {
      if (code > view.getUint16(ends + 2 * i)) continue;
      const start = view.getUint16(starts + 2 * i);
      if (code < start) return 0;
      const delta = view.getInt16(deltas + 2 * i);
      const rangeOffset = view.getUint16(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + 2 * i + rangeOffset + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  return {
    unitsPerEm,
    widthOf: (char) => {
      const glyph = glyphOf(char.codePointAt(0)!);
      return glyph === 0 ? undefined : advance(glyph);
    },
  };
}
