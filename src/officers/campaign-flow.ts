/**
 * Opening a campaign is itself a conversation on the same engine: the officer answers one question
 * at a time (template, title, reference document, deadline, period, units, late policy), reviews and
 * confirms; the campaign is then created and announced in every bound chat of its units.
 */
import { schoolYearPeriod } from "../documents/campaign-period.ts";
import { INITIAL_STATE, restoreState, STATE_VERSION } from "../conversation/conversation-state.ts";
import { step } from "../conversation/engine.ts";
import type { UserInput } from "../conversation/user-input.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { loadOpenCampaignTemplate, withReportTypes } from "../templates/built-in-templates.ts";
import { listTexts } from "../templates/list-items.ts";
import { formatShortDate } from "../vietnamese/vietnamese-dates.ts";
import { formatMoment, zonedToEpoch } from "../vietnamese/zoned-time.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { vi } from "../sentences/vi.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";

const conversationKey = (request: OfficerRequest) => `officer:${request.message.channel}:${request.message.chatId}:${request.message.sender.id}`;

export function createCampaignFlow(deps: OfficerDeps) {
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
    const template = withReportTypes(openCampaignTemplate, templates.map((t) => t.title));
    const key = conversationKey(request);
    const stored = await repos.conversations.load(key);
    const state = stored ? restoreState(stored.state, stored.stateVersion).state : INITIAL_STATE;
    const result = step(template, state, { message: input, unitName: "", timeZone }, new Date(request.now));
    const submit = result.effects.find((e) => e.type === "submit");
    let nextState = result.state;
    const replies = reply(request, ...result.replies);
    if (submit && submit.type === "submit") {
      const outcome = await createCampaign(request, submit.answers, templates);
      if (outcome.error) {
        // Not created: back to the finished form so the officer can fix it (/sua) and confirm again.
        nextState = { ...result.state, phase: "complete", submittedVersion: 0 };
        return save(key, nextState, stored?.revision, request.now, [...reply(request, say(outcome.error))]);
      }
      nextState = INITIAL_STATE;
      return save(key, nextState, stored?.revision, request.now, [...replies, ...outcome.deliveries]);
    }
    return save(key, nextState, stored?.revision, request.now, replies);
  };

  const save = async (key: string, state: object, revision: number | undefined, now: number, deliveries: Delivery[]): Promise<Delivery[]> => {
    if (!(await repos.conversations.save(key, JSON.stringify(state), STATE_VERSION, revision, now))) throw new Error("officer conversation changed concurrently");
    return deliveries;
  };

  const createCampaign = async (request: OfficerRequest, answers: Answers, templates: { id: number; title: string }[]): Promise<{ error?: string; deliveries: Delivery[] }> => {
    // By its title, which the catalog keeps unique; one removed or renamed meanwhile (/mau nap) is not replaced by another.
    const chosen = templates.find((t) => t.title === answers.template_title);
    if (!chosen) return { error: vi.officer.campaignTemplateGone(String(answers.template_title ?? "")), deliveries: [] };
    let unitIds: number[];
    if (answers.all_units === false) {
      const codes = listTexts(answers.unit_codes);
      const found = await repos.officers.unitsByCodes(codes);
      const missing = codes.filter((code) => !found.some((u) => u.code.toUpperCase() === code.toUpperCase()));
      if (missing.length > 0) return { error: vi.officer.campaignUnknownUnits(missing.join(", ")), deliveries: [] };
      unitIds = found.map((u) => u.id);
    } else unitIds = await repos.officers.allUnitIds();
    // The issuing office, when it is in the roster, consolidates the campaign rather than reporting in it.
    const issuerName = foldVietnamese(String(answers.issuer_name));
    const issuer = (await repos.directory.listUnits()).find((u) => foldVietnamese(u.name) === issuerName);
    if (issuer) unitIds = unitIds.filter((id) => id !== issuer.id);
    const reference = answers.reference_number
      ? `Công văn số ${answers.reference_number} ngày ${formatShortDate(String(answers.reference_date))} của ${answers.reference_issuer}`
      : "";
    const deadlineAt = zonedToEpoch(String(answers.deadline_date), String(answers.deadline_time), timeZone);
    const title = String(answers.title);
    await repos.directory.insertCampaign(
      {
        templateId: chosen.id,
        title,
        issuerName: String(answers.issuer_name),
        issuerUnitId: issuer?.id ?? null,
        referenceText: reference,
        deadlineAt,
        latePolicy: answers.late_policy === "Không nhận báo cáo muộn" ? "refuse" : "accept",
        // Stored even when skipped, so the documents keep the period the officer was told.
        period: typeof answers.period === "string" ? answers.period : schoolYearPeriod(deadlineAt, timeZone),
        // The schedule skips reminder steps that were past when the campaign opened.
        createdAt: request.now,
      },
      unitIds,
    );
    const chats = await repos.officers.unitChats(unitIds);
    const announcement = say(vi.officer.announce(title, formatMoment(deadlineAt, timeZone)));
    return {
      deliveries: [
        ...chats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message: announcement })),
        ...reply(request, say(vi.officer.campaignOpened(title, unitIds.length, chats.length))),
      ],
    };
  };

  return { isActive, continueFlow };
}
