/**
 * Transcript tests over the pure engine: say() what a user types, read back what the bot said.
 * Every state is round-tripped through JSON, as it is through SQLite in production.
 */
import type { OutboundMessage } from "../../src/channels/channel.ts";
import { type ConversationState, conversationStateSchema, INITIAL_STATE } from "../../src/conversation/conversation-state.ts";
import { step } from "../../src/conversation/engine.ts";
import type { Effect, ReportInput } from "../../src/conversation/engine-types.ts";
import { parseUserInput } from "../../src/conversation/user-input.ts";
import { loadBuiltInTemplates } from "../../src/templates/built-in-templates.ts";
import { parseTemplate } from "../../src/templates/load-template.ts";
import type { Template } from "../../src/templates/template-schema.ts";

/** A template a test writes to try a rule: one section "A" holding `fields`, no closing questions. */
export function sectionTemplate(key: string, title: string, fields: Record<string, unknown>[]): Template {
  return parseTemplate({ key, title, document: { type: "BÁO CÁO", typeCode: "BC", summary: "Thử" }, sections: [{ heading: "A", fields }], closing: { fields: [] } });
}

export function builtInTemplate(): Template {
  const template = loadBuiltInTemplates().find((t) => t.key === "tuan-le-hoc-tap-suot-doi");
  if (!template) throw new Error("built-in template missing");
  return template;
}

/** `extra`: more of the engine's input on every step (e.g. last year's report, `previous`). */
export function createTranscript(template: Template = builtInTemplate(), now = new Date("2026-10-08T03:15:00Z"), extra: Partial<Omit<ReportInput, "message">> = {}) {
  let state: ConversationState = INITIAL_STATE;
  const effects: Effect[] = [];
  let lastReplies: OutboundMessage[] = [];
  // What the service reads for /huy after a submission: the latest submitted answers, and whether returned.
  let submitted: ReportInput["submitted"];
  return {
    get state() {
      return state;
    },
    effects,
    /** Sends one message; returns the bot's replies joined into one string. */
    say(text: string): string {
      return this.send(parseUserInput(text));
    },
    /** The chat message that answered `fieldId` edited to `text` (the latest answer, unless told). */
    edit(fieldId: string, text: string, isLatest = true): string {
      return this.send({ kind: "edit", fieldId, text, isLatest });
    },
    send(message: ReportInput["message"]): string {
      const result = step(template, state, { message, unitName: "Trường Tiểu học Liên Châu", timeZone: "Asia/Ho_Chi_Minh", submitted, ...extra }, now);
      state = conversationStateSchema.parse(JSON.parse(JSON.stringify(result.state)));
      effects.push(...result.effects);
      for (const effect of result.effects) if (effect.type === "submit") submitted = { answers: effect.answers, returned: false };
      lastReplies = result.replies;
      return result.replies.map((r) => (r.kind === "text" ? r.text : r.kind === "document" ? `[document ${r.fileName}]` : "[ack]")).join("\n---\n");
    },
    /** An officer returns the submitted report (/tralai): the service leaves "submitted" for "complete". */
    returned(): void {
      if (!submitted || state.phase !== "submitted") throw new Error("only a submitted report can be returned");
      submitted = { ...submitted, returned: true };
      state = { ...state, phase: "complete" };
    },
    /** The replies of the last say(), with their buttons. */
    get lastReplies(): OutboundMessage[] {
      return lastReplies;
    },
  };
}
