/**
 * The composition root: the only file that reads process.env and listens. Loads the settings
 * (.env first, the real environment winning), builds the application (database, demo, services,
 * channels), starts the HTTP server and the workers, and shuts all of it down on SIGINT/SIGTERM.
 */
import { pino } from "pino";
import { createConfig } from "./config.ts";
import { insecureSettingWarnings, publicDemoRefusal } from "./deployment-checks.ts";
import { createApplication } from "./create-application.ts";
import { StartupRefusal } from "./startup-refusal.ts";
import { loadDotEnv } from "./load-dot-env.ts";
import { keepFilesPrivate } from "./own-files.ts";

keepFilesPrivate();

try {
  loadDotEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const configResult = createConfig(process.env);
if (!configResult.ok) {
  console.error(`Invalid settings:\n  ${configResult.errors.join("\n  ")}`);
  process.exit(1);
}
const config = configResult.config;
const refusal = publicDemoRefusal(config);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}
const logger = pino({ level: config.logLevel });
for (const warning of insecureSettingWarnings(config)) logger.warn(warning);

const application = await startApplication();

/** Builds the application; a refusal (the demo's database with tokens) is one line and exit 1. */
async function startApplication() {
  try {
    return await createApplication({ config, logger, httpLogger: logger });
  } catch (error) {
    if (!(error instanceof StartupRefusal)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

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

/** Why listen() failed, in one line an operator can act on; other failures keep their stack. */
const LISTEN_ERRORS: Partial<Record<string, string>> = {
  EADDRINUSE: `Port ${config.port} is already in use: stop the other server or set PORT.`,
  EACCES: `Port ${config.port} needs administrator rights: set PORT to 1024 or above.`,
  EADDRNOTAVAIL: `HOST ${config.host} is not an address of this machine: set HOST, e.g. 127.0.0.1 or 0.0.0.0.`,
  ENOTFOUND: `HOST ${config.host} is no name this machine can resolve: set HOST to an address, e.g. 127.0.0.1 or 0.0.0.0.`,
  EAI_AGAIN: `HOST ${config.host} could not be resolved now: set HOST to an address, e.g. 127.0.0.1 or 0.0.0.0.`,
};
try {
  await application.app.listen({ port: config.port, host: config.host });
} catch (error) {
  const line = LISTEN_ERRORS[(error as NodeJS.ErrnoException).code ?? ""];
  if (!line) throw error;
  console.error(line);
  await application.stop();
  process.exit(1);
}
try {
  await application.start();
} catch (error) {
  if (!(error instanceof StartupRefusal)) throw error;
  console.error(error.message);
  await application.stop();
  process.exit(1);
}
logger.info(config.isDemo ? `local web chat: ${config.publicUrl}/` : `listening on ${config.host}:${config.port}`);
