/**
 * A consolidated counterpart for a report type that names none: the unit template's own sections
 * and questions, each computed from the units' answers (figures and tables summed, shares averaged,
 * yes/no and choices counted, texts listed per unit), and its closing questions left for the officer.
 */
import type { Field, FieldSource, Section, Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";

export function genericConsolidatedTemplate(unit: Template): Template {
  return {
    ...unit,
    key: `${unit.key}-tong-hop`,
    title: vi.consolidation.genericTitle(unit.title),
    consolidatedBy: undefined,
    phrases: undefined,
    sections: unit.sections.map(consolidateSection),
    closing: unit.closing,
  };
}

function consolidateSection(section: Section): Section {
  return { ...section, fields: section.fields.map(consolidateField), sections: section.sections.map(consolidateSection) };
}

/** The question as a label: "Số buổi tập huấn đã tổ chức?" → "Số buổi tập huấn đã tổ chức". */
const label = (field: Field) => field.prompt.replace(/[?:.\s]+$/u, "");

function consolidateField(field: Field): Field {
  const base = { id: field.id, prompt: field.prompt, required: false, hint: field.hint };
  const from = (as: FieldSource["as"]): FieldSource => ({ field: field.id, as });
  switch (field.type) {
    case "integer":
    case "decimal":
      return { ...base, type: field.type, from: from("sum"), documentText: `${label(field)}: {value}.` };
    case "percent":
      // "Tỉ lệ lên lớp (%)": the value prints its own "%" (it read "… (%) (bình quân các đơn vị): 97,8%").
      return { ...base, type: "percent", from: from("average"), documentText: vi.consolidation.averageText(label(field).replace(/\s*\(%\)$/u, "")) };
    case "yes-no":
      return { ...base, type: "integer", from: from("count-yes"), documentText: vi.consolidation.countYesText(label(field)) };
    case "table":
      return { ...base, type: "table", columns: field.columns, totals: field.totals, from: from("sum"), documentText: `${label(field)}:` };
    case "single-choice":
    case "multiple-choice":
      return { ...base, type: "bullet-list", from: from("per-option"), documentText: `${label(field)}:` };
    case "photo":
      // Photos stay in each unit's own report; the consolidated one counts the units that sent some.
      return { ...base, type: "integer", from: from("units-answered"), documentText: vi.photo.unitsWithPhotos(label(field)) };
    default:
      return { ...base, type: "bullet-list", from: from("list"), documentText: `${label(field)}:` };
  }
}
