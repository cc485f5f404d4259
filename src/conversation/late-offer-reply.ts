/**
 * A reply to last year's offer typed after the report started: another member's "ok" answered the
 * offer, and the clerk's own "có" then came to question 1 and was stored as its text. Before any
 * answer is stored, a bare "có" at a text question answers the offer: it keeps last year's drafts
 * (or brings them, the offer declined), nothing is stored and the question is asked again. A bare
 * "có" with no drafts to bring is refused as no text. Only "có": "ok", "dạ", "c" are said to anyone
 * in a group (a colleague's "ok" brought the drafts back after the clerk's "Không"), and a "không"
 * is read as before, leaving an optional question out (it put every draft away). Pure.
 */
import { isTextField } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { parseYesNo } from "../templates/parse-yes-no.ts";
import { everyWordIn, someWordIn } from "../vietnamese/every-word-in.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { askField, say } from "./engine-moves.ts";
import type { StepResult } from "./engine-types.ts";
import { draftsFrom, type PreviousReport } from "./last-year-drafts.ts";

/** Longer than "dạ vâng có ạ": more than a yes. */
const MAX_LENGTH = 20;
/** The yes said, and courtesy around it; not a person ("ok chị" is the group's talk, casual-talk.ts). */
const SAYING = ["có", "yes"];
const COURTESY = ["dạ", "vâng", "ạ", "nhé", "nha", "nhe", "rồi"];
// Compared with the marks: folded, "cô" reads "có". A text typed without any mark, folded.
const saysYes = someWordIn(SAYING);
const onlyYes = everyWordIn([...SAYING, ...COURTESY]);

/** Whether the text is a bare "có" ("dạ có ạ", "co"). */
function bareYes(text: string): boolean {
  if (text.length > MAX_LENGTH) return false;
  if (!saysYes(text) || !onlyYes(text)) return false;
  const answer = parseYesNo(text);
  return answer.ok && answer.value === true;
}

/** Whether `text` at `field` may be the offer's late answer: before any answer, at a text question. */
export function mayAnswerOffer(state: ConversationState, field: Field | undefined, text: string): boolean {
  return field !== undefined && isTextField(field) && state.submittedVersion === 0 && Object.keys(state.answers).length === 0 && bareYes(text);
}

/** The step for a late answer to the offer at `field`; undefined where the text is no such answer. */
export function onLateOfferReply(template: Template, state: ConversationState, field: Field, text: string, previous: PreviousReport | undefined): StepResult | undefined {
  if (!mayAnswerOffer(state, field, text)) return undefined;
  const ask = (s: ConversationState, preface: string) => askField(template, s, field.id, [say(preface)]);
  if (state.drafts) return ask(state, vi.lastYear.alreadyCopied);
  const drafts = previous ? draftsFrom(template, previous.answers) : {};
  const count = Object.keys(drafts).length;
  return count > 0 ? ask({ ...state, drafts }, vi.lastYear.copied(count)) : ask(state, vi.parse.noContentIn(text, !field.required));
}
