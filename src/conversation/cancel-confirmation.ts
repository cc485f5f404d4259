/**
 * A reply to "hủy báo cáo?" (the confirmation /huy asks), which deletes every answer, or after a
 * submission every correction since: a yes counts only when it says nothing but yes. "ok để em xem
 * đã" was read as its first word, "ok", and the report was cancelled; a sentence that goes on is
 * asked again. A no stays a no, however it goes on ("không, để em xem lại"). Pure.
 */
import type { ParsedAnswer } from "../templates/answer-parsers.ts";
import { parseYesNo } from "../templates/parse-yes-no.ts";
import { foldVietnamese, typedWithoutMarks } from "../vietnamese/fold-vietnamese.ts";
import { vi } from "../sentences/vi.ts";

/**
 * What may stand beside the yes: the yes itself and courtesy ("dạ có ạ", "ok chị"), whom it is said
 * to, and the cancellation said again ("có, hủy đi", "ok xóa luôn", "chắc chắn"). Compared
 * with the marks: folded, "đã" (in "để em xem đã") reads "dạ". A text typed without any mark, folded.
 */
const WITH_YES = [
  ...["có", "ok", "oke", "okie", "oki", "okay", "yes", "y", "c", "1", "đúng", "dạ", "vâng", "ừ", "ờ", "uh", "uk", "ừm", "um", "uhm", "rồi", "thưa"],
  ...["ạ", "nhé", "nha", "nhe", "ơi", "chị", "em", "anh", "cô", "thầy", "a", "e", "bạn", "mình"],
  ...["hủy", "huỷ", "xóa", "xoá", "đi", "luôn", "bỏ", "đồng", "ý", "chắc", "chắn", "xác", "nhận"],
];
const MARKED = new Set(WITH_YES);
// Without marks "da" may be "đã" ("ok da": wait a moment) as well as "dạ": asked again.
const FOLDED = new Set(WITH_YES.map(foldVietnamese).filter((word) => word !== "da"));

export function readCancelReply(text: string): ParsedAnswer {
  const answer = parseYesNo(text);
  if (!answer.ok || answer.value === false) return answer;
  const words = text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const allowed = typedWithoutMarks(text) ? FOLDED : MARKED;
  return words.every((word) => allowed.has(word)) ? answer : { ok: false, error: vi.parse.notYesNo };
}
