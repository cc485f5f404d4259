/**
 * Breaks an upper-case agency name of the header ("UBND THÀNH PHỐ HẢI PHÒNG") into the lines it is
 * printed on, by measured width, between words and never inside a place name or a fixed term. Word
 * and LibreOffice wrap by themselves at the last word that fits: "UBND THÀNH PHỐ HẢI / PHÒNG".
 */

/** Multi-word terms read as one word: an office, a school level, an administrative level. */
const TERMS = [
  "ỦY BAN NHÂN DÂN",
  "UỶ BAN NHÂN DÂN",
  "HỘI ĐỒNG NHÂN DÂN",
  "TRUNG HỌC PHỔ THÔNG",
  "TRUNG HỌC CƠ SỞ",
  "HỌC TẬP CỘNG ĐỒNG",
  "TRUNG TÂM",
  "TIỂU HỌC",
  "MẦM NON",
  "GIÁO DỤC",
  "ĐÀO TẠO",
  "XÃ HỘI",
  "THÀNH PHỐ",
  "THỊ XÃ",
  "THỊ TRẤN",
  "ĐẶC KHU",
].map((term) => term.split(" "));
/** Administrative levels: what follows the last of them is a place name ("PHƯỜNG" → "TRẦN LIỄU"). */
const LEVELS = new Set(["THÀNH PHỐ", "TP.", "TỈNH", "QUẬN", "HUYỆN", "THỊ XÃ", "THỊ TRẤN", "PHƯỜNG", "XÃ", "ĐẶC KHU"]);
/** Kinds of body that read best alone on the first line ("TRƯỜNG TIỂU HỌC" / "LIÊN CHÂU"); what follows is a name. */
const KINDS = [
  "ỦY BAN NHÂN DÂN",
  "UỶ BAN NHÂN DÂN",
  "HỘI ĐỒNG NHÂN DÂN",
  "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG",
  "TRƯỜNG TRUNG HỌC PHỔ THÔNG",
  "TRƯỜNG TRUNG HỌC CƠ SỞ",
  "TRƯỜNG TIỂU HỌC",
  "TRƯỜNG MẦM NON",
  "TRƯỜNG THCS",
  "TRƯỜNG THPT",
];
/** Beyond this many words every way of breaking is too many to try; the name is filled line by line. */
const MAX_TOKENS = 14;

/** The lines of `name`, each at most `maxWidth` wide as measured by `widthOf`. */
export function headerNameLines(name: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  const words = name.trim().split(/\s+/).filter((w) => w !== "");
  if (widthOf(words.join(" ")) <= maxWidth) return [words.join(" ")];
  // A place name longer than the column is the one thing that may still be broken.
  return bestLines(tokens(words), maxWidth, widthOf) ?? bestLines(words, maxWidth, widthOf) ?? fillLines(words, maxWidth, widthOf);
}

/** Words grouped into unbreakable tokens: fixed terms, and the proper name at the end. */
function tokens(words: string[]): string[] {
  const grouped: string[] = [];
  for (let i = 0; i < words.length; ) {
    const term = TERMS.find((t) => t.every((w, k) => words[i + k] === w));
    grouped.push(term ? term.join(" ") : words[i]!);
    i += term ? term.length : 1;
  }
  // The proper name: after the last administrative level, else after the kind of body, else the last two words.
  let level = -1;
  for (const [i, token] of grouped.entries()) if (LEVELS.has(token)) level = i;
  const start = level >= 0 ? level + 1 : (kindTokenCount(grouped) ?? grouped.length - 2);
  if (start < 0 || start >= grouped.length - 1) return grouped;
  return [...grouped.slice(0, start), grouped.slice(start).join(" ")];
}

/** How many of the tokens spell out a kind of body at the start, if one does. */
function kindTokenCount(grouped: string[]): number | undefined {
  for (const kind of KINDS) {
    let text = "";
    for (let i = 0; i < grouped.length && text.length < kind.length; i++) {
      text = text === "" ? grouped[i]! : `${text} ${grouped[i]}`;
      if (text === kind) return i + 1;
    }
  }
  return undefined;
}

/**
 * The way to break `parts` into lines that all fit with the fewest lines; among those, one that
 * breaks right after the kind of body, then the most even, then the fuller first line.
 */
function bestLines(parts: string[], maxWidth: number, widthOf: (text: string) => number): string[] | undefined {
  if (parts.length > MAX_TOKENS) return undefined;
  const widths = parts.map(widthOf);
  const space = widthOf(" ");
  const kind = KINDS.find((k) => parts.join(" ").startsWith(`${k} `));
  let best: { lines: string[]; cost: number[] } | undefined;
  for (let mask = 0; mask < 1 << (parts.length - 1); mask++) {
    const lines: string[][] = [[parts[0]!]];
    const lineWidths = [widths[0]!];
    for (let i = 1; i < parts.length; i++) {
      if (mask & (1 << (i - 1))) {
        lines.push([parts[i]!]);
        lineWidths.push(widths[i]!);
      } else {
        lines.at(-1)!.push(parts[i]!);
        lineWidths[lineWidths.length - 1]! += space + widths[i]!;
      }
    }
    if (lineWidths.some((w) => w > maxWidth)) continue;
    const texts = lines.map((l) => l.join(" "));
    const cost = [texts.length, kind && texts[0] === kind ? 0 : 1, Math.max(...lineWidths), -lineWidths[0]!];
    if (!best || isLess(cost, best.cost)) best = { lines: texts, cost };
  }
  return best?.lines;
}

function isLess(a: number[], b: number[]): boolean {
  const i = a.findIndex((value, k) => value !== b[k]);
  return i >= 0 && a[i]! < b[i]!;
}

/** Last resort for a name too long for any break: as many words a line as fit. */
function fillLines(words: string[], maxWidth: number, widthOf: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && widthOf(`${last} ${word}`) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
