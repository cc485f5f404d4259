/**
 * What the settings say about the server's exposure, checked at start (main.ts) and per request
 * (build-server.ts): a demo reachable from other machines is refused; secrets short enough to guess
 * and a public address in plain http are warned about.
 */
import { type Config, PLATFORM_TOKENS } from "./config.ts";

/** Addresses only this machine reaches. */
const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/;

/** Whether an HTTP Host header ("localhost:3000", "[::1]:3000") names this machine. */
export function isLoopbackHostHeader(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST.test(host.replace(/:\d+$/, "").toLowerCase());
}

/**
 * Why the server must not start, when it would be the local demo somewhere others reach it. Without
 * a platform token the bot is the demo, whose web chat lets anyone speak as anyone (an officer
 * asking /web for a sign-in link, say). For the server only: the command-line tools serve nothing.
 */
export function publicDemoRefusal(config: Pick<Config, "isDemo" | "hasPublicUrl" | "host" | "isProduction">): string | undefined {
  if (!config.isDemo) return undefined;
  // On 127.0.0.1 behind a reverse proxy on the same machine, the demo would be public all the same.
  const where = config.isProduction ? "NODE_ENV is production" : config.hasPublicUrl ? "PUBLIC_URL is set" : LOOPBACK_HOST.test(config.host) ? undefined : `HOST is ${config.host}`;
  if (!where) return undefined;
  const unset = config.isProduction ? "NODE_ENV" : config.hasPublicUrl ? "PUBLIC_URL" : "HOST";
  return `${where}, but no platform token (${PLATFORM_TOKENS.join(", ")}) is: without one the bot is the local demo, whose open web chat must not be reachable from other machines. Set a token, or unset ${unset} to run the demo on this machine only.`;
}

/** Shorter than this, a webhook secret could be guessed by whoever can reach the webhook. */
const STRONG_SECRET_LENGTH = 16;

/**
 * Settings that run, but leave the bot open to others on the network: a webhook secret short
 * enough to guess (a forged update can speak as any user: an officer asking /web for a sign-in
 * link), and a public address in plain http (sign-in links, session cookies and document links
 * readable on the way; cookies are then not Secure). Warned, not refused: a running bot keeps its
 * settings.
 */
export function insecureSettingWarnings(config: Pick<Config, "telegram" | "zaloBot" | "hasPublicUrl" | "publicUrl" | "bootstrapCode">): string[] {
  const secrets = [
    ["TELEGRAM_WEBHOOK_SECRET", config.telegram?.webhookSecret, "forge updates"],
    ["ZALO_BOT_WEBHOOK_SECRET", config.zaloBot?.webhookSecret, "forge updates"],
    ["BOOTSTRAP_CODE", config.bootstrapCode, "become the first officer"],
  ] as const;
  const weakSecrets = secrets.flatMap(([name, secret, risk]) =>
    secret !== undefined && secret.length < STRONG_SECRET_LENGTH ? [`${name} has ${secret.length} characters: use ${STRONG_SECRET_LENGTH} or more random ones (e.g. openssl rand -hex 16), or anyone who guesses it can ${risk}`] : [],
  );
  const plainHttp = config.hasPublicUrl && new URL(config.publicUrl).protocol === "http:";
  return plainHttp
    ? [...weakSecrets, `PUBLIC_URL is ${config.publicUrl}: sign-in links, session cookies and document links travel unencrypted (and cookies are not Secure). Use an https address`]
    : weakSecrets;
}
