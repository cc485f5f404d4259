/**
 * A message that reaches a unit's report, once the chat, the sender and the campaign are known
 * (conversation-service.ts): its report is read (under its lock), the engine steps, and the step
 * is stored with everything it says. Runs inside the message's transaction. What the engine is
 * given beside the message is read by report-step-input.ts.
 */
import { type InboundMessage, receivesFiles } from "../channels/channel.ts";
import type { Repositories } from "../db/repositories.ts";
import type { ReportRead } from "../db/report-read.ts";
import type { CampaignRow, UnitRow } from "../db/schema.ts";
import type { Template } from "../templates/template-schema.ts";
import { type Delivery, say } from "../officers/officer-context.ts";
import { vi } from "../sentences/vi.ts";
import { adoptStateAnswers } from "./adopt-state-answers.ts";
import { type ConversationState, INITIAL_STATE, REPORT_STATE_VERSION, reportKey, reportStateJson, restoreReportState } from "./conversation-state.ts";
import { step } from "./engine.ts";
import type { ReadsOther, ReportInput } from "./engine-types.ts";
import { readStepInput } from "./report-step-input.ts";
import { isHelp } from "./help-text.ts";
import { receiveFile } from "./receive-file.ts";
import { author, authorId, type createReportEffects } from "./report-effects.ts";
import { createReportStepStore } from "./store-report-step.ts";
import { typedCommand } from "./typed-commands.ts";
import { typedReportInput } from "./report-typed-input.ts";
import { editedAnswerText, type UserInput } from "./user-input.ts";
import { labelOnAnswered } from "./label-on-answered.ts";
import { isGroupTalk } from "./group-talk.ts";
import { currentPrompt } from "./engine-prompts.ts";
import { passesWhilePaused } from "./engine-pause.ts";
import { otherCampaignAsked, otherCampaignCorrection } from "./other-campaign-correction.ts";
import { asksAboutLate, lateAnswer, lateStartNote } from "./late-report.ts";
import { submittedElsewhere } from "./submitted-elsewhere.ts";
import { wantedCampaignReply } from "./wanted-campaign.ts";
import { chooseCampaign } from "./campaign-choice.ts";
import { correctionMeantElsewhere } from "./correction-meant-elsewhere.ts";
import { confirmationAfterClose } from "./confirmation-after-close.ts";
import { greeterName, greetsBot } from "./greeting.ts";
import { movedByCloseReply, talkAfterClose, withoutMovedByClose } from "./moved-by-close.ts";
import { rowForOtherReport } from "./row-for-other-report.ts";

export interface ReportMessageDeps {
  repos: Repositories;
  timeZone: string;
  logger: { warn: (obj: object, msg: string) => void };
  templateFor: (templateId: number) => Promise<Template>;
  groupAnswerHint?: (channel: InboundMessage["channel"]) => string | undefined;
  applyEffects: ReturnType<typeof createReportEffects>;
}

export interface ReportMessage {
  message: InboundMessage;
  parsedInput: UserInput;
  unit: UnitRow;
  campaign: CampaignRow;
  /** What to say first (reportToWorkOn's note). */
  note: string | undefined;
  /** The message moved the chat to this campaign's report ("/baocao 2"). */
  moved?: boolean;
  /** "/xem 2": another campaign's report read, the chat staying on its own. */
  readsOther?: ReadsOther;
  /** The report as the update's first read found it with its lock (PostgreSQL), if any. */
  readWithItsLock: (ReportRead & { key: string }) | undefined;
  /** Messages to the chat the message came from, as replies to it. */
  here: (...messages: Delivery["message"][]) => Delivery[];
  /** The help for this sender here. */
  help: () => Delivery["message"];
  now: number;
}

export function createReportMessageHandler(deps: ReportMessageDeps) {
  const { repos, timeZone, templateFor } = deps;
  const storeReportStep = createReportStepStore(repos, deps.applyEffects);

  /** No report started (nor last year's offered), every question answered, or submitted. */
  const expectsNoAnswer = (state: ConversationState) => (state.phase === "idle" && !state.lastYearOffer) || state.phase === "complete" || state.phase === "submitted";

  /** What to send for the message; "conflict" when its report was written meanwhile (the caller retries). */
  return async function reportMessage({ message, parsedInput, unit, campaign, note, moved, readsOther, readWithItsLock, here, help, now }: ReportMessage): Promise<Delivery[] | "conflict"> {
    const isCommand = parsedInput.kind !== "text";
    const template = await templateFor(campaign.templateId);

    const key = reportKey(campaign.id, unit.id);
    // A unit may answer from several chats: its report, too, is worked on by one instance at a time.
    await repos.lock(key);
    // PostgreSQL: the first read took this lock and read the report after it; for a text nothing
    // since wrote a report's rows. A command runs more before here (/baocao 2's chooseCampaign, which
    // writes the chat's choice): rather than keep that true for every command to come, a command's
    // report, rare, is read again.
    const report = (!isCommand && readWithItsLock?.key === key ? readWithItsLock : undefined) ?? (await repos.conversations.loadReport(key, campaign.id, unit.id));
    const stored = report.conversation;
    const read = stored ? restoreReportState(stored.state, stored.stateVersion, report.answers) : { state: INITIAL_STATE, reset: false };
    // Moved here by a close mid-question: the mark is read, and left out of every state stored from now.
    const { state: unmarked, left } = withoutMovedByClose(read.state);
    const restored = { ...read, state: unmarked };
    if (restored.reset) deps.logger.warn({ key }, "conversation state could not be read; restarted");
    let submission = report.submission;
    if (stored && submission && stored.stateVersion !== REPORT_STATE_VERSION && !restored.reset) {
      await adoptStateAnswers(repos, { submissionId: submission.id, state: restored.state, tableAnswers: report.answers, by: author(message), now });
    }
    const returned = submission?.status === "returned";
    // The question asked now, said again after a reply that stores nothing; `typedNew`: a new message typed, no file.
    const asked = () => currentPrompt(template, restored.state, { timeZone, reportTitle: campaign.title });
    const typedNew = !message.isEdit && !message.file;
    // "nộp", "bỏ qua", "sửa câu 3" typed without the slash are the commands (report-typed-input.ts).
    const typed = typedReportInput(template, restored.state, parsedInput, returned, now, timeZone);
    let input: ReportInput["message"] = message.isEdit ? parsedInput : typed;
    // The group's talk meanwhile passes, the mark kept; its first other text, the answer to the
    // closed report's question on screen: not stored, said so (moved-by-close.ts).
    if (left && typed.kind === "text" && typedNew && message.chatType === "group" && !message.addressed && talkAfterClose({ template, state: restored.state, input: typed, returned, now, sender: undefined }, left)) return here();
    if (left && typed.kind === "text" && !message.isEdit && !message.file && !isHelp(typedCommand(typed))) {
      if (!(await repos.conversations.save(key, reportStateJson(restored.state), REPORT_STATE_VERSION, stored?.revision, now))) return "conflict";
      return here(...movedByCloseReply(template, restored.state, left, campaign, timeZone));
    }
    // "dạ chào bot ạ" before any report: how to start, in one line (greeting.ts); a group's own greetings pass below.
    if (parsedInput.kind === "text" && typedNew && restored.state.phase === "idle" && !restored.state.lastYearOffer && greetsBot(message)) return here(say(vi.chat.greeting(greeterName(message.text))));
    // "baocao" typed is /baocao, read here after reportToWorkOn read the slash command alone: with
    // several campaigns open, the list /baocao shows comes first (it went straight on to the question).
    const typedReport = parsedInput.kind === "text" && input.kind === "command" && input.command === "report" && input.argument === "";
    const listed = typedReport && note === undefined ? await chooseCampaign(repos, { unitId: unit.id, current: campaign, argument: "", now, templateFor }) : undefined;
    const noted = note ?? (listed && "note" in listed ? listed.note : undefined);
    // "em muốn sửa báo cáo đợt trước": another campaign's report, told how; the question asked here stays.
    const otherAsked = input.kind === "text" && typedNew ? otherCampaignAsked(input.text, campaign.id) : undefined;
    if (otherAsked) return here(say(await otherCampaignCorrection(repos, otherAsked, unit.id, campaign)), ...(expectsNoAnswer(restored.state) ? [] : asked()));
    // "em muốn nộp báo cáo đợt 2" while a question is asked: /baocao 2 hinted only where the unit has campaign 2.
    const wanted = input.kind === "text" && typedNew && restored.state.phase === "asking" ? await wantedCampaignReply(repos, input.text, unit.id) : undefined;
    if (wanted) return here(say(wanted), ...asked());
    // "sửa câu 11: 120", "nộp lại" here, never submitted, while another campaign's report is
    // returned or just submitted: that one is meant; refused with how, or corrected here, said whose.
    const elsewhereReading = typedNew ? await correctionMeantElsewhere({ repos, template, state: restored.state, campaign, unitId: unit.id, parsedInput, typed, now, templateFor }) : undefined;
    if (elsewhereReading && "refused" in elsewhereReading) return here(say(elsewhereReading.refused), ...asked());
    // Corrected here: the correction as read ("dạ em bổ sung ạ. câu 9: 950" is text to the engine).
    if (elsewhereReading) input = elsewhereReading.edit;
    const said = elsewhereReading ? [noted, elsewhereReading.note].filter(Boolean).join("\n") : noted;
    // "/sua 5", "/vanban", "sửa câu 5: không" here, not started, while another campaign's report was submitted: meant that one.
    const elsewhere = restored.state.phase === "idle" && restored.state.submittedVersion === 0 && !returned && typedNew ? await submittedElsewhere(repos, unit.id, campaign, parsedInput) : undefined;
    if (elsewhere) return here(say(elsewhere), ...(restored.state.lastYearOffer ? asked() : []));
    // "Có" to /nop of another campaign's report, closed since refusing late reports: said so (it passed in silence).
    const closedSince = expectsNoAnswer(restored.state) && parsedInput.kind === "text" && typedNew ? await confirmationAfterClose(repos, unit.id, campaign, parsedInput.text, authorId(message), now) : undefined;
    if (closedSince) return here(say(closedSince));
    // "trường em nộp muộn được không": answered by the campaign's policy, stored as no answer; the question asked stays.
    if (input.kind === "text" && typedNew && asksAboutLate(input.text)) return here(...(restored.state.phase === "submitted" ? [] : [say(lateAnswer(campaign, returned, restored.state.submittedVersion > 0, now, timeZone))]), ...asked());
    // "câu 6: 660" naming an answered question, not the one asked: its answer is not replaced; said how to.
    const aboutLabel = !message.isEdit && input.kind === "text" ? labelOnAnswered(template, restored.state, input.text, now, timeZone) : undefined;
    if (aboutLabel) return here(say(aboutLabel), ...(restored.state.phase === "asking" ? asked() : []));
    // In a group, who wrote: an answer right after another member's may have been meant for the same question.
    const sender = message.chatType === "group" ? { id: authorId(message), name: message.sender.displayName, messageId: message.messageId, at: message.sentAt.getTime() } : undefined;
    // A group's own talk where no answer is expected, not calling on the bot, passes in silence (group-talk.ts);
    // a row of the table another report of the unit asks is said where it belongs (row-for-other-report.ts).
    if (input.kind === "text" && typedNew && !restored.reset && message.chatType === "group" && !message.addressed && expectsNoAnswer(restored.state) && isGroupTalk({ template, state: restored.state, input, returned, now, sender })) {
      const otherRow = await rowForOtherReport({ repos, unitId: unit.id, campaign, text: input.text, templateFor });
      return otherRow ? here(say(otherRow)) : here();
    }
    const helpAsked = isHelp(input);
    if (message.isEdit) {
      // Only an edit of a message that gave an answer means anything; other edits pass silently. A
      // file's edited caption is no new answer (a Word file's message gave several).
      const answered = submission && message.messageId && !message.file ? await repos.submissions.answerFromMessage(submission.id, message.messageId) : undefined;
      // "/sua 1 Kế hoạch số 2" edited: the answer is what follows the number, not the command.
      const text = editedAnswerText(message.text);
      if (!answered || text === undefined) return [];
      input = { kind: "edit", fieldId: answered.fieldId, text, isLatest: answered.isLatest };
    } else if (message.file) {
      const getSubmission = async () => (submission ??= await repos.submissions.create(campaign.id, unit.id, now)).id;
      input = await receiveFile(repos.photos, { file: message.file, template, state: restored.state, submissionId: getSubmission, addedBy: authorId(message), now, wordFiles: receivesFiles(message.channel) });
    }
    const stepInput = await readStepInput(repos, { message, parsedInput, input, template, state: restored.state, submission, unit, campaign, sender, moved, readsOther, timeZone, now });
    // The note said before this step is kept with its state: said once (correction-meant-elsewhere.ts).
    const stepState = elsewhereReading && "noted" in elsewhereReading && elsewhereReading.noted ? { ...restored.state, elsewhereNoted: elsewhereReading.noted } : restored.state;
    const result = step(template, stepState, stepInput, new Date(now));

    // The report set aside ("tạm dừng nhé"): the group's talk after it passes in silence, its state kept.
    if (message.chatType === "group" && !message.addressed && !message.isEdit && passesWhilePaused(restored.state, input, result)) return here();
    if (!submission && (result.effects.length > 0 || result.state.phase !== "idle")) {
      submission = await repos.submissions.create(campaign.id, unit.id, now);
    }
    const scope = submission && { message, unit, campaign, template, submissionId: submission.id, now };
    const extra = await storeReportStep({ result, key, stored, scope, now });
    if (extra === "conflict") return "conflict";
    const startsInGroup = restored.state.phase === "idle" && result.state.phase === "asking" && message.chatType === "group";
    const hint = startsInGroup ? deps.groupAnswerHint?.(message.channel) : undefined;
    // After the greeting: late from the start (said once, as it starts or resumes), then how to answer in the group.
    const late = lateStartNote({ campaign, returned, input: parsedInput, before: restored.state, after: result.state, now, timeZone });
    const notes = [late, hint].filter((text) => text !== undefined).map((text) => say(text));
    const replies = notes.length > 0 ? [...result.replies.slice(0, 1), ...notes, ...result.replies.slice(1)] : result.replies;
    return [...here(...(helpAsked ? [help()] : []), ...(restored.reset ? [say(vi.report.stateReset)] : []), ...(said ? [say(said)] : []), ...replies), ...extra];
  };
}
