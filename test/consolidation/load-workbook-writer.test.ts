/**
 * exceljs's writer loaded in steps (load-workbook-writer.ts): each step still names a module of the
 * installed exceljs and archiver (an upgrade that moves one fails here, not silently in the bot's
 * latency), the event loop runs between them, and what is loaded is exceljs's own writer.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { loadWorkbookWriter, resolveStep, STEPS } from "../../src/consolidation/load-workbook-writer.ts";

describe("exceljs's writer, loaded in steps", () => {
  it("finds every step's module in the installed packages", () => {
    const missing = STEPS.filter((step) => resolveStep(step) === undefined).map((step) => step.join(" → "));
    expect(missing).toEqual([]);
  });

  it("lets the event loop run between the steps and loads exceljs's own writer class, once", async () => {
    let turns = 0;
    let loaded = false;
    const count = () => {
      turns++;
      if (!loaded) setImmediate(count);
    };
    setImmediate(count);
    const [first, second] = await Promise.all([loadWorkbookWriter(), loadWorkbookWriter()]);
    loaded = true;
    expect(turns).toBeGreaterThanOrEqual(STEPS.length);
    expect(second).toBe(first);
    const exceljs = createRequire(import.meta.url)("exceljs") as { stream: { xlsx: { WorkbookWriter: unknown } } };
    expect(first).toBe(exceljs.stream.xlsx.WorkbookWriter);
  });
});
