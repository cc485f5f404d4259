/**
 * What a PDF page shows, read with poppler: the printed words with their boxes (pdftotext -bbox)
 * grouped into lines, and the horizontal rules drawn on the page (from a grey raster of it).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export interface PrintedWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PrintedLine {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  words: PrintedWord[];
}

/** The words of one page in points from the top-left corner, in reading order. */
export function printedWords(pdf: string, page: number): PrintedWord[] {
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"'),
  }));
}

/** Words sharing a baseline (within 1 pt) make a line, left to right; lines top to bottom. */
export function printedLines(words: PrintedWord[]): PrintedLine[] {
  const lines: PrintedWord[][] = [];
  for (const word of [...words].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
    const line = lines.find((l) => Math.abs(l[0]!.yMax - word.yMax) < 1);
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines.map((l) => {
    const sorted = l.sort((a, b) => a.xMin - b.xMin);
    return {
      text: sorted.map((w) => w.text).join(" "),
      xMin: sorted[0]!.xMin,
      xMax: sorted.at(-1)!.xMax,
      yMin: Math.min(...sorted.map((w) => w.yMin)),
      yMax: Math.max(...sorted.map((w) => w.yMax)),
      words: sorted,
    };
  });
}

/**
 * The longest dark horizontal run between two heights of the page (points), found on a grey raster
 * at 4 pixels a point; its ends in points. Undefined when nothing is drawn there.
 */
export function horizontalRule(pdf: string, page: number, yFrom: number, yTo: number, outPrefix: string): { xMin: number; xMax: number } | undefined {
  const scale = 4;
  execFileSync("pdftoppm", ["-gray", "-r", String(72 * scale), "-f", String(page), "-l", String(page), "-singlefile", pdf, outPrefix]);
  const bytes = readFileSync(`${outPrefix}.pgm`);
  // Binary PGM: "P5", width, height, maximum value, one whitespace, then a byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.toString("latin1", 0, 50));
  if (!header) throw new Error("not a binary PGM");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = bytes.subarray(header[0].length);
  let best: { xMin: number; xMax: number } | undefined;
  for (let y = Math.round(yFrom * scale); y < Math.min(height, Math.round(yTo * scale)); y++) {
    let runStart = -1;
    for (let x = 0; x <= width; x++) {
      const dark = x < width && pixels[y * width + x]! < 128;
      if (dark && runStart < 0) runStart = x;
      if (!dark && runStart >= 0) {
        if (!best || x - runStart > (best.xMax - best.xMin) * scale) best = { xMin: runStart / scale, xMax: x / scale };
        runStart = -1;
      }
    }
  }
  return best;
}
