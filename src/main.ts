/**
 * The composition root: the only file that reads process.env and listens. Loads the settings,
 * opens and migrates the database, registers the templates, seeds the demo when no platform token
 * is set, starts the outbox worker and the HTTP server, and shuts all of it down cleanly.
 */
import { pino } from "pino";
import { createLocalChannel } from "./channels/local/local-channel.ts";
import { createConfig } from "./config.ts";
import { createConversationService } from "./conversation/conversation-service.ts";
import { createDb, runMigrations } from "./db/client.ts";
import { createRepositories } from "./db/repositories.ts";
import { seedDemo } from "./demo/seed-demo.ts";
import { createDocumentService } from "./documents/document-service.ts";
import { createOutboxWorker } from "./outbox/outbox-worker.ts";
import { buildServer } from "./server/build-server.ts";
import { localDocumentPath } from "./server/routes/local-documents.ts";
import { LIFELONG_LEARNING_WEEK, loadBuiltInTemplates } from "./templates/built-in-templates.ts";

const configResult = createConfig(process.env);
if (!configResult.ok) {
  console.error(`Invalid settings:\n  ${configResult.errors.join("\n  ")}`);
  process.exit(1);
}
const config = configResult.config;
const logger = pino({ level: config.logLevel });

const { db, sqlite, close: closeDb } = createDb(config.databasePath);
runMigrations(db);
const repos = createRepositories(db);
const now = () => new Date();

const templates = loadBuiltInTemplates();
const templateIds = new Map(templates.map((t) => [t.key, repos.directory.upsertTemplate(t.key, t.version, t.title, t)]));

if (config.isDemo) {
  const demoTemplate = templates.find((t) => t.key === LIFELONG_LEARNING_WEEK);
  const demoTemplateId = templateIds.get(LIFELONG_LEARNING_WEEK);
  if (demoTemplate && demoTemplateId !== undefined && seedDemo(repos, demoTemplate, demoTemplateId, now())) {
    logger.info("seeded the demo: a ward office, three schools and one open campaign");
  }
}

const documents = createDocumentService({ documents: repos.documents, timeZone: config.timeZone, now: () => Date.now(), logger });
const channels = {
  local: createLocalChannel({ localMessages: repos.localMessages, documentUrl: (id) => `${config.publicUrl}${localDocumentPath(id)}` }),
};
const conversations = createConversationService({ repos, timeZone: config.timeZone, now, logger });
const outboxWorker = createOutboxWorker({ outbox: repos.outbox, channels, now: () => Date.now(), logger });

const app = buildServer({
  repos,
  conversations,
  outboxWorker,
  documents,
  checkDatabase: () => void sqlite.prepare("select 1").get(),
  now,
  logger,
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  await app.close();
  await outboxWorker.stop();
  documents.stop();
  closeDb();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

await app.listen({ port: config.port, host: config.host });
outboxWorker.start();
documents.start();
logger.info(`local web chat: ${config.publicUrl}/`);
