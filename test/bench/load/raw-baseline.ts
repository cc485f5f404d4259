/**
 * Baseline "raw transaction" (performance.md): what one stored update costs at the least, with the
 * same libraries the bot uses and none of its layers. Fastify (no logger); per update, in one
 * BEGIN IMMEDIATE better-sqlite3 transaction of prepared statements (WAL, synchronous=NORMAL):
 * claim the update id (a repeat stops there), read the chat's JSON state, change it, write it back,
 * queue one ~150-byte sendMessage row; then 200. 5,000 chat rows seeded.
 *
 * Usage: node --import tsx raw-baseline.ts <port> <sqlite file>
 */
import Database from "better-sqlite3";
import Fastify from "fastify";

const [port, file] = [Number(process.argv[2]), process.argv[3]!];
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.exec(`
  CREATE TABLE IF NOT EXISTS processed_updates (update_id INTEGER PRIMARY KEY, processed_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS chat_state (chat_id INTEGER PRIMARY KEY, state TEXT NOT NULL, updated_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL, payload TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending');
`);

// 5,000 chats: the load's 1,000 (ids as in updates.ts) and 4,000 more, each with a state of a report in progress.
const seed = db.prepare("INSERT OR IGNORE INTO chat_state (chat_id, state, updated_at) VALUES (?, ?, ?)");
db.transaction(() => {
  for (let c = 0; c < 5000; c++) seed.run(-1002000000000 - c, JSON.stringify({ phase: "asking", fieldId: "plan_reference", answers: {}, count: 0 }), Date.now());
})();

const claim = db.prepare("INSERT OR IGNORE INTO processed_updates (update_id, processed_at) VALUES (?, ?)");
const readState = db.prepare<[number], { state: string }>("SELECT state FROM chat_state WHERE chat_id = ?");
const writeState = db.prepare(
  "INSERT INTO chat_state (chat_id, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
);
const queue = db.prepare("INSERT INTO outbox (chat_id, payload) VALUES (?, ?)");

const handle = db.transaction((updateId: number, chatId: number, text: string) => {
  if (claim.run(updateId, Date.now()).changes === 0) return; // a redelivery: already stored
  const row = readState.get(chatId);
  const state = row ? JSON.parse(row.state) : { phase: "asking", answers: {}, count: 0 };
  state.count++;
  state.last = text.slice(0, 40);
  writeState.run(chatId, JSON.stringify(state), Date.now());
  queue.run(chatId, JSON.stringify({ method: "sendMessage", chat_id: chatId, text: "Câu tiếp theo: số buổi tập huấn đã tổ chức?", reply_markup: { force_reply: true } }));
});

const app = Fastify({ logger: false });
app.get("/healthz", async () => ({ ok: true }));
app.post("/webhooks/telegram", async (request, reply) => {
  const update = request.body as { update_id: number; message?: { chat: { id: number }; text?: string } };
  handle.immediate(update.update_id, update.message?.chat.id ?? 0, update.message?.text ?? "");
  return reply.send("");
});
await app.listen({ port, host: "127.0.0.1" });
console.log(`listening ${port}`);
