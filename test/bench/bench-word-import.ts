/**
 * `npm run bench`, Word file: the time to read and match a 10-page .docx (the Liên Châu seed, each
 * body paragraph three times: about 5,000 words), target < 300 ms. Measured on this thread (the CPU
 * it costs), then through the render worker as the app runs it, with the main thread's longest
 * event-loop stall meanwhile: "off the request path" means that stall stays small.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createRenderPool } from "../../src/documents/render-pool.ts";
import { loadBuiltInTemplates, LIFELONG_LEARNING_WEEK } from "../../src/templates/built-in-templates.ts";
import { matchWordToTemplate } from "../../src/word-import/match-word-to-template.ts";
import { readWordParagraphs } from "../../src/word-import/read-word-paragraphs.ts";
import type { WordParagraph } from "../../src/word-import/word-paragraph.ts";
import { docxFromParagraphs, isHeading, seedParagraphs, seedText } from "../helpers/seed-docx.ts";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const RUNS = 30;

export async function benchWordImport() {
  const paragraphs = seedParagraphs(seedText("report-school-lien-chau-2023.txt")).flatMap((p) => (isHeading(p) ? [p] : [p, p, p]));
  const words = paragraphs.join(" ").split(/\s+/).length;
  const bytes = await docxFromParagraphs(paragraphs, "styled");
  const template = loadBuiltInTemplates().find((t) => t.key === LIFELONG_LEARNING_WEEK)!;

  const here: number[] = [];
  let filled = 0;
  for (let i = 0; i < RUNS + 5; i++) {
    const t0 = performance.now();
    filled = Object.keys(matchWordToTemplate(template, await readWordParagraphs(bytes)).answers).length;
    if (i >= 5) here.push(performance.now() - t0);
  }
  console.log(
    `word import: 10-page .docx (${words} words, ${(bytes.length / 1024).toFixed(0)} KB) read + matched: median ${median(here).toFixed(1)} ms, ` +
      `p99 ${percentile(here, 0.99).toFixed(1)} ms (target < 300 ms); ${filled} questions filled`,
  );

  const pool = createRenderPool({ logger: { warn: () => {} } });
  const read = async () => JSON.parse((await pool.render({ kind: "read-docx", bytes })).toString("utf8")) as WordParagraph[];
  await read();
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const viaWorker: number[] = [];
  delay.enable();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    matchWordToTemplate(template, await read());
    viaWorker.push(performance.now() - t0);
  }
  delay.disable();
  await pool.close();
  console.log(
    `word import: through the render worker: median ${median(viaWorker).toFixed(1)} ms, p99 ${percentile(viaWorker, 0.99).toFixed(1)} ms; ` +
      `main thread's longest event-loop stall meanwhile ${(delay.max / 1e6).toFixed(1)} ms (matching only)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWordImport();
