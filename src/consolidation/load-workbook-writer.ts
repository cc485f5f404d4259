/**
 * exceljs's streaming writer, loaded at the first /xuat without holding the webhooks. A module loads
 * synchronously: `import "exceljs"` held the event loop about 0.4 s (every webhook then waited that
 * long, issue #12), and it loads the reader, the CSV parser and the in-memory workbook, which the
 * export never uses. The writer's own file loads about 0.1 s of modules; its heaviest dependencies are
 * loaded first, one per turn of the event loop (each 2-20 ms here), so the last step finds them loaded.
 *
 * A step that no longer resolves (another version of exceljs or archiver) is passed over: it only
 * warms the cache, and the writer's own require loads whatever is left, at once, as before.
 */
import { createRequire } from "node:module";
import type ExcelJS from "exceljs";
import { nextTurn } from "../pace.ts";

export type WorkbookWriter = typeof ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * Each step: the packages to go through from exceljs, then the module to load from the last one.
 * Leaves first (measured with the loader's timings, exceljs 4.4 and archiver 5).
 */
export const STEPS: readonly (readonly string[])[] = [
  ["archiver", "archiver-utils", "lazystream"],
  ["archiver", "archiver-utils", "graceful-fs"],
  ["archiver", "archiver-utils", "readable-stream"],
  ["archiver", "archiver-utils", "glob"],
  ["archiver", "archiver-utils"],
  ["archiver", "readable-stream"],
  ["archiver", "async"],
  ["archiver", "zip-stream"],
  ["archiver", "tar-stream"],
  ["archiver"],
  ["./lib/xlsx/xform/style/styles-xform.js"],
  ["./lib/doc/row.js"],
  ["./lib/xlsx/xform/sheet/cf/conditional-formattings-xform.js"],
  ["./lib/stream/xlsx/worksheet-writer.js"],
];

const WRITER = "./lib/stream/xlsx/workbook-writer.js";

let loading: Promise<WorkbookWriter> | undefined;

/** The writer's class; the first call loads it over several turns, later calls get the same one. */
export function loadWorkbookWriter(): Promise<WorkbookWriter> {
  loading ??= loadInSteps().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** A require() that resolves as exceljs's own files do. */
const fromExcel = () => createRequire(createRequire(import.meta.url).resolve("exceljs/package.json"));

/** Where a step's module is, or undefined when it is not where it was (the test checks each). */
export function resolveStep(step: readonly string[]): string | undefined {
  try {
    let from = fromExcel();
    for (const name of step.slice(0, -1)) from = createRequire(from.resolve(name));
    return from.resolve(step.at(-1)!);
  } catch {
    return undefined;
  }
}

async function loadInSteps(): Promise<WorkbookWriter> {
  const require = fromExcel();
  for (const step of STEPS) {
    const path = resolveStep(step);
    // Not where it was: the writer loads it below.
    if (path) require(path);
    await nextTurn();
  }
  return require(WRITER) as WorkbookWriter;
}
