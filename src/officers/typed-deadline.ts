/**
 * A campaign's new deadline as officers type it, the same in the chat ("/dotbaocao giahan 2 đến ngày
 * 30-12-2026 lúc 16h30") and in the web page's two fields: the day read as a report's date answers
 * are (30/12/2026, 30-12-2026, 30.12.2026, "30 tháng 12 năm 2026"; "30/12" is the next 30 December),
 * the hour as a time question's ("16:00", "16h30", "16g30", "4h chiều"). Each side had a
 * reader of its own, and the page took less than the chat.
 */
import { parseTime } from "../templates/parse-time.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { readVietnameseDate } from "../vietnamese/vietnamese-dates.ts";

/** `iso`: the day (yyyy-mm-dd); `time`: its hour (hh:mm), absent when not typed (the deadline's own is kept). */
export type TypedDeadline = { iso: string; time?: string };

/** "đến", "tới" before the day say nothing more. */
const UNTIL = /^(?:den|toi)\s+/;
/** "lúc" before the hour: where the day ends. */
const AT = /\s+luc\s+/;

/** The web page's two fields: a day, and an hour that may be left empty. */
export function readDeadlineFields(date: string, time: string, today: string): TypedDeadline | undefined {
  const day = readVietnameseDate(foldVietnamese(date).trim().replace(UNTIL, ""), today);
  if (!day.ok) return undefined;
  // A deadline is ahead: "1/5" typed in October is next May's (a report's date, the nearest one's).
  const iso = day.yearGuessed && day.iso < today ? `${Number(day.iso.slice(0, 4)) + 1}${day.iso.slice(4)}` : day.iso;
  if (time.trim() === "") return { iso };
  const hour = parseTime(foldVietnamese(time).trim().replace(/^luc\s+/, ""));
  return hour.ok ? { iso, time: String(hour.value) } : undefined;
}

/**
 * The chat's one line, "[N] day [hour]": the campaign's number, when it leads, is returned with
 * what follows read as the deadline. The day alone is tried first ("15 tháng 12 năm 2026" starts
 * with a number too), then the hour split off at "lúc" or at each space from the end.
 */
export function readDeadlineLine(line: string, today: string): (TypedDeadline & { number?: number }) | undefined {
  const read = (text: string) => {
    const folded = foldVietnamese(text).trim().replace(UNTIL, "");
    const at = AT.exec(folded);
    if (at) return readDeadlineFields(folded.slice(0, at.index), folded.slice(at.index + at[0].length), today);
    const words = folded.split(/\s+/);
    for (let cut = words.length; cut >= 1; cut--) {
      const typed = readDeadlineFields(words.slice(0, cut).join(" "), words.slice(cut).join(" "), today);
      if (typed) return typed;
    }
    return undefined;
  };
  const whole = read(line);
  if (whole) return whole;
  const numbered = /^(\d{1,9})\s+(.+)$/s.exec(line.trim());
  const rest = numbered ? read(numbered[2]!) : undefined;
  return rest ? { ...rest, number: Number(numbered![1]) } : undefined;
}
