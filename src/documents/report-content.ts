/**
 * What a submitted report says, before any layout: the header texts, the numbered sections with
 * their paragraphs and "- " items, the recipients and the signer. Pure, so the wording rules
 * (numbering I./1./a), empty sections left out or printed with their wording, Vietnamese figures)
 * are tested without opening a .docx.
 */
import { personName, signerBlock } from "./signer-lines.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { listTexts } from "../templates/list-items.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { formatDecreeDate } from "../vietnamese/vietnamese-dates.ts";
import { formatDocumentValue } from "./format-document-value.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { archiveLine, recipientLines } from "./recipient-lines.ts";
import { type AnswerText, type Block, renderSections } from "./report-sections.ts";
import { issuerSymbol } from "./unit-abbreviation.ts";

import type { DocumentPhoto } from "./report-sections.ts";
import type { ShareBase } from "./share-base.ts";
export type { Block, DocumentPhoto } from "./report-sections.ts";

export interface ReportContext {
  unit: { name: string; parentName: string | null; placeName: string | null };
  /**
   * `period` is what `{period}` prints ("năm học 2025 - 2026"); the services pass the campaign's
   * (campaign-period.ts). A context without one prints "năm {year}", the year the texts name anyway.
   */
  campaign: { issuerName: string; referenceText: string; year: number; period?: string | null };
  /** The local date the report was submitted, "YYYY-MM-DD". */
  issuedOn: string;
  /** The photos the answers name, by id (a photo missing here is left out). */
  photos?: ReadonlyMap<number, DocumentPhoto>;
  /**
   * The issuer's own report (the consolidated one, in the campaign it issued): the campaign's letter
   * is its own, never cited, and it is addressed to no one of the issuer's name, however spelt.
   */
  ownCampaign?: boolean;
  /** The ward's draft: of how many units each computed share is, by question id (share-base.ts). */
  shareBases?: ReadonlyMap<string, ShareBase>;
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


export function buildReportContent(template: Template, answers: Answers, context: ReportContext): ReportContent {
  const shown = new Map(visibleFields(template, answers).map((p) => [p.field.id, p.field]));
  const given = (id: string | undefined) => {
    const value = id && shown.has(id) ? answers[id] : undefined;
    return value === undefined || value === null ? undefined : value;
  };
  // The request the report answers: the one asked (a report sent up), else the campaign's, unless
  // that is the unit's own letter (the ward's consolidated report, in the campaign the ward issued).
  const ownCampaign = context.ownCampaign === true || foldVietnamese(context.campaign.issuerName) === foldVietnamese(context.unit.name);
  const askedReference = given(template.closing.reference);
  const reference = typeof askedReference === "string" ? askedReference.replace(/[.;]+$/, "") : ownCampaign ? "" : context.campaign.referenceText;
  // The unit in full where the report names itself, as the seeds write it ("Ủy ban nhân dân phường
  // Trần Liễu báo cáo kết quả như sau"): the roster's "UBND phường …" read "… của UBND phường …./.".
  const fullName = context.unit.name.replace(/^UBND(?=\s)/iu, "Ủy ban nhân dân");
  const fill = (text: string) =>
    text
      .replaceAll("{year}", String(context.campaign.year))
      .replaceAll("{period}", context.campaign.period || vi.period.calendarYear(context.campaign.year))
      .replaceAll("{unitName}", fullName)
      .replaceAll("{issuerName}", context.campaign.issuerName)
      .replaceAll("{reference}", reference);

  const fieldIds = new Set(listFields(template).map((p) => p.field.id));
  /** Another answer as it reads in a sentence, for `{field_id}`: null when hidden or skipped; `{unitName}` the unit in full. */
  const answerText: AnswerText = (id) => {
    // The unit names itself in a sentence of its own ("… Ủy ban nhân dân phường Trần Liễu trân trọng
    // đề nghị:"); no question's id can be this one (ids are lower_snake_case).
    if (id === "unitName") return fullName;
    if (!fieldIds.has(id)) return undefined;
    const field = shown.get(id);
    const value = given(id);
    return field && value !== undefined ? formatDocumentValue(field, value) : null;
  };
  const photos = context.photos ?? new Map<number, DocumentPhoto>();
  const body = renderSections(template.sections, 1, {
    valueOf: (field) => (shown.has(field.id) ? given(field.id) : undefined),
    answerText,
    photo: (id) => photos.get(id),
    shareBase: (field) => context.shareBases?.get(field.id),
  });
  const closing = template.closing;
  const recipients = given(closing.recipients);
  // The addressees asked, else the template's; never the unit itself: the ward's consolidated
  // report, in the campaign the ward issued, would read "Kính gửi: UBND phường …" of the ward.
  const askedAddressees = given(template.closing.addressedTo);
  const itself = new Set([context.unit.name, ...(ownCampaign ? [context.campaign.issuerName] : [])].map(foldVietnamese));
  const addressedTo = (Array.isArray(askedAddressees) ? listTexts(askedAddressees).map((to) => to.replace(/[.;]+$/, "")) : template.document.addressedTo.map(fill)).filter(
    (to) => !itself.has(foldVietnamese(to)),
  );
  const authority = given(closing.signerAuthority);
  return {
    parentBody: context.unit.parentName?.toUpperCase() || undefined,
    // In full (Decree 30 lets only the parent body's common words be shortened): "UBND phường …"
    // in the roster is printed "ỦY BAN NHÂN DÂN PHƯỜNG …".
    issuer: fullName.toUpperCase(),
    numberLine: `Số:       /${template.document.typeCode}-${issuerSymbol(context.unit.name)}`,
    placeDate: `${context.unit.placeName ?? ""}, ${formatDecreeDate(context.issuedOn)}`.replace(/^, /, ""),
    type: template.document.type,
    summary: fill(template.document.summary),
    addressedTo,
    reference: template.document.referenceText && reference ? fill(template.document.referenceText) : undefined,
    body,
    closing: template.document.closingText ? fill(template.document.closingText) : undefined,
    recipients: recipientLines(Array.isArray(recipients) ? listTexts(recipients) : undefined, archiveLine(context.unit.name, template.document.draftingUnit), addressedTo.length > 0, [
      ...addressedTo,
      context.campaign.issuerName,
      ...(context.unit.parentName ? [context.unit.parentName] : []),
    ]),
    signer: {
      ...signerBlock(Array.isArray(authority) || typeof authority === "string" ? listTexts(authority) : [], String(given(closing.signerPosition) ?? "")),
      name: personName(String(given(closing.signerName) ?? "")),
    },
  };
}
