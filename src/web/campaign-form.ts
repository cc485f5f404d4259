/**
 * Reading the campaign form: each question's typed text through the chat's own parser
 * (answer-parsers.ts), and only the questions that apply by the chat's own rule (field-visibility.ts),
 * so the page accepts exactly what /dotbaocao accepts. Pure: the typed texts in, the answers or a
 * Vietnamese reason per question out; the typed texts are kept to show the form again.
 */
import { parseAnswer } from "../templates/answer-parsers.ts";
import { leavesOut } from "../templates/says-none.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { DEADLINE_DAY, DEADLINE_HOUR, readDeadlineText } from "../officers/typed-deadline.ts";

export interface FormReading {
  /** What was typed, by field id, to fill the form in again. */
  values: Record<string, string>;
  /** The answers of the questions that apply; null for an optional one left empty (the chat's /boqua). */
  answers: Answers;
  /** A reason per question that applies and was not accepted. */
  errors: Record<string, string>;
  /** The dates typed without their year (ISO, by field id) among the answers kept: said back, as the chat does. */
  yearGuessed: Record<string, string>;
  /** The deadline's hour read from the day's box ("hết ngày 24/12", "trước 17h ngày 28/12"): said back, as the chat does. */
  hourRead?: { iso: string; time: string; endOfDay: boolean };
}

/** The typed text of each question of the template; anything else the body holds is ignored. */
export function formValues(template: Template, body: unknown): Record<string, string> {
  const fields = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const values: Record<string, string> = {};
  for (const { field } of listFields(template)) {
    const raw = fields[field.id];
    const typed = Array.isArray(raw) ? raw[0] : raw;
    if (typeof typed === "string") values[field.id] = typed.replace(/\r\n?/g, "\n");
  }
  return values;
}

/** `today` (ISO): where a date typed without its year takes it from, as in the chat. */
export function readCampaignForm(template: Template, body: unknown, today: string): FormReading {
  const values = formValues(template, body);
  const parsed: Answers = {};
  const problems: Record<string, string> = {};
  const guessed: Record<string, string> = {};
  let hourRead: FormReading["hourRead"];
  for (const { field } of listFields(template)) {
    const typed = values[field.id] ?? "";
    // The deadline's day read as the chat's deadline question reads it ("20/12", "hết ngày 28/12",
    // "trước 17h ngày 28/12/2026"); an hour typed with it fills the hour's box when that is empty.
    const deadline = field.id === DEADLINE_DAY ? readDeadlineText(typed, today) : undefined;
    if (deadline) {
      parsed[field.id] = deadline.iso;
      if (deadline.yearGuessed) guessed[field.id] = deadline.iso;
      if (deadline.time && (values[DEADLINE_HOUR] ?? "").trim() === "") {
        parsed[DEADLINE_HOUR] = deadline.time;
        hourRead = { iso: deadline.iso, time: deadline.time, endOfDay: deadline.endOfDay === true };
      }
      continue;
    }
    if (field.id === DEADLINE_HOUR && parsed[DEADLINE_HOUR] !== undefined) continue;
    // "không" in a box that may stay empty leaves it empty, as in the chat ("Công văn số không" otherwise).
    if (typed.trim() === "" || leavesOut(field, typed)) {
      if (field.required) problems[field.id] = isChoice(field) ? vi.web.campaignForm.requiredChoice : vi.web.campaignForm.required;
      else parsed[field.id] = null;
      continue;
    }
    const result = parseAnswer(field, typed, today);
    if (result.ok) parsed[field.id] = result.value;
    if (result.ok && result.yearGuessed && typeof result.value === "string") guessed[field.id] = result.value;
    if (!result.ok) problems[field.id] = result.error;
  }
  // A question that does not apply (unit codes when every unit reports) is neither kept nor refused:
  // the chat would not have asked it. A question with a problem has no answer, so none depends on it.
  const answers: Answers = {};
  const errors: Record<string, string> = {};
  const yearGuessed: Record<string, string> = {};
  for (const { field } of visibleFields(template, parsed)) {
    if (problems[field.id] !== undefined) errors[field.id] = problems[field.id]!;
    else if (parsed[field.id] !== undefined) answers[field.id] = parsed[field.id]!;
    if (guessed[field.id] !== undefined && answers[field.id] !== undefined) yearGuessed[field.id] = guessed[field.id]!;
  }
  return { values, answers, errors, yearGuessed, ...(hourRead ? { hourRead } : {}) };
}

/** Answered by picking, not typing: its refusal says "chọn". */
const isChoice = (field: Field) => field.type === "yes-no" || field.type === "single-choice" || field.type === "multiple-choice";
