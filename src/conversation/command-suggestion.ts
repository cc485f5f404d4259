/**
 * The command a mistyped one most likely meant, for the "no such command" reply: "/bao cao" →
 * /baocao (a space typed inside it), "/nopp" → /nop, "/xme" → /xem, "/trang thai" → /trangthai.
 * Only the Vietnamese names are offered (what the help lists), and only one clear best match.
 */
import { VIETNAMESE_OFFICER_COMMANDS } from "../officers/officer-commands.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { VIETNAMESE_REPORT_COMMANDS } from "./user-input.ts";

/**
 * A unit's chat is offered the report's commands, /them and /trangthai; the officers' chat every
 * command. /them is offered here only: in VIETNAMESE_REPORT_COMMANDS it would also make "them"
 * typed alone as an answer a command (typed-words.ts).
 */
const REPORT = [...VIETNAMESE_REPORT_COMMANDS, "them"];
const KNOWN = { unit: [...REPORT, "trangthai"], officers: [...REPORT, ...VIETNAMESE_OFFICER_COMMANDS] };

/** `name`: what followed the slash; `argument`: the rest of the message. */
export function suggestedCommand(name: string, argument: string, chat: keyof typeof KNOWN = "unit"): string | undefined {
  const known = KNOWN[chat];
  const typed = foldVietnamese(name);
  // "/bao cao", "/quay lai": the command typed in two words.
  const joined = typed + foldVietnamese(argument.split(/\s+/)[0] ?? "");
  if (joined !== typed && known.includes(joined)) return joined;
  // One slip on a short name, two on a long one ("/trangthia", "/dotbaocoa").
  const allowed = typed.length <= 4 ? 1 : 2;
  const near = known.map((word) => ({ word, distance: editDistance(typed, word) })).filter((c) => c.distance <= allowed);
  const best = Math.min(...near.map((c) => c.distance));
  const closest = near.filter((c) => c.distance === best);
  return closest.length === 1 ? closest[0]!.word : undefined;
}

/** Letters inserted, removed, changed or two swapped (the optimal string alignment distance). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
