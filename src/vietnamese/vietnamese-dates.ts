/**
 * Dates as Vietnamese offices write them. Accepts 15/10/2026, 15-10-2026, 15.10.2026, 15/10/26,
 * "(ngày) 15 tháng 10 năm 2026" and 2026-10-15; stores ISO "2026-10-15"; prints "15/10/2026" in
 * chats and the decree's "ngày 05 tháng 01 năm 2026" in documents (day < 10 and months 1, 2 padded).
 */
import { foldVietnamese } from "./fold-vietnamese.ts";

/**
 * A date read, or why not: a day and month without the year ("2/10") when there is no today to take
 * it from, or a day the month has not ("31/9/2026"). `yearGuessed`: the year was not typed.
 */
export type DateReading =
  | { ok: true; iso: string; yearGuessed?: true }
  | { ok: false; reason: "no-year" }
  | { ok: false; reason: "no-such-day"; month: number; year: number; days: number }
  | { ok: false; reason: "not-a-date" }
  /** "3/10/2026 lúc khai mạc": a date among other words. */
  | { ok: false; reason: "words-around" }
  /** "thứ 5 ngày 2/10/2026": the date is a Friday; which of the two is wrong is not guessed. */
  | { ok: false; reason: "wrong-weekday"; weekday: number };

/** "thứ 6", "thứ sáu", "T6", "chủ nhật", "CN" before a date, folded: the day of the week it names (0 Sunday). */
const WEEKDAY = /^(?:(?:thu\s*|t)([2-7]|hai|bay|ba|tu|nam|sau)|(chu\s+nhat|cn))\s*,?\s*(?:ngay\s+)?/;
/** The same after the date, "02/10/2026 (thứ 6)", "2/10/2026, thứ sáu": moved before it. */
const WEEKDAY_AFTER = /^(.*\d)\s*,?\s*((?:thu\s*|t)(?:[2-7]|hai|bay|ba|tu|nam|sau)|chu\s+nhat|cn)$/;
/**
 * Folded words before a date that say nothing of it: "hôm", "khai mạc", "tổ chức vào", "sáng"; a
 * yes before them ("có, khai mạc sáng 5/10" typed where the date is asked, its yes answered already).
 */
const LEAD_WORDS = /^(?:(?:da |vang )?co\s*,?\s+)?(?:(?:hom|khai mac|to chuc|dien ra|duoc to chuc|vao|buoi|sang|trua|chieu|toi)\s+)+/;
const WEEKDAY_WORDS: Record<string, number> = { hai: 2, ba: 3, tu: 4, nam: 5, sau: 6, bay: 7 };

/**
 * `today` (ISO): a day and month typed without the year ("3/10") take the year that puts them
 * nearest to it, a report being about the weeks around it ("28/12" typed on 5 January is last
 * year's). Without it they are refused.
 */
export function readVietnameseDate(input: string, today?: string): DateReading {
  // "mùng 2/10/2026", "mồng 2 tháng 10 năm 2026": the days 1 to 10 said the usual way.
  // Brackets around either part ("Thứ sáu (02/10/2026)") and a leading "hôm" say nothing more.
  // So do the words that say what happened that day, or when in it: "khai mạc ngày …", "sáng thứ 7 ngày …".
  const plain = foldVietnamese(input).replace(/[()]/g, " ").replace(/\s+/g, " ").trim().replace(LEAD_WORDS, "");
  const after = WEEKDAY_AFTER.exec(plain);
  const folded = after ? `${after[2]} ${after[1]}` : plain;
  const weekday = WEEKDAY.exec(folded);
  // "Thứ" numbers the days from Monday, 2, to Saturday, 7.
  const named = weekday && (weekday[2] ? 0 : (WEEKDAY_WORDS[weekday[1]!] ?? Number(weekday[1])) - 1);
  const text = folded.slice(weekday?.[0].length ?? 0).replace(/^(?:ngay\s+)?(?:mung|mong)\s+(?=\d)/, "");
  const numeric = /^(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(text);
  const worded = /^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:,\s*)?nam\s+(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const yearless = /^(?:ngay\s+)?(\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(\d{1,2})$/.exec(text);
  const parts = numeric ? [numeric[1], numeric[2], numeric[3]] : worded ? [worded[1], worded[2], worded[3]] : iso ? [iso[3], iso[2], iso[1]] : undefined;
  if (!parts && !(yearless && today)) return yearless ? { ok: false, reason: "no-year" } : { ok: false, reason: /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/.test(text) ? "words-around" : "not-a-date" };
  const [day, month] = parts ? [Number(parts[0]), Number(parts[1])] : [Number(yearless![1]), Number(yearless![2])];
  // "26" is 2026: a report is about this century.
  const year = !parts ? nearestYear(day, month, today!) : parts[2]!.length === 2 ? 2000 + Number(parts[2]) : Number(parts[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return { ok: false, reason: "not-a-date" };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return { ok: false, reason: "no-such-day", month, year, days };
  if (named !== null && named !== new Date(Date.UTC(year, month - 1, day)).getUTCDay()) return { ok: false, reason: "wrong-weekday", weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}`, ...(parts ? {} : { yearGuessed: true as const }) };
}

/** Of today's year and the years either side, the one whose day and month lie nearest to today. */
function nearestYear(day: number, month: number, today: string): number {
  const [year, todayMonth, todayDay] = today.split("-").map(Number) as [number, number, number];
  const from = Date.UTC(year, todayMonth - 1, todayDay);
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, Math.min(day, 28)) - from);
  return [year - 1, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best), year);
}

/** "2026-10-05" → "05/10/2026". */
export function formatShortDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

/** "2026-01-05" → "ngày 05 tháng 01 năm 2026"; "2026-06-15" → "ngày 15 tháng 6 năm 2026" (NĐ 30). */
export function formatDecreeDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const monthText = month <= 2 ? pad(month) : String(month);
  return `ngày ${pad(day)} tháng ${monthText} năm ${year}`;
}

/** The calendar date and time of an instant in a time zone, e.g. Asia/Ho_Chi_Minh. */
export function localDateTime(at: Date, timeZone: string): Readonly<{ iso: string; time: string }> {
  const ms = at.getTime();
  // Every answer asks for today's date: formatToParts costs 10-20 µs, 2.4% of an answer's CPU in
  // the load bench's profile. Its result holds for the whole minute (zone offsets have been whole
  // minutes for decades; older instants are not cached).
  if (!(ms >= CACHED_SINCE)) return formatLocal(at, timeZone);
  const key = `${timeZone}\u0000${Math.floor(ms / 60_000)}`;
  let local = recent.get(key);
  if (!local) {
    if (recent.size >= RECENT_MAX) recent.clear();
    local = Object.freeze(formatLocal(at, timeZone));
    recent.set(key, local);
  }
  return local;
}

/** 2000-01-01 UTC. */
const CACHED_SINCE = 946_684_800_000;
/** Minutes remembered; /status formats thousands of different deadlines, an answer the current one. */
const RECENT_MAX = 256;
const recent = new Map<string, Readonly<{ iso: string; time: string }>>();

function formatLocal(at: Date, timeZone: string): { iso: string; time: string } {
  const parts = formatterFor(timeZone).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { iso: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}

/** Building an Intl formatter costs far more than using one: /status formats thousands of times. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
