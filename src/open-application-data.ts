/**
 * What the application finds before anything runs: the database opened and migrated, refused if it
 * is the demo's and this is a real bot, the templates loaded, the demo seeded (demo only) and the
 * configured officers applied.
 */
import { type Config, DEMO_DATABASE_PATH } from "./config.ts";
import type { Logger } from "./create-application.ts";
import { sql } from "drizzle-orm";
import type { Database } from "./db/database.ts";
import { openDatabase } from "./db/open-database.ts";
import { createRepositories } from "./db/repositories.ts";
import { applyConfiguredOfficers } from "./officers/configured-officers.ts";
import { LIFELONG_LEARNING_WEEK, BUILT_IN_TEMPLATES_DIR } from "./templates/built-in-templates.ts";
import { formatProblem } from "./templates/check-template.ts";
import { createTemplateCatalog } from "./templates/template-catalog.ts";
import { StartupRefusal } from "./startup-refusal.ts";

/** A setting or the database makes starting unsafe: main.ts prints the message as one line and exits 1. */

export async function openApplicationData(config: Config, logger: Logger, now: () => Date) {
  // Migrated on opening (on PostgreSQL by one instance at a time).
  const database = await openDatabase(config).catch((error: Error) => {
    // An unreachable server or a wrong password is the operator's to fix: one line, not a stack.
    if (config.databaseUrl) throw new StartupRefusal(`PostgreSQL (DATABASE_URL) could not be opened: ${error.message}`);
    throw error;
  });
  const repos = createRepositories(database);
  if (database.dialect === "postgres") await warnOfClockSkew(database, config.outboxLeaseMs, logger);
  if (!config.isDemo && (await repos.directory.listChats("local")).length > 0) {
    await database.close();
    throw new StartupRefusal(
      `The database ${database.location} holds the local demo's data: a bot with platform tokens does not start on it. Set DATABASE_PATH (or DATABASE_URL) to a new database (the demo keeps its own, ${DEMO_DATABASE_PATH}).`,
    );
  }
  const catalog = createTemplateCatalog({ templates: repos.templates, builtInDir: BUILT_IN_TEMPLATES_DIR, operatorDir: config.templatesDir });
  // A broken file is said, by file and line, and left out; the others load.
  const loaded = await catalog.load({ startUp: true });
  for (const problem of loaded.problems) logger.warn({ file: problem.file, line: problem.line }, `template not loaded: ${formatProblem(problem)}`);
  for (const note of loaded.notes) logger.warn({ file: note.file }, `template replaces a built-in: ${formatProblem(note)}`);
  if (config.isDemo) {
    // Imported here: a production bot never seeds, so it does not carry the demo's data.
    const { seedDemo } = await import("./demo/seed-demo.ts");
    const demo = catalog.template(LIFELONG_LEARNING_WEEK);
    const demoId = (await catalog.current()).find((t) => t.key === LIFELONG_LEARNING_WEEK)?.id;
    if (demo && demoId !== undefined && (await seedDemo(repos, demo, demoId, now()))) logger.info("seeded the demo: a ward office, three schools and one open campaign");
  }
  // After the demo, whose members OFFICER_IDS may name: each configured id is applied once, ever.
  const newOfficers = await applyConfiguredOfficers(repos, config.officerIds, now().getTime());
  if (newOfficers.length > 0) logger.info({ officers: newOfficers }, "OFFICER_IDS: made officers of ids not seen before");
  return { database, repos, catalog };
}

/** Off by more than this from the database server's clock, an instance is warned about. */
const CLOCK_SKEW_WARNING_MS = 5_000;

/**
 * Instances sharing PostgreSQL time the outbox's leases by their own clocks: one ahead of another by
 * more than OUTBOX_LEASE_SECONDS takes every message the other is sending for abandoned, and sends it
 * again (seen with 90 s). The database server's clock is the one every instance can be held to.
 */
async function warnOfClockSkew(database: Database, leaseMs: number, logger: Logger): Promise<void> {
  const [row] = await database.rows<{ ms: number }>(sql`SELECT (extract(epoch from clock_timestamp()) * 1000)::float8 AS ms`);
  // The machine's clock (the application's may be a test's).
  const skewMs = Date.now() - Number(row?.ms);
  if (!(Math.abs(skewMs) > Math.min(CLOCK_SKEW_WARNING_MS, leaseMs / 4))) return;
  logger.warn(
    { skewMs: Math.round(skewMs) },
    `this machine's clock is ${Math.round(Math.abs(skewMs) / 1000)} s ${skewMs > 0 ? "ahead of" : "behind"} the PostgreSQL server's: keep every instance's clock in step (NTP). An instance ahead of another by more than OUTBOX_LEASE_SECONDS (${leaseMs / 1000} s) sends the messages the other is sending a second time`,
  );
}
