/**
 * A unit's report after the deadline, or after a close that still takes late reports. Starting or
 * resuming it there, the unit is told once that it will be recorded as late (it heard so only after
 * its /nop). And "trường em nộp muộn được không", "nộp muộn có được không ạ" is answered by the
 * campaign's policy; it got no useful reply, and where an answer was expected it was stored as one.
 * A closed campaign refusing late reports never reaches here: report-to-work-on.ts says so.
 */
import type { CampaignRow } from "../db/schema.ts";
import { submittedLate } from "../officers/lateness.ts";
import { vi } from "../sentences/vi.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { foldVietnamese, typedWithoutMarks } from "../vietnamese/fold-vietnamese.ts";
import type { ConversationState } from "./conversation-state.ts";
import type { UserInput } from "./user-input.ts";

/** Longer than this it is a report's text that happens to hold the words, not a question. */
const MAX_LENGTH = 120;
/** Handing in late: "nộp muộn", "gửi báo cáo trễ", "nhận bc sau hạn", or "quá hạn" then "nộp". */
const LATE = /(?:nộp|gửi|nhận)(?:\s+(?:báo cáo|bc|bài|bản))?\s+(?:muộn|trễ|chậm|sau hạn|quá hạn|trễ hạn)(?=[\s,.!?]|$)|(?:quá hạn|trễ hạn|hết hạn)(?=[\s,.!?]).*(?:nộp|gửi|nhận)/u;
/** Asked, not stated: "… được không", "… có sao không", "… muộn không ạ", or a question mark. */
const ASKS = /(?:được|đc|dc|sao|nộp|nhận|muộn|trễ|nữa)\s+(?:ạ\s+)?(?:không|ko|k|hông|chứ|nhỉ)(?=[\s,.!?]|$)|\?/u;
/** The same typed without marks: "muon" alone is also "muốn", so only right after "nop", "gui", "nhan". */
const LATE_UNMARKED = /\b(?:nop|gui|nhan)(?: (?:bao cao|bc|bai|ban))? (?:muon|tre|cham|sau han|qua han|tre han)\b|\b(?:qua han|tre han|het han)\b.*\b(?:nop|gui|nhan)\b/;
const ASKS_UNMARKED = /\b(?:duoc|dc|sao|nop|nhan|muon|tre|nua) (?:a )?(?:khong|ko|k|hong|chu|nhi)\b|\?/;

/** Whether the text asks whether the report may come late (any answer "Kết quả: nộp muộn 2 bài" is no question). */
export function asksAboutLate(text: string): boolean {
  if (text.length > MAX_LENGTH) return false;
  const typed = text.normalize("NFC").toLowerCase().replace(/\s+/g, " ");
  if (!typedWithoutMarks(typed)) return LATE.test(typed) && ASKS.test(typed);
  const folded = foldVietnamese(typed);
  return LATE_UNMARKED.test(folded) && ASKS_UNMARKED.test(folded);
}

/** The answer to it, by where the campaign stands: its deadline, whether it passed, the policy once closed. */
export function lateAnswer(campaign: CampaignRow, returned: boolean, submittedBefore: boolean, now: number, timeZone: string): string {
  if (returned) return vi.report.lateAsked.returned;
  // A correction of a report submitted before: it was said to be taken late, and it is not (lateness.ts).
  if (submittedBefore) return vi.report.lateAsked.corrected;
  if (campaign.status === "closed") return vi.report.lateAsked.afterClose(campaign.title);
  const deadline = formatMoment(campaign.deadlineAt, timeZone);
  const refusesLate = campaign.latePolicy === "refuse";
  return now > campaign.deadlineAt ? vi.report.lateAsked.afterDeadline(campaign.title, deadline, refusesLate) : vi.report.lateAsked.beforeDeadline(campaign.title, deadline, refusesLate);
}

export interface LateStart {
  campaign: CampaignRow;
  /** The report is returned for correction: a correction is never late (lateness.ts). */
  returned: boolean;
  input: UserInput;
  before: ConversationState;
  after: ConversationState;
  now: number;
  timeZone: string;
}

/**
 * The note when the message starts or resumes a report that will be late: /baocao (the report
 * started, resumed, or last year's offered), or a first Word file. Not at each answer, nor at the
 * offer's answer right after /baocao said it; not for a report submitted before (a correction).
 */
export function lateStartNote({ campaign, returned, input, before, after, now, timeZone }: LateStart): string | undefined {
  if (returned || before.submittedVersion > 0 || after.phase === "submitted" || !submittedLate(campaign, 1, now)) return undefined;
  const asked = input.kind === "command" && input.command === "report";
  const startedOtherwise = before.phase === "idle" && !before.lastYearOffer && after.phase !== "idle";
  if (!asked && !startedOtherwise) return undefined;
  return vi.report.lateStart(campaign.status === "closed" ? undefined : formatMoment(campaign.deadlineAt, timeZone));
}
