/**
 * One template question as a form control, as the chat asks it: the prompt, whether it is required,
 * the hint and the example, the choices; a question asked only after some answer says when it
 * applies (the page shows every question and ignores the ones that do not apply). The typed text
 * comes back into the control, and a refusal stands right under it.
 */
import type { Condition, Field, Template } from "../templates/template-schema.ts";
import { listFields } from "../templates/template-fields.ts";
import { vi } from "../sentences/vi.ts";
import { type Html, html } from "./html.ts";

/** `extra`: what the page adds under the question's notes (the roster's codes under the unit codes' box). */
export function formQuestion(template: Template, field: Field, number: number, value: string, error: string | undefined, extra: Html | "" = ""): Html {
  const text = vi.web.campaignForm;
  const id = `f-${field.id}`;
  // The choices show themselves: an example ("Có") would only repeat one.
  const example = field.example && field.type !== "yes-no" && field.type !== "single-choice" ? field.example : undefined;
  const notes = [
    field.showIf ? vi.web.campaignForm.onlyWhen.note(conditionNote(template, field.showIf), field.required) : undefined,
    field.required ? undefined : text.optional,
    field.hint ? text.hint(field.hint) : undefined,
    field.type === "bullet-list" ? text.listFormat : undefined,
    example ? text.example(example) : undefined,
  ].filter((note): note is string => note !== undefined);
  const described = [notes.length > 0 ? `${id}-notes` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  const invalid = error ? html` aria-invalid="true"` : "";
  const attrs = html`id="${id}" name="${field.id}"${described ? html` aria-describedby="${described}"` : ""}${invalid}`;
  // "*" as the chat's question has no "(không bắt buộc)": always, not only once an earlier answer asks it (its note says when).
  const label = html`${number}. ${field.prompt}${requiredAlways(field) ? html` <span aria-hidden="true">${text.requiredMark}</span>` : ""}`;
  // A list's example is one item a line, as it is typed.
  const lines = (note: string) => note.split("\n").map((line, i) => html`${i > 0 ? html`<br>` : ""}${line}`);
  const notesHtml = notes.length > 0 ? html`<div id="${id}-notes" class="hint">${notes.map((note) => html`<div>${lines(note)}</div>`)}</div>` : "";
  const errorHtml = error ? html`<p id="${id}-error" class="error" role="alert">${error}</p>` : "";

  if (field.type === "yes-no") {
    const radio = (option: string) =>
      html`<label class="inline-label"><input type="radio" name="${field.id}" value="${option}"${value === option ? html` checked` : ""}${invalid}> ${option}</label>`;
    return html`<fieldset id="${id}" class="question"${described ? html` aria-describedby="${described}"` : ""}><legend>${label}</legend>${notesHtml}${radio(text.yes)} ${radio(text.no)}${errorHtml}</fieldset>`;
  }
  let control: Html;
  if (field.type === "single-choice") {
    // withReportTypes repeats a lone report type (the chat needs two choices); a list shows it once.
    const options = [...new Set(field.options)];
    control = html`<select ${attrs}><option value="">${text.choose}</option>${options.map((o) => html`<option value="${o}"${o === value ? html` selected` : ""}>${o}</option>`)}</select>`;
  } else if (field.type === "bullet-list" || field.type === "paragraph" || field.type === "table") {
    control = html`<textarea ${attrs} rows="4">${value}</textarea>`;
  } else {
    const placeholder = field.type === "date" ? text.datePlaceholder : field.type === "time" ? text.timePlaceholder : "";
    control = html`<input type="text" ${attrs} value="${value}"${placeholder ? html` placeholder="${placeholder}"` : ""}>`;
  }
  return html`<div class="question"><label for="${id}">${label}</label>${notesHtml}${extra}${control}${errorHtml}</div>`;
}

/** Required whatever else is answered: a conditional question is asked, and so required, only when it applies. */
export const requiredAlways = (field: Field): boolean => field.required && field.showIf === undefined;

/** When a conditional question applies ("đã trả lời câu 3 (…)"), naming the earlier question by its number. */
export function conditionNote(template: Template, condition: Condition): string {
  const text = vi.web.campaignForm.onlyWhen;
  const placed = listFields(template).find((p) => p.field.id === condition.field);
  const n = (placed?.index ?? 0) + 1;
  const prompt = placed?.field.prompt.replace(/\?$/, "") ?? condition.field;
  const word = (v: string | number | boolean) => (v === true ? vi.web.campaignForm.yes : v === false ? vi.web.campaignForm.no : String(v));
  if (condition.answered !== undefined) return condition.answered ? text.answered(n, prompt) : text.unanswered(n, prompt);
  if (condition.equals !== undefined) return text.equals(n, prompt, word(condition.equals));
  if (condition.notEquals !== undefined) return text.notEquals(n, prompt, word(condition.notEquals));
  if (condition.in !== undefined) return text.oneOf(n, prompt, condition.in.join(", "));
  return text.greaterThan(n, prompt, String(condition.greaterThan));
}
