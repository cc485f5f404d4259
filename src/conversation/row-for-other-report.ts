/**
 * A row typed in the group while the chat's report expects no answer (every question answered,
 * submitted), and another report of the unit is asking its table question: "Khối 1; 120", typed
 * for campaign 2's table after /baocao 1 moved the chat. Read as the group's talk, it passed in
 * silence and the row was lost. Only a text shaped exactly as that table's rows (its number of
 * cells, figures where figures go) is read so: ordinary talk stays silent. Read by report-message.ts.
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import { readsAsRows } from "../templates/table-parser.ts";
import { fieldById } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { reportKey, restoreReportState } from "./conversation-state.ts";
import { numberOfField } from "./report-navigation.ts";

export interface OtherRowRequest {
  repos: Repositories;
  unitId: number;
  /** The campaign whose report the chat is on. */
  campaign: CampaignRow;
  text: string;
  templateFor: (templateId: number) => Promise<Template>;
}

/** What to say when the text is a row of a table another report of the unit asks now; undefined otherwise. */
export async function rowForOtherReport({ repos, unitId, campaign, text, templateFor }: OtherRowRequest): Promise<string | undefined> {
  // Not by its standing: a report at its first question, nothing answered yet, reads "not started".
  const others = (await repos.campaignChoice.reachableCampaigns(unitId)).filter((entry) => entry.campaign.id !== campaign.id);
  for (const { campaign: other } of others) {
    // Only read: this report's own message may be under way elsewhere, and nothing is written to it.
    const report = await repos.conversations.loadReport(reportKey(other.id, unitId), other.id, unitId);
    if (!report.conversation) continue;
    const { state } = restoreReportState(report.conversation.state, report.conversation.stateVersion, report.answers);
    if (state.phase !== "asking" || !state.fieldId) continue;
    const template = await templateFor(other.templateId);
    const field = fieldById(template, state.fieldId);
    if (field?.type !== "table" || !readsAsRows(field, text)) continue;
    return vi.reportSwitch.rowForOther(campaign.title, campaign.id, other.title, other.id, numberOfField(template, state.answers, field.id));
  }
  return undefined;
}
