/**
 * A day typed right after a date was answered ("sáng thứ 7 vừa rồi", "à nhầm, hôm qua"), where the
 * question now asked asks no date: meant to correct the date, it was stored as the next question's
 * answer. Asked instead whether it corrects the date, with the line to type; nothing stored. Pure.
 */
import { isChoiceOption, parseAnswer } from "../templates/answer-parsers.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import { fieldById, isFreeFormField } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { barePrompt, vi } from "../sentences/vi.ts";
import { readRecentWeekday, TIME_OF_DAY } from "../vietnamese/recent-weekday.ts";
import { formatShortDate, localDateTime } from "../vietnamese/vietnamese-dates.ts";
import type { ConversationState } from "./conversation-state.ts";
import { say } from "./engine-moves.ts";
import { currentPrompt } from "./engine-prompts.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";
import { previousField, numberOfField } from "./report-navigation.ts";
import { foldLetters } from "./typed-edit.ts";

/** Longer than this it is a sentence, not a day said again. */
const MAX_LENGTH = 60;
/** Words of a slip before the day, folded letter by letter: "à nhầm, ", "nhầm rồi, ", "ý em là ", "sửa lại ". */
const LEAD = /^(?:(?:a|oi|chet|xin loi)\s*,?\s*)?(?:(?:nham|nham roi|em nham|khong phai|y (?:em|minh) la|sua lai(?: la)?|dung ra la|phai la)\s*[,:]?\s*)?/;

export function onDateFollowUp(template: Template, state: ConversationState, text: string, input: ReportInput, now: Date): StepResult | undefined {
  if (state.phase !== "asking" || state.fieldId === undefined || text.length > MAX_LENGTH || text.includes("\n")) return undefined;
  const asked = fieldById(template, state.fieldId);
  if (!asked || asked.type === "date" || isChoiceOption(asked, text)) return undefined;
  // Right after a date: the question before the one asked asks a date, and has one.
  const before = previousField(template, state.answers, asked.id)?.field;
  const current = before === undefined ? undefined : state.answers[before.id];
  if (!before || before.type !== "date" || typeof current !== "string") return undefined;
  const today = localDateTime(now, input.timeZone).iso;
  // Only a day the question asked would store as its text ("sáng thứ 7 vừa rồi" as an activity).
  // Elsewhere a valid answer is that answer, though it reads as a date too ("10.10" at the hour
  // after the deadline's day is 10:10, "12.5" at a percent 12.5: refused as 10/10 and 12/05), and a
  // refused one has its own reply, which names the date question (a date alone at a list:
  // answer-shapes.ts; a second member's late date: engine-late-answer.ts).
  if (!isFreeFormField(asked) || !parseAnswer(asked, text, today).ok) return undefined;
  const typed = text.trim().normalize("NFC");
  const folded = foldLetters(typed);
  const lead = LEAD.exec(folded)![0].length;
  const rest = typed.slice(lead + (TIME_OF_DAY.exec(folded.slice(lead))?.[0].length ?? 0));
  const parsed = parseAnswer(before, rest, today);
  const iso = parsed.ok && typeof parsed.value === "string" ? parsed.value : readRecentWeekday(rest, today)?.iso;
  if (iso === undefined) return undefined;
  const n = numberOfField(template, state.answers, before.id);
  const reply = vi.typed.dateFollowUp(typed, formatShortDate(iso), n, barePrompt(before.prompt), formatAnswer(before, current));
  return { state, replies: [say(reply), ...currentPrompt(template, state, input)], effects: [] };
}
