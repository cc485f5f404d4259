/**
 * The render pool's worker ends after a while without jobs; a job that arrives as it ends starts
 * the next one and is answered by it (the ended worker fails only the jobs it held).
 */
import { describe, expect, it } from "vitest";
import { createRenderPool, RenderPoolBusy } from "../../src/documents/render-pool.ts";
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

describe("a job that ends its worker", () => {
  const workerUrl = new URL("./support/test-render-worker.mjs", import.meta.url);
  const job = (kind: string, n = 0, ms = 0) => ({ kind, n, ms }) as never;
  const text = async (bytes: Promise<Buffer>) => (await bytes).toString();

  it("fails alone when its time is up: the jobs queued behind it are answered by the next worker", async () => {
    const pool = createRenderPool({ logger: { warn: () => {} }, timeoutMs: 300, mainThreadFallback: false, workerUrl });
    try {
      const hanging = pool.render(job("hang"));
      const behind = [pool.render(job("echo", 1)), pool.render(job("echo", 2))];
      await expect(hanging).rejects.toThrow("render job timed out");
      expect(await Promise.all(behind.map(text))).toEqual(["done 1", "done 2"]);
    } finally {
      await pool.close();
    }
  });

  it("fails alone when it ends the worker (as a heap limit does)", async () => {
    const pool = createRenderPool({ logger: { warn: () => {} }, mainThreadFallback: false, workerUrl });
    try {
      const crashing = pool.render(job("crash"));
      const behind = pool.render(job("echo", 3));
      await expect(crashing).rejects.toThrow("render worker ended");
      expect(await text(behind)).toBe("done 3");
    } finally {
      await pool.close();
    }
  });

  it("refuses at once a job beyond the queue's bound, as busy, while the others are answered", async () => {
    const pool = createRenderPool({ logger: { warn: () => {} }, mainThreadFallback: false, maxQueued: 1, workerUrl });
    try {
      const running = pool.render(job("echo", 1, 300));
      const waiting = pool.render(job("echo", 2));
      await expect(pool.render(job("echo", 3))).rejects.toBeInstanceOf(RenderPoolBusy);
      expect(await Promise.all([text(running), text(waiting)])).toEqual(["done 1", "done 2"]);
    } finally {
      await pool.close();
    }
  });

  it("fails a job that cannot be sent to the worker alone, and goes on with the next", async () => {
    const pool = createRenderPool({ logger: { warn: () => {} }, mainThreadFallback: false, workerUrl });
    try {
      const first = pool.render(job("echo", 1, 100));
      const uncloneable = pool.render({ kind: "echo", n: 2, callback: () => {} } as never);
      const after = pool.render(job("echo", 3));
      expect(await text(first)).toBe("done 1");
      await expect(uncloneable).rejects.toThrow(/could not be cloned/);
      expect(await text(after)).toBe("done 3");
    } finally {
      await pool.close();
    }
  });

  it("counts a job's time from its start, not from when it was queued", async () => {
    const pool = createRenderPool({ logger: { warn: () => {} }, timeoutMs: 1_000, mainThreadFallback: false, workerUrl });
    try {
      // 15 jobs of 100 ms: the last starts 1.4 s after it was queued, well within its own second.
      const jobs = Array.from({ length: 15 }, (_, n) => text(pool.render(job("echo", n, 100))));
      expect(await Promise.all(jobs)).toEqual(Array.from({ length: 15 }, (_, n) => `done ${n}`));
    } finally {
      await pool.close();
    }
  });
});
