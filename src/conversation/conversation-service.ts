/**
 * The thin shell around the pure engine. For each inbound message, in ONE transaction: claim the
 * update id, find the chat's unit and open campaign (the officers' chat: officers-chat-message.ts),
 * then the report's step (report-message.ts): load the state, step, store the state, the answers
 * and every message to send (into the outbox). A repeat delivery changes nothing; a crash mid-way stores nothing,
 * so the platform's redelivery is handled as if it were the first.
 */
import type { InboundMessage, OutboundMessage } from "../channels/channel.ts";
import type { Repositories } from "../db/repositories.ts";
import { isStorageFailure } from "../db/storage-failure.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { helpText, isHelp } from "./help-text.ts";
import { typedCampaignCommand } from "./typed-campaign-command.ts";
import { parseUserInput } from "./user-input.ts";
import { reportToWorkOn } from "./report-to-work-on.ts";
import { correctionsWaiting, leftWaitingNote } from "./corrections-waiting.ts";
import { reportKey } from "./conversation-state.ts";
import { authorId, createReportEffects, toChat } from "./report-effects.ts";
import { createReportMessageHandler } from "./report-message.ts";
import { officersChatMessage } from "./officers-chat-message.ts";
import { type Delivery, type OfficerRequest, say } from "../officers/officer-context.ts";
import { parseOfficerCommand, typedOfficerRead } from "../officers/officer-commands.ts";
import { enqueueDeliveries } from "../outbox/enqueue-deliveries.ts";
import type { OfficerService } from "../officers/officer-service.ts";
import { greeterName, greetsBot } from "./greeting.ts";

export interface ConversationServiceDeps {
  repos: Repositories;
  timeZone: string;
  now: () => Date;
  logger: { error: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };
  officers: OfficerService;
  templateFor: (templateId: number) => Promise<Template>;
  /**
   * How to answer in a group where the platform delivers the bot only replies and mentions
   * (Telegram in privacy mode, Zalo Bot): said once, with a report's first question.
   */
  groupAnswerHint?: (channel: InboundMessage["channel"]) => string | undefined;
}

export type HandleResult = { status: "duplicate" } | { status: "handled"; outboxIds: number[] };

/** Work a channel adds to the message's own transaction (the local chat keeps its history there). */
export interface HandleHooks {
  /** The update is new: record the user's message. */
  claimed?: () => void | Promise<void>;
  /** What the message queued, in the same transaction. */
  queued?: (outboxIds: number[]) => void | Promise<void>;
}

/** Attempts when another writer changed the same conversation between our read and write. */
const MAX_CONFLICT_RETRIES = 3;

export function createConversationService(deps: ConversationServiceDeps) {
  const { repos, timeZone, officers } = deps;
  // What reaches a unit's report, once this file has found whose it is.
  const reportMessage = createReportMessageHandler({ ...deps, applyEffects: createReportEffects({ repos, timeZone }) });

  /** Decides what to send for one message and stores everything; runs inside the transaction. */
  const process = async (message: InboundMessage, now: number, hooks: HandleHooks): Promise<Delivery[] | "duplicate" | "conflict"> => {
    // Every update of one chat, on whichever instance: one at a time (the lock comes with the claim).
    if (!(await repos.conversations.claimUpdate(message.channel, message.updateKey, now, `chat:${message.channel}:${message.chatId}`))) return "duplicate";
    await hooks.claimed?.();
    const here = (...messages: OutboundMessage[]): Delivery[] => [
      ...(message.acknowledgeId ? [toChat(message.channel, message.chatId, { kind: "acknowledge", id: message.acknowledgeId })] : []),
      ...messages.map((m) => toChat(message.channel, message.chatId, threaded(m, message.messageId))),
    ];
    const parsedInput = parseUserInput(message.text);
    const officerCommand = parseOfficerCommand(message.text);
    const isCommand = parsedInput.kind !== "text";
    const { found, member: known, openCampaign, report: readWithItsLock } = await repos.directory.senderInChat(message.channel, message.chatId, message.sender.id);
    // A chat that removed the bot (403) gets nothing more, not even "not bound" or help.
    if (found && !found.chat.isActive) return [];
    // Remembers the person and their latest name; written only when there is something new.
    let member = known;
    if (member?.displayName !== message.sender.displayName) {
      await repos.directory.touchMember(message.channel, message.sender.id, message.sender.displayName);
      member = await repos.officers.member(message.channel, message.sender.id);
    }
    const request: OfficerRequest = { message, found, isOfficer: await officers.isOfficer(message.channel, message.sender.id, member), now };
    const withAck = (deliveries: Delivery[]) => [...here(), ...deliveries];
    // Help is for everyone, in any chat, and lists only what the asker may use; in a unit's chat it
    // then repeats the question being asked (below).
    const help = () => say(helpText(request.isOfficer, found, message.channel));
    const inUnitChat = found?.unit && found.chat.kind === "unit";
    if (isHelp(parsedInput) && !message.isEdit && !inUnitChat) return here(help());
    if (officerCommand && !message.isEdit) return withAck(await officers.handle(request, officerCommand));
    // "trangthai" typed without its slash in a unit's chat reads as /trangthai: stored, it was the answer asked.
    const typedStatus = inUnitChat && !message.isEdit ? typedOfficerRead(message.text) : undefined;
    if (typedStatus?.command === "status") return withAck(await officers.handle(request, typedStatus));
    if (found?.chat.kind === "officers") return officersChatMessage(officers, request, parsedInput, here);
    // "xin chào" in a private chat that is no unit's: where reports are made (greeting.ts); other text passes.
    if (!found?.unit || found.chat.kind !== "unit") {
      if (isCommand) return here(say(vi.chat.notBound));
      return message.chatType === "private" && greetsBot(message) ? here(say(vi.chat.greetingNotBound(greeterName(message.text)))) : here();
    }
    const unit = found.unit;
    const helpCommand = isHelp(parsedInput) && !message.isEdit;
    // A command, a reply to the bot or a button press called on it: told why nothing happened.
    const refuse = (text: string) => (helpCommand ? here(help()) : isCommand || (message.addressed && !message.isEdit) ? here(say(text)) : here());
    // Staff act only on their own unit's report: the unit they first reported for (asking for help
    // does not make it theirs).
    if (!request.isOfficer) {
      const boundTo = member?.unitId ?? (helpCommand ? undefined : await repos.officers.claimMemberUnit(message.channel, message.sender.id, unit.id));
      if (boundTo !== undefined && boundTo !== unit.id) return refuse(vi.officer.otherUnit((await repos.officers.unitById(boundTo))?.name ?? "", message.sender.displayName || message.sender.id));
    }
    const picked = message.isEdit ? undefined : typedCampaignCommand(parsedInput);
    const input = picked ?? parsedInput;
    const target = await reportToWorkOn(repos, { unitId: unit.id, openCampaign: openCampaign?.campaign, input, isEdit: message.isEdit === true, senderId: authorId(message), now, templateFor: deps.templateFor });
    if ("conflict" in target) return "conflict";
    // "baocao 3", "xem 3" typed ask as /baocao 3, /xem 3 do: its refusal is said (it passed in silence, as talk).
    if ("refused" in target) return target.asked || picked ? here(say(target.refused)) : refuse(target.refused);
    // Moved to another campaign's report ("/baocao 2"): what the one left still waits on is said
    // (returned, a question asked again, corrections not sent), from the report as read already.
    const left = openCampaign?.campaign;
    const leftRead = left && readWithItsLock?.key === reportKey(left.id, unit.id) ? readWithItsLock : undefined;
    // "/vanban 1", "/xem 1" read campaign 1's report without moving the chat: nothing was left.
    const readsOther = input.kind === "command" && (input.command === "document" || input.command === "review");
    const waiting = left && left.id !== target.campaign.id && !readsOther ? await correctionsWaiting(repos, await deps.templateFor(left.templateId), left, unit.id, leftRead) : undefined;
    const note = left && waiting ? [leftWaitingNote(left, waiting), target.note].filter(Boolean).join("\n") : target.note;
    const moved = left !== undefined && left.id !== target.campaign.id && input.kind === "command" && input.command === "report";
    return reportMessage({ message, parsedInput: input, unit, campaign: target.campaign, note, moved, readsOther: "readsOther" in target ? target.readsOther : undefined, readWithItsLock, here, help, now });
  };

  const enqueue = (deliveries: Delivery[], now: number) => enqueueDeliveries(repos.outbox, deliveries, now);

  return {
    /**
     * Whether a file this message carries is worth fetching: not for an update handled already (a
     * redelivery), nor in a chat that is not an active unit chat (nobody's report could use it).
     * Read before the transaction, so anyone who can write to the bot cannot make it download.
     */
    async acceptsFile(message: InboundMessage): Promise<boolean> {
      if (await repos.conversations.isProcessed(message.channel, message.updateKey)) return false;
      const found = await repos.directory.findChat(message.channel, message.chatId);
      return found !== undefined && found.chat.isActive && found.chat.kind === "unit" && found.unit !== null;
    },

    /**
     * Handles one inbound message; never throws for a handler bug (it is logged, the user told).
     * `hooks` run inside the same transaction. Returns the outbox ids it queued.
     */
    async handle(received: InboundMessage, hooks: HandleHooks = {}): Promise<HandleResult> {
      const message = composed(received);
      const now = deps.now().getTime();
      for (let attempt = 1; attempt <= MAX_CONFLICT_RETRIES; attempt++) {
        try {
          return await repos.transaction(async () => {
            const deliveries = await process(message, now, hooks);
            if (deliveries === "duplicate") return { status: "duplicate" } as const;
            if (deliveries === "conflict") throw new ConflictError();
            const outboxIds = await enqueue(deliveries, now);
            await hooks.queued?.(outboxIds);
            return { status: "handled", outboxIds } as const;
          });
        } catch (error) {
          if (error instanceof ConflictError) continue;
          // Nothing was stored: the caller must not acknowledge the update, and its redelivery retries.
          if (isStorageFailure(error)) throw error;
          deps.logger.error({ err: error, channel: message.channel, updateKey: message.updateKey }, "handler failed");
          break;
        }
      }
      // Claim the update anyway so a redelivery does not fail the same way forever (if this cannot
      // be stored either, the error goes up and the update is not acknowledged).
      return repos.transaction(async () => {
        const fresh = await repos.conversations.claimUpdate(message.channel, message.updateKey, now);
        if (!fresh) return { status: "duplicate" } as const;
        await hooks.claimed?.();
        const apology = { channel: message.channel, chatId: message.chatId, message: say(vi.chat.handlerError) };
        const outboxIds = await enqueue([apology], now);
        await hooks.queued?.(outboxIds);
        return { status: "handled", outboxIds } as const;
      });
    },
  };
}

class ConflictError extends Error {}

/**
 * Text as one form of each letter: "người" typed with combining tone marks (some keyboards, pasted
 * text) would otherwise not match a word, a unit or a number's unit, and be refused or stored oddly.
 */
function composed(message: InboundMessage): InboundMessage {
  const text = message.text.normalize("NFC");
  const caption = message.file?.caption?.normalize("NFC");
  if (text === message.text && caption === message.file?.caption) return message;
  return { ...message, text, ...(message.file ? { file: { ...message.file, caption } } : {}) };
}

/** Questions are sent as replies to the user's message: Telegram's selective force_reply needs it. */
function threaded(message: OutboundMessage, userMessageId: string | undefined): OutboundMessage {
  return message.kind === "text" && message.expectsReply && userMessageId ? { ...message, replyToMessageId: userMessageId } : message;
}

export type ConversationService = ReturnType<typeof createConversationService>;
