/**
 * The thin shell around the pure engine. For each inbound message, in ONE transaction: claim the
 * update id, find the chat's unit and open campaign, load the state, step, store the state, the
 * answers and the replies (into the outbox). A repeat delivery changes nothing; a crash mid-way
 * stores nothing, so the platform's redelivery is handled as if it were the first.
 */
import type { InboundMessage, OutboundMessage } from "../channels/channel.ts";
import type { Repositories } from "../db/repositories.ts";
import { parseTemplate } from "../templates/load-template.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../texts/vi.ts";
import { INITIAL_STATE, restoreState, STATE_VERSION } from "./conversation-state.ts";
import { type Effect, step } from "./engine.ts";
import { parseUserInput } from "./user-input.ts";

export interface ConversationServiceDeps {
  repos: Repositories;
  timeZone: string;
  now: () => Date;
  logger: { error: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };
}

export type HandleResult = { status: "duplicate" } | { status: "handled"; outboxIds: number[] };

/** Attempts when another writer changed the same conversation between our read and write. */
const MAX_CONFLICT_RETRIES = 3;

export function createConversationService(deps: ConversationServiceDeps) {
  const { repos } = deps;
  const templateCache = new Map<number, Template>();

  const templateFor = (templateId: number, definition: unknown): Template => {
    let template = templateCache.get(templateId);
    if (!template) {
      template = parseTemplate(definition, `template #${templateId}`);
      templateCache.set(templateId, template);
    }
    return template;
  };

  /** Decides the replies for one message and stores everything; runs inside the transaction. */
  const process = (message: InboundMessage, now: number, onClaimed?: () => void): OutboundMessage[] | "duplicate" | "conflict" => {
    if (!repos.conversations.claimUpdate(message.channel, message.updateKey, now)) return "duplicate";
    onClaimed?.();
    repos.directory.touchMember(message.channel, message.sender.id, message.sender.displayName);
    const input = parseUserInput(message.text);
    const isCommand = input.kind !== "text";
    const found = repos.directory.findChat(message.channel, message.chatId);
    if (found?.chat.kind === "officers") return isCommand ? [say(vi.chat.officersChat)] : [];
    if (!found?.unit || found.chat.kind !== "unit" || !found.chat.isActive) return isCommand ? [say(vi.chat.notBound)] : [];
    const unit = found.unit;
    const open = repos.directory.findOpenCampaign(unit.id);
    if (!open) return isCommand ? [say(vi.chat.noOpenCampaign)] : [];
    const template = templateFor(open.campaign.templateId, open.definition);

    const key = `report:${open.campaign.id}:${unit.id}`;
    const stored = repos.conversations.load(key);
    const restored = stored ? restoreState(stored.state, stored.stateVersion) : { state: INITIAL_STATE, reset: false };
    if (restored.reset) deps.logger.warn({ key }, "conversation state could not be read; restarted");
    const result = step(template, restored.state, { message: input, unitName: unit.name, timeZone: deps.timeZone }, new Date(now));

    let submission = repos.submissions.find(open.campaign.id, unit.id);
    if (!submission && (result.effects.length > 0 || result.state.phase !== "idle")) {
      submission = repos.submissions.create(open.campaign.id, unit.id, now);
    }
    if (submission) applyEffects(result.effects, submission.id, message, now);
    const saved = repos.conversations.save(key, JSON.stringify(result.state), STATE_VERSION, stored?.revision, now);
    if (!saved) return "conflict";
    return restored.reset ? [say(vi.report.stateReset), ...result.replies] : result.replies;
  };

  const applyEffects = (effects: Effect[], submissionId: number, message: InboundMessage, now: number) => {
    const by = { id: `${message.channel}:${message.sender.id}`, name: message.sender.displayName };
    for (const effect of effects) {
      if (effect.type === "save-answer") repos.submissions.saveAnswer(submissionId, effect.fieldId, effect.value, by, now);
      else if (effect.type === "clear-answers") repos.submissions.clearAnswers(submissionId, now);
      else repos.submissions.recordSubmit(submissionId, effect.version, effect.answers, by, now);
    }
  };

  const enqueue = (message: InboundMessage, replies: OutboundMessage[], now: number) =>
    replies.map((reply) => repos.outbox.enqueue(message.channel, message.chatId, reply, now));

  return {
    /**
     * Handles one inbound message; never throws for a handler bug (it is logged, the user told).
     * `onClaimed` runs inside the same transaction once the update is known to be new (e.g. to
     * record the message in a channel's own history).
     */
    handle(message: InboundMessage, onClaimed?: () => void): HandleResult {
      const now = deps.now().getTime();
      for (let attempt = 1; attempt <= MAX_CONFLICT_RETRIES; attempt++) {
        try {
          return repos.transaction(() => {
            const replies = process(message, now, onClaimed);
            if (replies === "duplicate") return { status: "duplicate" } as const;
            if (replies === "conflict") throw new ConflictError();
            return { status: "handled", outboxIds: enqueue(message, replies, now) } as const;
          });
        } catch (error) {
          if (error instanceof ConflictError) continue;
          deps.logger.error({ err: error, channel: message.channel, updateKey: message.updateKey }, "handler failed");
          break;
        }
      }
      // Claim the update anyway so a redelivery does not fail the same way forever.
      return repos.transaction(() => {
        const fresh = repos.conversations.claimUpdate(message.channel, message.updateKey, now);
        if (fresh) onClaimed?.();
        return { status: "handled", outboxIds: fresh ? enqueue(message, [say(vi.chat.handlerError)], now) : [] };
      });
    },
  };
}

class ConflictError extends Error {}

function say(text: string): OutboundMessage {
  return { kind: "text", text };
}

export type ConversationService = ReturnType<typeof createConversationService>;
