/**
 * What the engine is given beside the message, read for one report's step (report-message.ts):
 * who replied to which question, last year's report, the submitted answers, and what only some
 * commands need (the photos' captions for a review, the last hour's submissions for /nop, the
 * campaigns a confirmation can move to), each read only when it is needed.
 */
import type { InboundMessage } from "../channels/channel.ts";
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow, SubmissionRow, UnitRow } from "../db/schema.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import type { ConversationState } from "./conversation-state.ts";
import type { ReadsOther, ReportInput } from "./engine-types.ts";
import { loadPreviousReport } from "./previous-report.ts";
import { refusesLateNow } from "./closed-campaign.ts";
import type { UserInput } from "./user-input.ts";

export interface StepInputScope {
  message: InboundMessage;
  /** The message as first read: a review's captions are read for /xem and /nop typed as such. */
  parsedInput: UserInput;
  /** What the engine reads: the typed command, the edit or the file the message became. */
  input: ReportInput["message"];
  template: Template;
  state: ConversationState;
  submission: SubmissionRow | undefined;
  unit: UnitRow;
  campaign: CampaignRow;
  sender: ReportInput["sender"];
  moved: boolean | undefined;
  readsOther: ReadsOther | undefined;
  timeZone: string;
  now: number;
}

/**
 * The submitted answers: what /huy goes back to, what /nop compares with, and what tells a
 * correction that left every answer as submitted from one that waits for /nop. Read once the
 * report was submitted.
 */
async function submittedAnswers(repos: Repositories, state: ConversationState, submission: SubmissionRow | undefined): Promise<ReportInput["submitted"]> {
  if (!submission || state.submittedVersion === 0) return undefined;
  const answers = await repos.submissions.versionAnswers(submission.id, submission.version);
  return answers && { answers: answers as Answers, returned: submission.status === "returned" };
}

const returnCommentOf = (submission: SubmissionRow | undefined) => (submission?.status === "returned" ? submission.returnComment ?? undefined : undefined);

/** The engine's whole input for the step. */
export async function readStepInput(repos: Repositories, scope: StepInputScope): Promise<ReportInput> {
  const { message, parsedInput, input, template, state, submission, unit, campaign, now } = scope;
  // The review lists each photo's caption; only a review needs them read.
  const showsReview = parsedInput.kind === "command" && (parsedInput.command === "review" || parsedInput.command === "submit");
  const photoCaptions = showsReview && submission && listFields(template).some((p) => p.field.type === "photo") ? await repos.photos.captions(submission.id) : undefined;
  const repliedTo = message.replyToMessageId ? await repos.outbox.questionOfSentMessage(message.channel, message.chatId, message.replyToMessageId) : undefined;
  // Last year's report: offered at the start, and compared with each figure.
  const previous = await loadPreviousReport(repos, { template, state, input, unitId: unit.id, campaignId: campaign.id });
  const submitted = await submittedAnswers(repos, state, submission);
  // Read for /nop only (an index range on the submission's versions).
  const submitting = input.kind === "command" && input.command === "submit" && state.submittedVersion > 0;
  const submittedLastHour = submitting && submission ? await repos.submissions.versionsSince(submission.id, now - 3_600_000) : undefined;
  // Read at the confirmations only: what the cancel and submit replies say depends on where the chat can go next.
  const confirming = state.phase === "confirm-cancel" || state.phase === "confirm-submit";
  const otherCampaigns = confirming ? (await repos.campaignChoice.reachableCampaigns(unit.id)).some((entry) => entry.campaign.id !== campaign.id) : undefined;
  return {
    message: input,
    campaignNumber: campaign.id,
    otherCampaigns,
    repliedTo,
    sender: scope.sender,
    movedHere: scope.moved,
    readsOther: scope.readsOther,
    unitName: unit.name,
    reportTitle: campaign.title,
    timeZone: scope.timeZone,
    photoCaptions,
    previous,
    submitted,
    submittedLastHour,
    returnComment: returnCommentOf(submission),
    submittedSealed: submission?.status === "submitted" && refusesLateNow(campaign),
    unsentSealedIssuer: submission?.status === "in_progress" && refusesLateNow(campaign) ? campaign.issuerName : undefined,
    campaignClosed: campaign.status === "closed",
  };
}
