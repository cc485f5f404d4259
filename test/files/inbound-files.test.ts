/**
 * What a sent file is and how much of it is read: the image's type and size come from its bytes
 * (a renamed file is not an image), and a download stops as soon as it passes the limit, whether
 * or not the server declared the length.
 */
import { describe, expect, it } from "vitest";
import { downloadBounded } from "../../src/files/bounded-download.ts";
import { readImageInfo } from "../../src/files/image-info.ts";
import { JPEG_16X16, pngBytes } from "../helpers/tiny-images.ts";

describe("readImageInfo", () => {
  it("reads a PNG's and a JPEG's pixel size from their headers", () => {
    expect(readImageInfo(pngBytes(2, 1))).toEqual({ mimeType: "image/png", width: 2, height: 1 });
    expect(readImageInfo(pngBytes(300, 40))).toEqual({ mimeType: "image/png", width: 300, height: 40 });
    expect(readImageInfo(JPEG_16X16)).toEqual({ mimeType: "image/jpeg", width: 16, height: 16 });
  });

  it("refuses what is not a JPEG or PNG, or is cut short", () => {
    expect(readImageInfo(Buffer.from("GIF89a\u0001\u0000\u0001\u0000"))).toBeUndefined();
    expect(readImageInfo(Buffer.from("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).toBeUndefined();
    expect(readImageInfo(Buffer.from("PK\u0003\u0004 a .docx"))).toBeUndefined();
    expect(readImageInfo(pngBytes(2, 1).subarray(0, 20))).toBeUndefined();
    expect(readImageInfo(JPEG_16X16.subarray(0, 30))).toBeUndefined();
    expect(readImageInfo(new Uint8Array())).toBeUndefined();
  });
});

/** A server that streams `chunk` forever (no length), counting what was pulled. */
function endlessFetch(chunk: Uint8Array, pulled: { bytes: number }, headers: Record<string, string> = {}): typeof fetch {
  return async () =>
    new Response(
      new ReadableStream({
        pull(controller) {
          pulled.bytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
      { headers },
    );
}

describe("downloadBounded", () => {
  it("stops reading just past the limit when the length is not declared", async () => {
    const pulled = { bytes: 0 };
    const result = await downloadBounded("https://cdn.example/x.jpg", { maxBytes: 10_000, fetch: endlessFetch(new Uint8Array(1024), pulled) });
    expect(result).toEqual({ ok: false, problem: "too-big" });
    expect(pulled.bytes).toBeLessThan(10_000 + 3 * 1024);
  });

  it("refuses a declared length over the limit without reading the body", async () => {
    const pulled = { bytes: 0 };
    const result = await downloadBounded("https://cdn.example/x.jpg", { maxBytes: 10_000, fetch: endlessFetch(new Uint8Array(1024), pulled, { "content-length": "20000" }) });
    expect(result).toEqual({ ok: false, problem: "too-big" });
    expect(pulled.bytes).toBeLessThanOrEqual(2 * 1024);
  });

  it("returns the bytes of a file within the limit, and gives up on a server that stalls", async () => {
    const png = pngBytes(3, 3);
    const ok = await downloadBounded("https://cdn.example/x.png", { fetch: async () => new Response(new Uint8Array(png)) });
    expect(ok.ok && Buffer.from(ok.content).equals(png)).toBe(true);
    const stalled: typeof fetch = (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))));
    expect(await downloadBounded("https://cdn.example/x.png", { fetch: stalled, timeoutMs: 50 })).toEqual({ ok: false, problem: "unavailable" });
    expect(await downloadBounded("file:///etc/passwd")).toEqual({ ok: false, problem: "unavailable" });
  });
});
