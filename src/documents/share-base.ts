/**
 * A share computed from only some of the campaign's units says of how many: "100% trường học … đã
 * tổ chức phát động Tuần lễ (tính trên 1/3 đơn vị có số liệu)." Without it the draft's share read as
 * the whole ward's, or (counted over every unit) the units still to report read as "no".
 */
import { vi } from "../sentences/vi.ts";

/** Of how many units a share is: those that answered its question, of the campaign's `total`. */
export interface ShareBase {
  answered: number;
  total: number;
}

/** The sentence with its base said before its closing stop; unchanged when every unit answered. */
export function withShareBase(sentence: string, base: ShareBase | undefined): string {
  if (!base || base.answered >= base.total) return sentence;
  const bracket = vi.consolidation.shareBase(base.answered, base.total);
  return sentence.replace(/\s*([.;:!?]*)\s*$/u, ` ${bracket}$1`);
}
