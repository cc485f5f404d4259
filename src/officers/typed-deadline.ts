/**
 * A deadline as officers type it, read by one reader wherever one is typed: the chat's "/dotbaocao
 * giahan", the deadline question of /dotbaocao, and the web page's deadline boxes (new campaign,
 * extension). The day is read as a report's date answers are (30/12/2026, 30-12-2026, "ngày 30 tháng
 * 12 năm 2026"; "30/12" is the next 30 December not past), the hour as a time question's ("16:00",
 * "16h30", "4h chiều"), with the words around them that officers write: "đến hết ngày 28/12/2026",
 * "hết ngày 28/12" (the day's last minute), "trước 17h ngày 28/12/2026", "đến ngày … lúc 16h30".
 * A day ahead by its words too ("thứ 6 tuần sau", "ngày mai": coming-day.ts), counted from `today`.
 */
import { parseTime } from "../templates/parse-time.ts";
import { readComingDay } from "../vietnamese/coming-day.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { readVietnameseDate } from "../vietnamese/vietnamese-dates.ts";

/**
 * `iso`: the day (yyyy-mm-dd); `time`: its hour (hh:mm), absent when none was typed (the caller
 * keeps or asks one); `endOfDay`: the hour is END_OF_DAY because "hết ngày" was typed; `yearGuessed`:
 * the year was not typed; `named`: words named the day ("thứ 6 tuần sau"), not a date. Each is said
 * back to the officer.
 */
export type TypedDeadline = { iso: string; time?: string; endOfDay?: true; yearGuessed?: true; named?: true };

/** What was read, or which box (the day's or the hour's) could not be. */
export type DeadlineReading = { ok: true; deadline: TypedDeadline } | { ok: false; field: "date" | "time" };

/**
 * The ids of the deadline's two questions, the day's and the hour's, in /dotbaocao's template
 * (templates/officer/mo-dot-bao-cao.json), which the web form asks too: both read the day with this
 * reader, and an hour typed with it answers the hour question.
 */
export const DEADLINE_DAY = "deadline_date";
export const DEADLINE_HOUR = "deadline_time";

/** "Đến hết ngày 28/12": until the day is over, so its last minute (a deadline is kept to the minute). */
export const END_OF_DAY = "23:59";

/** Folded words before a deadline that say nothing more: "hạn", "hạn mới là", "hạn nộp:", "đến", "tới". */
const LEAD = /^(?:han(?:\s+(?:moi|nop))?\s*(?:la\s*)?:?\s*)?(?:(?:den|toi)\s+)?/;
/** "hết ngày", "hết": the end of the day that follows, a date or a weekday ("hết thứ 6 tuần sau"). */
const END = /^het\s+(?:ngay\s+(?!mai\b|kia\b))?(?=\d|thu\b|t\s*\.?\s*\d|chu\s*nhat|cn\b|ngay\s+(?:mai|kia)\b)/;
/** "lúc" before the hour: where the day ends. */
const AT = /\s*,?\s+luc\s+/;
/** "trước 17h ngày …", "17h ngày …": the hour before the day; "trước" says it is the limit. */
const BEFORE = /^(?:truoc|luc)\s+/;
/** What makes a leading number an hour: "17h", "17g30", "17:00", "17 giờ". */
const HOUR_MARK = /\d\s*(?:h|g|gio|:)/;

/** The web page's two boxes: a day, and an hour that may be left empty. */
export function readDeadlineFields(date: string, time: string, today: string): DeadlineReading {
  const day = readDeadlineText(date, today);
  if (!day) return { ok: false, field: "date" };
  if (time.trim() === "") return { ok: true, deadline: day };
  const hour = parseTime(foldVietnamese(time).trim().replace(/^(?:luc|truoc)\s+/, ""));
  // The hour box says the hour, whatever the day's box said with it.
  return hour.ok ? { ok: true, deadline: { iso: day.iso, time: String(hour.value), ...(day.yearGuessed ? { yearGuessed: true as const } : {}) } } : { ok: false, field: "time" };
}

/**
 * One text holding a day and maybe its hour, in either order. The day alone is tried first ("15
 * tháng 12 năm 2026" ends with numbers too), then the hour split off at "lúc" or at each space from
 * the end, then an hour leading ("trước 17h ngày 28/12").
 */
export function readDeadlineText(text: string, today: string): TypedDeadline | undefined {
  let folded = foldVietnamese(text).trim().replace(LEAD, "");
  const endOfDay = END.test(folded);
  if (endOfDay) folded = folded.replace(END, "");
  const at = AT.exec(folded);
  const found = at ? dayAndHour(folded.slice(0, at.index), folded.slice(at.index + at[0].length), today) : dayThenHour(folded, today) ?? hourThenDay(folded, today);
  if (!found) return undefined;
  return endOfDay && !found.time ? { ...found, time: END_OF_DAY, endOfDay: true } : found;
}

/**
 * The chat's one line, "[N] deadline": the campaign's number, when it leads, is returned with what
 * follows read as the deadline ("/dotbaocao giahan 2 đến hết ngày 28/12").
 */
export function readDeadlineLine(line: string, today: string): (TypedDeadline & { number?: number }) | undefined {
  const whole = readDeadlineText(line, today);
  if (whole) return whole;
  const numbered = /^(?:dot\s+)?(\d{1,9})\s*,?\s+(.+)$/s.exec(foldVietnamese(line).trim());
  const rest = numbered ? readDeadlineText(numbered[2]!, today) : undefined;
  return rest ? { ...rest, number: Number(numbered![1]) } : undefined;
}

function dayThenHour(folded: string, today: string): TypedDeadline | undefined {
  const words = folded.split(/\s+/);
  for (let cut = words.length; cut >= 1; cut--) {
    const found = dayAndHour(words.slice(0, cut).join(" "), words.slice(cut).join(" "), today);
    if (found) return found;
  }
  return undefined;
}

function hourThenDay(folded: string, today: string): TypedDeadline | undefined {
  const before = BEFORE.test(folded);
  const words = folded.replace(BEFORE, "").split(/\s+/);
  // "17h", "17 giờ", "5h chiều", "17 giờ 30": a few words at most.
  for (let cut = 1; cut <= Math.min(4, words.length - 1); cut++) {
    const hour = words.slice(0, cut).join(" ").replace(/,$/, "");
    // A bare number leading is the campaign's ("giahan 2 28/12"), unless "trước" or "lúc" makes it an hour.
    if (!before && !HOUR_MARK.test(hour)) continue;
    const found = dayAndHour(words.slice(cut).join(" ").replace(/^,\s*/, ""), hour, today);
    if (found?.time) return found;
  }
  return undefined;
}

/** A day, and an hour when `hour` is not empty; undefined when either cannot be read. */
function dayAndHour(day: string, hour: string, today: string): TypedDeadline | undefined {
  const iso = readDay(day, today);
  if (!iso) return undefined;
  if (hour.trim() === "") return iso;
  const time = parseTime(hour.trim());
  return time.ok ? { ...iso, time: String(time.value) } : undefined;
}

/** A day typed without its year is the next one not past: "1/5" typed in October is next May's. */
function readDay(text: string, today: string): TypedDeadline | undefined {
  const coming = readComingDay(text, today);
  if (coming) return { iso: coming.iso, named: true };
  const day = readVietnameseDate(text, today);
  if (!day.ok) return undefined;
  if (!day.yearGuessed) return { iso: day.iso };
  if (day.iso >= today) return { iso: day.iso, yearGuessed: true };
  // Read again with next year typed, so a day that year has not (29/02) is refused as typed.
  const [year, month, date] = day.iso.split("-");
  const next = readVietnameseDate(`${date}/${month}/${Number(year) + 1}`);
  return next.ok ? { iso: next.iso, yearGuessed: true } : undefined;
}
