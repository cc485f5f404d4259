/**
 * The composition root: the only file that reads process.env and listens. Loads the settings,
 * builds the application (database, demo, services, channels), starts the HTTP server and the
 * workers, and shuts all of it down cleanly on SIGINT/SIGTERM.
 */
import { pino } from "pino";
import { createConfig } from "./config.ts";
import { createApplication } from "./create-application.ts";

const configResult = createConfig(process.env);
if (!configResult.ok) {
  console.error(`Invalid settings:\n  ${configResult.errors.join("\n  ")}`);
  process.exit(1);
}
const config = configResult.config;
const logger = pino({ level: config.logLevel });

const application = createApplication({ config, logger, httpLogger: logger });

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  await application.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

await application.app.listen({ port: config.port, host: config.host });
await application.start();
logger.info(config.isDemo ? `local web chat: ${config.publicUrl}/` : `listening on ${config.host}:${config.port}`);
