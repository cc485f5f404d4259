/**
 * Days named by words, counted on the calendar: the weekday "thứ 2".."thứ 7", "thứ hai".."thứ bảy"
 * or "chủ nhật" name, and today moved by some days. Shared by the readers of days gone by
 * (relative-day.ts, recent-weekday.ts) and of days ahead (coming-day.ts).
 */

/** Folded weekday words after "thứ", as getUTCDay counts their days (1 Monday … 6 Saturday). */
const WEEKDAY_WORDS: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };

/** The day of the week (0 Sunday … 6 Saturday) that "thứ" with `digitOrWord` ("6", "sau") names, or "chủ nhật" (`sunday`). */
export function namedWeekday(digitOrWord: string | undefined, sunday: boolean): number {
  if (sunday || digitOrWord === undefined) return 0;
  return WEEKDAY_WORDS[digitOrWord] ?? Number(digitOrWord) - 1;
}

/** `today` (ISO) moved by `days` (before it when negative), as ISO. */
export function isoDayFrom(today: string, days: number): string {
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
