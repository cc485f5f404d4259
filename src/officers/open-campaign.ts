/**
 * Creating a campaign from the answers to the campaign questions (mo-dot-bao-cao.json), the same
 * from the chat's /dotbaocao conversation and from the web page's form: the same checks (the report
 * type still exists, every unit code is known), the issuing office left out of the units that
 * report, the announcement for every bound chat of its units, and a line in the activity log.
 * Runs inside the caller's transaction; a refusal writes nothing.
 */
import type { Actor } from "../db/activity-repository.ts";
import type { CampaignRow } from "../db/schema.ts";
import { schoolYearPeriod } from "../documents/campaign-period.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { listTexts } from "../templates/list-items.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { formatShortDate, localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { formatMoment, zonedToEpoch } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { citedDocument } from "../documents/cited-document.ts";
import { type Delivery, type OfficerDeps, say } from "./officer-context.ts";
import { knownCodes, unitsOfCodes } from "./unit-codes.ts";
import { isDateNotOffice } from "./office-name.ts";
import { DEADLINE_DAY, DEADLINE_HOUR } from "./typed-deadline.ts";
import { numberToType } from "./reminders.ts";
import { reportsKeptOn } from "../conversation/reports-kept-on.ts";
import { takesLateNow } from "../conversation/closed-campaign.ts";
import { isSameTitle } from "./same-title.ts";

/** Why a campaign was not opened, with the question it is about (each side words it its own way). */
export type OpenRefusal =
  | { kind: "template-gone"; fieldId: "template_title"; title: string }
  | { kind: "unknown-units"; fieldId: "unit_codes"; codes: string[]; known: string }
  | { kind: "deadline"; fieldId: typeof DEADLINE_DAY | typeof DEADLINE_HOUR; problem: DeadlineProblem }
  /** `closed`: the campaign of that title is closed, still taking late reports. */
  | { kind: "title-taken"; fieldId: "title"; campaignId: number; closed: boolean }
  | { kind: "no-units"; fieldId: "unit_codes" | "all_units"; emptyRoster: boolean }
  /** The document the campaign answers is dated after today: a mistyped day or year. */
  | { kind: "reference-date-future"; fieldId: "reference_date" }
  /** A date where an office's name is asked (office-name.ts), as typed. */
  | { kind: "office-is-date"; fieldId: OfficeField; typed: string };

/** The questions that name an office: the recipient ("Kính gửi") and the request's issuer. */
export const OFFICE_FIELDS = ["issuer_name", "reference_issuer"] as const;
export type OfficeField = (typeof OFFICE_FIELDS)[number];

/** A deadline already past (every unit would be late from the start), or more than a year away (a mistyped year). */
export type DeadlineProblem = "past" | "far";
const FAR_DEADLINE_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * A campaign of the same title (case and diacritics aside) that units may still report to: an open
 * one, or one closed still taking late reports. Two would read alike in every unit's chat and in
 * the officers' commands that take a title (/xuat, /tonghop). An open one first.
 */
export async function campaignTitled(deps: OfficerDeps, title: string): Promise<CampaignRow | undefined> {
  const alike = (await deps.repos.directory.listCampaigns()).filter((c) => isSameTitle(c.title, title));
  return alike.find((c) => c.status === "open") ?? alike.find(takesLateNow);
}

export function deadlineProblem(deadlineAt: number, now: number): DeadlineProblem | undefined {
  return deadlineAt <= now ? "past" : deadlineAt - now > FAR_DEADLINE_MS ? "far" : undefined;
}

/** A request document dated after today (`date` as ISO, in the campaign's time zone): a mistyped day or year. */
export function referenceDateInFuture(date: unknown, now: number, timeZone: string): boolean {
  return typeof date === "string" && date > localDateTime(new Date(now), timeZone).iso;
}

/** The deadline's day alone (`date` as ISO), at its last minute: what is wrong with it whatever the hour. */
export function deadlineDayProblem(date: string, now: number, timeZone: string): DeadlineProblem | undefined {
  return deadlineProblem(zonedToEpoch(date, "23:59", timeZone), now);
}

/**
 * What refuses a campaign's answers, each read alone: its title taken by an open campaign, a request
 * document dated after today, a deadline past or more than a year away. All of them, so that the
 * web form says them together (the chat's /dotbaocao meets them one question at a time).
 */
export async function openingProblems(deps: OfficerDeps, answers: Answers, now: number): Promise<OpenRefusal[]> {
  const { timeZone } = deps;
  const problems: OpenRefusal[] = [];
  // Each check only where its answers were read (the web form asks them also beside a form's other errors).
  const taken = typeof answers.title === "string" ? await campaignTitled(deps, answers.title) : undefined;
  if (taken) problems.push({ kind: "title-taken", fieldId: "title", campaignId: taken.id, closed: taken.status === "closed" });
  if (referenceDateInFuture(answers.reference_date, now, timeZone)) problems.push({ kind: "reference-date-future", fieldId: "reference_date" });
  for (const fieldId of OFFICE_FIELDS) {
    const typed = answers[fieldId];
    if (typeof typed === "string" && isDateNotOffice(typed, localDateTime(new Date(now), timeZone).iso)) problems.push({ kind: "office-is-date", fieldId, typed });
  }
  const { [DEADLINE_DAY]: date, [DEADLINE_HOUR]: time } = answers;
  const problem = typeof date === "string" && typeof time === "string" ? deadlineProblem(zonedToEpoch(date, time, timeZone), now) : undefined;
  if (problem) {
    // Today's date with an hour already gone: the hour is what to change, not the day.
    const dayPassed = deadlineDayProblem(String(date), now, timeZone) === "past";
    problems.push({ kind: "deadline", fieldId: problem === "past" && !dayPassed ? DEADLINE_HOUR : DEADLINE_DAY, problem });
  }
  // The units typed: unknown codes said beside the form's other problems, not a round after them.
  if (answers.all_units === false && answers.unit_codes !== undefined && answers.unit_codes !== null) {
    const { missing } = await unitsOfCodes(deps.repos, listTexts(answers.unit_codes));
    if (missing.length > 0) problems.push({ kind: "unknown-units", fieldId: "unit_codes", codes: missing, known: await knownCodes(deps.repos, true) });
  }
  return problems;
}

/**
 * `busy`: units with a report in progress in another open campaign, which they finish first;
 * `busyLate`: those whose chat stays on a draft of a closed campaign still taking it (late, or returned).
 */
export type OpenOutcome =
  | { refused: OpenRefusal }
  | {
      campaignId: number;
      title: string;
      units: number;
      chats: number;
      unreached: number;
      /** Those units' codes and names ("MN-HS — Trường Mầm non Hoa Sen"), for the chat's reply. */
      unreachedUnits: string[];
      issuerLeftOut: string | undefined;
      busy: number;
      busyLate: number;
      deliveries: Delivery[];
    };

export async function openCampaign(
  deps: OfficerDeps,
  answers: Answers,
  templates: { id: number; title: string }[],
  actor: Actor,
  now: number,
): Promise<OpenOutcome> {
  const { repos, timeZone } = deps;
  // By its title, which the catalog keeps unique; one removed or renamed meanwhile (/mau nap) is not replaced by another.
  const chosen = templates.find((t) => t.title === answers.template_title);
  if (!chosen) return { refused: { kind: "template-gone", fieldId: "template_title", title: String(answers.template_title ?? "") } };
  const [first] = await openingProblems(deps, answers, now);
  if (first) return { refused: first };
  const deadlineAt = zonedToEpoch(String(answers[DEADLINE_DAY]), String(answers[DEADLINE_HOUR]), timeZone);
  let unitIds: number[];
  if (answers.all_units === false) {
    const { found, missing } = await unitsOfCodes(repos, listTexts(answers.unit_codes));
    if (missing.length > 0) return { refused: { kind: "unknown-units", fieldId: "unit_codes", codes: missing, known: await knownCodes(repos, true) } };
    unitIds = found.map((u) => u.id);
  } else unitIds = await repos.officers.allUnitIds();
  // The issuing office, when it is in the roster, consolidates the campaign rather than reporting in it.
  const issuerName = foldVietnamese(String(answers.issuer_name));
  // The roster is read once: it also names the units told nothing below (it was one read per unit).
  const roster = await repos.directory.listUnits();
  const issuer = roster.find((u) => foldVietnamese(u.name) === issuerName);
  // Typed among the units, it is left out, and the officer told why.
  const issuerLeftOut = issuer && unitIds.includes(issuer.id) && answers.all_units === false ? issuer.name : undefined;
  if (issuer) unitIds = unitIds.filter((id) => id !== issuer.id);
  // Only the issuer typed, or no unit (but the issuer) in the roster at all: a campaign nobody reports in.
  if (unitIds.length === 0) {
    const emptyRoster = (await repos.officers.allUnitIds()).every((id) => id === issuer?.id);
    return { refused: { kind: "no-units", fieldId: answers.all_units === false && !emptyRoster ? "unit_codes" : "all_units", emptyRoster } };
  }
  const reference = answers.reference_number
    ? vi.officer.referenceText(citedDocument(String(answers.reference_number)), formatShortDate(String(answers.reference_date)), String(answers.reference_issuer))
    : "";
  const title = String(answers.title);
  // Which report each unit's chat is on, read before the new campaign could come first.
  const keptOn = await reportsKeptOn(deps, unitIds, now);
  const campaign = await repos.directory.insertCampaign(
    {
      templateId: chosen.id,
      title,
      // The roster's spelling when it is the roster's unit: typed "ubnd phuong nam trieu", it was
      // printed so after "Kính gửi:" in every unit's document.
      issuerName: issuer?.name ?? String(answers.issuer_name),
      issuerUnitId: issuer?.id ?? null,
      referenceText: reference,
      deadlineAt,
      latePolicy: answers.late_policy === "Không nhận báo cáo muộn" ? "refuse" : "accept",
      // Stored even when skipped, so the documents keep the period the officer was told.
      period: typeof answers.period === "string" ? answers.period : schoolYearPeriod(deadlineAt, timeZone),
      // The schedule skips reminder steps that were past when the campaign opened.
      createdAt: now,
    },
    unitIds,
  );
  await repos.activity.record(campaign.id, actor, "opened", String(unitIds.length), now);
  const chats = await repos.officers.unitChats(unitIds);
  const deadline = formatMoment(deadlineAt, timeZone);
  const announcement = say(vi.officer.announce(title, deadline, await numberToType(deps, campaign)));
  // A correction under way keeps its chat as a draft does; both are told how to reach the new report.
  for (const kept of keptOn) if (kept.pin) await repos.campaignChoice.choose(kept.unitId, kept.campaign.id, now);
  const keptBy = new Map(keptOn.map((kept) => [kept.unitId, say(vi.reportSwitch.announceKept(title, deadline, campaign.id, kept.campaign.title, kept.correcting))]));
  const reached = new Set(chats.map((chat) => chat.unitId));
  const unreachedIds = unitIds.filter((id) => !reached.has(id));
  const byId = new Map(roster.map((unit) => [unit.id, unit]));
  const unreachedUnits = unreachedIds.flatMap((id) => {
    const unit = byId.get(id);
    return unit ? [`${unit.code} — ${unit.name}`] : [];
  });
  return {
    campaignId: campaign.id,
    title,
    units: unitIds.length,
    chats: chats.length,
    /** Units with no active chat: not told, until a chat of theirs is bound. */
    unreached: unreachedIds.length,
    unreachedUnits,
    issuerLeftOut,
    // A closed campaign's draft kept was counted as of a campaign "còn mở": said apart, as it is.
    busy: (await repos.submissions.unitsBusyElsewhere(campaign.id)) + keptOn.filter((kept) => kept.pin && kept.campaign.status === "open").length,
    busyLate: keptOn.filter((kept) => kept.pin && kept.campaign.status !== "open").length,
    deliveries: chats.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message: keptBy.get(chat.unitId!) ?? announcement })),
  };
}
