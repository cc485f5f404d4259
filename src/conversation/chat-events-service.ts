/**
 * What happens to chats themselves, on any platform: the bot added to a group introduces itself,
 * removed it marks the binding inactive (nothing more is sent there), a group with a new id keeps its
 * binding and its unsent messages. Each event is claimed like a message, in one transaction.
 */
import type { ChannelEvent, OutboundMessage } from "../channels/channel.ts";
import type { Repositories } from "../db/repositories.ts";
import { vi } from "../sentences/vi.ts";
import type { HandleResult } from "./conversation-service.ts";

type ChatEvent = Extract<ChannelEvent, { kind: "membership" | "migrated" | "acknowledge" | "unsupported-message" }>;

export function createChatEventsService(deps: { repos: Repositories; now: () => Date }) {
  const { repos } = deps;
  const say = (text: string): OutboundMessage => ({ kind: "text", text });

  return {
    async handle(event: ChatEvent): Promise<HandleResult> {
      const now = deps.now().getTime();
      return repos.transaction(async () => {
        if (!(await repos.conversations.claimUpdate(event.channel, event.updateKey, now))) return { status: "duplicate" } as const;
        await repos.lock(`chat:${event.channel}:${event.kind === "migrated" ? event.fromChatId : (event.chatId ?? "")}`);
        const outboxIds: number[] = [];
        switch (event.kind) {
          case "membership":
            if (event.joined) {
              await repos.directory.ensureChat(event.channel, event.chatId, event.title);
              outboxIds.push(await repos.outbox.enqueue(event.channel, event.chatId, say(vi.chat.intro), now));
            } else {
              await repos.directory.setChatActive(event.channel, event.chatId, false);
              await repos.outbox.failChat(event.channel, event.chatId, "the bot was removed from the chat");
            }
            break;
          case "migrated":
            await repos.directory.moveChat(event.channel, event.fromChatId, event.toChatId);
            await repos.outbox.moveChat(event.channel, event.fromChatId, event.toChatId, now);
            break;
          case "unsupported-message":
            outboxIds.push(await repos.outbox.enqueue(event.channel, event.chatId, say(vi.chat.textOnly), now));
            break;
          case "acknowledge":
            outboxIds.push(await repos.outbox.enqueue(event.channel, event.chatId ?? "", { kind: "acknowledge", id: event.id }, now));
            break;
        }
        return { status: "handled", outboxIds } as const;
      });
    },
  };
}

export type ChatEventsService = ReturnType<typeof createChatEventsService>;
