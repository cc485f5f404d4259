/**
 * POST /webhooks/zalo-bot: an empty probe gets 200; otherwise the X-Bot-Api-Secret-Token header must
 * match (constant time, else 401), the JSON must parse (else 400). The event is stored with its
 * effects before the 200, which Zalo expects quickly; sending happens from the outbox.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { parseZaloBotUpdate } from "../../channels/zalo-bot/parse-zalo-bot-update.ts";
import { secretTokenCheck } from "../../channels/verify-secret-token.ts";
import type { InboundDispatcher } from "../../conversation/inbound-dispatcher.ts";
import { vi } from "../../sentences/vi.ts";
import { acceptRawJson, isEmptyBody, parseJsonBody } from "./raw-json-body.ts";

export interface ZaloBotWebhookOptions {
  secret: string;
  /** The bot's names (learnt at start-up), for reading a message that opens with "@name". */
  botNames?: () => readonly string[];
  dispatcher: InboundDispatcher;
}

export const zaloBotWebhookRoutes: FastifyPluginAsync<ZaloBotWebhookOptions> = async (app, { secret, botNames, dispatcher }) => {
  const secretMatches = secretTokenCheck(secret);
  acceptRawJson(app);
  // A stranger's body is not even read (a megabyte each, for anyone): only an empty one, Zalo's
  // probe of the webhook, is let through without the secret.
  const onRequest = async (request: FastifyRequest, reply: FastifyReply) => {
    const hasBody = request.headers["transfer-encoding"] !== undefined || Number(request.headers["content-length"] ?? 0) > 0;
    if (hasBody && !secretMatches(request.headers["x-bot-api-secret-token"])) return reply.code(401).send({ error: vi.chat.unauthorized });
  };
  app.post("/webhooks/zalo-bot", { onRequest }, async (request, reply) => {
    if (isEmptyBody(request.body)) return reply.code(200).send({ ok: true });
    // Who sent it first: a stranger's megabyte of JSON is never parsed.
    if (!secretMatches(request.headers["x-bot-api-secret-token"])) return reply.code(401).send({ error: vi.chat.unauthorized });
    const body = parseJsonBody(request.body);
    if (body.kind !== "json" || typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) {
      return reply.code(400).send({ error: vi.chat.badRequest });
    }
    const event = parseZaloBotUpdate(body.value, botNames?.() ?? []);
    if (event.kind === "ignored") request.log.info({ reason: event.reason }, "zalo bot event ignored");
    // Stored before the 200: the platform redelivers what we did not acknowledge.
    await dispatcher.dispatch(event);
    return { ok: true };
  });
};
