/**
 * /tonghop in the officers' chat: the draft of the open campaign's consolidated report at once
 * (a .docx with the computed figures and the units' texts, and who is missing), or, with "sua",
 * the report as a conversation on the same engine, pre-filled with the computed answers: the
 * officer answers the rest, may change any answer, reviews and submits the ward's own document.
 */
import { type ConversationState, INITIAL_STATE, restoreState, STATE_VERSION } from "../conversation/conversation-state.ts";
import { step } from "../conversation/engine.ts";
import { authorId } from "../conversation/report-effects.ts";
import type { Effect } from "../conversation/engine-types.ts";
import { typedInput } from "../conversation/typed-commands.ts";
import { typedEditWithAnswer } from "../conversation/typed-edit.ts";
import type { UserInput } from "../conversation/user-input.ts";
import type { CampaignRow } from "../db/schema.ts";
import { chooseCampaign } from "../officers/choose-campaign.ts";
import { splitArgument } from "../officers/officer-commands.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "../officers/officer-context.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import { readListItems } from "../templates/list-items.ts";
import { localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { isDateNotOffice } from "../officers/office-name.ts";
import { vi } from "../sentences/vi.ts";
import { sameValue } from "../canonical-json.ts";
import { computedChanges } from "./computed-changes.ts";
import { withoutComputedMaximums } from "./computed-limits.ts";
import { consolidationKey, createConsolidatedReports } from "./consolidated-report.ts";
import { createConsolidatedSubmit } from "./consolidated-submit.ts";
import { createConsolidationDraft } from "./consolidation-draft.ts";
import { withDocumentRecipients } from "./default-recipients.ts";
import { closedAlsoNote } from "./closed-with-figures.ts";
import { noneToCome } from "./none-to-come.ts";
import { passedOver, withoutPassed } from "./passed-over.ts";
import { filledSince } from "./filled-since.ts";
import { backPastComputed } from "./back-past-computed.ts";
import { createEditedCampaign } from "./edited-campaign.ts";
import { backToComputed, editedMarks, staleEditNotice, unfitEdits, withHandEditReplies } from "./hand-edits.ts";

export function createConsolidationFlow(deps: OfficerDeps) {
  const { repos, timeZone } = deps;
  const reports = createConsolidatedReports(deps);
  const submitting = createConsolidatedSubmit(deps, reports);
  const { draft, leftOutNote } = createConsolidationDraft(deps, reports);

  const { editedCampaign, point, unfinished } = createEditedCampaign(repos);

  /** /tonghop [sua] [campaign number or title]. */
  const command = async (request: OfficerRequest, argument: string): Promise<Delivery[]> => {
    const { word, rest } = splitArgument(argument);
    const editing = word === "edit";
    const wanted = editing ? rest : argument;
    const choice = await chooseCampaign(repos, wanted, editing ? "/tonghop sua" : "/tonghop");
    // A plain /tonghop sua with no one campaign open to take, a report under way (a closed campaign's):
    // that one goes on. It answered "no campaign open", as if nothing were being edited.
    const underWay = choice.kind === "refused" && editing && wanted.trim() === "" ? await unfinished(request) : undefined;
    if (underWay !== undefined) return continueFlow(request, { kind: "command", command: "report", argument: "" });
    if (choice.kind === "refused") return reply(request, say(choice.text));
    // A plain /tonghop on the open campaign names the closed ones with reports, as /trangthai does.
    if (!editing) return [...(await draft(request, choice.campaign)), ...reply(request, ...(await closedAlsoNote(repos, choice.campaign, wanted, "/tonghop", vi.export.consolidateWhat)))];
    await point(request, choice.campaign.id);
    return continueFlow(request, { kind: "command", command: "report", argument: "" });
  };

  /** The answers of the ward's last submitted version of its report, if it was submitted. */
  const lastSubmitted = async (campaign: CampaignRow): Promise<Answers | undefined> => {
    const issuer = await reports.issuerOf(campaign);
    const submission = issuer && (await repos.submissions.find(campaign.id, issuer.id));
    if (!submission || submission.version < 1) return undefined;
    return (await repos.submissions.versionAnswers(submission.id, submission.version)) as Answers | undefined;
  };

  /** Whether an officers' chat is editing a consolidated report (its messages then go here). */
  const isActive = async (request: OfficerRequest): Promise<boolean> => (await editedCampaign(request)) !== undefined;

  /** One step of the edit, on answers brought up to date with the units' latest submissions. */
  const continueFlow = async (request: OfficerRequest, received: UserInput): Promise<Delivery[]> => {
    const campaign = await editedCampaign(request);
    if (!campaign) return [];
    const { templateId, template, computed, included } = await reports.compute(campaign);
    const key = consolidationKey(campaign.id);
    const stored = await repos.conversations.load(key);
    const restored = stored ? restoreState(stored.state, stored.stateVersion).state : INITIAL_STATE;
    // "sửa câu N: …" once every question is answered, at /nop's confirmation or submitted is /sua N …,
    // as the bot's own "Muốn sửa, gõ: sửa câu N: …" says: it passed in silence as chatter. So did
    // "xem", "nop", "nộp" there (typedInput), read before the chatter is let pass.
    const typed = typedInput(restored.phase, received);
    const input = typed.kind === "text" && ["complete", "confirm-submit", "submitted"].includes(restored.phase) ? (typedEditWithAnswer(typed) ?? typed) : typed;
    const stale = await repos.consolidation.editedState(campaign.id);
    // Chatter in the officers' chat is an answer only while a question or a confirmation is open.
    if (input.kind === "text" && !["asking", "confirm-submit", "confirm-cancel"].includes(restored.phase)) return [];
    // "/sua 3 tự động" (or "tự động" when question 3 is asked): it follows the units' data again.
    const back = backToComputed(template, restored.answers, restored.phase, restored.fieldId, typedInput(restored.phase, input), computed);
    if (back && "refused" in back) return reply(request, say(back.refused));
    if (back) await repos.consolidation.unmarkEdited(campaign.id, back.fieldId, request.now);
    // An edit no longer of its question's type is computed again (refresh): no longer the officer's.
    const unfit = unfitEdits(template, restored.answers, stale.fields);
    for (const fieldId of unfit) await repos.consolidation.unmarkEdited(campaign.id, fieldId, request.now);
    const edits = back || unfit.length > 0 ? { fields: stale.fields.filter((f) => f !== back?.fieldId && !unfit.includes(f)), replaced: stale.replaced } : stale;
    const edited = edits.fields;
    const answers = reports.refresh(template, restored.answers, computed, edited);
    // Units submitted since the report was: it has changes to submit again (/nop makes a new version).
    const outdated = restored.phase === "submitted" && !sameAnswers(answers, restored.answers);
    // An officer's answer dropped as no longer of its question's type (/mau nap changed it): asked again.
    const dropped = listFields(template).find((p) => !p.field.from && p.field.id in restored.answers && !(p.field.id in answers))?.field.id;
    const reask = dropped !== undefined && (restored.phase === "complete" || restored.phase === "submitted") ? { phase: "asking" as const, fieldId: dropped } : {};
    // No unit in yet: the questions the units' figures fill are not asked next (passed-over.ts).
    const passed = passedOver(template, answers, included, restored, input);
    const state: ConversationState = { ...restored, answers: { ...answers, ...Object.fromEntries(passed.map((id) => [id, null])) }, ...(outdated ? { phase: "complete" as const } : {}), ...reask };
    const marks = editedMarks(template, edits, computed);
    // None in and none to come (closed refusing late reports): "filled in when a unit submits" is untrue.
    const sealed = included === 0 && (await noneToCome(repos, campaign));
    const nothingMark = sealed ? vi.consolidation.noneToComputeMark : vi.consolidation.nothingToComputeMark;
    const annotations = Object.fromEntries(
      listFields(template)
        .filter((p) => p.field.from)
        .map((p) => [p.field.id, marks[p.field.id] ?? (included === 0 ? nothingMark : vi.consolidation.computedMark)]),
    );
    const issuer = await reports.issuerOf(campaign);
    // A cancel here starts over from the computed answers, and /tonghop sua, not /baocao, starts again.
    // The officer's figure for a computed question may be what the units' data sums to, above the question's max.
    const flowTemplate = withoutComputedMaximums({ ...template, phrases: { ...template.phrases, confirmCancel: vi.consolidation.confirmCancel, cancelled: vi.consolidation.cancelled(campaign.id) } });
    // In a group, who wrote, as a unit's report has it: another officer's bare "ok" at /nop's
    // confirmation asked of one officer submitted the ward's report (submit-confirmation.ts).
    const { message } = request;
    const sender = message.chatType === "group" ? { id: authorId(message), name: message.sender.displayName, messageId: message.messageId, at: message.sentAt.getTime() } : undefined;
    // No unit in: /quaylai goes to the officer's own question before, not onto one the units' figures fill.
    const backOwn = backPastComputed(template, state, input, included);
    const result = step(flowTemplate, state, { message: back?.message ?? backOwn?.input ?? typedInput(state.phase, input), sender, unitName: issuer?.name ?? campaign.issuerName, reportTitle: campaign.title, timeZone, annotations, officersReport: true }, new Date(request.now));
    // A date where the offices after "Kính gửi" are asked, refused as the campaign's own question refuses it: asked again, nothing stored.
    const today = localDateTime(new Date(request.now), timeZone).iso;
    // Every line: an item with "+" sub-lines is stored as an object, and its date went unchecked.
    const lines = (value: unknown) => readListItems(value).flatMap((item) => [item.text, ...item.sub, ...(item.after ?? [])]);
    const saved = result.effects.flatMap((e) => (e.type === "save-answer" && e.fieldId === template.closing?.addressedTo ? lines(e.value) : []));
    const dated = saved.find((line) => isDateNotOffice(line, today));
    if (dated !== undefined) return reply(request, say(`${vi.deadline.officeIsDate(dated, true)} ${vi.deadline.officeRetype}`));
    const computedIds = new Set(Object.keys(annotations));
    const changed = result.effects.flatMap((e: Effect) => (e.type === "save-answer" && computedIds.has(e.fieldId) ? [e.fieldId] : []));
    // Each edit keeps the computed answer it replaced: a later different one is then said.
    if (changed.length > 0) await repos.consolidation.markEdited(campaign.id, Object.fromEntries(changed.map((id) => [id, computed[id] ?? null])), request.now);
    if (result.effects.some((e) => e.type === "clear-answers")) await repos.consolidation.clearEdited(campaign.id, request.now);
    // Asked to confirm the submission: what the report leaves out, said before the question. Started:
    // the questions the units' reports answered, said (the first asked was question 8).
    const confirming = result.state.phase === "confirm-submit" && state.phase !== "confirm-submit";
    const started = state.phase === "idle" && result.state.phase !== "idle";
    // Opened (or first looked at after units submitted): the computed answers that changed since the
    // ward's last submitted version, each time, not since the last look (a second reopening said none).
    const listing = input.kind === "command" && (input.command === "report" || outdated);
    const sent = listing ? await lastSubmitted(campaign) : undefined;
    const changes = sent ? computedChanges(template, sent, answers, edited) : [];
    // Opened: the hand edits whose computed answer has changed since, each time, until taken back or retyped.
    const behind = input.kind === "command" && input.command === "report" ? staleEditNotice(template, answers, edits, computed) : undefined;
    // Started, or reopened with the units' answers come in since it was left with none (filled-since.ts).
    const filled = started ? Object.keys(computed).length : filledSince(template, restored, input, computed, edited);
    const prefilled = [
      ...(filled > 0 ? [say(vi.consolidation.prefilled(filled, included))] : []),
      // No unit in yet: the report has no figures (it began with the questions, as if it had).
      ...(started && included === 0 ? [say(vi.consolidation.noUnitSubmitted(campaign.id, sealed))] : []),
      ...(changes.length > 0 ? [say(vi.consolidation.changesSince(changes))] : []),
      ...(behind ? [say(behind)] : []),
    ];
    const before = confirming ? await leftOutNote(campaign) : [];
    const replies = confirming && before.length > 0 ? [...result.replies.slice(0, -1), ...before, ...result.replies.slice(-1)] : [...result.replies.slice(0, 1), ...prefilled, ...result.replies.slice(1)];
    const shown = withHandEditReplies(template, [...(backOwn?.note ? [say(backOwn.note)] : []), ...replies], state, result.state, back?.fieldId, edited, computed);
    let deliveries = reply(request, ...withDocumentRecipients(shown, template, result.state.answers, { campaign, issuer, now: request.now, timeZone }));
    let nextState = withoutPassed(result.state, passed);
    for (const effect of result.effects) {
      if (effect.type === "submit") {
        const outcome = await submitting.submit(request, campaign, { templateId, template }, effect.version, effect.answers);
        if ("error" in outcome) {
          nextState = { ...withoutPassed(result.state, passed), phase: "complete", submittedVersion: effect.version - 1 };
          deliveries = reply(request, say(outcome.error));
        } else deliveries = [...deliveries, ...outcome.deliveries];
      } else if (effect.type === "send-document") deliveries = [...deliveries, ...(await submitting.resend(request, campaign))];
    }
    if (!(await repos.conversations.save(key, JSON.stringify(nextState), STATE_VERSION, stored?.revision, request.now))) {
      throw new Error("consolidated report changed concurrently");
    }
    // Cancelled: the chat goes back to ordinary talk; "/tonghop sua" opens the report again. Submitted,
    // it stays open to /xem, /vanban and /sua N, as the submission's reply says (chatter is no answer).
    const ended = nextState.phase === "idle" && nextState.phase !== state.phase;
    if (ended) await point(request, undefined);
    return deliveries;
  };

  return { command, isActive, unfinished, continueFlow };
}

export type ConsolidationFlow = ReturnType<typeof createConsolidationFlow>;

function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameValue(a[key], b[key]));
}

