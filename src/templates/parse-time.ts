/** A time question's answer: a clock time as typed in Vietnamese → "HH:mm". */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { vi } from "../sentences/vi.ts";
import type { ParsedAnswer } from "./answer-parsers.ts";

/** "17:00", "17h", "17h30", "17g30", "8 giờ", "5h chiều", "8 giờ tối" → "HH:mm" (24-hour clock). */
export function parseTime(text: string): ParsedAnswer {
  const match = /^(\d{1,2})\s*(?:[:h.]|gio|g)?\s*(\d{2})?\s*(?:phut)?\s*(sang|trua|chieu|toi|dem)?$/.exec(foldVietnamese(text.trim()));
  const typed = Number(match?.[1]);
  const hours = match ? hourOfDay(typed, match[3]) : undefined;
  const minutes = Number(match?.[2] ?? 0);
  if (hours === undefined || hours > 23 || minutes > 59) return { ok: false, error: vi.parse.notATime };
  return { ok: true, value: `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}` };
}

/**
 * The hour a clock time with its part of the day means: "5h chiều" 17, "1h trưa" 13, "9h đêm" 21,
 * "17h chiều" 17 as said. Undefined where it is no time or could be two: "17h sáng", "12h tối" (noon
 * or midnight?).
 */
function hourOfDay(typed: number, part: string | undefined): number | undefined {
  switch (part) {
    case undefined:
      return typed;
    case "sang":
      return typed <= 12 ? typed : undefined;
    case "trua":
      return typed >= 10 && typed <= 12 ? typed : typed >= 1 && typed <= 2 ? typed + 12 : typed >= 13 && typed <= 14 ? typed : undefined;
    case "chieu":
      return typed >= 1 && typed <= 11 ? typed + 12 : typed >= 12 && typed <= 23 ? typed : undefined;
    default:
      // tối, đêm: 6-11 in the evening; "1h đêm" is 01:00; 12 is refused.
      return typed >= 6 && typed <= 11 ? typed + 12 : typed >= 18 && typed <= 23 ? typed : part === "dem" && typed <= 4 ? typed : undefined;
  }
}
