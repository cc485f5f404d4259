/**
 * A template's printed words typed without Vietnamese tone marks ("KET QUA THUC HIEN"): the document
 * prints them as written, in an official report. Said by the checker as a note, never refused (a
 * heading may be an English name). Only what the document prints of the template itself: its title
 * line, headings and sentences; the prompts are the chat's.
 */
import { typedWithoutMarks } from "../vietnamese/fold-vietnamese.ts";
import type { Section, Template } from "./template-schema.ts";

/** Two words at least: "Email", "Zalo" alone are names. */
const unmarked = (text: string | undefined) => text !== undefined && typedWithoutMarks(text) && /\p{L}+\s+\p{L}+/u.test(text);

export function unmarkedTemplateTexts(template: Template): string[] {
  const texts: string[] = [template.document.type, template.document.summary];
  const visit = (section: Section) => {
    texts.push(section.heading);
    for (const field of section.fields) if ("documentText" in field) texts.push(field.documentText ?? "");
    section.sections.forEach(visit);
  };
  template.sections.forEach(visit);
  return [...new Set(texts.filter(unmarked))];
}
