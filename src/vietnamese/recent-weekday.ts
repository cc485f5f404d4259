/**
 * "thứ 7 vừa rồi", "chủ nhật vừa qua", "sáng thứ bảy vừa rồi": the last such weekday before `today`
 * (ISO, the campaign's calendar day). Only with "vừa rồi"/"vừa qua": "thứ 7 tuần trước" may mean
 * either of two Saturdays, and is not read.
 */
import { foldVietnamese } from "./fold-vietnamese.ts";
import { isoDayFrom, namedWeekday } from "./weekday-days.ts";

/** A time of day before the words ("sáng", "chiều"), folded: the day is the same. */
export const TIME_OF_DAY = /^(?:(?:buoi\s+)?(?:sang|trua|chieu|toi)\s+)?/;
const RECENT = /^(?:(?:thu\s*|t)([2-7]|hai|ba|tu|nam|sau|bay)|(chu\s+nhat|cn))\s+vua\s+(?:roi|qua)(?:[\s,]+(?:a|nhe|nha|chi|anh|em))*$/;

export function readRecentWeekday(text: string, today: string): { iso: string; words: string } | undefined {
  const typed = text.trim().replace(/[.!]+$/, "").trim();
  const match = RECENT.exec(foldVietnamese(typed).replace(TIME_OF_DAY, ""));
  if (!match || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return undefined;
  const weekday = namedWeekday(match[1], match[2] !== undefined);
  const back = (new Date(`${today}T00:00:00Z`).getUTCDay() - weekday + 7) % 7 || 7;
  return { iso: isoDayFrom(today, -back), words: typed };
}
