/**
 * A fake Telegram Bot API for load: a bare node:http server, in its own process, answering every
 * method with {"ok":true,"result":...} at once. It does not validate anything (test/fake-telegram
 * checks every call against api.json, which is far too slow to sit behind a load test); it only
 * counts calls (GET /__stats), for a look while debugging.
 * Plain JavaScript: started with bare `node`, no loader, so it costs the machine as little as it can.
 *
 * Usage: node fake-bot-api.mjs <port>   (prints "listening <port>" once it accepts connections)
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 0);
// The bot's identity (getMe), shared with the grammY baseline.
const BOT = JSON.parse(readFileSync(new URL("./bench-bot.json", import.meta.url), "utf8"));

// Calls per method, and when the first and last came: `curl 127.0.0.1:<port>/__stats` while debugging.
const calls = {};
const firstAt = {};
const lastAt = {};
let nextMessageId = 1;

/** chat_id from a JSON body, or from a multipart one (sendDocument), without a multipart parser. */
function chatIdOf(body, contentType) {
  if (contentType.startsWith("application/json")) {
    try {
      return JSON.parse(body).chat_id;
    } catch {
      return undefined;
    }
  }
  const match = /name="?chat_id"?\r\n(?:[^\r\n]*\r\n)*?\r\n([^\r\n]*)/.exec(body);
  return match ? Number(match[1]) : undefined;
}

function resultFor(method, body, contentType) {
  const name = method.toLowerCase();
  if (name === "getme") return BOT;
  if (!name.startsWith("send") && !name.startsWith("edit") && name !== "copymessage" && name !== "forwardmessage") return true;
  const chatId = chatIdOf(body, contentType) ?? 0;
  const message = {
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat: chatId < 0 ? { id: chatId, type: "supergroup", title: "Nhóm" } : { id: chatId, type: "private", first_name: "A" },
    from: { id: BOT.id, is_bot: true, first_name: BOT.first_name, username: BOT.username },
  };
  if (name === "senddocument") message.document = { file_id: `doc-${message.message_id}`, file_unique_id: `u${message.message_id}`, file_name: "bao-cao.docx" };
  else message.text = "ok";
  return message;
}

const server = createServer((request, response) => {
  if (request.method === "GET" && request.url === "/__stats") {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ calls, firstAt, lastAt }));
    return;
  }
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    // /bot<token>/<method>; grammY's test environment adds /test/ before the method.
    const method = (request.url ?? "").split("?")[0].split("/").pop() ?? "";
    const now = Date.now();
    calls[method] = (calls[method] ?? 0) + 1;
    firstAt[method] ??= now;
    lastAt[method] = now;
    // Only the small part that holds chat_id is needed; a document upload's bytes are not.
    const body = Buffer.concat(chunks).subarray(0, 4096).toString("latin1");
    const payload = JSON.stringify({ ok: true, result: resultFor(method, body, String(request.headers["content-type"] ?? "")) });
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(payload) });
    response.end(payload);
  });
});
// Keep-alive: grammY's agent and autocannon reuse their connections.
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => console.log(`listening ${server.address().port}`));
