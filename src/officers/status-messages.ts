/**
 * What /status posts for one campaign: the counts and the first units as text, and, when the list
 * is longer than a chat should hold, the whole list as a spreadsheet (rendered off the request path
 * by the document worker, sent like every document: an upload or a signed link).
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { CampaignRow } from "../db/schema.ts";
import { fileDate } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { type OfficerDeps, say } from "./officer-context.ts";
import { renderCampaignStatus } from "./status-report.ts";
import { sameTitleNumber } from "./same-title.ts";

export async function campaignStatusMessages(deps: OfficerDeps, campaign: CampaignRow, now: number): Promise<OutboundMessage[]> {
  const { repos, timeZone } = deps;
  const { text, truncated } = renderCampaignStatus(campaign, await deps.templateFor(campaign.templateId), await repos.officers.statusRows(campaign.id), now, timeZone);
  if (!truncated) return [say(text)];
  const fileName = vi.status.sheetFileName(fileDate(now, timeZone));
  const documentId = await repos.documents.createCampaignFile("status-sheet", campaign.id, fileName);
  return [say(text), { kind: "document", documentId, fileName, caption: vi.status.sheetCaption(campaign.title, await sameTitleNumber(repos, campaign)) }];
}
