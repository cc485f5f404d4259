/** The document worker's timer, on fake timers: stopping waits for the document in hand and renders no other; a document that keeps failing is tried again after longer and longer pauses. */
import { afterEach, expect, it, vi } from "vitest";
import { createDocumentService } from "../../src/documents/document-service.ts";

afterEach(() => {
  vi.useRealTimers();
});

it("stores the document in hand when stopped, then renders none of the others until started again", async () => {
  vi.useFakeTimers();
  const stored: number[] = [];
  let release: () => void = () => {};
  const rendering = new Promise<void>((resolve) => (release = resolve));
  const documents = {
    pendingIds: async () => [1, 2],
    get: async (id: number) => ({ id, kind: "export", campaignId: 1, status: "pending", fileName: `${id}.xlsx`, content: null }),
    storeRendered: async (id: number) => void stored.push(id),
  };
  const service = createDocumentService({
    documents,
    renderCampaignFile: async () => {
      await rendering;
      return Buffer.from("PK");
    },
    now: () => 0,
    logger: { error: () => {} },
  } as never);
  service.start(1_000);
  await vi.advanceTimersByTimeAsync(1_000);

  let stopped = false;
  const stopping = service.stop().then(() => (stopped = true));
  await vi.advanceTimersByTimeAsync(0);
  expect(stopped).toBe(false);
  release();
  await stopping;
  expect(stored).toEqual([1]);
  await vi.advanceTimersByTimeAsync(5_000);
  expect(stored).toEqual([1]);
});

it("tries a document that keeps failing again after a pause that doubles, while the documents after it are rendered", async () => {
  vi.useFakeTimers();
  let now = 0;
  const pending = new Set([1, 2]);
  const tries: number[] = [];
  const documents = {
    pendingIds: async (limit: number) => [...pending].slice(0, limit),
    get: async (id: number) => ({ id, kind: "export", campaignId: id, status: "pending", fileName: `${id}.xlsx`, content: null }),
    storeRendered: async (id: number) => void pending.delete(id),
  };
  const service = createDocumentService({
    documents,
    renderCampaignFile: async (_kind: string, campaignId: number) => {
      if (campaignId === 1) {
        tries.push(now);
        throw new Error("always fails");
      }
      return Buffer.from("PK");
    },
    now: () => now,
    logger: { error: () => {} },
  } as never);
  service.start(1_000);
  for (let second = 1; second <= 40; second++) {
    now = second * 1_000;
    await vi.advanceTimersByTimeAsync(1_000);
  }
  await service.stop();
  // Document 2, behind the failing one, was rendered at the first pass.
  expect(pending).toEqual(new Set([1]));
  // Tried at 1 s, then 5, 10 and 20 s later: not every second.
  expect(tries).toEqual([1_000, 6_000, 16_000, 36_000]);
});

it("forgets a failing document once it is no longer pending (rendered by a download or another instance)", async () => {
  vi.useFakeTimers();
  let now = 0;
  const pending = new Set([1]);
  const limits: number[] = [];
  const documents = {
    pendingIds: async (limit: number) => {
      limits.push(limit);
      return [...pending].slice(0, limit);
    },
    get: async (id: number) => ({ id, kind: "export", campaignId: id, status: "pending", fileName: `${id}.xlsx`, content: null }),
    storeRendered: async (id: number) => void pending.delete(id),
  };
  const service = createDocumentService({
    documents,
    renderCampaignFile: async () => {
      throw new Error("fails here");
    },
    now: () => now,
    logger: { error: () => {} },
  } as never);
  service.start(1_000);
  now = 1_000;
  await vi.advanceTimersByTimeAsync(1_000);
  // Failing: the next pass reads one id more, so that the failing one does not crowd out the others.
  now = 2_000;
  await vi.advanceTimersByTimeAsync(1_000);
  pending.delete(1);
  for (const second of [3, 4]) {
    now = second * 1_000;
    await vi.advanceTimersByTimeAsync(1_000);
  }
  await service.stop();
  expect(limits).toEqual([20, 21, 21, 20]);
});
