/**
 * POST /webhooks/telegram. A wrong or missing secret header gets 401 (before the body is read), a body that is not an Update
 * gets 400 (malformed JSON is 400 from the server's parser). The update is stored with its effects
 * before the 200; sending happens after. A storage failure answers 500, so Telegram sends it again.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { secretTokenCheck } from "../../channels/verify-secret-token.ts";
import { vi } from "../../sentences/vi.ts";

const updateShape = z.object({ update_id: z.number().int().nonnegative() }).passthrough();

export interface TelegramWebhookOptions {
  secret: string;
  /** Stores one update (telegram-bot.ts); throws only when it could not be stored. */
  handleUpdate: (update: { update_id: number }) => Promise<void>;
}

export const telegramWebhookRoutes: FastifyPluginAsync<TelegramWebhookOptions> = async (app, { secret, handleUpdate }) => {
  const secretMatches = secretTokenCheck(secret);
  // Checked before the body is read: a caller without the secret gets 401 whatever it sent, and
  // no JSON of its is parsed.
  const onRequest = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!secretMatches(request.headers["x-telegram-bot-api-secret-token"])) return reply.code(401).send({ error: vi.chat.unauthorized });
  };
  app.post("/webhooks/telegram", { onRequest }, async (request, reply) => {
    const update = updateShape.safeParse(request.body);
    if (!update.success) return reply.code(400).send({ error: vi.chat.badRequest });
    await handleUpdate(update.data);
    return reply.code(200).send();
  });
};
