/**
 * When a submitted version makes its report late. Lateness is the first submission's: a report sent
 * after the deadline, or after an early close, is late; a correction of it (asked for by an officer,
 * maybe long after the deadline) neither makes a report sent on time late nor clears the flag.
 */
import type { CampaignRow } from "../db/schema.ts";

export function submittedLate(campaign: Pick<CampaignRow, "status" | "deadlineAt">, version: number, now: number): boolean {
  return version === 1 && (campaign.status === "closed" || now > campaign.deadlineAt);
}

/** Whether one version of a report is shown as late: the first, when its submission was. */
export function versionShownLate(version: number, submissionLate: boolean | null | undefined): boolean {
  return version === 1 && submissionLate === true;
}
