/**
 * Settings from the environment, checked with zod at start-up. Each bad value gets its own clear
 * line naming the variable; `createConfig` is pure so tests can feed it any environment.
 */
import { dirname, join } from "node:path";
import { z } from "zod";
import { emptyAsUndefined } from "./empty-setting.ts";
import { officerIdsSetting, parseOfficerIds } from "./officer-ids-setting.ts";
import { readPostgresUrl } from "./db/postgres-url.ts";

/** z.url() alone takes any scheme (ftp:, mailto:…); users and platforms reach us over http(s) only. */
const httpUrl = () => z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" });

const envSchema = z.object({
  PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0, "must be 0-65535").max(65535, "must be 0-65535").default(3000),
  ),
  HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default("127.0.0.1")),
  // No default here: the demo and production each have their own file (see createConfig).
  DATABASE_PATH: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  TEMPLATES_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  // PostgreSQL instead of the SQLite file: what several instances behind a load balancer share.
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine((url) => readPostgresUrl(url) !== undefined, { error: "must be postgres://user:password@host:5432/database, or postgres://user@/database?host=/var/run/postgresql through the server's socket" })
      .optional(),
  ),
  // The server's own root: its pages, cookies and redirects are at /web, /files…, so behind a proxy
  // on a sub-path ("https://x.vn/baocao") every link but the sign-in one left the prefix.
  PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    httpUrl()
      .refine((url) => !/^https?:\/\//i.test(url) || /^https?:\/\/[^/?#]+\/?$/i.test(url), { error: "must be the server's root, without a path (e.g. https://baocao.example.vn): the bot's pages do not work under a sub-path" })
      .optional(),
  ),
  TZ_REPORTS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine(isTimeZone, { error: "must be an IANA time zone such as Asia/Ho_Chi_Minh" })
      .default("Asia/Ho_Chi_Minh"),
  ),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
  TELEGRAM_BOT_TOKEN: z.preprocess(emptyAsUndefined, z.string().regex(/^\d+:[\w-]+$/, "must look like 123456:ABC-def").optional()),
  TELEGRAM_WEBHOOK_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "must be 1-256 characters of A-Z, a-z, 0-9, _ and -").optional(),
  ),
  TELEGRAM_API_ROOT: z.preprocess(emptyAsUndefined, httpUrl().default("https://api.telegram.org")),
  ZALO_OA_APP_ID: z.preprocess(emptyAsUndefined, z.string().regex(/^\d+$/, "must be the numeric Zalo App ID").optional()),
  // Optional: Zalo shows the OA secret key only after the webhook URL is saved (events get 401 until it is set).
  ZALO_OA_SECRET_KEY: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  ZALO_OA_NAME: z.preprocess(emptyAsUndefined, z.string().trim().min(1).optional()),
  ZALO_APP_SECRET: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  ZALO_OA_ACCESS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  ZALO_OA_REFRESH_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  ZALO_OA_API_ROOT: z.preprocess(emptyAsUndefined, httpUrl().default("https://openapi.zalo.me")),
  ZALO_OAUTH_ROOT: z.preprocess(emptyAsUndefined, httpUrl().default("https://oauth.zaloapp.com")),
  ZALO_BOT_TOKEN: z.preprocess(emptyAsUndefined, z.string().regex(/^[\w-]+:[\w-]+$/, "must look like 12345689:abc-xyz").optional()),
  ZALO_BOT_WEBHOOK_SECRET: z.preprocess(emptyAsUndefined, z.string().min(8, "must be 8-256 characters").max(256, "must be 8-256 characters").optional()),
  ZALO_BOT_NAME: z.preprocess(emptyAsUndefined, z.string().trim().min(1).optional()),
  OFFICER_IDS: officerIdsSetting,
  BOOTSTRAP_CODE: z.preprocess(emptyAsUndefined, z.string().min(8, "must be at least 8 characters").optional()),
  // How long a message being sent stays this instance's; another instance takes it up after this
  // when the sender died (on SQLite, a restart takes it back at once).
  OUTBOX_LEASE_SECONDS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(3, "must be 3-3600").max(3600, "must be 3-3600").default(60),
  ),
  ZALO_BOT_API_ROOT: z.preprocess(emptyAsUndefined, httpUrl().default("https://bot-api.zaloplatforms.com")),
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  /** PostgreSQL's URL when set; the SQLite file at databasePath is then not used (nor created). */
  databaseUrl?: string;
  /** The operator's report templates (JSON or YAML); created when missing. */
  templatesDir: string;
  /** Where users reach this server (links in messages, webhooks); defaults to http://HOST:PORT. */
  publicUrl: string;
  timeZone: string;
  logLevel: string;
  /** True when no platform token is set: the local web chat with a seeded demo. */
  isDemo: boolean;
  /** Whether PUBLIC_URL was given: webhooks need it, without it Telegram uses long polling. */
  hasPublicUrl: boolean;
  /** NODE_ENV=production: a real server, where the demo must never run (deployment-checks.ts). */
  isProduction: boolean;
  telegram?: { token: string; webhookSecret: string; apiRoot: string };
  /** Zalo OA; `secretKey` is unset until copied from Zalo's console, `name` is how members mention the OA. */
  zaloOa?: { appId: string; secretKey?: string; appSecret: string; accessToken: string; refreshToken: string; apiRoot: string; oauthRoot: string; name?: string };
  /** Zalo Bot; `name` is how members mention the bot in groups (getMe adds its account name). */
  zaloBot?: { token: string; webhookSecret: string; apiRoot: string; name?: string };
  /** First officers per channel, from OFFICER_IDS. */
  officerIds: Partial<Record<string, ReadonlySet<string>>>;
  bootstrapCode?: string;
  outboxLeaseMs: number;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** The demo never shares a file with real data: a demo started by mistake leaves production's alone. */
export const DEMO_DATABASE_PATH = "./data/demo.sqlite";
export const PRODUCTION_DATABASE_PATH = "./data/bot.sqlite";
/** Beside the database: the operator's files are data, like it. */
const DEFAULT_TEMPLATES_DIR = "./data/templates";

/** The settings that make the bot a real one; without any, it is the local demo. */
export const PLATFORM_TOKENS = ["TELEGRAM_BOT_TOKEN", "ZALO_OA_ACCESS_TOKEN", "ZALO_BOT_TOKEN"];

export function createConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
  }
  const e = parsed.data;
  const missing: string[] = [];
  if (e.TELEGRAM_BOT_TOKEN && !e.TELEGRAM_WEBHOOK_SECRET) missing.push("TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_BOT_TOKEN is set");
  if (e.ZALO_BOT_TOKEN && !e.ZALO_BOT_WEBHOOK_SECRET) missing.push("ZALO_BOT_WEBHOOK_SECRET: required when ZALO_BOT_TOKEN is set");
  if (e.ZALO_OA_ACCESS_TOKEN) {
    for (const name of ["ZALO_OA_APP_ID", "ZALO_APP_SECRET", "ZALO_OA_REFRESH_TOKEN"] as const) {
      if (!e[name]) missing.push(`${name}: required when ZALO_OA_ACCESS_TOKEN is set`);
    }
  }
  if (missing.length > 0) return { ok: false, errors: missing };
  const isDemo = PLATFORM_TOKENS.every((name) => !env[name]);
  const databasePath = e.DATABASE_PATH ?? (isDemo ? DEMO_DATABASE_PATH : PRODUCTION_DATABASE_PATH);
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      databasePath,
      databaseUrl: e.DATABASE_URL,
      templatesDir: e.TEMPLATES_DIR ?? (e.DATABASE_URL || databasePath === ":memory:" ? DEFAULT_TEMPLATES_DIR : join(dirname(databasePath), "templates")),
      publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, ""),
      timeZone: e.TZ_REPORTS,
      logLevel: e.LOG_LEVEL,
      isDemo,
      hasPublicUrl: e.PUBLIC_URL !== undefined,
      isProduction: env.NODE_ENV === "production",
      officerIds: parseOfficerIds(e.OFFICER_IDS),
      bootstrapCode: e.BOOTSTRAP_CODE,
      outboxLeaseMs: e.OUTBOX_LEASE_SECONDS * 1000,
      telegram:
        e.TELEGRAM_BOT_TOKEN && e.TELEGRAM_WEBHOOK_SECRET
          ? { token: e.TELEGRAM_BOT_TOKEN, webhookSecret: e.TELEGRAM_WEBHOOK_SECRET, apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, "") }
          : undefined,
      zaloOa:
        e.ZALO_OA_ACCESS_TOKEN && e.ZALO_OA_APP_ID && e.ZALO_APP_SECRET && e.ZALO_OA_REFRESH_TOKEN
          ? {
              appId: e.ZALO_OA_APP_ID,
              secretKey: e.ZALO_OA_SECRET_KEY,
              appSecret: e.ZALO_APP_SECRET,
              accessToken: e.ZALO_OA_ACCESS_TOKEN,
              refreshToken: e.ZALO_OA_REFRESH_TOKEN,
              apiRoot: e.ZALO_OA_API_ROOT.replace(/\/+$/, ""),
              oauthRoot: e.ZALO_OAUTH_ROOT.replace(/\/+$/, ""),
              name: e.ZALO_OA_NAME,
            }
          : undefined,
      zaloBot:
        e.ZALO_BOT_TOKEN && e.ZALO_BOT_WEBHOOK_SECRET
          ? { token: e.ZALO_BOT_TOKEN, webhookSecret: e.ZALO_BOT_WEBHOOK_SECRET, apiRoot: e.ZALO_BOT_API_ROOT.replace(/\/+$/, ""), name: e.ZALO_BOT_NAME }
          : undefined,
    },
  };
}
