/**
 * "hôm nay", "hôm qua", "nay" typed where a date is asked: the day they name, counted from `today`
 * (the app's clock, in the campaign's time zone, never the machine's own date). Refused before as
 * no date ("Ngày không hợp lệ"), though a clerk reporting the same day says it so.
 */
import { foldVietnamese } from "./fold-vietnamese.ts";
import { localDateTime } from "./vietnamese-dates.ts";
import { isoDayFrom } from "./weekday-days.ts";

/**
 * Today as a clerk's chat shows it: the app clock's day in the campaign's time zone (Việt Nam).
 * Until 07:00 there the UTC day is still yesterday: "hôm nay" typed at 06:30 was read as the day before.
 */
export function clerkToday(now: Date | number, timeZone: string): string {
  return localDateTime(new Date(now), timeZone).iso;
}

/**
 * The words, folded, with how many days before today they name. Not "qua" alone (folded, "quá" too)
 * nor "ngày nay" ("nowadays"): no day is named.
 */
const DAYS_BEFORE: Record<string, number> = {
  "hom nay": 0,
  nay: 0,
  "ngay hom nay": 0,
  "hom qua": 1,
  "ngay hom qua": 1,
  // Last night: "tối qua", "đêm qua" ("tôi qua" folds so too, but names no day where a date is read).
  "toi qua": 1,
  "dem qua": 1,
  "hom kia": 2,
};

/** A closing "ạ", "nhé", "chị", "rồi" or mark after the words: "hôm nay ạ", "hôm qua nhé", "hôm qua rồi". */
const CLOSING = /(?:[\s,]+(?:a|nhe|nha|chi|anh|em|luon|roi))+$/;

/** `today` (ISO): the day the words count from. The ISO day and the words as typed, or undefined. */
export function readRelativeDay(text: string, today: string): { iso: string; words: string } | undefined {
  const typed = text.trim().replace(/[.!]+$/, "").trim();
  const folded = foldVietnamese(typed).replace(CLOSING, "");
  const before = DAYS_BEFORE[folded];
  if (before === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return undefined;
  return { iso: isoDayFrom(today, -before), words: typed };
}

/** How many days before today the words name ("hôm qua ạ": 1), whatever today is; undefined for no such words. */
export function daysBeforeToday(text: string): number | undefined {
  return DAYS_BEFORE[foldVietnamese(text.trim().replace(/[.!]+$/, "").trim()).replace(CLOSING, "")];
}
