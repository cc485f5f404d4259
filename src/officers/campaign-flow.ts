/**
 * Opening a campaign is itself a conversation on the same engine: the officer answers one question
 * at a time (template, title, reference document, deadline, period, units, late policy), reviews and
 * confirms; the campaign is then created (open-campaign.ts, as the web page's form does) and announced
 * in every bound chat of its units. "/dotbaocao dong" asks before it closes the open campaign ("dong 2"
 * among several), "/dotbaocao dong 2 chac" closes it.
 */
import { type ConversationState, INITIAL_STATE, restoreState, STATE_VERSION } from "../conversation/conversation-state.ts";
import { step } from "../conversation/engine.ts";
import type { OutboundMessage } from "../channels/channel.ts";
import type { Effect } from "../conversation/engine-types.ts";
import { numberOfField } from "../conversation/report-navigation.ts";
import { typedInput } from "../conversation/typed-commands.ts";
import type { UserInput } from "../conversation/user-input.ts";
import { loadOpenCampaignTemplate, withReportTypes } from "../templates/built-in-templates.ts";
import type { AnswerValue } from "../templates/answer-parsers.ts";
import type { Template } from "../templates/template-schema.ts";
import { listTexts } from "../templates/list-items.ts";
import { vi } from "../sentences/vi.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import type { CampaignRow } from "../db/schema.ts";
import { chatActor } from "./campaign-actions.ts";
import { closeCampaign, closeEffects } from "./close-campaign.ts";
import { campaignNumberIn, chooseOpenCampaign } from "./choose-open-campaign.ts";
import { splitArgument } from "./officer-commands.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";
import { openCampaign } from "./open-campaign.ts";
import { rememberCloseQuestion, takeCloseAnswer } from "./close-confirmation.ts";
import { type DeadlineProblem, deadlineDayProblem, OFFICE_FIELDS, type OpenRefusal, campaignTitled, referenceDateInFuture } from "./opening-problems.ts";
import { isDateNotOffice } from "./office-name.ts";
import { isDateNotNumber } from "./reference-number.ts";
import { knownCodes, officesAmong, severalUnitsText, unitsOfCodes } from "./unit-codes.ts";
import { changeCampaignUnits } from "./campaign-units.ts";
import { extendDeadline } from "./extend-deadline.ts";
import { stepDeadlineDay } from "./deadline-question.ts";
import { DEADLINE_DAY, DEADLINE_HOUR } from "./typed-deadline.ts";
import { isBareHour, pastDeadlineMoment } from "./deadline-hour-checks.ts";
import { localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { withPeriodOfDeadline } from "./period-hint.ts";
import { sameTitleNumber } from "./same-title.ts";
import { unsentCorrectionsNote } from "./unsent-corrections.ts";
import { rosterNames, unmarkedCampaignNote } from "./unmarked-campaign-texts.ts";

const conversationKey = (request: OfficerRequest) => `officer:${request.message.channel}:${request.message.chatId}:${request.message.sender.id}`;

export interface CampaignFlowOptions {
  /** On the form's cancel, or the campaign it opened, a line naming another form of the chat left waiting (/tonghop sua, officer-service.ts). */
  setAsideNote?: (request: OfficerRequest) => Promise<string | undefined>;
}

export function createCampaignFlow(deps: OfficerDeps, options: CampaignFlowOptions = {}) {
  const { repos, timeZone } = deps;
  const openCampaignTemplate = loadOpenCampaignTemplate();
  // Each report type once, at its latest version: the campaign is opened on exactly that row.
  const reportTemplates = () => deps.catalog.current();

  /** Whether this officer is in the middle of opening a campaign in this chat. */
  const isActive = async (request: OfficerRequest): Promise<boolean> => {
    const stored = await repos.conversations.load(conversationKey(request));
    return !!stored && restoreState(stored.state, stored.stateVersion).state.phase !== "idle";
  };

  /** Steps the officer's flow with one input; creates the campaign when it is confirmed. */
  const continueFlow = async (request: OfficerRequest, input: UserInput): Promise<Delivery[]> => {
    const templates = await reportTemplates();
    const key = conversationKey(request);
    const stored = await repos.conversations.load(key);
    const state = stored ? restoreState(stored.state, stored.stateVersion).state : INITIAL_STATE;
    // The period question's hint names the deadline answered (period-hint.ts).
    const templateFor = (answers: ConversationState["answers"]) => withPeriodOfDeadline(withReportTypes(openCampaignTemplate, templates.map((t) => t.title)), answers, timeZone);
    // Plain "bỏ qua" where an answer is expected skips, as in a unit's report (stored, it would be the period).
    const today = localDateTime(new Date(request.now), timeZone).iso;
    // The deadline's day as officers write it ("hết ngày 28/12", "trước 17h ngày 28/12/2026"), read as giahan reads it.
    const stepWith = (template: Template) =>
      stepDeadlineDay(template, state, input, { timeZone, today }, new Date(request.now)) ??
      step(template, state, { message: typedInput(state.phase, input), unitName: "", timeZone }, new Date(request.now));
    let template = templateFor(state.answers);
    let result = stepWith(template);
    // A deadline typed with its hour goes straight on to the period question: asked with that deadline (the step is pure).
    if (result.state.answers[DEADLINE_DAY] !== state.answers[DEADLINE_DAY]) result = stepWith((template = templateFor(result.state.answers)));
    // Unit codes, the deadline's day and then its hour (deadline-hour-checks.ts) and the title are
    // checked as they are typed, not first at /nop: a wrong one changes nothing.
    const codes = savedAnswer(result.effects, "unit_codes");
    const listed = codes !== undefined && codes !== null ? await unitsOfCodes(repos, listTexts(codes)) : undefined;
    // Words in several units' names: those units named, as /tralai names them.
    const several = listed?.several[0] && severalUnitsText(listed.several[0]);
    if (several) return reply(request, say(several));
    if (listed && listed.missing.length > 0) return reply(request, say(vi.officer.unknownUnitCodes(listed.missing.join(", "), await knownCodes(repos, true))));
    // An office among them (one "Kính gửi" does not name): refused, the list not stored.
    const offices = listed ? await officesAmong(repos, listed.found, result.state.answers.issuer_name) : [];
    if (offices.length > 0) return reply(request, say(vi.officer.officeNotUnit(offices.map((unit) => unit.name).join(", "), await knownCodes(repos, true))));
    if (referenceDateInFuture(savedAnswer(result.effects, "reference_date"), request.now, timeZone)) return reply(request, say(`${vi.officer.referenceDateFuture} ${vi.officer.deadlineRetype}`));
    // A date where an office is asked (the deadline typed a question early): asked again, nothing stored.
    const office = OFFICE_FIELDS.map((id) => savedAnswer(result.effects, id)).find((typed) => typeof typed === "string" && isDateNotOffice(typed, today));
    if (typeof office === "string") return reply(request, say(`${vi.deadline.officeIsDate(office)} ${vi.deadline.officeRetype}`));
    // A deadline typed where the request's number is asked: asked again, nothing stored (reference-number.ts).
    const number = savedAnswer(result.effects, "reference_number");
    if (typeof number === "string" && isDateNotNumber(number, today)) return reply(request, say(vi.officer.referenceNumberIsDate(number)));
    const day = savedAnswer(result.effects, DEADLINE_DAY);
    const dayProblem = typeof day === "string" ? deadlineDayProblem(day, request.now, timeZone) : undefined;
    if (dayProblem) return reply(request, say(`${deadlineText(dayProblem)} ${vi.officer.deadlineRetype}`));
    // Today with an hour gone: said now with the time now, not first after the final "Có".
    const past = pastDeadlineMoment(result.state.answers, savedAnswer(result.effects, DEADLINE_HOUR), request.now, timeZone);
    if (past !== undefined) {
      const clock = formatMoment(request.now, timeZone);
      return reply(request, say(vi.officer.deadlineHourPast(formatMoment(past, timeZone), clock, clock.slice(0, 5), numberOfField(template, result.state.answers, DEADLINE_DAY), day !== undefined)));
    }
    // An hour at the period question is the deadline's, corrected: never stored as the period.
    const period = savedAnswer(result.effects, "period");
    if (typeof period === "string" && isBareHour(period)) return reply(request, say(vi.officer.periodIsHour(period, numberOfField(template, result.state.answers, DEADLINE_HOUR))));
    const title = savedAnswer(result.effects, "title");
    const taken = typeof title === "string" ? await campaignTitled(deps, title) : undefined;
    if (taken) return reply(request, say(vi.officer.titleTaken(taken.id, taken.status === "closed")));
    const submit = result.effects.find((e) => e.type === "submit");
    let nextState = result.state;
    // Cancelled: a /tonghop sua set aside by /dotbaocao is named again, or the cancel left it forgotten.
    const cancelled = state.phase === "confirm-cancel" && result.state.phase === "idle";
    const aside = cancelled ? await options.setAsideNote?.(request) : undefined;
    // At the confirmation, texts the units will receive as typed without marks: said before they go.
    const unmarked = result.state.phase === "confirm-submit" && state.phase !== "confirm-submit" ? unmarkedCampaignNote(template, result.state.answers, await rosterNames(deps.repos)) : undefined;
    const note = aside ?? unmarked;
    const replies = reply(request, ...(note === undefined ? result.replies : withLastLine(result.replies, note)));
    if (submit && submit.type === "submit") {
      const outcome = await openCampaign(deps, submit.answers, templates, chatActor(request), request.now);
      if ("refused" in outcome) {
        // Not created: back to the finished form so the officer can fix it (/sua) and confirm again.
        nextState = { ...result.state, phase: "complete", submittedVersion: 0 };
        const question = numberOfField(template, nextState.answers, outcome.refused.fieldId);
        return save(key, nextState, stored?.revision, request.now, [...reply(request, say(refusalText(outcome.refused, question)))]);
      }
      nextState = INITIAL_STATE;
      // Opened, as cancelled: the /tonghop sua set aside is named last, or the opening left it forgotten.
      const waiting = await options.setAsideNote?.(request);
      const notes = [...(outcome.issuerLeftOut ? [vi.officer.issuerLeftOut(outcome.issuerLeftOut)] : []), ...(outcome.unreached > 0 ? [vi.officer.unreached(outcome.unreached, outcome.unreachedUnits)] : []), ...(waiting === undefined ? [] : [waiting])];
      const opened = reply(request, say([vi.officer.campaignOpened(outcome.campaignId, outcome.title, outcome.units, outcome.chats, outcome.busy, outcome.busyLate), ...notes].join("\n")));
      return save(key, nextState, stored?.revision, request.now, [...replies, ...outcome.deliveries, ...opened]);
    }
    return save(key, nextState, stored?.revision, request.now, replies);
  };

  /**
   * /dotbaocao: "dong" closes the open campaign ("dong 2" when several are open); "them"/"bot" add
   * units to it or take them out (campaign-units.ts); otherwise the form starts or resumes. A new
   * form first names the campaigns still open: a second one runs beside them, it replaces none.
   */
  const command = async (request: OfficerRequest, argument: string): Promise<Delivery[]> => {
    const { word, rest } = splitArgument(argument);
    if (word === "close") {
      // Closing cannot be undone: it is asked first, as the web page asks, and done on "… chac".
      const confirmed = CLOSE_CONFIRMED.test(rest);
      // "dong 2" or "dong đợt 2"; with several open, a number is needed (the newest was closed before).
      const named = campaignNumberIn(rest.replace(CLOSE_CONFIRMED, ""));
      const number = named.number ?? (/^\d{1,9}$/.test(named.rest) ? Number(named.rest) : undefined);
      // Anything else after "dong" ("dợt 2", a title) is not taken for "the open one": closing is final.
      if (number === undefined && named.rest !== "") return reply(request, say(vi.officer.closeWhich(named.rest)));
      const choice = await chooseOpenCampaign(repos, number, "/dotbaocao dong N", timeZone);
      if ("refused" in choice) return reply(request, say(choice.refused));
      const open = choice.campaign;
      // Asked, the officer's "có" answers it (close-confirmation.ts); closed, no question waits.
      await rememberCloseQuestion(repos, request, confirmed ? null : open.id);
      if (!confirmed) return reply(request, say(await closeQuestion(deps, open, request.now)));
      const closed = await closeCampaign(deps, open, chatActor(request), request.now);
      if (!closed) return reply(request, say(vi.officer.noOpenCampaign));
      return [...closed.deliveries, ...reply(request, say(vi.officer.campaignClosed(open.title, open.latePolicy === "refuse" ? vi.officer.lateRefused : vi.officer.lateAccepted, await sameTitleNumber(repos, open))))];
    }
    if (word === "add" || word === "remove" || word === "bot" || word === "bo") return changeCampaignUnits(deps, request, word === "add" ? "add" : "remove", rest);
    // "giahan", or "gia hạn" in two words as it is written.
    if (word === "extend") return extendDeadline(deps, request, rest);
    if (word === "gia" && /^h[aạ]n(?:\s|$)/iu.test(rest)) return extendDeadline(deps, request, rest.replace(/^h[aạ]n\s*/iu, ""));
    // Any other word is a mistyped command, not a new campaign: the form ignored "giahan 25/12/2026".
    if (word !== "") return reply(request, say(vi.officer.campaignUsage));
    const stillOpen = (await isActive(request)) ? [] : await repos.officers.openCampaigns();
    const note = stillOpen.map((c) => vi.officer.openCampaignLine(c.id, c.title, formatMoment(c.deadlineAt, timeZone)));
    const form = await continueFlow(request, { kind: "command", command: "report", argument: "" });
    return note.length > 0 ? [...reply(request, say(vi.officer.campaignsStillOpen(note))), ...form] : form;
  };

  /** A yes or no to this officer's close question, answered as "/dotbaocao dong N chac" or left open; undefined when it is none. */
  const closeAnswer = async (request: OfficerRequest, text: string): Promise<Delivery[] | undefined> => {
    const answer = await takeCloseAnswer(repos, request, text);
    if (!answer) return undefined;
    return answer.yes ? command(request, `dong ${answer.campaignId} chac`) : reply(request, say(vi.officer.closeKept(answer.campaignId)));
  };

  const save = async (key: string, state: object, revision: number | undefined, now: number, deliveries: Delivery[]): Promise<Delivery[]> => {
    if (!(await repos.conversations.save(key, JSON.stringify(state), STATE_VERSION, revision, now))) throw new Error("officer conversation changed concurrently");
    return deliveries;
  };

  return { command, isActive, continueFlow, closeAnswer };
}

/** The chat's words for a refusal: what is wrong, and how to fix it in the conversation (`/sua question`). */
function refusalText(refusal: OpenRefusal, question: number): string {
  if (refusal.kind === "template-gone") return vi.officer.campaignTemplateGone(refusal.title);
  if (refusal.kind === "deadline") return `${deadlineText(refusal.problem)} ${vi.officer.deadlineFix(question, refusal.fieldId === DEADLINE_HOUR)}`;
  if (refusal.kind === "title-taken") return `${vi.officer.titleTaken(refusal.campaignId, refusal.closed)} ${vi.officer.fixAndSubmit(question)}`;
  if (refusal.kind === "no-units") return refusal.emptyRoster ? vi.officer.campaignEmptyRoster : `${vi.officer.campaignNoUnits} ${vi.officer.fixAndSubmit(question)}`;
  if (refusal.kind === "reference-date-future") return `${vi.officer.referenceDateFuture} ${vi.officer.fixAndSubmit(question)}`;
  if (refusal.kind === "office-is-date") return `${vi.deadline.officeIsDate(refusal.typed)} ${vi.officer.fixAndSubmit(question)}`;
  if (refusal.kind === "number-is-date") return `${vi.officer.referenceNumberNotDate(refusal.typed)} ${vi.officer.fixAndSubmit(question)}`;
  if (refusal.kind === "office-units") return vi.officer.campaignOfficeNotUnit(refusal.names.join(", "), question);
  return vi.officer.campaignUnknownUnits(refusal.codes.join(", "), question, refusal.known);
}

/** "chắc", "chac", "chắc chắn" ending "/dotbaocao dong [N]" (a full stop allowed): the officer has read what closing does. */
const CLOSE_CONFIRMED = /(?:^|\s+)ch[aắ]c(?:\s+ch[aắ]n)?[.!]*$/iu;

/** What closing does to this campaign's units, how many have not submitted, and how to confirm. */
async function closeQuestion(deps: OfficerDeps, campaign: CampaignRow, now: number): Promise<string> {
  const units = await deps.repos.officers.statusRows(campaign.id);
  const note = await unsentCorrectionsNote(deps, campaign, units);
  return vi.officer.closeConfirm(campaign.id, campaign.title, closeEffects(campaign, units, now, deps.timeZone), note);
}

const deadlineText = (problem: DeadlineProblem) => (problem === "past" ? vi.officer.deadlinePast : vi.officer.deadlineFar);

/** The answer this step saves for a question, if it saves one (null: skipped). */
function savedAnswer(effects: readonly Effect[], fieldId: string): AnswerValue | null | undefined {
  const saved = effects.find((e) => e.type === "save-answer" && e.fieldId === fieldId);
  return saved?.type === "save-answer" ? saved.value : undefined;
}

/** `line` added under the last text message: one reply, not a second message. */
function withLastLine(messages: OutboundMessage[], line: string): OutboundMessage[] {
  return messages.map((m, i) => (i === messages.length - 1 && m.kind === "text" ? { ...m, text: `${m.text}\n${line}` } : m));
}
