/**
 * Creating a campaign from the answers to the campaign questions (mo-dot-bao-cao.json), the same
 * from the chat's /dotbaocao conversation and from the web page's form: the same checks (the report
 * type still exists, opening-problems.ts), the issuing office left out of the units that
 * report, the announcement for every bound chat of its units, and a line in the activity log.
 * Runs inside the caller's transaction; a refusal writes nothing.
 */
import type { Actor } from "../db/activity-repository.ts";
import { schoolYearPeriod } from "../documents/campaign-period.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { listTexts } from "../templates/list-items.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { formatShortDate } from "../vietnamese/vietnamese-dates.ts";
import { formatMoment, zonedToEpoch } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { citedDocument } from "../documents/cited-document.ts";
import { type Delivery, type OfficerDeps, say } from "./officer-context.ts";
import { knownCodes, officeIds, unitsOfCodes } from "./unit-codes.ts";
import type { UnitRow } from "../db/schema.ts";
import { DEADLINE_DAY, DEADLINE_HOUR } from "./typed-deadline.ts";
import { openingProblems, type OpenRefusal } from "./opening-problems.ts";
import { numberToType } from "./reminders.ts";
import { reportsKeptOn } from "../conversation/reports-kept-on.ts";

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
  let unitIds: number[] = [];
  if (answers.all_units === false) {
    const { found, missing } = await unitsOfCodes(repos, listTexts(answers.unit_codes));
    if (missing.length > 0) return { refused: { kind: "unknown-units", fieldId: "unit_codes", codes: missing, known: await knownCodes(repos, true) } };
    unitIds = found.map((u) => u.id);
  }
  // The issuing office, when it is in the roster, consolidates the campaign rather than reporting in it.
  const issuerName = foldVietnamese(String(answers.issuer_name));
  // The roster, read here once for the issuer, "all units" and the units told nothing below (it was one read per unit).
  const roster = await repos.directory.listUnits();
  const issuer = roster.find((u) => foldVietnamese(u.name) === issuerName);
  if (answers.all_units !== false) unitIds = await reportingUnitIds(repos, roster);
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
  const keptBy = new Map(keptOn.map((kept) => [kept.unitId, say(vi.reportSwitch.announceKept(title, deadline, campaign.id, kept))]));
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

/**
 * "All units": every unit of the roster but an office (officeIds). A "Kính gửi" typed otherwise than
 * the roster spells it made the ward office a unit of its own campaign. Units the roster gives no
 * office above stay in.
 */
async function reportingUnitIds(repos: OfficerDeps["repos"], roster: readonly UnitRow[]): Promise<number[]> {
  const offices = await officeIds(repos, roster);
  return roster.filter((unit) => !offices.has(unit.id)).map((unit) => unit.id);
}
