/**
 * Submitting a consolidated report: it becomes the issuing unit's own submission (numbered and
 * versioned like a unit's, its document rendered off the request path), and it also counts as
 * that unit's report in every open campaign one level up of the same report type that requires it
 * (a ward answering the Department): same answers, no retyping, seen in that campaign's /status.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { type ConversationState, REPORT_STATE_VERSION, reportKey, reportStateJson, storedPhase } from "../conversation/conversation-state.ts";
import type { Author } from "../db/submission-repository.ts";
import type { CampaignRow, UnitRow } from "../db/schema.ts";
import { documentMessage } from "../documents/document-message.ts";
import { unitReportFileName } from "../documents/unit-report-file-name.ts";
import { chatActor } from "../officers/campaign-actions.ts";
import { submittedLate } from "../officers/lateness.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say, toOfficerChats } from "../officers/officer-context.ts";
import type { Answers } from "../templates/field-visibility.ts";
import type { Template } from "../templates/template-schema.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import type { ConsolidatedReports } from "./consolidated-report.ts";

type Report = { templateId: number; template: Template };

export function createConsolidatedSubmit(deps: OfficerDeps, reports: ConsolidatedReports) {
  const { repos, timeZone } = deps;
  const to = (channel: string, chatId: string, message: OutboundMessage): Delivery => ({ channel, chatId, message });

  /** Stores one submitted version of the issuer's report in a campaign, with its pending document. */
  const record = async (campaign: CampaignRow, issuer: UnitRow, report: Report, version: number, answers: Answers, by: Author, now: number) => {
    const submission = (await repos.submissions.find(campaign.id, issuer.id)) ?? (await repos.submissions.create(campaign.id, issuer.id, now));
    if (report.templateId !== campaign.templateId) await repos.consolidation.setSubmissionTemplate(submission.id, report.templateId);
    await repos.submissions.recordSubmit(submission.id, version, answers, by, now);
    const fileName = await unitReportFileName(repos, { documentType: report.template.document.type, unit: issuer, campaign, version, timeZone });
    return { submissionId: submission.id, documentId: await repos.documents.create(submission.id, version, fileName), fileName };
  };

  /** The same report as the issuer's submission in a campaign one level up. */
  const levelUp = async (upper: CampaignRow, issuer: UnitRow, report: Report, answers: Answers, by: Author, now: number): Promise<Delivery[]> => {
    // That report may be answered in the issuer's own chat at this moment, on another instance.
    await repos.lock(reportKey(upper.id, issuer.id));
    const before = await repos.submissions.find(upper.id, issuer.id);
    const version = (before?.version ?? 0) + 1;
    const { submissionId, documentId, fileName } = await record(upper, issuer, report, version, answers, by, now);
    // A correction of a report sent late is still a late report: its notice says so, as a unit's does.
    const late = version === 1 ? submittedLate(upper, version, now) : before?.isLate === true;
    if (late && version === 1) await repos.officers.markLate(submissionId);
    // The unit's own conversation in that campaign sees it submitted (/xem, /sua N, /nop work there),
    // unless someone there is typing the report by hand: their draft (its answers in the answers
    // table, which the conversation reads) is left as it is.
    const key = reportKey(upper.id, issuer.id);
    const stored = await repos.conversations.load(key);
    const phase = stored ? storedPhase(stored.state) : "idle";
    if (phase === "idle" || phase === "submitted") {
      await repos.submissions.replaceAnswers(submissionId, answers, by, now);
      const state: ConversationState = { phase: "submitted", answers, submittedVersion: version, submittedAt: now };
      if (!(await repos.conversations.save(key, reportStateJson(state), REPORT_STATE_VERSION, stored?.revision, now))) throw new Error("report changed concurrently");
    }
    const notice = say(vi.report.officersNotice(issuer.name, upper.title, version, formatMoment(now, timeZone), by.name, [], late));
    const document = documentMessage(documentId, fileName, version);
    return [
      ...(await toOfficerChats(repos, notice, document)),
      ...(await repos.officers.unitChats([issuer.id])).map((chat) => to(chat.channel, chat.externalId, document)),
    ];
  };

  return {
    async submit(request: OfficerRequest, campaign: CampaignRow, report: Report, version: number, answers: Answers): Promise<{ error: string } | { deliveries: Delivery[] }> {
      const issuer = await reports.issuerOf(campaign);
      if (!issuer) return { error: vi.consolidation.noIssuerUnit(campaign.issuerName) };
      const by = { id: `${request.message.channel}:${request.message.sender.id}`, name: request.message.sender.displayName };
      const upper = (await repos.consolidation.upperCampaigns(issuer.id, report.template.key)).filter((c) => c.id !== campaign.id);
      // The reports one level up are locked before the issuer's file names (record): a report's lock
      // first, then the names, as the issuer's own chat takes them (PostgreSQL would find a deadlock).
      for (const c of upper) await repos.lock(reportKey(c.id, issuer.id));
      const own = await record(campaign, issuer, report, version, answers, by, request.now);
      await repos.activity.record(campaign.id, chatActor(request), "consolidated", own.fileName, request.now);
      // One campaign after another, in the transaction: the same statements in the same order as ever.
      const raised: Delivery[] = [];
      for (const c of upper) raised.push(...(await levelUp(c, issuer, report, answers, by, request.now)));
      const notes = upper.map((c) => say(vi.consolidation.countedUpward(issuer.name, c.title)));
      return { deliveries: [...reply(request, documentMessage(own.documentId, own.fileName, version), ...notes), ...raised] };
    },

    /** /vanban during the edit: the latest submitted version's document again. */
    async resend(request: OfficerRequest, campaign: CampaignRow): Promise<Delivery[]> {
      const issuer = await reports.issuerOf(campaign);
      const submission = issuer && (await repos.submissions.find(campaign.id, issuer.id));
      const latest = submission && (await repos.documents.latestFor(submission.id));
      return latest ? reply(request, documentMessage(latest.id, latest.fileName, latest.version)) : reply(request, say(vi.report.noDocumentYet(campaign.title)));
    },
  };
}
