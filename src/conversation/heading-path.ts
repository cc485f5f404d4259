/**
 * Where a question stands in the document, for its header "Câu 6/34 — II.3. Đối với Tổ chuyên môn":
 * the section numbers down to it, as the document numbers them, and the nearest heading.
 */
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { headingLabel } from "../templates/heading-label.ts";
import type { Section, Template } from "../templates/template-schema.ts";

/**
 * The numbered heading above `fieldId`, or undefined for a closing question (recipients, signer).
 * The document leaves out a section with nothing to print and closes its numbering up; here a
 * section counts when one of its questions is asked (their answers are not known yet) or when it
 * is printed even empty, so the numbers match the document unless optional answers are skipped.
 */
export function headingPath(template: Template, answers: Answers, fieldId: string): string | undefined {
  const visible = new Set(visibleFields(template, answers).map((p) => p.field.id));
  const prints = (section: Section): boolean =>
    section.whenEmpty !== undefined || section.fields.some((f) => visible.has(f.id)) || section.sections.some(prints);

  const visit = (sections: readonly Section[], level: number, labels: string[], start: number): string | undefined => {
    let number = start;
    for (const section of sections) {
      if (!prints(section)) continue;
      const here = [...labels, headingLabel(level, number++)];
      // A field's own documentHeading is a point, numbered before the section's sub-sections.
      let points = 0;
      for (const field of section.fields) {
        if (!visible.has(field.id)) continue;
        const point = field.documentHeading ? headingLabel(level + 1, points++) : undefined;
        if (field.id !== fieldId) continue;
        return point ? `${[...here, point].join("")} ${field.documentHeading}` : `${here.join("")} ${section.heading}`;
      }
      const found = visit(section.sections, level + 1, here, points);
      if (found) return found;
    }
    return undefined;
  };
  return visit(template.sections, 1, [], 0);
}
