/**
 * Baseline "libraries loaded and ready" for idle memory: the bot's libraries (fastify, grammy,
 * docx, better-sqlite3, drizzle-orm, pg) loaded, a server listening, a grammY bot made, a SQLite
 * database open through drizzle, one Word document made; then idle. Run the way the bot runs:
 * compiled (compiled.ts), on plain node.
 *
 * Usage: node <compiled ready-baseline.js> <port> <sqlite file>   (prints "ready" when idle)
 */
import Database from "better-sqlite3";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import Fastify from "fastify";
import { Bot } from "grammy";
import pg from "pg";

const [port, file] = [Number(process.argv[2]), process.argv[3]!];
const db = drizzle(new Database(file));
db.run(sql`CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)`);
db.run(sql`INSERT INTO t (v) VALUES ('sẵn sàng')`);
// Made, not connected: a pool object is what the bot holds on SQLite too.
void new pg.Pool({ connectionString: "postgres://127.0.0.1:1/none", max: 1 });
void new Bot("123456:BENCH-token_load", {
  botInfo: { id: 1, is_bot: true, first_name: "B", username: "b_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false },
});

// About the size of a report: three pages of Vietnamese paragraphs.
const paragraphs = Array.from({ length: 60 }, (_, i) => new Paragraph({ children: [new TextRun(`Đoạn ${i + 1}: nhà trường đã tổ chức Tuần lễ hưởng ứng học tập suốt đời, tuyên truyền tới cán bộ, giáo viên, học sinh và cha mẹ học sinh.`)] }));
const bytes = await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));

const app = Fastify({ logger: false });
app.get("/healthz", async () => ({ ok: true, documentBytes: bytes.length }));
await app.listen({ port, host: "127.0.0.1" });
console.log("ready");
