/**
 * The engine's part for a Word file, pure like the rest of it. The service has read and matched the
 * file (word-import/) and steps with the proposed answers; here they fill only questions still
 * unanswered and visible. An answer the unit already gave (a deliberate skip included) is never
 * replaced: the reply names those questions and points to /sua. Then the usual flow goes on: the
 * question being asked, or the first one left; /xem, /sua and /nop with its confirmation as ever.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { AnswerValue } from "../templates/answer-parsers.ts";
import { visibleFields } from "../templates/field-visibility.ts";
import { questionsToCome } from "../templates/questions-to-come.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import type { Effect, StepResult } from "./engine-types.ts";

/** What the service tells the engine about a Word file. */
export type WordInput =
  /** `start`: the file came with /baocao as its caption, so it may start a report that is not open. */
  | { kind: "word"; answers: Readonly<Record<string, AnswerValue>>; start?: boolean }
  | { kind: "word-refused"; reason: WordRefusal };

export type WordRefusal = "old-word" | "not-docx" | "too-big" | "unreadable" | "unavailable" | "busy" | "no-match";

type Continue = (state: ConversationState, preface: OutboundMessage[], filled: readonly string[]) => StepResult;
const say = (text: string): OutboundMessage => ({ kind: "text", text });

/** Whether a figure from the file is one the unit would be asked to confirm: such a figure is left to be asked. */
type Doubtful = (fieldId: string, value: AnswerValue, answers: Readonly<Record<string, AnswerValue | null>>) => boolean;

export function onWordFile(template: Template, state: ConversationState, input: WordInput, startText: string, doubtful: Doubtful, next: Continue): StepResult {
  if (input.kind === "word-refused") return { state, replies: [say(wordRefusal(template, input.reason))], effects: [] };
  // A file forwarded into the group must not start (or reopen) a report by itself.
  if (state.phase === "idle" && !input.start) return { state, replies: [say(vi.wordImport.startFirst)], effects: [] };
  if (state.phase === "submitted") return { state, replies: [say(vi.wordImport.submittedAlready)], effects: [] };
  const answers = { ...state.answers };
  const filled: string[] = [];
  const kept: string[] = [];
  // Template order, among the questions that apply, again as long as a fill shows more (the file's
  // "Có" to the opening shows its date question); one a fill would hide is dropped below.
  const seen = new Set<string>();
  for (let more = true; more; ) {
    more = false;
    for (const { field } of visibleFields(template, answers)) {
      if (seen.has(field.id)) continue;
      seen.add(field.id);
      const value = input.answers[field.id];
      if (value === undefined) continue;
      if (state.answers[field.id] !== undefined) kept.push(field.id);
      else if (doubtful(field.id, value, answers)) continue;
      else {
        answers[field.id] = value;
        filled.push(field.id);
        more = true;
      }
    }
  }
  const visible = visibleFields(template, answers).map((p) => p.field.id);
  const stillVisible = filled.filter((id) => visible.includes(id));
  // By number: a question a fill showed was found on a later pass ("câu 5, 8, 10, 6, 9").
  const numbers = (ids: readonly string[]) => ids.map((id) => visible.indexOf(id) + 1).filter((n) => n > 0).sort((a, b) => a - b).join(", ");
  if (stillVisible.length === 0) {
    const reply = kept.length > 0 ? vi.wordImport.onlyKept(numbers(kept)) : wordRefusal(template, "no-match");
    return { state, replies: [say(reply)], effects: [] };
  }
  const applied = Object.fromEntries(Object.entries(answers).filter(([id]) => !filled.includes(id) || stillVisible.includes(id)));
  const effects: Effect[] = stillVisible.map((fieldId) => ({ type: "save-answer", fieldId, value: input.answers[fieldId]! }));
  const preface = [
    ...(state.phase === "idle" ? [say(startText)] : []),
    // Out of the total that "Câu k/n" says next (questions-to-come.ts), not only the questions shown now.
    say(vi.wordImport.filled(stillVisible.length, questionsToCome(template, applied), numbers(stillVisible))),
    ...(kept.length > 0 ? [say(vi.wordImport.kept(numbers(kept)))] : []),
  ];
  return { ...next({ ...state, answers: applied }, preface, stillVisible), effects };
}

/** Why a file was not used, in one sentence. */
export function wordRefusal(template: Template, reason: WordRefusal): string {
  switch (reason) {
    case "old-word":
      return vi.wordImport.oldWord;
    case "no-match":
      return vi.wordImport.noMatch(firstHeading(template));
    case "not-docx":
      return vi.wordImport.notDocx;
    case "too-big":
      return vi.wordImport.tooBig;
    case "unreadable":
      return vi.wordImport.unreadable;
    case "unavailable":
      return vi.wordImport.unavailable;
    case "busy":
      return vi.wordImport.busy;
  }
}

/** A heading the clerk would recognise: the first section that asks something. */
function firstHeading(template: Template): string {
  const walk = (sections: Template["sections"]): string | undefined =>
    sections.map((s) => (s.fields.length > 0 ? s.heading : walk(s.sections))).find((h) => h !== undefined);
  return walk(template.sections) ?? template.sections[0]!.heading;
}
