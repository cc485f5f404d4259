/**
 * What a sent file is and how much of it is read: the image's type and size come from its bytes
 * (a renamed file is not an image), and a download stops as soon as it passes the limit, whether
 * or not the server declared the length. A failure that may pass is tried again, one that will not
 * is not.
 */
import { describe, expect, it } from "vitest";
import type { ChannelEvent } from "../../src/channels/channel.ts";
import { type DownloadResult, downloadBounded } from "../../src/files/bounded-download.ts";
import { type Api, GrammyError } from "grammy";
import { createTelegramFileFetcher } from "../../src/channels/telegram/telegram-file-fetcher.ts";
import { type FileFetcher, withFileContent } from "../../src/files/fetch-inbound-file.ts";
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
    expect(await downloadBounded("https://cdn.example/x.png", { fetch: stalled, signal: AbortSignal.timeout(50) })).toEqual({ ok: false, problem: "unavailable", retryable: false });
    expect(await downloadBounded("file:///etc/passwd")).toEqual({ ok: false, problem: "unavailable" });
  });
});

describe("a failed download: tried again or not", () => {
  const answering = (status: number): typeof fetch => async () => new Response("no", { status });

  it("marks a 5xx, a 429 and a reset as worth another try, and a 404 as not", async () => {
    expect(await downloadBounded("https://cdn.example/x.png", { fetch: answering(503) })).toEqual({ ok: false, problem: "unavailable", retryable: true });
    expect(await downloadBounded("https://cdn.example/x.png", { fetch: answering(429) })).toEqual({ ok: false, problem: "unavailable", retryable: true });
    expect(await downloadBounded("https://cdn.example/x.png", { fetch: answering(404) })).toEqual({ ok: false, problem: "unavailable", retryable: false });
    const reset: typeof fetch = async () => {
      throw new TypeError("fetch failed: ECONNRESET");
    };
    expect(await downloadBounded("https://cdn.example/x.png", { fetch: reset })).toEqual({ ok: false, problem: "unavailable", retryable: true });
  });

  const photoEvent = (): ChannelEvent => ({
    kind: "message",
    message: { channel: "zalo-bot", chatId: "g1", chatType: "group", updateKey: "u1", sender: { id: "s1", displayName: "Hoa" }, text: "", sentAt: new Date(0), file: { source: "https://cdn.example/a.jpg" } },
  });
  /** A fetcher that gives `results` in turn, counting its calls. */
  const scripted = (...results: (DownloadResult | Error)[]) => {
    const fetcher = Object.assign(
      (async () => {
        const next = results[fetcher.calls++]!;
        if (next instanceof Error) throw next;
        return next;
      }) as FileFetcher,
      { calls: 0 },
    );
    return fetcher;
  };
  const fileOf = (event: ChannelEvent) => (event.kind === "message" ? event.message.file : undefined);
  const quickRetry = { budgetMs: 2_000, pausesMs: [1, 1] };

  it("takes the bytes of a later try after a failure that may pass, a thrown call included", async () => {
    const fetcher = scripted(new Error("getFile: network"), { ok: false, problem: "unavailable", retryable: true }, { ok: true, content: JPEG_16X16 });
    const file = fileOf(await withFileContent(photoEvent(), { "zalo-bot": fetcher }, quickRetry));
    expect(fetcher.calls).toBe(3);
    expect(file?.problem).toBeUndefined();
    expect(Buffer.from(file!.content!).equals(JPEG_16X16)).toBe(true);
  });

  it("gives up after the last pause, and at once on a failure that will not pass", async () => {
    const failing = scripted(...Array.from({ length: 5 }, (): DownloadResult => ({ ok: false, problem: "unavailable", retryable: true })));
    expect(fileOf(await withFileContent(photoEvent(), { "zalo-bot": failing }, quickRetry))).toEqual({ problem: "unavailable" });
    expect(failing.calls).toBe(3);

    const gone = scripted({ ok: false, problem: "unavailable", retryable: false }, { ok: true, content: JPEG_16X16 });
    expect(fileOf(await withFileContent(photoEvent(), { "zalo-bot": gone }, quickRetry))).toEqual({ problem: "unavailable" });
    expect(gone.calls).toBe(1);
  });

  it("waits as long as a 429 asks before the next try, and gives up at once when that is past the time left", async () => {
    const limited = (ms: number): DownloadResult => ({ ok: false, problem: "unavailable", retryable: true, retryAfterMs: ms });
    const patient = scripted(limited(300), { ok: true, content: JPEG_16X16 });
    const started = Date.now();
    expect(fileOf(await withFileContent(photoEvent(), { "zalo-bot": patient }, quickRetry))?.problem).toBeUndefined();
    // A lower bound only: the pause asked for was not cut to the 1 ms of our own.
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    const tooLong = scripted(limited(5_000), { ok: true, content: JPEG_16X16 });
    expect(fileOf(await withFileContent(photoEvent(), { "zalo-bot": tooLong }, quickRetry))).toEqual({ problem: "unavailable" });
    expect(tooLong.calls).toBe(1);
  });

  it("reads Telegram's retry_after from a getFile 429, and an invalid file_id as no file", async () => {
    const failingWith = (error_code: number, description: string, parameters = {}) =>
      createTelegramFileFetcher({
        api: { getFile: async () => Promise.reject(new GrammyError(description, { ok: false, error_code, description, parameters }, "getFile", {})) } as unknown as Api,
        token: "1:x",
        apiRoot: "http://127.0.0.1:9",
      });
    const signal = new AbortController().signal;
    expect(await failingWith(429, "Too Many Requests: retry after 2", { retry_after: 2 })("f1", signal)).toEqual({ ok: false, problem: "unavailable", retryable: true, retryAfterMs: 2_000 });
    expect(await failingWith(400, "Bad Request: invalid file_id")("f1", signal)).toEqual({ ok: false, problem: "unavailable" });
    await expect(failingWith(502, "Bad Gateway")("f1", signal)).rejects.toThrow(/Bad Gateway/);
  });

  it("stops trying when the time for the whole fetch is up, every try given the same deadline", async () => {
    const signals: AbortSignal[] = [];
    // The first try fails at once; the second runs out the time.
    const failing: FileFetcher = async (_source, signal) => {
      signals.push(signal);
      if (signals.length > 1) await new Promise((resolve) => signal.addEventListener("abort", resolve));
      return { ok: false, problem: "unavailable", retryable: true };
    };
    expect(fileOf(await withFileContent(photoEvent(), { "zalo-bot": failing }, { budgetMs: 300, pausesMs: [1, 1, 1, 1] }))).toEqual({ problem: "unavailable" });
    expect(signals).toHaveLength(2);
    expect(signals[1]).toBe(signals[0]);
  });
});

describe("a download's redirects", () => {
  it("are not followed to this machine or a private network, nor to plain http (a redirect to 127.0.0.1 was fetched and stored as a photo)", async () => {
    const { createServer } = await import("node:http");
    const fetched: string[] = [];
    const server = createServer((request, response) => {
      fetched.push(request.url ?? "");
      const to: Record<string, string> = { "/to-loopback": "https://127.0.0.1/admin", "/to-private": "https://192.168.1.10/x", "/to-http": "http://cdn.example.vn/a.jpg", "/to-here": "/secret" };
      const location = to[request.url ?? ""];
      if (location) return response.writeHead(302, { location }).end();
      response.writeHead(200, { "content-type": "image/jpeg" }).end("secret bytes");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const root = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      for (const path of ["/to-loopback", "/to-private", "/to-http", "/to-here"]) {
        expect(await downloadBounded(`${root}${path}`), path).toEqual({ ok: false, problem: "unavailable" });
      }
      expect(fetched).not.toContain("/secret");
      // The platform's own URL is fetched as given.
      expect(await downloadBounded(`${root}/photo.jpg`)).toMatchObject({ ok: true, mimeType: "image/jpeg" });
    } finally {
      server.close();
    }
  });

  /** A fetch whose first URL redirects to `location`, and whose every other URL is a photo. */
  const redirectingTo = (location: string, fetched: string[]) =>
    (async (url: string | URL | Request) => {
      fetched.push(String(url));
      return fetched.length === 1 ? new Response(null, { status: 302, headers: { location } }) : new Response("photo bytes", { headers: { "content-type": "image/jpeg" } });
    }) as typeof fetch;

  it("are not followed to private addresses written in the forms the first check missed (NAT64, IPv4 in IPv6, benchmarking, IETF, hex)", async () => {
    for (const location of ["https://[64:ff9b::a00:1]/x", "https://[::ffff:127.0.0.1]/x", "https://[::7f00:1]/x", "https://198.18.0.1/x", "https://192.0.0.8/x", "https://0x7f.1/x", "https://[fe80::1]/x"]) {
      const fetched: string[] = [];
      const resolveHost = async () => ["203.113.131.1"];
      expect(await downloadBounded("https://cdn.zalo.example/a", { fetch: redirectingTo(location, fetched), resolveHost }), location).toEqual({ ok: false, problem: "unavailable" });
      expect(fetched, location).toHaveLength(1);
    }
  });

  it("are followed to a name only when every address it resolves to is public (a public name resolving to 10.x was fetched)", async () => {
    const cases: [string[] | "fails", boolean][] = [
      [["10.1.2.3"], false],
      [["203.113.131.1", "127.0.0.1"], false],
      [[], false],
      ["fails", false],
      [["203.113.131.1", "2001:db8::1"], false],
      [["203.113.131.1", "::ffff:0:7f00:1"], false],
      [["203.113.131.1", "2606:4700:4700::1111"], true],
    ];
    for (const [addresses, followed] of cases) {
      const fetched: string[] = [];
      const resolved: string[] = [];
      const resolveHost = async (name: string) => {
        resolved.push(name);
        if (addresses === "fails") throw new Error("ENOTFOUND");
        return addresses;
      };
      const result = await downloadBounded("https://cdn.zalo.example/a", { fetch: redirectingTo("https://photos.example.vn/a.jpg", fetched), resolveHost });
      expect(resolved).toEqual(["photos.example.vn"]);
      if (followed) {
        expect(result, String(addresses)).toMatchObject({ ok: true, mimeType: "image/jpeg" });
        expect(fetched).toEqual(["https://cdn.zalo.example/a", "https://photos.example.vn/a.jpg"]);
      } else {
        expect(result, String(addresses)).toEqual({ ok: false, problem: "unavailable" });
        expect(fetched).toHaveLength(1);
      }
    }
  });

  it("gives up a redirect's name whose DNS never answers when the download is given up (it held the download past its time)", async () => {
    const controller = new AbortController();
    const pending = downloadBounded("https://cdn.zalo.example/a", { fetch: redirectingTo("https://photos.example.vn/a.jpg", []), resolveHost: () => new Promise<string[]>(() => {}), signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ ok: false, problem: "unavailable" });
  });
});
