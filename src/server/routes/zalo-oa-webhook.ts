/**
 * POST /webhooks/zalo-oa: the X-ZEvent-Signature is checked over the raw body exactly as received
 * (bad or missing: 401), malformed JSON gets 400, an empty probe 200. Zalo expects the answer within
 * 2 s: the event is stored with its effects and answered; sending happens from the outbox. A repeat
 * (same msg_id) is ignored by the update claim. The first event of an unknown shape is logged whole.
 */
import type { FastifyPluginAsync } from "fastify";
import { parseZaloOaEvent } from "../../channels/zalo-oa/parse-zalo-oa-event.ts";
import { zaloSignatureMatches } from "../../channels/zalo-oa/verify-zalo-signature.ts";
import type { InboundDispatcher } from "../../conversation/inbound-dispatcher.ts";
import { vi } from "../../texts/vi.ts";
import { acceptRawJson, parseJsonBody } from "./raw-json-body.ts";

export interface ZaloOaWebhookOptions {
  appId: string;
  secretKey: string;
  dispatcher: InboundDispatcher;
}

export const zaloOaWebhookRoutes: FastifyPluginAsync<ZaloOaWebhookOptions> = async (app, { appId, secretKey, dispatcher }) => {
  acceptRawJson(app);
  let loggedUnknownShape = false;
  app.post("/webhooks/zalo-oa", async (request, reply) => {
    const raw = typeof request.body === "string" ? request.body : "";
    const body = parseJsonBody(raw);
    if (body.kind === "empty") return reply.code(200).send({ ok: true });
    if (body.kind === "malformed" || typeof body.value !== "object" || body.value === null) return reply.code(400).send({ error: vi.chat.badRequest });
    const timestamp = String((body.value as { timestamp?: unknown }).timestamp ?? "");
    if (!zaloSignatureMatches(request.headers["x-zevent-signature"], appId, raw, timestamp, secretKey)) {
      return reply.code(401).send({ error: vi.chat.unauthorized });
    }
    const { event, unknownShape } = parseZaloOaEvent(body.value);
    if (unknownShape && !loggedUnknownShape) {
      loggedUnknownShape = true;
      request.log.warn({ reason: unknownShape, body: body.value }, "first Zalo OA event of an unknown shape");
    }
    dispatcher.dispatch(event);
    return { ok: true };
  });
};
