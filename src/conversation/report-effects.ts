/**
 * What a step of a unit's report stores besides its state, inside the message's transaction:
 * answers saved, removed or cleared, a submitted version and its document (late or not), and the
 * messages these add: the document to the unit's chat and, with a notice, to every officers' chat.
 */
import type { InboundMessage, OutboundMessage } from "../channels/channel.ts";
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow, UnitRow } from "../db/schema.ts";
import type { Author } from "../db/submission-repository.ts";
import { documentMessage } from "../documents/document-message.ts";
import { unitReportFileName } from "../documents/unit-report-file-name.ts";
import { submittedLate } from "../officers/lateness.ts";
import type { Delivery } from "../officers/officer-context.ts";
import { say, toOfficerChats } from "../officers/officer-context.ts";
import { sameTitleNumber } from "../officers/same-title.ts";
import { vi } from "../sentences/vi.ts";
import { sameValue } from "../canonical-json.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import type { Template } from "../templates/template-schema.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import type { Effect } from "./engine-types.ts";

export interface ReportScope {
  message: InboundMessage;
  unit: UnitRow;
  campaign: CampaignRow;
  template: Template;
  submissionId: number;
  now: number;
}

export function createReportEffects(deps: { repos: Repositories; timeZone: string }) {
  const { repos, timeZone } = deps;

  /** When the campaign's consolidated report (its issuer's) was submitted, unless `unitId` is the issuer. */
  const wardReportSentAt = async (campaign: CampaignRow, unitId: number): Promise<number | undefined> => {
    if (campaign.issuerUnitId === null || campaign.issuerUnitId === unitId) return undefined;
    const ward = await repos.submissions.find(campaign.id, campaign.issuerUnitId);
    return ward?.status === "submitted" && ward.submittedAt !== null ? ward.submittedAt : undefined;
  };

  /** A new version's document goes to the unit's chat and, with a notice, to every officers' chat. */
  const submitted = async (scope: ReportScope, version: number, byName: string, answers: Answers): Promise<Delivery[]> => {
    const { unit, campaign, template, submissionId, message, now } = scope;
    const fileName = await unitReportFileName(repos, { documentType: template.document.type, unit, campaign, version, timeZone });
    const documentId = await repos.documents.create(submissionId, version, fileName);
    const document = documentMessage(documentId, fileName, version);
    // A correction says which questions it changed: the officer who returned it sees whether it answers the comment.
    const before = version > 1 ? ((await repos.submissions.versionAnswers(submissionId, version - 1)) as Answers | undefined) : undefined;
    const changed = before ? changedQuestions(template, before, answers) : [];
    // A correction of a report sent late is still a late report: the notice keeps saying so (it was dropped).
    const late = version === 1 ? submittedLate(campaign, version, now) : (await repos.submissions.find(campaign.id, unit.id))?.isLate === true;
    const said = vi.report.officersNotice(unit.name, campaign.title, version, formatMoment(now, timeZone), byName, changed, late, await sameTitleNumber(repos, campaign));
    // The ward's report sent before this one lacks it: only /tonghop sua showed that (the web board says it).
    const wardSent = await wardReportSentAt(campaign, unit.id);
    const notice = say(wardSent === undefined ? said : `${said}\n${vi.consolidation.wardReportBehind(formatMoment(wardSent, timeZone), campaign.id)}`);
    return [toChat(message.channel, message.chatId, document), ...(await toOfficerChats(repos, notice, document))];
  };

  /** Stores the effects; returns the messages they add (documents, the officers' copies). */
  return async function applyEffects(effects: Effect[], scope: ReportScope): Promise<Delivery[]> {
    const { message, submissionId, now } = scope;
    const by = author(message);
    const deliveries: Delivery[] = [];
    for (const effect of effects) {
      // Another member's held answer: theirs, given by their message (not this sender's "Có").
      if (effect.type === "save-answer") await repos.submissions.saveAnswer(submissionId, effect.fieldId, effect.value, effect.by ?? by, now, effect.by ? effect.by.messageId : message.messageId);
      else if (effect.type === "remove-answer") await repos.submissions.removeAnswer(submissionId, effect.fieldId, now);
      else if (effect.type === "clear-answers") {
        await repos.submissions.clearAnswers(submissionId, now);
        // Cancelled, nothing is under way here: a pick that held the chat on it (a campaign opened
        // meanwhile, reports-kept-on.ts, or "/baocao N") kept the chat there, the newest open
        // campaign out of reach. It now goes where a chat with no report goes.
        await repos.campaignChoice.release([scope.unit.id], scope.campaign.id);
      }
      else if (effect.type === "restore-answers") {
        // No source message: editing the "Có" that confirmed must not read as editing these answers.
        for (const [fieldId, value] of Object.entries(effect.values)) await repos.submissions.saveAnswer(submissionId, fieldId, value, by, now);
        for (const fieldId of effect.removed) await repos.submissions.removeAnswer(submissionId, fieldId, now);
        // The corrections dropped, a closed campaign's submitted report waits on nothing more: its pick
        // (correctionKept, report-in-progress.ts) held the chat on it for good, the open campaign out of reach.
        if (scope.campaign.status === "closed" && (await repos.submissions.find(scope.campaign.id, scope.unit.id))?.status === "submitted") {
          await repos.campaignChoice.release([scope.unit.id], scope.campaign.id);
        }
      }
      else if (effect.type === "submit") {
        await repos.submissions.recordSubmit(submissionId, effect.version, effect.answers, by, now);
        if (submittedLate(scope.campaign, effect.version, now)) {
          await repos.officers.markLate(submissionId);
          const { campaign } = scope;
          const closed = campaign.status === "closed";
          const deadline = formatMoment(campaign.deadlineAt, timeZone);
          const sameMinute = formatMoment(now, timeZone) === deadline;
          deliveries.push(toChat(message.channel, message.chatId, say(vi.officer.lateNotice(deadline, closed, closed && now <= campaign.deadlineAt, sameMinute))));
        }
        deliveries.push(...(await submitted(scope, effect.version, by.name, effect.answers)));
        // Submitted, the report no longer holds the chat (even one picked by "/baocao N"): another
        // open campaign's may (directory-repository.ts).
        await repos.campaignChoice.forget([scope.unit.id]);
        const next = (await repos.directory.findOpenCampaign(scope.unit.id))?.campaign;
        const nextStatus = next && next.id !== scope.campaign.id ? ((await repos.submissions.find(next.id, scope.unit.id))?.status ?? "in_progress") : "submitted";
        if (next && nextStatus !== "submitted") deliveries.push(toChat(message.channel, message.chatId, say(vi.report.nextCampaign(next.title, nextStatus === "returned", scope.campaign.id, scope.campaign.status === "closed"))));
      } else {
        const latest = await repos.documents.latestFor(submissionId);
        if (latest) deliveries.push(toChat(message.channel, message.chatId, documentMessage(latest.id, latest.fileName, latest.version)));
      }
    }
    return deliveries;
  };
}

/** The numbers (as the new version numbers them) of the questions whose answers differ between two versions. */
function changedQuestions(template: Template, before: Answers, after: Answers): number[] {
  return visibleFields(template, after).flatMap((placed, i) => (sameValue(before[placed.field.id], after[placed.field.id]) ? [] : [i + 1]));
}

/** Who gave an answer or a photo: the platform and its user id. */
export function authorId(message: InboundMessage): string {
  return `${message.channel}:${message.sender.id}`;
}

export function author(message: InboundMessage): Author {
  return { id: authorId(message), name: message.sender.displayName };
}

export function toChat(channel: string, chatId: string, message: OutboundMessage): Delivery {
  return { channel, chatId, message };
}
