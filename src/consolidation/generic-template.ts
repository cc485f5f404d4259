/**
 * A consolidated counterpart for a report type that names none: the unit template's own sections
 * and questions, each computed from the units' answers (figures and tables summed, shares averaged,
 * yes/no and choices counted, texts listed per unit), and its closing questions left for the officer.
 */
import type { Field, FieldSource, Section, Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { unitsAnsweredId, unitsNoId } from "../templates/units-count-ids.ts";
import { yesNoPredicate } from "../documents/no-data-sentence.ts";

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

/**
 * A section the units may leave out (each of its questions optional or shown only on a condition)
 * stays in the ward's report when every unit left it out, saying so: it vanished, and a reader
 * could not tell it was considered.
 */
function consolidateSection(section: Section): Section {
  const skippable = section.fields.length > 0 && section.fields.every((field) => !field.required || field.showIf !== undefined);
  const whenEmpty = section.whenEmpty ?? (skippable ? vi.consolidation.noUnitReported : undefined);
  return { ...section, ...(whenEmpty ? { whenEmpty } : {}), fields: section.fields.flatMap(consolidateField), sections: section.sections.map(consolidateSection) };
}

/**
 * The question as a label: "Số buổi tập huấn đã tổ chức?" → "Số buổi tập huấn đã tổ chức"; the
 * chat's typing hints, "(mỗi dòng một ý)" or "(mỗi dòng: khối; số học sinh)", are no words of a
 * report ("Đề xuất, kiến nghị (mỗi dòng một ý):" headed the ward's list and table).
 */
const label = (field: Field) =>
  field.prompt
    .replace(/\s*\(mỗi dòng[\s:][^)]*\)/giu, "")
    .replace(/[?:.\s]+$/u, "");

/** The companion of an average: how many units gave a figure, so the sentence says what it is an average of. */
const unitsOf = (field: Field) => unitsAnsweredId(field.id);

function consolidateField(field: Field): Field[] {
  const fields = consolidatedField(field);
  const predicate = field.type === "yes-no" ? yesNoPredicate(field.prompt) : undefined;
  // "2 đơn vị có tổ chức …" and "1 đơn vị không tổ chức …" (a count of 0 says nothing): the
  // question with its count read "Đơn vị có tổ chức … không: 2 đơn vị trả lời Có.".
  if (predicate !== undefined) {
    const no: Field = {
      id: unitsNoId(field.id),
      type: "integer",
      prompt: vi.consolidation.unitsNoPrompt(label(field)),
      required: false,
      from: { field: field.id, as: "count-no" },
      documentText: vi.consolidation.unitsDidNot(predicate),
      documentTextIfZero: "",
    };
    return [{ ...fields, documentText: vi.consolidation.unitsDid(predicate), documentTextIfZero: "" } as Field, no];
  }
  if (field.type !== "percent") return [fields];
  const units: Field = {
    id: unitsOf(field),
    type: "integer",
    prompt: vi.consolidation.unitsAnsweredPrompt(label(field)),
    required: false,
    from: { field: field.id, as: "units-answered" },
    inDocument: false,
  };
  return [fields, units];
}

function consolidatedField(field: Field): Field {
  const base = { id: field.id, prompt: field.prompt, required: false, hint: field.hint };
  const from = (as: FieldSource["as"]): FieldSource => ({ field: field.id, as });
  switch (field.type) {
    case "integer":
    case "decimal":
      return { ...base, type: field.type, from: from("sum"), documentText: `${label(field)}: {value}.` };
    case "percent":
      // "Tỉ lệ lên lớp (%)": the value prints its own "%" (it read "… (%) (bình quân các đơn vị): 97,8%").
      return { ...base, type: "percent", from: from("average"), documentText: vi.consolidation.averageText(label(field).replace(/\s*\(%\)$/u, ""), unitsOf(field)) };
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
