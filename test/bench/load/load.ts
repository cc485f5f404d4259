/**
 * autocannon, driven programmatically, posting unique Telegram updates to a webhook.
 *
 * With autocannon 8, a `setupRequest` that mutates a request object shared by the connections
 * makes them re-send each other's bodies (shared/docs/performance.md). So each connection gets its
 * own request object (through `setupClient`, with `setRequests`), whose `setupRequest` never
 * mutates what it is given but returns a new object, and its own state: the update in flight.
 *
 * One autocannon run covers warm-up and the measured windows, on the same 50 keep-alive
 * connections (as Telegram keeps its own): a run that started on new connections would measure
 * how fast the server takes new connections too. Windows are cut afterwards by response time.
 *
 * An update is acknowledged only by a 2xx. One that got none (a timeout, a 5xx) is sent again,
 * same update_id, on that connection's next request, as Telegram does; that also keeps each chat's
 * answers in order. Latency is timed here, from the moment a request is handed to the socket to its
 * response, in fractions of a millisecond (autocannon's histogram counts whole milliseconds).
 */
import autocannon, { type Client } from "autocannon";
import { request } from "node:http";
import { SECRET, type Update, type UpdateSource } from "./updates.ts";

export interface LoadResult {
  /** Acknowledged updates, in the order of their responses; `samples` holds the same order. */
  acknowledged: Update[];
  /** [response time (ms since the run's start), latency ms] for each acknowledged update. */
  samples: Float64Array;
  /** Latency of the first request on each new connection (the server taking a connection). */
  firstOnConnection: number[];
  non2xx: number;
  errors: number;
  /** Updates sent again after no 2xx (Telegram's redelivery). */
  redelivered: number;
  /** Sent, never acknowledged: in flight when the run stopped. */
  inFlightAtEnd: Update[];
  meanBodyBytes: number;
}

export interface Window {
  seconds: number;
  acknowledged: Update[];
  reqPerSec: number;
  p50: number;
  p99: number;
  p999: number;
  max: number;
}

export const percentile = (sorted: ArrayLike<number>, p: number) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!);

/** The responses that came in [fromMs, toMs) of the run: throughput and latency percentiles. */
export function windowOf(result: LoadResult, fromMs: number, toMs: number): Window {
  const latencies: number[] = [];
  const acknowledged: Update[] = [];
  for (let i = 0; i < result.acknowledged.length; i++) {
    const at = result.samples[2 * i]!;
    if (at < fromMs || at >= toMs) continue;
    latencies.push(result.samples[2 * i + 1]!);
    acknowledged.push(result.acknowledged[i]!);
  }
  latencies.sort((a, b) => a - b);
  const seconds = (toMs - fromMs) / 1000;
  return { seconds, acknowledged, reqPerSec: acknowledged.length / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), p999: percentile(latencies, 0.999), max: latencies.at(-1) ?? Number.NaN };
}

export interface RunningLoad {
  /** performance.now() at the start: what the sample times count from. */
  startedAt: number;
  /** Resolves when every connection has had its first answer (the load is at full strength). */
  allAnswered: Promise<void>;
  /** Ends the run (it ends by itself after `maxSeconds`). */
  stop: () => void;
  done: Promise<LoadResult>;
}

/** Starts one run; the caller cuts it into windows and stops it. */
export function startLoad(source: UpdateSource, options: { port: number; maxSeconds: number; connections?: number }): RunningLoad {
  const connections = options.connections ?? 50;
  const inFlight: (Update | undefined)[] = Array.from({ length: connections });
  const acknowledged: Update[] = [];
  const samples: number[] = [];
  const firstOnConnection: number[] = [];
  let non2xx = 0;
  let redelivered = 0;
  let bodyBytes = 0;
  let sent = 0;
  let nextConnection = 0;
  const startedAt = performance.now();
  let answeredAll = () => {};
  const allAnswered = new Promise<void>((resolve) => (answeredAll = resolve));

  const setupClient = (client: Client) => {
    const k = nextConnection++ % connections;
    let sentAt = 0;
    let first = true;
    client.setRequests([
      {
        method: "POST",
        path: "/webhooks/telegram",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        setupRequest: (request) => {
          if (inFlight[k]) redelivered++;
          const update = (inFlight[k] ??= source.next(k));
          sent++;
          bodyBytes += update.body.length;
          sentAt = performance.now();
          return { ...request, body: update.body };
        },
        onResponse: (status) => {
          const now = performance.now();
          const update = inFlight[k];
          if (first) {
            firstOnConnection.push(now - sentAt);
            if (firstOnConnection.length === connections) answeredAll();
          }
          first = false;
          if (status < 200 || status >= 300 || !update) {
            non2xx++;
            return;
          }
          inFlight[k] = undefined;
          acknowledged.push(update);
          samples.push(now - startedAt, now - sentAt);
        },
      },
    ]);
  };

  const instance = autocannon({
    url: `http://127.0.0.1:${options.port}`,
    connections,
    pipelining: 1,
    duration: options.maxSeconds,
    timeout: 30,
    // Never sent: each connection replaces it in setupClient before its first request.
    requests: [{ method: "POST", path: "/webhooks/telegram", body: "{}" }],
    setupClient,
  });
  const done = (async () => {
    const result = await instance;
    return {
      acknowledged,
      samples: Float64Array.from(samples),
      firstOnConnection,
      non2xx,
      errors: result.errors,
      redelivered,
      inFlightAtEnd: inFlight.filter((u): u is Update => u !== undefined),
      meanBodyBytes: sent === 0 ? 0 : bodyBytes / sent,
    };
  })();
  return { startedAt, allAnswered, stop: () => instance.stop(), done };
}

/**
 * How long the server takes to answer on a new connection while it is under load: `count` GETs of
 * /healthz at once, each on its own connection. Telegram opens new connections after a timeout or
 * a restart, and a server that takes seconds to answer one holds updates back.
 */
export async function newConnectionLatencies(port: number, count = 10): Promise<number[]> {
  const once = () =>
    new Promise<number>((resolve) => {
      const t0 = performance.now();
      // agent: false: a connection of its own, closed after the answer.
      const req = request({ host: "127.0.0.1", port, path: "/healthz", agent: false, timeout: 30_000 }, (res) => {
        res.resume();
        res.on("end", () => resolve(performance.now() - t0));
      });
      req.on("error", () => resolve(Number.NaN));
      req.end();
    });
  return (await Promise.all(Array.from({ length: count }, once))).sort((a, b) => a - b);
}

/** Sleeps until `at` (a performance.now() time). */
export const until = (at: number) => new Promise((r) => setTimeout(r, Math.max(0, at - performance.now())));
