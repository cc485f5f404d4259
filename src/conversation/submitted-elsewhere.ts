/**
 * A report not started here while the unit's report of another campaign was submitted: "/sua 5",
 * "/nop", "/xem", "/vanban" and "sửa câu 5: không" typed meant that report. They said "Chưa bắt đầu
 * báo cáo" (the typed correction passed in silence), and the clerk did not know the chat had moved.
 * Said which report was submitted and how to reach it, or, its campaign closed, that it stays as
 * submitted and whom to ask (the chat cannot move to it: /baocao N refuses a closed one). A plain
 * "/xem" or "/vanban" reads an open campaign's report submitted before reaching here (just-submitted.ts).
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { typedCommand } from "./typed-commands.ts";
import type { UserInput } from "./user-input.ts";

/** What only a report already answered can do: correct, submit, review, its document. */
const MEANT_FOR_SUBMITTED = new Set(["edit", "submit", "review", "document"]);

/** The reply to such a message in a chat whose report has not started, if one of the unit's is submitted elsewhere. */
export async function submittedElsewhere(repos: Repositories, unitId: number, current: CampaignRow, input: UserInput): Promise<string | undefined> {
  // Typed without the slash only as a correction or "nộp": "xem lại" before a start may be talk.
  const meant = input.kind === "text" ? typedCommand(input, { reportWords: true }) : input;
  if (meant.kind !== "command" || !MEANT_FOR_SUBMITTED.has(meant.command)) return undefined;
  if (input.kind === "text" && meant.command !== "edit" && meant.command !== "submit") return undefined;
  const other = (await repos.campaignChoice.campaignsOf(unitId)).filter((entry) => entry.standing === "submitted" && entry.campaign.id !== current.id).at(-1);
  if (!other) return undefined;
  const { campaign } = other;
  const where = vi.reportSwitch.notStartedHere(current.title);
  if (campaign.status === "open") return `${where} ${vi.reportSwitch.submittedElsewhere(campaign.title, campaign.id)}`;
  // Closed, it may be last year's report: the way to start this one is said too (it was lost).
  return `${where} ${vi.report.otherCampaign.closed(campaign.id, campaign.title, campaign.issuerName, true)} ${vi.reportSwitch.startHere(current.title)}`;
}
