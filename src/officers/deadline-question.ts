/**
 * The deadline's day question of /dotbaocao, answered as officers write a deadline: read by the
 * shared reader (typed-deadline.ts) as /dotbaocao giahan and the web form read it, not by the report's
 * date parser. "20/12" is the next 20 December not past (a report's date takes the nearest one, and
 * "20/9" typed in October was last September's, refused as past); "hết ngày 28/12/2026" and "trước
 * 17h ngày 28/12/2026" carry the hour too, which then answers the hour question and is said back.
 */
import type { ConversationState } from "../conversation/conversation-state.ts";
import { step } from "../conversation/engine.ts";
import { numberOfField } from "../conversation/report-navigation.ts";
import { type StepResult, storesAnswer } from "../conversation/engine-types.ts";
import type { UserInput } from "../conversation/user-input.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { formatShortDate } from "../vietnamese/vietnamese-dates.ts";
import { say } from "./officer-context.ts";
import { DEADLINE_DAY, DEADLINE_HOUR, readDeadlineText } from "./typed-deadline.ts";

/** The step for a text typed at the day question that the deadline reader reads; undefined otherwise (the engine's own step). */
export function stepDeadlineDay(template: Template, state: ConversationState, input: UserInput, context: { timeZone: string; today: string }, now: Date): StepResult | undefined {
  if (state.phase !== "asking" || state.fieldId !== DEADLINE_DAY || input.kind !== "text") return undefined;
  const deadline = readDeadlineText(input.text, context.today);
  if (!deadline) return undefined;
  const date = formatShortDate(deadline.iso);
  // The day with its year, as the question takes it: what is said of it (past, a year away) stays the flow's.
  const day = step(template, state, { message: { kind: "text", text: date }, unitName: "", timeZone: context.timeZone }, now);
  const saved = storesAnswer(day, DEADLINE_DAY);
  // Words that named the day ("thứ 6 tuần sau") are said back with its date, as "hôm nay" is.
  const named = saved && deadline.named ? [say(vi.typed.relativeDay(input.text.trim(), date, numberOfField(template, state.answers, DEADLINE_DAY)))] : [];
  const notes = [...named, ...(saved && deadline.yearGuessed ? [say(vi.deadline.yearGuessed(date))] : [])];
  if (!saved || !deadline.time) return { ...day, replies: [...notes, ...day.replies] };
  const read = say(vi.deadline.dayAndHourRead(date, deadline.time, deadline.endOfDay === true));
  // Asked next, the hour question is answered with it; otherwise (the day corrected with /sua) its answer is replaced.
  if (day.state.phase === "asking" && day.state.fieldId === DEADLINE_HOUR) {
    const hour = step(template, day.state, { message: { kind: "text", text: deadline.time }, unitName: "", timeZone: context.timeZone }, now);
    return { state: hour.state, replies: [...notes, read, ...hour.replies], effects: [...day.effects, ...hour.effects] };
  }
  return {
    state: { ...day.state, answers: { ...day.state.answers, [DEADLINE_HOUR]: deadline.time } },
    replies: [...notes, read, ...day.replies],
    effects: [...day.effects, { type: "save-answer", fieldId: DEADLINE_HOUR, value: deadline.time }],
  };
}
