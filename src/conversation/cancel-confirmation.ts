/**
 * A reply to "hủy báo cáo?" (the confirmation /huy asks), which deletes every answer, or after a
 * submission every correction since: a yes counts only when it says nothing but yes. "ok để em xem
 * đã" was read as its first word, "ok", and the report was cancelled; a sentence that goes on is
 * asked again. A no stays a no, however it goes on ("không, để em xem lại"). Pure.
 */
import type { ParsedAnswer } from "../templates/answer-parsers.ts";
import { COURTESY_WORDS, parseYesNo } from "../templates/parse-yes-no.ts";
import { everyWordIn } from "../vietnamese/every-word-in.ts";
import { vi } from "../sentences/vi.ts";

/**
 * What may stand beside the yes: the yes itself and courtesy ("dạ có ạ", "ok chị"), whom it is said
 * to, and the cancellation said again ("có, hủy đi", "ok xóa luôn", "chắc chắn"). Compared
 * with the marks: folded, "đã" (in "để em xem đã") reads "dạ". A text typed without any mark, folded.
 */
const WITH_YES = [
  ...["có", "ok", "oke", "okie", "oki", "okay", "yes", "y", "c", "1", "đúng"],
  ...COURTESY_WORDS,
  ...["chị", "em", "anh", "cô", "thầy", "a", "e", "bạn", "mình"],
  ...["hủy", "huỷ", "xóa", "xoá", "đi", "luôn", "bỏ", "đồng", "ý", "chắc", "chắn", "xác", "nhận"],
];
// Without marks "da" may be "đã" ("ok da": wait a moment) as well as "dạ": asked again.
const onlyYes = everyWordIn(WITH_YES, { notFolded: ["da"] });

export function readCancelReply(text: string): ParsedAnswer {
  const answer = parseYesNo(text);
  if (!answer.ok || answer.value === false) return answer;
  return onlyYes(text) ? answer : { ok: false, error: vi.parse.notYesNo };
}
