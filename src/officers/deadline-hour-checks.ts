/**
 * The /dotbaocao form's checks around the deadline's hour, made as it is typed (campaign-flow.ts):
 * a day not past with an hour already gone ("hôm nay", then "3h sáng" at 05:55) was taken and refused
 * only after the final "Có"; and an hour typed next, meant to correct it, was stored as the period.
 */
import { parseTime } from "../templates/parse-time.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { zonedToEpoch } from "../vietnamese/zoned-time.ts";
import { DEADLINE_DAY, DEADLINE_HOUR } from "./typed-deadline.ts";

/** What makes a clock time an hour and not a figure: "17h", "17g", "17 giờ", "17:00", "5 chiều" ("2026" reads as 20:26). */
const HOUR_MARK = /\d\s*(?:h|g|gio|:)|(?:sang|trua|chieu|toi|dem)$/;

/**
 * The deadline's moment when this step stores its hour (at the hour question, or with the day at the
 * day question) and that moment is already past; undefined otherwise.
 */
export function pastDeadlineMoment(answers: Readonly<Record<string, unknown>>, savedHour: unknown, now: number, timeZone: string): number | undefined {
  const { [DEADLINE_DAY]: day, [DEADLINE_HOUR]: hour } = answers;
  if (typeof savedHour !== "string" || typeof day !== "string" || typeof hour !== "string") return undefined;
  const moment = zonedToEpoch(day, hour, timeZone);
  return moment <= now ? moment : undefined;
}

/** Whether an answer is a clock time alone ("17h", "17:00", "5 giờ chiều"): no period is only that. */
export function isBareHour(text: string): boolean {
  return parseTime(text).ok && HOUR_MARK.test(foldVietnamese(text.trim()));
}
