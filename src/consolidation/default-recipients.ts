/**
 * The ward's report's "Nơi nhận" left out, as /xem shows it: the lines its document prints. The
 * review said a unit report's default ("Như trên; Lưu: VT") while the ward's document printed
 * "Lưu: VT, VHXH" alone (its own campaign has no one "above" to point to).
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { CampaignRow, UnitRow } from "../db/schema.ts";
import { buildReportContent } from "../documents/report-content.ts";
import { vi } from "../sentences/vi.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { wardReportContext } from "./consolidated-draft-content.ts";

/** The replies with the review's default recipients said as the document prints them, when they are left out. */
export function withDocumentRecipients(
  replies: OutboundMessage[],
  template: Template,
  answers: Answers,
  ward: { campaign: CampaignRow; issuer: UnitRow | undefined; now: number; timeZone: string },
): OutboundMessage[] {
  const field = listFields(template).find((p) => p.field.id === template.closing.recipients)?.field;
  if (!field || answers[field.id] !== null) return replies;
  // The review's lines are "N. <prompt>" then the answer: only that answer is the default's.
  const generic = `${field.prompt}\n${vi.answer.defaultRecipients}`;
  if (!replies.some((m) => m.kind === "text" && m.text.includes(generic))) return replies;
  const printed = buildReportContent(template, answers, wardReportContext(ward.campaign, ward.issuer, ward.now, ward.timeZone)).recipients;
  const shown = `${field.prompt}\n${vi.consolidation.defaultRecipients(printed.map((line) => line.replace(/^- /, "").replace(/[;.]$/, "")))}`;
  return replies.map((m) => (m.kind === "text" && m.text.includes(generic) ? { ...m, text: m.text.replace(generic, shown) } : m));
}
