/**
 * An answer that only says there is nothing ("Không có.", "Không có ý kiến", "Chưa có đề xuất"):
 * kept as typed by the chat, since a report does print it, but as a sentence of its own, never as
 * an item under a lead ("… trân trọng đề nghị:" over "- Không có.") nor as a unit's line in the
 * ward's list ("- Trường A: Không có.").
 */
import { saysNone } from "../templates/says-none.ts";

/** "không có / chưa có", with what there is none of, as clerks write it; short, or it is a sentence of substance. */
const NOTHING = /^(?:không|chưa)\s+có(?:\s+(?:ý\s+kiến|đề\s+xuất|kiến\s+nghị|gì)(?:[\s,]+(?:đề\s+xuất|kiến\s+nghị|gì))*)?(?:\s+ạ)?$/iu;
const LONGEST = 40;

export function saysNothing(text: string): boolean {
  const bare = text.normalize("NFC").trim().replace(/[.!;]+$/u, "").trim();
  return bare.length <= LONGEST && (NOTHING.test(bare) || saysNone(bare));
}

/** A list whose every line says only that: one sentence stands for it. */
export function listSaysNothing(lines: readonly string[]): boolean {
  return lines.length > 0 && lines.every(saysNothing);
}
