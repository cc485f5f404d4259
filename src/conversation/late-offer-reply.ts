/**
 * A reply to last year's offer typed after the report started: another member's "ok" answered the
 * offer, and the clerk's own "có" then came to question 1 and was stored as its text. Before any
 * answer is stored, a bare yes or no at a text question answers the offer: a yes keeps last year's
 * drafts (or brings them, the offer declined), a no puts them away; either way nothing is stored
 * and the question is asked again. A bare yes with no drafts to bring is refused as no text. Pure.
 */
import type { Field, Template } from "../templates/template-schema.ts";
import { parseYesNo } from "../templates/parse-yes-no.ts";
import { foldVietnamese, typedWithoutMarks } from "../vietnamese/fold-vietnamese.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { askField, say } from "./engine-moves.ts";
import type { StepResult } from "./engine-types.ts";
import { draftsFrom, type PreviousReport } from "./last-year-drafts.ts";

/** The questions whose answer is text, where "có" would be stored and printed as it is. */
const TEXT_TYPES = new Set<Field["type"]>(["short-text", "paragraph", "bullet-list"]);
/** Longer than "dạ không ạ", "ok nhé": more than a yes or a no. */
const MAX_LENGTH = 20;
/** A yes or a no said, and courtesy around it; not a person ("ok chị" is the group's talk, casual-talk.ts). */
const SAYING = ["có", "không", "ko", "k", "kg", "chưa", "ok", "oke", "okie", "oki", "okay", "yes", "no", "c", "y"];
const COURTESY = ["dạ", "vâng", "ừ", "uh", "uk", "ạ", "nhé", "nha", "nhe", "ơi", "rồi"];
const MARKED = { saying: new Set(SAYING), any: new Set([...SAYING, ...COURTESY]) };
const FOLDED = { saying: new Set(SAYING.map(foldVietnamese)), any: new Set([...SAYING, ...COURTESY].map(foldVietnamese)) };

/** True for a bare yes ("có", "dạ có ạ", "ok"), false for a bare no ("không", "ko ạ"), undefined for anything else. */
export function bareYesNo(text: string): boolean | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const words = text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Compared with the marks: folded, "cô" reads "có". A text typed without any mark, folded.
  const sets = typedWithoutMarks(text) ? FOLDED : MARKED;
  if (!words.some((w) => sets.saying.has(w)) || !words.every((w) => sets.any.has(w))) return undefined;
  const answer = parseYesNo(text);
  return answer.ok ? answer.value === true : undefined;
}

/** Whether `text` at `field` may be the offer's late answer: before any answer, at a text question. */
export function mayAnswerOffer(state: ConversationState, field: Field | undefined, text: string): boolean {
  return field !== undefined && TEXT_TYPES.has(field.type) && state.submittedVersion === 0 && Object.keys(state.answers).length === 0 && bareYesNo(text) !== undefined;
}

/** The step for a late answer to the offer at `field`; undefined where the text is no such answer. */
export function onLateOfferReply(template: Template, state: ConversationState, field: Field, text: string, previous: PreviousReport | undefined): StepResult | undefined {
  if (!mayAnswerOffer(state, field, text)) return undefined;
  const ask = (s: ConversationState, preface: string) => askField(template, s, field.id, [say(preface)]);
  if (bareYesNo(text) === false) {
    // No drafts: a no agrees with how the report started, and is read as before (it may leave an optional question out).
    if (!state.drafts) return undefined;
    const { drafts: _drafts, ...rest } = state;
    return ask(rest, vi.lastYear.draftsDropped);
  }
  if (state.drafts) return ask(state, vi.lastYear.alreadyCopied);
  const drafts = previous ? draftsFrom(template, previous.answers) : {};
  const count = Object.keys(drafts).length;
  return count > 0 ? ask({ ...state, drafts }, vi.lastYear.copied(count)) : ask(state, vi.parse.noContentIn(text));
}
