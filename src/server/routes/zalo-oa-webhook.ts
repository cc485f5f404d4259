/**
 * POST /webhooks/zalo-oa. Zalo checks a new webhook URL with an unsigned `{}` (or empty) body and
 * saves it only after a 200, and shows the OA secret key only after that: so the probe gets 200,
 * and until the key is set every event gets 401 (with a warning at most once a minute). An event
 * needs a good X-ZEvent-Signature over the raw body and a `timestamp` (ms) of at most 12 hours ago
 * (Zalo's retries of an event we could not store come that late) and at most 5 minutes ahead of our
 * clock, so a captured request cannot be replayed later; within that time a replayed message is one
 * already handled (its msg_id). The signature is checked before the body is parsed (401 first);
 * signed malformed JSON gets 400. Zalo expects the
 * answer within 2 s: the event is stored with its effects, sending happens from the outbox.
 */
import type { FastifyPluginAsync } from "fastify";
import { parseZaloOaEvent } from "../../channels/zalo-oa/parse-zalo-oa-event.ts";
import { zaloSignatureMatches } from "../../channels/zalo-oa/verify-zalo-signature.ts";
import type { InboundDispatcher } from "../../conversation/inbound-dispatcher.ts";
import { vi } from "../../sentences/vi.ts";
import { acceptRawJson, isEmptyBody, parseJsonBody } from "./raw-json-body.ts";

export interface ZaloOaWebhookOptions {
  appId: string;
  /** The OA secret key that signs events; unset until the operator copies it from Zalo's console. */
  secretKey?: string;
  /** The OA's names, for reading a message that opens with "@name". */
  botNames: readonly string[];
  now: () => number;
  logger: { warn: (obj: object, msg: string) => void };
  dispatcher: InboundDispatcher;
}

/**
 * How old a signed event may be: Zalo retries an event we answered 500 (our database down, a deploy)
 * after 30 s, 5, 15 and 30 min and 1 h, some say for 12 h (zalo-api.md 2.8); refusing those would
 * lose the message for good. A replay of a message is harmless meanwhile (its msg_id is claimed).
 */
export const MAX_TIMESTAMP_AGE_MS = 12 * 3600_000;
/** How far ahead of our clock it may be: the two clocks' difference. */
export const MAX_TIMESTAMP_AHEAD_MS = 5 * 60 * 1000;
/** The same warning is logged at most this often, so a misconfigured OA cannot flood the log. */
const WARNING_INTERVAL_MS = 60_000;

export const zaloOaWebhookRoutes: FastifyPluginAsync<ZaloOaWebhookOptions> = async (app, options) => {
  const { appId, secretKey, botNames, now, logger, dispatcher } = options;
  acceptRawJson(app);
  let loggedUnknownShape = false;
  const lastWarned = new Map<string, number>();
  const warnSometimes = (key: string, obj: object, msg: string) => {
    const last = lastWarned.get(key);
    if (last !== undefined && now() - last < WARNING_INTERVAL_MS) return;
    lastWarned.set(key, now());
    logger.warn(obj, msg);
  };

  // An event is a few KB (a message, a file's link): a bigger body is no event of Zalo's.
  app.post("/webhooks/zalo-oa", { bodyLimit: MAX_EVENT_BYTES }, async (request, reply) => {
    const raw = typeof request.body === "string" ? request.body : "";
    // Zalo's URL check (an empty body or `{}`): answered 200 and otherwise ignored.
    if (isEmptyBody(raw) || /^\s*\{\s*\}\s*$/.test(raw)) return reply.code(200).send({ ok: true });
    if (!secretKey) {
      warnSometimes("no-key", {}, "a Zalo OA event was refused (401): set ZALO_OA_SECRET_KEY to the OA Secret Key shown on the Webhook page of the Zalo app, then restart");
      return reply.code(401).send({ error: vi.chat.unauthorized });
    }
    // The signature is checked before the body is parsed: parsing a megabyte of nested JSON held
    // the event loop half a second, for anyone. The timestamp it covers is read off the raw text.
    const timestamp = signedTimestamp(request.headers["x-zevent-signature"], appId, raw, secretKey);
    if (timestamp === undefined) {
      warnSometimes("bad-signature", {}, "a Zalo OA event with a bad signature was refused (401): check ZALO_OA_SECRET_KEY and ZALO_OA_APP_ID");
      return reply.code(401).send({ error: vi.chat.unauthorized });
    }
    const body = parseJsonBody(raw);
    if (body.kind !== "json" || typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) {
      return reply.code(400).send({ error: vi.chat.badRequest });
    }
    // The timestamp signed is the event's own, not a "timestamp" inside its message.
    const stamp = (body.value as { timestamp?: unknown }).timestamp;
    if ((typeof stamp === "string" || typeof stamp === "number" ? String(stamp) : "") !== timestamp) return reply.code(401).send({ error: vi.chat.unauthorized });
    const skewMs = /^\d+$/.test(timestamp) ? Number(timestamp) - now() : Number.NaN;
    if (!(skewMs >= -MAX_TIMESTAMP_AGE_MS && skewMs <= MAX_TIMESTAMP_AHEAD_MS)) {
      warnSometimes("stale", { timestamp, skewMs }, "a signed Zalo OA event with a timestamp more than 12 hours old or 5 minutes ahead of our clock was refused (401): a replay, or a wrong server clock");
      return reply.code(401).send({ error: vi.chat.unauthorized });
    }
    const { event, unknownShape } = parseZaloOaEvent(body.value, botNames);
    if (unknownShape && !loggedUnknownShape) {
      loggedUnknownShape = true;
      request.log.warn({ reason: unknownShape, body: body.value }, "first Zalo OA event of an unknown shape");
    }
    // Stored before the 200: the platform redelivers what we did not acknowledge.
    await dispatcher.dispatch(event);
    return { ok: true };
  });
};

/** Far above Zalo's events (a text of 2,000 characters, a file's signed link, a few ids). */
export const MAX_EVENT_BYTES = 64 * 1024;

/** How many of the raw body's first "timestamp"s are tried, besides its last. */
const MAX_TIMESTAMP_CANDIDATES = 3;

/** The timestamp (as the body writes it) under which the signature matches the raw body, if any. */
function signedTimestamp(header: string | string[] | undefined, appId: string, raw: string, secretKey: string): string | undefined {
  if (typeof header !== "string" || !/^\s*(?:mac=)?[0-9a-f]{64}\s*$/i.test(header)) return undefined;
  // The first few and the last (Zalo writes the event's own at its end): a nested one may come first.
  // Found one at a time, not all collected: a body of 70,000 "timestamp"s made every unsigned POST
  // build as many matches before its 401.
  const pattern = /"timestamp"\s*:\s*(?:"(\d{1,16})"|(\d{1,16})\b)/g;
  const candidates = new Set<string>();
  for (let match = pattern.exec(raw); match && candidates.size < MAX_TIMESTAMP_CANDIDATES; match = pattern.exec(raw)) candidates.add(match[1] ?? match[2]!);
  // The last: read where the last key stands (sticky), not searched for from there on.
  const atLast = new RegExp(pattern.source, "y");
  atLast.lastIndex = raw.lastIndexOf('"timestamp"');
  const last = atLast.lastIndex >= 0 ? atLast.exec(raw) : null;
  if (last) candidates.add(last[1] ?? last[2]!);
  if (candidates.size === 0) candidates.add("");
  return [...candidates].find((timestamp) => zaloSignatureMatches(header, appId, raw, timestamp, secretKey));
}
