/**
 * A day ahead named by words, as officers write a deadline: "thứ 6 tuần sau", "thu 6 tuan sau",
 * "T6 tuần sau", "chủ nhật tuần này", "thứ 2" (the next Monday), "ngày mai". Counted from `today`
 * (the app's clock in Việt Nam, as "hôm nay" is: relative-day.ts), never the machine's own date.
 * Only a deadline reads them: at a report's date question "thứ 2" is as likely last Monday.
 */
import { foldVietnamese } from "./fold-vietnamese.ts";
import { isoDayFrom, namedWeekday } from "./weekday-days.ts";

/**
 * "thứ 2".."thứ 7", "thứ2", "T6", "T.6"; "thứ hai".."thứ bảy" ("thứ bẩy" folds so too); "chủ nhật",
 * "CN"; then "tuần này", "tuần sau", "tuần tới", or "này"/"sau"/"tới" alone. An optional "ngày" or
 * "vào" before ("vào thứ 6 tuần sau").
 */
const WEEKDAY = /^(?:(?:ngay|vao)\s+)*(?:(?:thu|t)\s*\.?\s*([2-7])|thu\s+(hai|ba|tu|nam|sau|bay)|(chu\s*nhat|cn))(?:\s+(?:tuan\s+)?(nay|sau|toi))?$/;

/** Days after today named without a weekday. Not "mai" alone: "/dotbaocao giahan mai" is no command's day. */
const DAYS_AFTER: Record<string, number> = { "ngay mai": 1, "ngay kia": 2, "ngay mot": 2 };

/** A closing "ạ", "nhé", "nha" or mark: "thứ 6 tuần sau nhé". */
const CLOSING = /(?:[\s,]+(?:a|nhe|nha))+$/;

/** `today` (ISO): the day counted from. The ISO day and the words as typed, or undefined. */
export function readComingDay(text: string, today: string): { iso: string; words: string } | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) return undefined;
  const words = text.trim().replace(/[.!]+$/, "").trim();
  const folded = foldVietnamese(words).replace(CLOSING, "");
  const after = DAYS_AFTER[folded] ?? weekdayDaysAfter(folded, new Date(`${today}T00:00:00Z`).getUTCDay());
  if (after === undefined) return undefined;
  return { iso: isoDayFrom(today, after), words };
}

/**
 * How many days after today (`todayDay`, 0 Sunday) the weekday words name. A Vietnamese week runs
 * from thứ 2 to chủ nhật: "tuần này" is this week's day (today itself, or a day past that the deadline
 * question then refuses as past), "tuần sau"/"tuần tới" the next week's; a weekday alone, or with
 * "tới"/"sau" but no "tuần", is the next such day, today excluded (today is "hôm nay").
 */
function weekdayDaysAfter(folded: string, todayDay: number): number | undefined {
  const match = WEEKDAY.exec(folded);
  if (!match) return undefined;
  const [, digit, word, sunday, week] = match;
  const target = namedWeekday(digit ?? word, sunday !== undefined);
  // Places in the Vietnamese week: thứ 2 is 0, chủ nhật 6.
  const place = (day: number) => (day + 6) % 7;
  const inWeek = place(target) - place(todayDay);
  const hasWeek = /\btuan\b/.test(folded);
  if (week === "nay") return inWeek;
  if ((week === "sau" || week === "toi") && hasWeek) return inWeek + 7;
  return (target - todayDay + 7) % 7 || 7;
}
