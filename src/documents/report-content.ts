/**
 * What a submitted report says, before any layout: the header texts, the numbered sections with
 * their paragraphs and "- " items, the recipients and the signer. Pure, so the wording rules
 * (numbering I./1./a), no empty headings, Vietnamese figures) are tested without opening a .docx.
 */
import type { AnswerValue } from "../templates/answer-parsers.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import type { Field, Section, Template } from "../templates/template-schema.ts";
import { formatDecreeDate } from "../text/vietnamese-dates.ts";
import { formatDocumentValue } from "./format-document-value.ts";
import { unitAbbreviation } from "./unit-abbreviation.ts";

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; label: string; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "item"; text: string };

export interface ReportContext {
  unit: { name: string; parentName: string | null; placeName: string | null };
  campaign: { issuerName: string; referenceText: string; year: number };
  /** The local date the report was submitted, "YYYY-MM-DD". */
  issuedOn: string;
}

export interface ReportContent {
  parentBody?: string;
  issuer: string;
  numberLine: string;
  placeDate: string;
  type: string;
  summary: string;
  addressedTo: string[];
  reference?: string;
  body: Block[];
  closing?: string;
  recipients: string[];
  signer: { authority: string[]; position: string; name: string };
}

/** Vietnamese point letters: the decree's order has đ and no f, j, w, z. */
const POINT_LETTERS = "abcdđeghiklmnopqrstuvxy";
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const DEFAULT_RECIPIENTS = ["Như trên", "Lưu: VT"];

export function buildReportContent(template: Template, answers: Answers, context: ReportContext): ReportContent {
  const shown = new Set(visibleFields(template, answers).map((p) => p.field.id));
  const given = (id: string | undefined) => {
    const value = id && shown.has(id) ? answers[id] : undefined;
    return value === undefined || value === null ? undefined : value;
  };
  const fill = (text: string) =>
    text
      .replaceAll("{year}", String(context.campaign.year))
      .replaceAll("{unitName}", context.unit.name)
      .replaceAll("{issuerName}", context.campaign.issuerName)
      .replaceAll("{reference}", context.campaign.referenceText);

  const body = renderSections(template.sections, 1, (field) => (shown.has(field.id) ? given(field.id) : undefined));
  const closing = template.closing;
  const recipients = given(closing.recipients);
  const authority = given(closing.signerAuthority);
  return {
    parentBody: context.unit.parentName?.toUpperCase() || undefined,
    issuer: context.unit.name.toUpperCase(),
    numberLine: `Số:       /${template.document.typeCode}-${unitAbbreviation(context.unit.name)}`,
    placeDate: `${context.unit.placeName ?? ""}, ${formatDecreeDate(context.issuedOn)}`.replace(/^, /, ""),
    type: template.document.type,
    summary: fill(template.document.summary),
    addressedTo: template.document.addressedTo.map(fill),
    reference: template.document.referenceText && context.campaign.referenceText ? fill(template.document.referenceText) : undefined,
    body,
    closing: template.document.closingText ? fill(template.document.closingText) : undefined,
    recipients: punctuateRecipients(Array.isArray(recipients) ? recipients : DEFAULT_RECIPIENTS),
    signer: {
      authority: (Array.isArray(authority) ? authority : typeof authority === "string" ? [authority] : []).map((line) => line.replace(/[.;]$/, "").toUpperCase()),
      position: String(given(closing.signerPosition) ?? "").toUpperCase(),
      name: String(given(closing.signerName) ?? ""),
    },
  };
}

/** Sections that end up with no text are left out, and the numbering closes up behind them. */
function renderSections(sections: Section[], level: number, valueOf: (field: Field) => AnswerValue | undefined): Block[] {
  const blocks: Block[] = [];
  let number = 0;
  for (const section of sections) {
    const inner = [...section.fields.flatMap((field) => renderField(field, valueOf(field))), ...renderSections(section.sections, level + 1, valueOf)];
    if (inner.length === 0) continue;
    const label = level === 1 ? `${ROMAN[number] ?? number + 1}.` : level === 2 ? `${number + 1}.` : `${POINT_LETTERS[number] ?? number + 1})`;
    number++;
    const text = level === 1 ? section.heading.toUpperCase() : section.heading;
    blocks.push({ kind: "heading", level: Math.min(level, 3) as 1 | 2 | 3, label, text });
    if (section.intro) blocks.push({ kind: "paragraph", text: section.intro });
    blocks.push(...inner);
  }
  return blocks;
}

function renderField(field: Field, value: AnswerValue | undefined): Block[] {
  if (value === undefined) return [];
  if (field.type === "bullet-list" && Array.isArray(value)) {
    const lead: Block[] = field.documentText ? [{ kind: "paragraph", text: field.documentText.replace("{value}", "").trim() }] : [];
    return [...lead, ...value.map((item, i): Block => ({ kind: "item", text: `- ${punctuate(item, i === value.length - 1 ? "." : ";")}` }))];
  }
  const text = formatDocumentValue(field, value);
  const sentence = field.documentText ? field.documentText.replace("{value}", text) : text;
  return sentence
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => ({ kind: "paragraph", text: line }));
}

function punctuate(text: string, mark: string): string {
  return /[.;:!?…]$/.test(text) ? text : `${text}${mark}`;
}

/** "- Như trên;" … "- Lưu: VT." with a Lưu line always last. */
function punctuateRecipients(list: string[]): string[] {
  const cleaned = list.map((r) => r.replace(/^[-–]\s*/, "").replace(/[.;]\s*$/, "").trim()).filter((r) => r !== "");
  if (!cleaned.some((r) => /^lưu\b/i.test(r))) cleaned.push("Lưu: VT");
  const archive = cleaned.filter((r) => /^lưu\b/i.test(r));
  const others = cleaned.filter((r) => !/^lưu\b/i.test(r));
  const ordered = [...others, ...archive];
  return ordered.map((r, i) => `- ${r}${i === ordered.length - 1 ? "." : ";"}`);
}
