/** The document worker's timer, on fake timers: stopping waits for the document in hand and renders no other. */
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
