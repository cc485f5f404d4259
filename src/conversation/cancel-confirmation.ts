/**
 * A reply to "hủy báo cáo?" (the confirmation /huy asks), which deletes every answer, or after a
 * submission every correction since: a yes counts only when it says nothing but yes (plain-yes.ts).
 * A no stays a no, however it goes on ("không, để em xem lại"). Pure.
 */
import type { ParsedAnswer } from "../templates/answer-parsers.ts";
import { parseYesNo } from "../templates/parse-yes-no.ts";
import { vi } from "../sentences/vi.ts";
import { plainYes } from "./plain-yes.ts";

/** Beside the yes, the cancellation said again ("có, hủy đi", "ok xóa luôn", "chắc chắn"). */
const saysOnlyYes = plainYes(["hủy", "huỷ", "xóa", "xoá", "đi", "luôn", "bỏ", "đồng", "ý", "chắc", "chắn", "xác", "nhận"]);

export function readCancelReply(text: string): ParsedAnswer {
  const answer = parseYesNo(text);
  if (!answer.ok || answer.value === false) return answer;
  return saysOnlyYes(text) ? answer : { ok: false, error: vi.parse.notYesNo };
}
