/**
 * What a submitted report says, before any layout: the header texts, the numbered sections with
 * their paragraphs and "- " items, the recipients and the signer. Pure, so the wording rules
 * (numbering I./1./a), no empty headings, Vietnamese figures) are tested without opening a .docx.
 */
import type { AnswerValue } from "../templates/answer-parsers.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Field, Section, Template } from "../templates/template-schema.ts";
import { formatDecreeDate } from "../vietnamese/vietnamese-dates.ts";
import { formatDocumentValue } from "./format-document-value.ts";
import { archiveLine, recipientLines } from "./recipient-lines.ts";
import { issuerSymbol } from "./unit-abbreviation.ts";

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; label: string; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "item"; text: string }
  /** A photo of a `photo` answer: its bytes, pixel size (for the scaling) and caption (`text`). */
  | { kind: "photo"; photo: DocumentPhoto; text: string };

/** A stored photo as the document needs it; the bytes travel to the render worker with the content. */
export interface DocumentPhoto {
  content: Uint8Array;
  type: "jpg" | "png";
  width: number;
  height: number;
  caption?: string;
}

export interface ReportContext {
  unit: { name: string; parentName: string | null; placeName: string | null };
  campaign: { issuerName: string; referenceText: string; year: number };
  /** The local date the report was submitted, "YYYY-MM-DD". */
  issuedOn: string;
  /** The photos the answers name, by id (a photo missing here is left out). */
  photos?: ReadonlyMap<number, DocumentPhoto>;
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
/** `{value}` or `{field_id}` inside a field's documentText. */
const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

export function buildReportContent(template: Template, answers: Answers, context: ReportContext): ReportContent {
  const shown = new Map(visibleFields(template, answers).map((p) => [p.field.id, p.field]));
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

  const fieldIds = new Set(listFields(template).map((p) => p.field.id));
  /** Another answer as it reads in a sentence, for `{field_id}`: null when hidden or skipped. */
  const answerText: AnswerText = (id) => {
    if (!fieldIds.has(id)) return undefined;
    const field = shown.get(id);
    const value = given(id);
    return field && value !== undefined ? formatDocumentValue(field, value) : null;
  };
  const photos = context.photos ?? new Map<number, DocumentPhoto>();
  const body = renderSections(template.sections, 1, (field) => (shown.has(field.id) ? given(field.id) : undefined), { answerText, photo: (id) => photos.get(id) });
  const closing = template.closing;
  const recipients = given(closing.recipients);
  const authority = given(closing.signerAuthority);
  return {
    parentBody: context.unit.parentName?.toUpperCase() || undefined,
    issuer: context.unit.name.toUpperCase(),
    numberLine: `Số:       /${template.document.typeCode}-${issuerSymbol(context.unit.name)}`,
    placeDate: `${context.unit.placeName ?? ""}, ${formatDecreeDate(context.issuedOn)}`.replace(/^, /, ""),
    type: template.document.type,
    summary: fill(template.document.summary),
    addressedTo: template.document.addressedTo.map(fill),
    reference: template.document.referenceText && context.campaign.referenceText ? fill(template.document.referenceText) : undefined,
    body,
    closing: template.document.closingText ? fill(template.document.closingText) : undefined,
    recipients: recipientLines(Array.isArray(recipients) ? recipients.map(String) : undefined, archiveLine(context.unit.name, template.document.draftingUnit)),
    signer: {
      authority: (Array.isArray(authority) ? authority.map(String) : typeof authority === "string" ? [authority] : []).map((line) => line.replace(/[.;]$/, "").toUpperCase()),
      position: String(given(closing.signerPosition) ?? "").toUpperCase(),
      name: String(given(closing.signerName) ?? ""),
    },
  };
}

/** Sections that end up with no text are left out, and the numbering closes up behind them. */
function renderSections(sections: Section[], level: number, valueOf: (field: Field) => AnswerValue | undefined, lookup: Lookup): Block[] {
  const blocks: Block[] = [];
  let number = 0;
  for (const section of sections) {
    const inner = [
      ...section.fields.flatMap((field) => renderField(field, valueOf(field), lookup)),
      ...renderSections(section.sections, level + 1, valueOf, lookup),
    ];
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

/** The text for `{id}`; undefined when `id` names no field (the braces stay), null when its answer is missing. */
type AnswerText = (id: string) => string | null | undefined;
/** What a field's rendering may look up: another answer's text, a photo by id. */
interface Lookup {
  answerText: AnswerText;
  photo: (id: number) => DocumentPhoto | undefined;
}

function renderField(field: Field, value: AnswerValue | undefined, { answerText, photo }: Lookup): Block[] {
  if (value === undefined || field.inDocument === false) return [];
  if (field.type === "bullet-list" && Array.isArray(value)) {
    const lead: Block[] = field.documentText ? [{ kind: "paragraph", text: field.documentText.replace("{value}", "").trim() }] : [];
    return [...lead, ...value.map((item, i): Block => ({ kind: "item", text: `- ${punctuate(String(item), i === value.length - 1 ? "." : ";")}` }))];
  }
  if (field.type === "photo" && Array.isArray(value)) {
    const found = value.flatMap((id): Block[] => {
      const p = typeof id === "number" ? photo(id) : undefined;
      return p ? [{ kind: "photo", photo: p, text: p.caption ?? "" }] : [];
    });
    // A documentText leads the photos ("Một số hình ảnh hoạt động:"); {value} is their count.
    const lead: Block[] = field.documentText && found.length > 0 ? [{ kind: "paragraph", text: field.documentText.replace("{value}", String(found.length)).trim() }] : [];
    return [...lead, ...found];
  }
  const text = formatDocumentValue(field, value);
  const sentence = field.documentText ? fillSentence(field.documentText, text, answerText) : text;
  if (sentence === undefined) return [];
  return sentence
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => ({ kind: "paragraph", text: line }));
}

function punctuate(text: string, mark: string): string {
  return /[.;:!?…]$/.test(text) ? text : `${text}${mark}`;
}

/**
 * A documentText with its answers filled in; undefined when it names an answer that is not there, so
 * a sentence never prints a placeholder or a figure the unit skipped.
 */
function fillSentence(documentText: string, value: string, answerText: AnswerText): string | undefined {
  let missing = false;
  const filled = documentText.replace(PLACEHOLDER, (match, id: string) => {
    const text = id === "value" ? value : answerText(id);
    if (text === null) missing = true;
    return text ?? match;
  });
  return missing ? undefined : filled;
}
