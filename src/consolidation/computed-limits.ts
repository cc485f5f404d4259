/**
 * The officers' figure for a computed question is bounded by its minimum only. A sum of the units'
 * answers can pass the ward question's own maximum (the built-in ward's books: at most 10.000.000,
 * while each school may give 100.000.000), and the officer could then not type back the very figure
 * the bot had computed ("Số phải nhỏ hơn hoặc bằng 10.000.000"). The units' own maximums still bound
 * what each unit gives.
 */
import type { Field } from "../templates/field-schema.ts";
import type { Section, Template } from "../templates/template-schema.ts";

export function withoutComputedMaximums(template: Template): Template {
  const field = (f: Field): Field => {
    if (!f.from || !("max" in f) || f.max === undefined) return f;
    const { max: _max, ...rest } = f;
    return rest as Field;
  };
  const section = (s: Section): Section => ({ ...s, fields: s.fields.map(field), sections: s.sections.map(section) });
  return { ...template, sections: template.sections.map(section), closing: { ...template.closing, fields: template.closing.fields.map(field) } };
}
