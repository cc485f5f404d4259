/**
 * The template's questions in the order they are asked: the body sections depth-first, then the
 * closing questions (recipients, signer). The order of this list is the conversation's state machine.
 */
import type { Field, Section, Template } from "./template-schema.ts";

export interface PlacedField {
  field: Field;
  /** Index into the template's full question list (0-based). */
  index: number;
  /** The chain of section headings above the field; empty for closing questions. */
  sectionPath: string[];
}

/** The questions answered by a figure: a figure alone is their answer, and talk there is no figure. */
const FIGURE_TYPES = new Set<Field["type"]>(["integer", "decimal", "percent"]);
export const isFigureField = (field: Field): boolean => FIGURE_TYPES.has(field.type);
/** The questions answered by a text, printed as typed: a short text, a paragraph, a list. */
const TEXT_TYPES = new Set<Field["type"]>(["short-text", "paragraph", "bullet-list"]);
export const isTextField = (field: Field): boolean => TEXT_TYPES.has(field.type);
/** Those, a table and a photo: answers of their own form, never a figure, a date or a choice. */
export const isFreeFormField = (field: Field): boolean => isTextField(field) || field.type === "table" || field.type === "photo";

/** Templates are immutable once loaded; the list is asked for on every step, so it is kept. */
const cache = new WeakMap<Template, PlacedField[]>();

export function listFields(template: Template): PlacedField[] {
  const cached = cache.get(template);
  if (cached) return cached;
  const placed: PlacedField[] = [];
  const visit = (section: Section, path: string[]) => {
    const here = [...path, section.heading];
    for (const field of section.fields) placed.push({ field, index: placed.length, sectionPath: here });
    for (const child of section.sections) visit(child, here);
  };
  for (const section of template.sections) visit(section, []);
  for (const field of template.closing.fields) placed.push({ field, index: placed.length, sectionPath: [] });
  cache.set(template, placed);
  return placed;
}

/** Looks a field up by id; templates are checked at load, so a miss is a programming error. */
export function fieldById(template: Template, id: string): Field | undefined {
  return listFields(template).find((p) => p.field.id === id)?.field;
}
