import { describe, expect, it } from "vitest";
import { createConfig } from "../src/config.ts";
import { insecureSettingWarnings, publicDemoRefusal } from "../src/deployment-checks.ts";

describe("settings", () => {
  it("has defaults that run the local demo", () => {
    expect(createConfig({})).toEqual({
      ok: true,
      config: {
        port: 3000,
        host: "127.0.0.1",
        databasePath: "./data/demo.sqlite",
        templatesDir: "data/templates",
        publicUrl: "http://127.0.0.1:3000",
        timeZone: "Asia/Ho_Chi_Minh",
        logLevel: "info",
        isDemo: true,
        hasPublicUrl: false,
        isProduction: false,
        telegram: undefined,
        zaloOa: undefined,
        zaloBot: undefined,
        officerIds: {},
        bootstrapCode: undefined,
        databaseUrl: undefined,
        outboxLeaseMs: 60_000,
      },
    });
  });

  it("reads every variable and is no demo once a platform token is set", () => {
    const result = createConfig({ PORT: "8080", HOST: "0.0.0.0", DATABASE_PATH: "/var/bot.db", PUBLIC_URL: "https://bot.example.vn/", TZ_REPORTS: "Asia/Bangkok", TELEGRAM_BOT_TOKEN: "1:x", TELEGRAM_WEBHOOK_SECRET: "s3cret_-" });
    expect(result).toMatchObject({
      ok: true,
      config: {
        port: 8080,
        host: "0.0.0.0",
        databasePath: "/var/bot.db",
        templatesDir: "/var/templates",
        publicUrl: "https://bot.example.vn",
        timeZone: "Asia/Bangkok",
        isDemo: false,
        hasPublicUrl: true,
        telegram: { token: "1:x", webhookSecret: "s3cret_-", apiRoot: "https://api.telegram.org" },
      },
    });
  });

  it("names each bad value with a clear reason", () => {
    const result = createConfig({ PORT: "abc", PUBLIC_URL: "not a url", TZ_REPORTS: "Mars/Olympus" });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^PORT: must be a number/);
    expect(errors[1]).toMatch(/^PUBLIC_URL: must be an absolute http\(s\) URL/);
    expect(errors[2]).toMatch(/^TZ_REPORTS: must be an IANA time zone/);
    expect(createConfig({ PORT: "70000" })).toMatchObject({ ok: false, errors: ["PORT: must be 0-65535"] });
  });

  it("refuses an OFFICER_IDS id the platform never sends ('telegram:@kha'), naming the platforms and how to claim instead", () => {
    const errors = (env: string) => {
      const result = createConfig({ OFFICER_IDS: env });
      return result.ok ? [] : result.errors;
    };
    expect(errors("telegram:@kha_nguyen, zalo-oa:Kha, zalo-bot:6ede9afa66b88fe6d6a9, local:u7")).toEqual([
      "OFFICER_IDS: telegram:@kha_nguyen: a Telegram user id is a number, not a @username or a name (leave it out and claim with BOOTSTRAP_CODE: /canbo nhan CODE)",
      "OFFICER_IDS: zalo-oa:Kha: a Zalo OA user id is a number, not a @username or a name (leave it out and claim with BOOTSTRAP_CODE: /canbo nhan CODE)",
    ]);
    expect(errors("zalo:123")).toEqual([expect.stringMatching(/the platform one of telegram, zalo-oa, zalo-bot, local/)]);
    expect(createConfig({ OFFICER_IDS: "telegram:123456, zalo-oa:2468458835296197922" }).ok).toBe(true);
  });

  it("takes only http(s) addresses for PUBLIC_URL and the API roots", () => {
    expect(createConfig({ PUBLIC_URL: "ftp://bot.example.vn" })).toEqual({ ok: false, errors: ["PUBLIC_URL: must be an absolute http(s) URL"] });
    expect(createConfig({ TELEGRAM_API_ROOT: "file:///tmp/api" })).toEqual({ ok: false, errors: ["TELEGRAM_API_ROOT: must be an absolute http(s) URL"] });
    expect(createConfig({ PUBLIC_URL: "http://10.0.0.5:8080" })).toMatchObject({ ok: true, config: { publicUrl: "http://10.0.0.5:8080" } });
  });

  it("refuses a PUBLIC_URL with a path: behind a proxy on a sub-path the pages, cookies and redirects left it", () => {
    expect(createConfig({ PUBLIC_URL: "https://x.example.vn/baocao" })).toEqual({
      ok: false,
      errors: ["PUBLIC_URL: must be the server's root, without a path (e.g. https://baocao.example.vn): the bot's pages do not work under a sub-path"],
    });
    expect(createConfig({ PUBLIC_URL: "https://x.example.vn/?a=1" }).ok).toBe(false);
    expect(createConfig({ PUBLIC_URL: "https://x.example.vn:8443/" }).ok).toBe(true);
  });

  it("takes a PostgreSQL URL with a host or with the server's socket directory, and refuses others", () => {
    const good = ["postgres://bot:pw@db.example.vn:5432/reportbot", "postgresql://bot@/reportbot?host=/var/run/postgresql", "postgres://bot@/reportbot?host=/run/pg&port=5433", "postgres://bot@%2Frun%2Fpg/reportbot"];
    // Checked, not opened: a certificate file named in the URL is read when connecting, not here.
    good.push("postgres://bot@db.example.vn/reportbot?sslmode=verify-full&sslrootcert=/no/such/file.pem");
    for (const url of good) {
      expect(createConfig({ DATABASE_URL: url })).toMatchObject({ ok: true, config: { databaseUrl: url } });
    }
    for (const url of ["mysql://bot@db/reportbot", "postgres://", "postgres://db.example.vn:99999/reportbot", "postgres://bot@db.example.vn", "postgres://bot@/reportbot"]) {
      const result = createConfig({ DATABASE_URL: url });
      expect(result, url).toMatchObject({ ok: false });
      expect(result.ok ? [] : result.errors, url).toEqual([expect.stringMatching(/^DATABASE_URL: must be postgres:\/\/user:password@host:5432\/database, or .*\?host=\/var\/run\/postgresql/)]);
    }
  });

  it("refuses to serve the demo (no platform token) at a public URL or on an address other machines reach", () => {
    const config = (env: Record<string, string>) => {
      const result = createConfig(env);
      if (!result.ok) throw new Error(result.errors.join("; "));
      return result.config;
    };
    expect(publicDemoRefusal(config({ PUBLIC_URL: "https://bot.example.vn" }))).toMatch(/^PUBLIC_URL is set, but no platform token \(TELEGRAM_BOT_TOKEN, ZALO_OA_ACCESS_TOKEN, ZALO_BOT_TOKEN\) is/);
    expect(publicDemoRefusal(config({ HOST: "0.0.0.0" }))).toMatch(/^HOST is 0\.0\.0\.0, but no platform token/);
    for (const host of ["127.0.0.1", "localhost", "::1"]) expect(publicDemoRefusal(config({ HOST: host })), host).toBeUndefined();
    // On 127.0.0.1 too: behind a reverse proxy on the same machine, the demo would be public.
    expect(publicDemoRefusal(config({ NODE_ENV: "production" }))).toMatch(/^NODE_ENV is production, but no platform token[\s\S]*unset NODE_ENV/);
    expect(publicDemoRefusal(config({ NODE_ENV: "production", TELEGRAM_BOT_TOKEN: "1:x", TELEGRAM_WEBHOOK_SECRET: "s3cret_-" }))).toBeUndefined();
    expect(publicDemoRefusal(config({ HOST: "0.0.0.0", PUBLIC_URL: "https://bot.example.vn", TELEGRAM_BOT_TOKEN: "1:x", TELEGRAM_WEBHOOK_SECRET: "s3cret_-" }))).toBeUndefined();
  });

  it("warns of a webhook secret short enough to guess, naming it, and not of a long one", () => {
    const result = createConfig({ TELEGRAM_BOT_TOKEN: "1:x", TELEGRAM_WEBHOOK_SECRET: "s3cret_-", ZALO_BOT_TOKEN: "1:x", ZALO_BOT_WEBHOOK_SECRET: "a".repeat(16) });
    if (!result.ok) throw new Error(result.errors.join("; "));
    expect(insecureSettingWarnings(result.config)).toEqual([expect.stringMatching(/^TELEGRAM_WEBHOOK_SECRET has 8 characters: use 16 or more random ones/)]);
    const withCode = createConfig({ ZALO_BOT_TOKEN: "1:x", ZALO_BOT_WEBHOOK_SECRET: "a".repeat(16), BOOTSTRAP_CODE: "khoi-tao-2026" });
    if (!withCode.ok) throw new Error(withCode.errors.join("; "));
    expect(insecureSettingWarnings(withCode.config)).toEqual([expect.stringMatching(/^BOOTSTRAP_CODE has 13 characters: .* or anyone who guesses it can become the first officer$/)]);
  });

  it("warns of a public address in plain http, and not of an https one or of the demo's local address", () => {
    const warnings = (env: Record<string, string>) => {
      const result = createConfig({ ZALO_BOT_TOKEN: "1:x", ZALO_BOT_WEBHOOK_SECRET: "a".repeat(16), ...env });
      if (!result.ok) throw new Error(result.errors.join("; "));
      return insecureSettingWarnings(result.config);
    };
    expect(warnings({ PUBLIC_URL: "http://bot.example.vn" })).toEqual([expect.stringMatching(/^PUBLIC_URL is http:\/\/bot\.example\.vn: sign-in links, session cookies and document links travel unencrypted/)]);
    expect(warnings({ PUBLIC_URL: "https://bot.example.vn" })).toEqual([]);
    expect(warnings({})).toEqual([]);
  });

  it("refuses a Telegram token without a webhook secret, and a bad secret", () => {
    expect(createConfig({ TELEGRAM_BOT_TOKEN: "1:x" })).toEqual({ ok: false, errors: ["TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_BOT_TOKEN is set"] });
    expect(createConfig({ TELEGRAM_BOT_TOKEN: "1:x", TELEGRAM_WEBHOOK_SECRET: "có dấu" })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^TELEGRAM_WEBHOOK_SECRET: must be 1-256 characters/)] });
    expect(createConfig({ TELEGRAM_BOT_TOKEN: "not a token", TELEGRAM_WEBHOOK_SECRET: "s" })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^TELEGRAM_BOT_TOKEN: /)] });
  });

  it("sets up Zalo OA with the app id, app secret and token pair alone (the OA secret key comes later), and reads the names", () => {
    const oa = { ZALO_OA_APP_ID: "2553928453557884079", ZALO_APP_SECRET: "app-secret", ZALO_OA_ACCESS_TOKEN: "at", ZALO_OA_REFRESH_TOKEN: "rt" };
    expect(createConfig({ ...oa, ZALO_OA_NAME: " Phường Nam Triệu " })).toMatchObject({
      ok: true,
      config: { zaloOa: { appId: "2553928453557884079", secretKey: undefined, appSecret: "app-secret", accessToken: "at", refreshToken: "rt", name: "Phường Nam Triệu" } },
    });
    expect(createConfig({ ...oa, ZALO_OA_SECRET_KEY: "oa-key" })).toMatchObject({ ok: true, config: { zaloOa: { secretKey: "oa-key", name: undefined } } });
    expect(createConfig({ ZALO_OA_ACCESS_TOKEN: "at" })).toEqual({
      ok: false,
      errors: ["ZALO_OA_APP_ID: required when ZALO_OA_ACCESS_TOKEN is set", "ZALO_APP_SECRET: required when ZALO_OA_ACCESS_TOKEN is set", "ZALO_OA_REFRESH_TOKEN: required when ZALO_OA_ACCESS_TOKEN is set"],
    });
    expect(createConfig({ ZALO_BOT_TOKEN: "1:x", ZALO_BOT_WEBHOOK_SECRET: "12345678", ZALO_BOT_NAME: "Bot Báo Cáo" })).toMatchObject({ ok: true, config: { zaloBot: { name: "Bot Báo Cáo" } } });
  });
});
