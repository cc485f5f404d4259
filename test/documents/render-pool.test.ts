/**
 * The render pool's worker ends after a while without jobs; a job that arrives as it ends starts
 * the next one and is answered by it (the ended worker fails only the jobs it held).
 */
import { expect, it } from "vitest";
import { createRenderPool } from "../../src/documents/render-pool.ts";
import { docxFromParagraphs } from "../helpers/seed-docx.ts";

it("answers a job that arrives just as the idle worker ends from a new worker, not with the old one's end", async () => {
  const pool = createRenderPool({ logger: { warn: () => {} }, idleWorkerMs: 50 });
  try {
    const bytes = new Uint8Array(await docxFromParagraphs(["Kế hoạch số 192/KH-THLC", "Tuyên truyền"], "styled"));
    const read = async () => JSON.parse((await pool.render({ kind: "read-docx", bytes })).toString()) as unknown;
    const first = await read();
    expect(JSON.stringify(first)).toContain("Kế hoạch số 192/KH-THLC");
    // A timer of the idle one's delay, made after it: it runs right after that one ended the worker.
    const second = await new Promise((resolve, reject) => setTimeout(() => void read().then(resolve, reject), 50));
    expect(second).toEqual(first);
  } finally {
    await pool.close();
  }
});

it("starts no worker once closed: a job then is refused", async () => {
  const pool = createRenderPool({ logger: { warn: () => {} } });
  await pool.close();
  await expect(pool.render({ kind: "read-docx", bytes: new Uint8Array([1]) })).rejects.toThrow("render pool closed");
});
