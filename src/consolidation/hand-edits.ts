/**
 * The officers' hand edits of computed answers. An edit replaced a computed answer; when the units'
 * data later computes another one, the edit is said to be behind (it stayed "13.000 [đã sửa tay]"
 * while the schools' sum became 500, and nothing said so). "/sua 3 tự động", or "tự động" typed
 * when question 3 is asked, gives the question back to the computed answer.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { sameValue } from "../canonical-json.ts";
import type { ConversationState } from "../conversation/conversation-state.ts";
import { say } from "../conversation/engine-moves.ts";
import { fieldByNumber, numberOfField } from "../conversation/report-navigation.ts";
import { editArgument } from "../conversation/typed-edit.ts";
import type { UserInput } from "../conversation/user-input.ts";
import type { AnswerValue } from "../templates/answer-parsers.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import { storedValueFits } from "../templates/stored-value-fits.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { vi } from "../sentences/vi.ts";
import { shown } from "./computed-changes.ts";

/** The edited fields and, per field, the computed answer its edit replaced (null: none computed then). */
export interface HandEdits {
  fields: string[];
  replaced: Record<string, unknown>;
}

/** What the officer types for "the computed answer", folded (the words "Keep" would not say it). */
const BACK_WORDS = new Set(["tu dong", "tu dong tong hop", "tong hop tu dong", "so tu dong", "so tong hop"]);
const isBackWord = (text: string) => text.length <= 40 && BACK_WORDS.has(foldVietnamese(text).toLowerCase().replace(/[.!]+$/, "").trim());

/** Each edited computed answer whose computed answer now differs from the one the edit replaced. */
export function staleEdits(template: Template, edits: HandEdits, computed: Answers): { field: Field; was: AnswerValue | null; now: AnswerValue | null }[] {
  return listFields(template).flatMap(({ field }) => {
    // An edit made before the replaced answer was kept has nothing to compare with.
    if (!field.from || !edits.fields.includes(field.id) || !(field.id in edits.replaced)) return [];
    const was = (edits.replaced[field.id] ?? null) as AnswerValue | null;
    const now = computed[field.id] ?? null;
    return sameValue(was, now) ? [] : [{ field, was, now }];
  });
}

/** The stale edits, one line each, with how to take the computed answer back; said when the report is opened. */
export function staleEditNotice(template: Template, answers: Answers, edits: HandEdits, computed: Answers): string | undefined {
  const stale = staleEdits(template, edits, computed).map((s) => ({ ...s, n: numberOfField(template, answers, s.field.id) }));
  if (stale.length === 0) return undefined;
  // A computed question skipped is an edit too (its answer stays left out): said as skipped.
  const given = (field: Field, value: AnswerValue | null | undefined) => (value === null || value === undefined ? undefined : shown(field, value));
  const lines = stale.map(({ field, was, now, n }) => vi.consolidation.staleEdit(n, given(field, answers[field.id]), given(field, now), given(field, was)));
  // "tự động" is offered for a question that has a computed answer now.
  const back = stale.find((s) => s.now !== null);
  return vi.consolidation.staleEdits(lines, back?.n);
}

/**
 * The /xem mark of each computed question the officer answered: with the computed answer now, when
 * the answer is behind it. An answer typed where nothing was computed (then, or, for an edit made
 * before the replaced answer was kept, now) edits no figure: it is the officer's own entry, and
 * "[đã sửa tay]" said a computed figure had been changed.
 */
export function editedMarks(template: Template, edits: HandEdits, computed: Answers): Record<string, string> {
  const stale = new Map(staleEdits(template, edits, computed).map((s) => [s.field.id, s]));
  const ownEntry = (id: string) => (id in edits.replaced ? edits.replaced[id] ?? null : computed[id] ?? null) === null;
  return Object.fromEntries(edits.fields.map((id) => {
    const s = stale.get(id);
    const own = ownEntry(id);
    return [id, s ? vi.consolidation.staleEditMark(shown(s.field, s.now), own) : own ? vi.consolidation.ownEntryMark : vi.consolidation.editedMark];
  }));
}

/**
 * The computed question that `message` gives back to the computed answer, and the message the
 * engine then takes: "Giữ" on that question (the computed answer is its answer by then). Refused,
 * changing nothing, when nothing is computed for it now: the officer's figure was dropped and the
 * question asked again ("tự động" offered where the units' template no longer had its source).
 */
export function backToComputed(
  template: Template,
  answers: Answers,
  phase: string,
  askedId: string | undefined,
  message: UserInput,
  computed: Answers,
): { fieldId: string; message: UserInput } | { refused: string } | undefined {
  const computedField = (id: string | undefined) => listFields(template).find((p) => p.field.id === id && p.field.from)?.field;
  const back = (fieldId: string, then: UserInput) =>
    computed[fieldId] === undefined ? { refused: vi.consolidation.nothingComputed(numberOfField(template, answers, fieldId)) } : { fieldId, message: then };
  if (message.kind === "text" && phase === "asking" && computedField(askedId) && isBackWord(message.text)) return back(askedId!, { kind: "text", text: "Giữ" });
  if (message.kind !== "command" || message.command !== "edit") return undefined;
  const edit = editArgument(message.argument);
  if (!edit?.answer || !isBackWord(edit.answer)) return undefined;
  const named = fieldByNumber(template, answers, edit.number)?.field;
  return named?.from ? back(named.id, { ...message, argument: `${edit.number} Giữ` }) : undefined;
}

/**
 * The step's replies with what the hand edits add: the way back said once taken (for the engine's
 * "kept"), and offered when an edited computed question is asked again.
 */
export function withHandEditReplies(template: Template, replies: OutboundMessage[], before: ConversationState, after: ConversationState, back: string | undefined, edited: readonly string[], computed: Answers): OutboundMessage[] {
  const field = (id: string) => listFields(template).find((p) => p.field.id === id)!.field;
  let out = replies;
  if (back !== undefined && computed[back] !== undefined) {
    const n = numberOfField(template, after.answers, back);
    out = out.map((m) => (m.kind === "text" && m.text === vi.report.answerKept(n) ? say(vi.consolidation.backToComputed(n, shown(field(back), computed[back]))) : m));
  }
  const asked = after.phase === "asking" ? after.fieldId : undefined;
  const wasAsked = before.phase === "asking" ? before.fieldId : undefined;
  if (asked === undefined || asked === wasAsked || !edited.includes(asked) || computed[asked] === undefined) return out;
  return [...out, say(vi.consolidation.backHint(shown(field(asked), computed[asked])))];
}

/**
 * The officer's edits of computed questions whose answer is no longer of the question's type (the
 * template changed it, /mau nap): refresh computes them again, so they are the officer's no more
 * (left marked, /xem said "[đã sửa tay]" over a computed figure, and its changes went unsaid).
 */
export function unfitEdits(template: Template, answers: Answers, edited: readonly string[]): string[] {
  return listFields(template).flatMap(({ field }) => (edited.includes(field.id) && field.from && field.id in answers && !storedValueFits(field, answers[field.id]!) ? [field.id] : []));
}
