/**
 * A pass-through in front of the fake Bot API, one per instance (its TELEGRAM_API_ROOT), so the
 * test sees which instance sent what, and which sends are in flight when it kills one. A call whose
 * instance died waiting still reaches the fake, as a message reaches Telegram whose sender died.
 */
import { createServer, request } from "node:http";

const SENDS = /\/(sendMessage|sendDocument)$/;

export async function startApiProxy(target: string) {
  const upstream = new URL(target);
  const state = {
    /** Sends (sendMessage, sendDocument) answered 200, per run of the instance behind the proxy. */
    sent: new Map<number, number>(),
    /** Sends forwarded and not answered yet. */
    inFlight: 0,
    /** The run of the instance the calls come from now (1, then 2 after its restart). */
    generation: 1,
  };
  const server = createServer((req, res) => {
    const isSend = SENDS.test(req.url ?? "");
    const generation = state.generation;
    if (isSend) state.inFlight++;
    const forwarded = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      if (isSend) {
        state.inFlight--;
        if (answer.statusCode === 200) state.sent.set(generation, (state.sent.get(generation) ?? 0) + 1);
      }
      res.on("error", () => {});
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forwarded.on("error", () => {
      if (isSend) state.inFlight--;
      if (!res.headersSent) res.writeHead(502).end();
    });
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return Object.assign(state, {
    apiRoot: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

export type ApiProxy = Awaited<ReturnType<typeof startApiProxy>>;
