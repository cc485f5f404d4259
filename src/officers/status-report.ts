/**
 * /status as text, pure: per campaign the counts (submitted, in progress, not started, overdue,
 * returned) and one line per unit with its state, progress k/n, who submitted and when; the late
 * ones first. Long output is split by the channel at its own length limit.
 */
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import type { Template } from "../templates/template-schema.ts";
import { formatMoment } from "../text/zoned-time.ts";
import { vi } from "../texts/vi.ts";

export interface StatusRow {
  code: string;
  name: string;
  status: "in_progress" | "submitted" | "returned" | null;
  submittedBy: string | null;
  submittedAt: number | null;
  isLate: boolean | null;
  state: string | null;
}

type Kind = "overdue" | "returned" | "not-started" | "in-progress" | "submitted";
/** Sort order: who needs chasing first. */
const RANK: Record<Kind, number> = { overdue: 0, returned: 1, "not-started": 2, "in-progress": 3, submitted: 4 };

/** Answered and applicable questions of a unit, from its stored conversation state. */
export function progressOf(template: Template, stateJson: string | null): { answered: number; total: number } {
  // Only the answers are read, so a full schema check per unit (thousands per /status) is skipped.
  let answers: Answers = {};
  if (stateJson) {
    const parsed = JSON.parse(stateJson) as { answers?: unknown };
    if (parsed.answers && typeof parsed.answers === "object") answers = parsed.answers as Answers;
  }
  const visible = visibleFields(template, answers);
  return { answered: visible.filter((p) => answers[p.field.id] !== undefined).length, total: visible.length };
}

export function unitStateText(template: Template, row: StatusRow, timeZone: string, overdue: boolean): { kind: Kind; text: string; answered: number } {
  const { answered, total } = progressOf(template, row.state);
  if (row.status === "submitted") {
    return { kind: "submitted", answered, text: vi.status.submitted(row.submittedBy ?? "", row.submittedAt ? formatMoment(row.submittedAt, timeZone) : "", row.isLate === true) };
  }
  if (row.status === "returned") return { kind: "returned", answered, text: vi.status.returned(answered, total) };
  const started = row.status === "in_progress" && answered > 0;
  const text = started ? vi.status.inProgress(answered, total) : vi.status.notStarted;
  if (overdue) return { kind: "overdue", answered, text: `${vi.status.overdue}, ${text}` };
  return { kind: started ? "in-progress" : "not-started", answered, text };
}

export function renderCampaignStatus(
  campaign: { title: string; deadlineAt: number },
  template: Template,
  rows: StatusRow[],
  now: number,
  timeZone: string,
): string {
  const isOverdue = now > campaign.deadlineAt;
  const units = rows.map((row) => ({ row, ...unitStateText(template, row, timeZone, isOverdue && row.status !== "submitted") }));
  const count = (kind: Kind) => units.filter((u) => u.kind === kind).length;
  units.sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.answered - b.answered || a.row.code.localeCompare(b.row.code));
  return [
    vi.status.header(campaign.title, formatMoment(campaign.deadlineAt, timeZone)),
    vi.status.counts(count("submitted"), count("in-progress"), count("not-started"), count("overdue"), count("returned")),
    "",
    ...units.map((u) => `${u.row.code} — ${u.row.name}: ${u.text}`),
  ].join("\n");
}
