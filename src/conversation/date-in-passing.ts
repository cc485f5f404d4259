/**
 * "Có, khai mạc ngày 3/10/2026" to "Lễ khai mạc?": the yes shows the date question, which the same
 * message already answers. Asked anyway, the clerk typed the date twice, or thought it lost. The
 * words after the yes answer the date question that yes shows, read as that question reads a date
 * (its day of the week checked too), when they are a date and nothing else.
 */
import { visibleFields } from "../templates/field-visibility.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { formatShortDate } from "../vietnamese/vietnamese-dates.ts";
import { TIME_OF_DAY } from "../vietnamese/recent-weekday.ts";
import { daysBeforeToday } from "../vietnamese/relative-day.ts";
import { say } from "./engine-moves.ts";
import { vi } from "../sentences/vi.ts";
import { numberOfField } from "./report-navigation.ts";
import type { ConversationState } from "./conversation-state.ts";
import { type StepResult, storesAnswer } from "./engine-types.ts";

/** The yes and the words around the date that say nothing of it, folded: "có, khai mạc vào ngày". */
const LEAD = /^(?:da |u |vang )?(?:co|da)(?: to chuc| khai mac)?(?: a)?\s*[,.:;-]?\s*(?:(?:khai mac|to chuc|le khai mac)\s+)?(?:(?:vao|hom(?! (?:qua|kia|nay)\b)|luc)\s+)?/;
/**
 * Where a date begins: a figure, "ngày", "mùng", a day of the week, the part of a day before one
 * ("sáng thứ 2 ngày …"; not "sáng nay", nor "tối", which "tôi" folds as).
 */
const DATE_START = /^(?:\d|ngay\b|mung\b|mong\b|thu\b|t[2-7]\b|cn\b|chu nhat\b|(?:sang|trua|chieu|buoi(?: sang| chieu)?) (?:thu|ngay|mung|\d))/;

/**
 * The hour after the date ("12/11 lúc 8h", "5/10 8h30 sáng"), folded: the question asks the day
 * only. Its spaces start after a letter or figure, so a long run of them is tried once, not at
 * every space (a message of spaces would cost the square of its length).
 */
const TIME_AFTER = /(?<=\S)\s+(?:luc\s+)?\d{1,2}\s*(?:h|gio)(?:\s?\d{1,2}(?:\s?phut)?)?(?:\s(?:sang|chieu|toi))?$/;

/**
 * `answered`: the step the yes to `yesField` gave. When that yes shows a date question and the
 * words after it read as a date's, that date answers it (`answerDate`), a correction when the
 * question had an answer; refused, the question is asked with why, as when the date is typed there.
 */
export function withDateInPassing(template: Template, yesField: Field, answered: StepResult, text: string, answerDate: (state: ConversationState, field: Field, date: string) => StepResult): StepResult {
  const shown = visibleFields(template, answered.state.answers).find((p) => p.field.type === "date" && p.field.showIf?.field === yesField.id)?.field;
  const after = shown && foldVietnamese(text).trim().replace(LEAD, "").replace(TIME_AFTER, "");
  // "sáng hôm qua ạ": a day counted from today, the part of it first saying nothing of which day.
  // Only the words alone ("hôm qua em bận" is no date), else the yes dropped the day the clerk gave;
  // not today ("có, sáng nay" may say when the yes is typed, as DATE_START says).
  // "tối qua" is itself the day (last night): the part of a day is not taken off it.
  const relative = after ? (daysBeforeToday(after) !== undefined ? after : after.replace(TIME_OF_DAY, "")) : undefined;
  const named = relative !== undefined && (daysBeforeToday(relative) ?? 0) > 0;
  const rest = named ? relative : after;
  if (!shown || !rest || !(named || DATE_START.test(rest))) return answered;
  // Said back as typed ("Đã hiểu «hôm qua ạ» là ngày …"), marks and all.
  const dated = answerDate(answered.state, shown, named ? asTyped(text, rest) : rest);
  const asksIt = answered.state.phase === "asking" && answered.state.fieldId === shown.id;
  const stored = storesAnswer(dated, shown.id);
  // Refused while another question is asked (the date had an answer): that question stays asked.
  if (!stored && !asksIt) return answered;
  // Refused, the date's question is asked with why, after what the yes said (a correction's
  // notices); a first yes, which said nothing, is said kept.
  if (!stored) {
    const said = answered.replies.slice(0, -1);
    const kept = said.length > 0 ? said : [say(vi.report.answerSavedElsewhere(numberOfField(template, answered.state.answers, yesField.id), yesField.prompt, vi.yes))];
    return { state: dated.state, replies: [...kept, ...dated.replies], effects: [...answered.effects, ...dated.effects] };
  }
  // Said stored, with its question: the date question the yes showed was never seen (a date typed
  // without its year is said already, with the year it took).
  const value = dated.state.answers[shown.id];
  const said = stored && typeof value === "string" && !dated.replies.some((r) => r.kind === "text" && r.text.includes(formatShortDate(value)));
  const note = said ? [say(vi.report.answerSavedElsewhere(numberOfField(template, dated.state.answers, shown.id), shown.prompt, formatShortDate(value)))] : [];
  // What the yes went on to (the date's question, the next one, the end) is said once, after the date's replies.
  return { state: dated.state, replies: [...answered.replies.slice(0, -1), ...note, ...dated.replies], effects: [...answered.effects, ...dated.effects] };
}

/** The words of `text` that fold to `folded`, as typed; `folded` itself when none do. */
function asTyped(text: string, folded: string): string {
  const words = text.trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) if (foldVietnamese(words.slice(i, j).join(" ")) === folded) return words.slice(i, j).join(" ");
  }
  return folded;
}
