/**
 * POST /webhooks/telegram through grammY's Fastify adapter. Our own checks come first: a wrong or
 * missing secret header gets 401, a body that is not an Update gets 400 (malformed JSON is 400 from
 * the server's parser). The update is stored with its effects before the 200; sending happens after.
 */
import type { FastifyPluginAsync } from "fastify";
import { type Bot, webhookCallback } from "grammy";
import { z } from "zod";
import { secretTokenMatches } from "../../channels/verify-secret-token.ts";
import { vi } from "../../sentences/vi.ts";

const updateShape = z.object({ update_id: z.number().int().nonnegative() }).passthrough();

export const telegramWebhookRoutes: FastifyPluginAsync<{ bot: Bot; secret: string }> = async (app, { bot, secret }) => {
  // Made on the first webhook call: grammY refuses long polling (no PUBLIC_URL) once a webhook
  // handler exists, and without a public URL this route is never called by Telegram.
  const createHandler = () => webhookCallback(bot, "fastify", { secretToken: secret });
  let handle: ReturnType<typeof createHandler> | undefined;
  app.post("/webhooks/telegram", async (request, reply) => {
    if (!secretTokenMatches(request.headers["x-telegram-bot-api-secret-token"], secret)) {
      return reply.code(401).send({ error: vi.chat.unauthorized });
    }
    if (!updateShape.safeParse(request.body).success) return reply.code(400).send({ error: vi.chat.badRequest });
    handle ??= createHandler();
    return handle(request, reply);
  });
};
