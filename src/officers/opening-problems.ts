/**
 * What refuses a new campaign's answers, read alone: its title taken by a campaign units still
 * report to, a request document dated after today, an office or a number named by a date, a deadline past or
 * more than a year away, unknown unit codes, an office among the units. Asked by the chat's /dotbaocao one question at a time
 * (campaign-flow.ts), by the web form all together, and once more as the campaign opens
 * (open-campaign.ts).
 */
import type { CampaignRow } from "../db/schema.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { listTexts } from "../templates/list-items.ts";
import { localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { zonedToEpoch } from "../vietnamese/zoned-time.ts";
import type { OfficerDeps } from "./officer-context.ts";
import { knownCodes, officesAmong, unitsOfCodes } from "./unit-codes.ts";
import { isDateNotOffice } from "./office-name.ts";
import { isDateNotNumber } from "./reference-number.ts";
import { DEADLINE_DAY, DEADLINE_HOUR } from "./typed-deadline.ts";
import { takesLateNow } from "../conversation/closed-campaign.ts";
import { isSameTitle } from "./same-title.ts";

/** Why a campaign was not opened, with the question it is about (each side words it its own way). */
export type OpenRefusal =
  | { kind: "template-gone"; fieldId: "template_title"; title: string }
  | { kind: "unknown-units"; fieldId: "unit_codes"; codes: string[]; known: string }
  /** Offices typed among the units (unit-codes.ts officesAmong), by name. */
  | { kind: "office-units"; fieldId: "unit_codes"; names: string[] }
  | { kind: "deadline"; fieldId: typeof DEADLINE_DAY | typeof DEADLINE_HOUR; problem: DeadlineProblem }
  /** `closed`: the campaign of that title is closed, still taking late reports. */
  | { kind: "title-taken"; fieldId: "title"; campaignId: number; closed: boolean }
  | { kind: "no-units"; fieldId: "unit_codes" | "all_units"; emptyRoster: boolean }
  /** The document the campaign answers is dated after today: a mistyped day or year. */
  | { kind: "reference-date-future"; fieldId: "reference_date" }
  /** A date where an office's name is asked (office-name.ts), as typed. */
  | { kind: "office-is-date"; fieldId: OfficeField; typed: string }
  /** A date or an hour where the request's number and sign is asked (reference-number.ts), as typed. */
  | { kind: "number-is-date"; fieldId: "reference_number"; typed: string };

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
  const today = localDateTime(new Date(now), timeZone).iso;
  for (const fieldId of OFFICE_FIELDS) {
    const typed = answers[fieldId];
    if (typeof typed === "string" && isDateNotOffice(typed, today)) problems.push({ kind: "office-is-date", fieldId, typed });
  }
  const number = answers.reference_number;
  if (typeof number === "string" && isDateNotNumber(number, today)) problems.push({ kind: "number-is-date", fieldId: "reference_number", typed: number });
  const { [DEADLINE_DAY]: date, [DEADLINE_HOUR]: time } = answers;
  const problem = typeof date === "string" && typeof time === "string" ? deadlineProblem(zonedToEpoch(date, time, timeZone), now) : undefined;
  // The hour unread (the web form's "abc"): a day before today is past whatever the hour, so it is
  // said now, not a round after the hour is fixed.
  if (typeof date === "string" && typeof time !== "string" && deadlineDayProblem(date, now, timeZone) === "past") {
    problems.push({ kind: "deadline", fieldId: DEADLINE_DAY, problem: "past" });
  }
  if (problem) {
    // Today's date with an hour already gone: the hour is what to change, not the day.
    const dayPassed = deadlineDayProblem(String(date), now, timeZone) === "past";
    problems.push({ kind: "deadline", fieldId: problem === "past" && !dayPassed ? DEADLINE_HOUR : DEADLINE_DAY, problem });
  }
  // The units typed: unknown codes said beside the form's other problems, not a round after them.
  if (answers.all_units === false && answers.unit_codes !== undefined && answers.unit_codes !== null) {
    const { found, missing } = await unitsOfCodes(deps.repos, listTexts(answers.unit_codes));
    if (missing.length > 0) problems.push({ kind: "unknown-units", fieldId: "unit_codes", codes: missing, known: await knownCodes(deps.repos, true) });
    const offices = await officesAmong(deps.repos, found, answers.issuer_name);
    if (offices.length > 0) problems.push({ kind: "office-units", fieldId: "unit_codes", names: offices.map((unit) => unit.name) });
  }
  return problems;
}
