/**
 * The real server with the real services over a real SQLite database (in memory, or a file for
 * restart tests), the demo seeded, and a clock the test controls. Talks through inject().
 */
import { createLocalChannel } from "../../src/channels/local/local-channel.ts";
import { createConversationService } from "../../src/conversation/conversation-service.ts";
import { seedDemo } from "../../src/demo/seed-demo.ts";
import { createOutboxWorker } from "../../src/outbox/outbox-worker.ts";
import { buildServer } from "../../src/server/build-server.ts";
import { localDocumentPath } from "../../src/server/routes/local-documents.ts";
import { createDocumentService } from "../../src/documents/document-service.ts";
import { LIFELONG_LEARNING_WEEK, loadBuiltInTemplates } from "../../src/templates/built-in-templates.ts";
import { createTestDb } from "./create-test-db.ts";

export const silentLogger = { error: () => {}, warn: () => {}, info: () => {} };

export interface BotMessage {
  id: string;
  from: "bot" | "user";
  text: string;
  choices?: string[];
  document?: { name: string; url: string };
}

export function buildTestApp(options: { databasePath?: string; now?: () => Date } = {}) {
  let publicUrl = "http://127.0.0.1:3000";
  const handle = createTestDb(options.databasePath);
  const { repos } = handle;
  const now = options.now ?? (() => new Date("2026-10-08T03:15:00Z"));
  const template = loadBuiltInTemplates().find((t) => t.key === LIFELONG_LEARNING_WEEK)!;
  const templateId = repos.directory.upsertTemplate(template.key, template.version, template.title, template);
  seedDemo(repos, template, templateId, now());
  const conversations = createConversationService({ repos, timeZone: "Asia/Ho_Chi_Minh", now, logger: silentLogger });
  const documents = createDocumentService({ documents: repos.documents, timeZone: "Asia/Ho_Chi_Minh", now: () => now().getTime(), logger: silentLogger });
  const channels = { local: createLocalChannel({ localMessages: repos.localMessages, documentUrl: (id) => `${publicUrl}${localDocumentPath(id)}` }) };
  const outboxWorker = createOutboxWorker({ outbox: repos.outbox, channels, now: () => now().getTime(), logger: silentLogger });
  const app = buildServer({ repos, conversations, outboxWorker, documents, checkDatabase: () => void handle.sqlite.prepare("select 1").get(), now });

  /** Posts one message as a member; returns the bot's replies. */
  const post = async (chatId: string, user: { userId: string; userName: string }, text: string, messageId?: string) => {
    const response = await app.inject({ method: "POST", url: `/local/chats/${chatId}/messages`, payload: { ...user, text, ...(messageId ? { messageId } : {}) } });
    if (response.statusCode !== 200) throw new Error(`POST ${chatId} answered ${response.statusCode}: ${response.body}`);
    return (response.json() as { messages: BotMessage[] }).messages;
  };

  const close = async () => {
    await app.close();
    handle.close();
  };
  /** Points document links at the real address once the test server listens. */
  const setPublicUrl = (url: string) => {
    publicUrl = url;
  };
  return { app, repos, documents, sqlite: handle.sqlite, post, close, setPublicUrl };
}

export const HOA = { userId: "u1", userName: "Nguyễn Thị Hoa" };
export const MINH = { userId: "u2", userName: "Trần Văn Minh" };
export const LIEN_CHAU = "th-lien-chau";
