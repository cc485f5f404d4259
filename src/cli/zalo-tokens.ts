/**
 * `npm run zalo-tokens -- ACCESS REFRESH`: stores a new Zalo OA token pair (from Zalo's API Explorer
 * or the OAuth v4 consent flow) in the app's database, which also ends a "refresh token dead" state.
 * A running bot reads the pair from the database on its next call, so no restart is needed.
 */
import { existsSync } from "node:fs";
import { createConfig, PRODUCTION_DATABASE_PATH } from "../config.ts";
import { openDatabase } from "../db/open-database.ts";
import { createSettingsRepository } from "../db/settings-repository.ts";
import { loadDotEnv } from "../load-dot-env.ts";
import { vi } from "../sentences/vi.ts";
import { keepFilesPrivate } from "../own-files.ts";

keepFilesPrivate();

/**
 * The pair's age is unknown, so it is stored as expiring within the hour: the bot refreshes it on
 * its next timer tick, which also proves at once that the refresh token works.
 */
const ASSUMED_LIFETIME_MS = 60 * 60 * 1000;

const [accessToken, refreshToken] = process.argv.slice(2).map((arg) => arg.trim());
if (!accessToken || !refreshToken) {
  console.error(vi.zaloOa.tokensUsage);
  process.exit(2);
}
loadDotEnv();
// The same database the bot uses: DATABASE_URL or DATABASE_PATH (also from .env), else the production file.
const settings = { databaseUrl: process.env.DATABASE_URL || undefined, databasePath: process.env.DATABASE_PATH || PRODUCTION_DATABASE_PATH };
// A database that does not exist yet is a wrong path (a typo, another folder): created here, the
// pair went where no bot reads it, and "the running bot uses it at once" was false.
if (!settings.databaseUrl && !existsSync(settings.databasePath)) {
  console.error(vi.zaloOa.noDatabase(settings.databasePath));
  process.exit(1);
}
const database = await openDatabase(settings);
const now = Date.now();
await createSettingsRepository(database).saveTokens("zalo-oa", { accessToken, refreshToken, expiresAt: now + ASSUMED_LIFETIME_MS }, now);
await database.close();
// A bot without the Zalo OA channel reads no pair: "used at once" would be false (a Telegram-only bot).
const configured = createConfig(process.env);
console.log(vi.zaloOa.tokensStored(database.location, configured.ok && configured.config.zaloOa !== undefined));
