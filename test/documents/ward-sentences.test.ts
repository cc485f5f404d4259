/**
 * The ward-level template's own sentences, filled with the Trần Liễu seed's answers: each figure is
 * stated in the seed's words, and no total it states is contradicted by the typed bullet list.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TRAN_LIEU_2025 } from "../fixtures/seed-answers.ts";
import { wardReportContent } from "./support/ward-report.ts";

const seedText = readFileSync(join(import.meta.dirname, "../fixtures/seeds", TRAN_LIEU_2025.file), "utf8").replace(/\s+/g, " ");
/**
 * Seed words the template may leave out of a seed sentence ("trên 2000 lượt": the typed figure is
 * exact; "tập huấn kỹ năng số": the schools are asked of their training in general).
 */
const MAX_LEFT_OUT = 3;
/**
 * Words of the template's own: the schools count attendances ("290 lượt cán bộ, giáo viên"), where
 * the seed's ward counted people; summed, the attendances called people were false.
 */
const OWN_WORDS = new Set(["lượt"]);

/** Sentences (split after . or ;) as lower-case words, every figure read as "#". */
function sentences(text: string): string[][] {
  return text
    .split(/(?<=[.;])\s+/)
    .map((s) =>
      s
        .toLowerCase()
        .replace(/\d[\d.,]*%?/g, " # ")
        .replace(/[^\p{L}#\s]/gu, " ")
        .split(/\s+/)
        .filter((w) => w !== ""),
    )
    .filter((words) => words.length > 0);
}

/** How many seed words must be skipped to read `words` in order inside `seed`, or Infinity. */
function wordsLeftOut(words: string[], seed: string[]): number {
  let best = Infinity;
  for (let start = 0; start < seed.length; start++) {
    if (seed[start] !== words[0]) continue;
    let at = start;
    let skipped = 0;
    for (const word of words.slice(1)) {
      let next = at + 1;
      while (next < seed.length && seed[next] !== word) next++;
      if (next === seed.length) {
        skipped = Infinity;
        break;
      }
      skipped += next - at - 1;
      at = next;
    }
    best = Math.min(best, skipped);
  }
  return best;
}

describe("the ward template's sentences with the seed's answers", () => {
  const content = wardReportContent();
  // Paragraphs are the template's sentences; items are the bullets the unit typed.
  const templateSentences = content.body.filter((b) => b.kind === "paragraph").map((b) => b.text);
  const typedBullets = content.body.filter((b) => b.kind === "item").map((b) => b.text);

  it("state every figure in the words of the seed report", () => {
    const withFigures = templateSentences.filter((text) => /\d/.test(text));
    expect(withFigures.length).toBeGreaterThanOrEqual(3);
    const seedSentences = sentences(seedText);
    for (const sentence of withFigures.flatMap(sentences).map((words) => words.filter((word) => !OWN_WORDS.has(word)))) {
      const leftOut = Math.min(...seedSentences.map((seed) => wordsLeftOut(sentence, seed)));
      expect(leftOut, `"${sentence.join(" ")}" is not the seed's wording`).toBeLessThanOrEqual(MAX_LEFT_OUT);
    }
    expect(templateSentences.join("\n")).toContain("Tổng số buổi tập huấn được tổ chức là 6 buổi, với sự tham gia của 290 lượt cán bộ, giáo viên.");
  });

  it("give no total of sessions smaller than the bullets' count of the same kind", () => {
    const counted = typedBullets.flatMap((text) => [...text.matchAll(/(\d+) buổi (\p{L}+ \p{L}+)/gu)].map((m) => ({ count: Number(m[1]), kind: m[2]!.toLowerCase() })));
    // The seed's bullets count 09 sessions of "sinh hoạt" and 02 of "hướng dẫn".
    expect(counted).toEqual([
      { count: 9, kind: "sinh hoạt" },
      { count: 2, kind: "hướng dẫn" },
    ]);
    const totals = templateSentences.flatMap((text) => [...text.matchAll(/Tổng số buổi (.+?)(?: được tổ chức)?(?: là|:) (\d+) buổi/gu)]);
    expect(totals.length).toBeGreaterThan(0);
    for (const [sentence, kinds, total] of totals) {
      const covered = counted.filter((c) => kinds!.toLowerCase().includes(c.kind)).reduce((sum, c) => sum + c.count, 0);
      expect(covered, `"${sentence}" is contradicted by the bullets`).toBeLessThanOrEqual(Number(total));
    }
  });
});
