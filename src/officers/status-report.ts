/**
 * /status as text, pure: per campaign the counts (submitted, in progress, not started, overdue,
 * returned) and one line per unit with its state, progress k/n, who submitted and when; the late
 * ones first. A long list stays out of the chat: the message shows the first units, the whole list
 * goes out as a spreadsheet (status-sheet.ts).
 */
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { questionsToCome } from "../templates/questions-to-come.ts";
import type { Template } from "../templates/template-schema.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { refusesLateNow } from "../conversation/closed-campaign.ts";

export interface StatusRow {
  code: string;
  name: string;
  status: "in_progress" | "submitted" | "returned" | null;
  submittedBy: string | null;
  submittedAt: number | null;
  isLate: boolean | null;
  /** Why an officer returned it, while it is returned. */
  returnComment?: string | null;
  /** The unit's current answers (report-answers.ts): JSON text from SQLite, an object from PostgreSQL. */
  currentAnswers: string | Record<string, unknown> | null;
}

/** "not-submitted": a campaign closed refusing late reports, the unit's report neither submitted nor returned (so never to come). */
type Kind = "overdue" | "returned" | "not-started" | "in-progress" | "not-submitted" | "submitted";
/** Sort order: who needs chasing first ("not-submitted" is never in a campaign with "not-started"). */
const RANK: Record<Kind, number> = { overdue: 0, returned: 1, "not-started": 2, "not-submitted": 2, "in-progress": 3, submitted: 4 };

/** A status row's current answers (JSON text on SQLite, an object on PostgreSQL; none yet: empty). */
export function answersOfRow(currentAnswers: StatusRow["currentAnswers"]): Answers {
  const parsed: unknown = typeof currentAnswers === "string" ? JSON.parse(currentAnswers) : currentAnswers;
  return (parsed && typeof parsed === "object" ? parsed : {}) as Answers;
}

/** Answered and applicable questions of a unit, from its current answers (StatusRow.currentAnswers). */
export function progressOf(template: Template, currentAnswers: StatusRow["currentAnswers"]): { answered: number; total: number } {
  const answers = answersOfRow(currentAnswers);
  const visible = visibleFields(template, answers);
  // The total a unit's chat says ("Câu k/n"): questions its answers may still show are counted.
  return { answered: visible.filter((p) => answers[p.field.id] !== undefined).length, total: questionsToCome(template, answers) };
}

/**
 * A submitted report's lateness as said beside `deadlineAt`, the deadline shown: "after-close" when
 * it is late yet came before that deadline (after an early close). The chat and the web say it alike.
 */
export function lateOf(row: Pick<StatusRow, "isLate" | "submittedAt">, deadlineAt: number | undefined): boolean | "after-close" {
  return row.isLate === true && deadlineAt !== undefined && row.submittedAt !== null && row.submittedAt <= deadlineAt ? "after-close" : row.isLate === true;
}

/**
 * `deadlineAt`: the deadline shown beside it. A report is late against the deadline in force when
 * it came (an extension clears the flag of those sent before the new one), or for coming after an
 * early close: then before the deadline shown, and said so.
 */
export function unitStateText(template: Template, row: StatusRow, timeZone: string, overdue: boolean, deadlineAt?: number): { kind: Kind; text: string; answered: number } {
  const { answered, total } = progressOf(template, row.currentAnswers);
  if (row.status === "submitted") {
    const late = lateOf(row, deadlineAt);
    return { kind: "submitted", answered, text: vi.status.submitted(row.submittedBy ?? "", row.submittedAt ? formatMoment(row.submittedAt, timeZone) : "", late) };
  }
  if (row.status === "returned") return { kind: "returned", answered, text: vi.status.returned(answered, total) };
  // Opened (/baocao) with nothing answered yet is under way, not "chưa bắt đầu", as if never opened.
  const started = row.status === "in_progress";
  const text = !started ? vi.status.notStarted : answered > 0 ? vi.status.inProgress(answered, total) : vi.status.openedNoAnswer;
  if (overdue) return { kind: "overdue", answered, text: `${vi.status.overdue}, ${text}` };
  return { kind: started ? "in-progress" : "not-started", answered, text };
}

/** Unit lines a /status message lists at most: a few messages on any platform, the rest in the sheet. */
export const STATUS_LINES_IN_CHAT = 40;

export interface UnitStatus<R extends StatusRow = StatusRow> {
  row: R;
  kind: Kind;
  text: string;
  answered: number;
}

/** What the status of a campaign needs of it; without status and policy it is read as open. */
export interface StatusCampaign {
  deadlineAt: number;
  status?: "open" | "closed";
  latePolicy?: string;
}

/**
 * Every unit's state, who needs chasing first, and the counts per state. Closed refusing late
 * reports, a unit not in did not submit: neither "in progress" nor "not started" any more (an
 * officer read them as still coming). A returned report is still taken there, so it stays returned.
 */
export function campaignStatus<R extends StatusRow>(campaign: StatusCampaign, template: Template, rows: R[], now: number, timeZone: string) {
  const isOverdue = now > campaign.deadlineAt;
  const sealed = refusesLateNow(campaign);
  const stateOf = (row: R): Omit<UnitStatus<R>, "row"> => {
    if (!sealed || row.status === "submitted" || row.status === "returned") return unitStateText(template, row, timeZone, isOverdue && row.status !== "submitted", campaign.deadlineAt);
    const { answered, total } = progressOf(template, row.currentAnswers);
    return { kind: "not-submitted", answered, text: vi.status.notSubmitted(answered, total) };
  };
  const units: UnitStatus<R>[] = rows.map((row) => ({ row, ...stateOf(row) }));
  units.sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.answered - b.answered || a.row.code.localeCompare(b.row.code));
  const count = (kind: Kind) => units.filter((u) => u.kind === kind).length;
  const counts = { submitted: count("submitted"), inProgress: count("in-progress"), notStarted: count("not-started"), overdue: count("overdue"), returned: count("returned"), notSubmitted: count("not-submitted") };
  return { units, counts };
}

/**
 * /status as a chat message: the counts, then the units, late ones first, at most
 * STATUS_LINES_IN_CHAT of them; `truncated` says the full list must go out as a sheet.
 */
export function renderCampaignStatus(
  campaign: { id: number; title: string; deadlineAt: number; status: "open" | "closed"; latePolicy: string },
  template: Template,
  rows: StatusRow[],
  now: number,
  timeZone: string,
): { text: string; truncated: boolean } {
  const { units, counts } = campaignStatus(campaign, template, rows, now, timeZone);
  const shown = units.slice(0, STATUS_LINES_IN_CHAT);
  const hidden = units.length - shown.length;
  const text = [
    vi.status.header(campaign.id, campaign.title, formatMoment(campaign.deadlineAt, timeZone), refusesLateNow(campaign) ? "refusing" : campaign.status === "closed"),
    vi.status.counts(counts, refusesLateNow(campaign)),
    "",
    ...shown.map((u) => `${u.row.code} — ${u.row.name}: ${u.text}`),
    ...(hidden > 0 ? [vi.status.more(hidden)] : []),
  ].join("\n");
  return { text, truncated: hidden > 0 };
}
