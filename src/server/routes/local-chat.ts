/**
 * The local web chat's HTTP API, used by the page at / and by tests:
 *   GET  /local/chats                      the chats, with their members
 *   GET  /local/chats/:chatId/messages     the whole history
 *   POST /local/chats/:chatId/messages     one user message → { messages: the bot's replies to it }
 *   POST /local/chats/:chatId/files        one file (multipart), the same answer (local-chat-files.ts)
 * Registered only in the demo (no platform token): it trusts the userId it is given.
 */
import { randomUUID } from "node:crypto";
import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import type { InboundMessage } from "../../channels/channel.ts";
import { LOCAL_BOT_NAME } from "../../channels/local/local-bot-name.ts";
import { stripLeadingMention } from "../../channels/strip-leading-mention.ts";
import type { InboundDispatcher } from "../../conversation/inbound-dispatcher.ts";
import type { Repositories } from "../../db/repositories.ts";
import type { LocalMessageRow } from "../../db/schema.ts";
import { vi } from "../../sentences/vi.ts";
import { localChatFileRoutes } from "./local-chat-files.ts";

export interface LocalChatOptions {
  repos: Repositories;
  dispatcher: InboundDispatcher;
  now: () => Date;
}

const postBodySchema = z.object({
  userId: z.string().trim().min(1).max(100),
  userName: z.string().trim().min(1).max(200),
  text: z.string().max(20_000).refine((t) => t.trim() !== "", { message: "empty" }),
  /** Optional client id: the same id posted twice is handled once. */
  messageId: z.string().min(1).max(100).optional(),
});

export type ApiMessage =
  | { id: string; from: "user"; userId: string; userName: string; text: string }
  | { id: string; from: "bot"; text: string; choices?: string[]; document?: { name: string; url: string } };

function toApiMessage(row: LocalMessageRow): ApiMessage {
  if (!row.fromBot) return { id: String(row.id), from: "user", userId: row.userId ?? "", userName: row.userName ?? "", text: row.text };
  return {
    id: String(row.id),
    from: "bot",
    text: row.text,
    ...(row.choices ? { choices: row.choices } : {}),
    ...(row.document ? { document: row.document } : {}),
  };
}

export const localChatRoutes: FastifyPluginAsync<LocalChatOptions> = async (app, { repos, dispatcher, now }) => {
  app.get("/local/chats", async () => {
    const chats = (await repos.directory.listChats("local")).filter(({ chat }) => chat.kind !== "unbound");
    const listed = [];
    for (const { chat, unitCode } of chats) {
      const members = await repos.directory.listChatMembers(chat.id);
      listed.push({
        id: chat.externalId,
        title: chat.title,
        kind: chat.kind,
        ...(unitCode ? { unitCode } : {}),
        members: members.map((m) => ({ userId: m.externalId, userName: m.displayName })),
      });
    }
    return listed;
  });

  app.get<{ Params: { chatId: string } }>("/local/chats/:chatId/messages", async (request, reply) => {
    if (!(await repos.directory.findChat("local", request.params.chatId))) return reply.code(404).send({ error: vi.chat.unknownChat });
    return { messages: (await repos.localMessages.history(request.params.chatId)).map(toApiMessage) };
  });

  app.post<{ Params: { chatId: string } }>("/local/chats/:chatId/messages", async (request, reply) => {
    const { chatId } = request.params;
    const body = postBodySchema.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: vi.chat.badRequest });
    if (!(await repos.directory.findChat("local", chatId))) return reply.code(404).send({ error: vi.chat.unknownChat });
    const { userId, userName, text, messageId } = body.data;
    // "@Bot Báo Cáo 12" is "12", as in a platform group; the history keeps what was typed.
    const stripped = stripLeadingMention(text, [LOCAL_BOT_NAME]);
    const message: InboundMessage = { ...localMessage(chatId, userId, userName, now(), messageId), text: stripped, addressed: stripped !== text };
    return { messages: await postAsUser({ repos, dispatcher }, message, text, messageId) };
  });

  app.register(localChatFileRoutes, { repos, dispatcher, now });
};

/** A message from the page's user; the page's ids are its own per chat (two chats may both post a "1"). */
export function localMessage(chatId: string, userId: string, userName: string, sentAt: Date, messageId?: string): Omit<InboundMessage, "text"> {
  return {
    channel: "local",
    chatId,
    chatType: "group",
    updateKey: messageId ? `${chatId}:${messageId}` : `${chatId}:auto:${randomUUID()}`,
    sender: { id: userId, displayName: userName },
    sentAt,
  };
}

/**
 * Hands one user message to the bot, records it in the chat's history as `historyText`, and answers
 * the bot's replies to it (waiting for their local delivery). A repeated messageId answers with
 * what the first delivery answered.
 */
export async function postAsUser(
  { repos, dispatcher }: Pick<LocalChatOptions, "repos" | "dispatcher">,
  message: InboundMessage,
  historyText: string,
  messageId?: string,
): Promise<ApiMessage[]> {
  const { chatId } = message;
  const { id: userId, displayName: userName } = message.sender;
  let userRowId: number | undefined;
  const { result, delivered } = await dispatcher.dispatch(
    { kind: "message", message },
    {
      claimed: async () => {
        userRowId = (await repos.localMessages.addUserMessage(chatId, userId, userName, historyText, messageId)).id;
      },
      queued: async (ids) => {
        if (userRowId !== undefined) await repos.localMessages.setReplies(userRowId, ids);
      },
    },
    { complete: true },
  );
  // A repeated messageId answers with what the first delivery answered.
  const repeated = result.status === "duplicate" && messageId ? await repos.localMessages.findByClientId(chatId, messageId) : undefined;
  const outboxIds = result.status === "handled" ? result.outboxIds : (repeated?.replyOutboxIds ?? []);
  // The replies are part of the answer: wait for their (local, immediate) delivery.
  await delivered;
  const replies = (await repos.localMessages.byOutboxIds(outboxIds)).filter((row) => row.chatExternalId === chatId);
  return replies.map(toApiMessage);
}
