/**
 * A reply to "hủy báo cáo?" (the confirmation /huy asks), which deletes every answer, or after a
 * submission every correction since: a yes counts only when it says nothing but yes (plain-yes.ts).
 * A no stays a no, however it goes on ("không, để em xem lại"). The question's own word is a yes
 * too: "hủy", "huỷ", "hủy đi" (the question says "Trả lời Có để hủy"; each was met with the whole
 * question again, as if not heard). Only written with its mark: "huy" is also a colleague's name,
 * called in the group, and this yes deletes every answer. Pure.
 */
import type { ParsedAnswer } from "../templates/answer-parsers.ts";
import { parseYesNo } from "../templates/parse-yes-no.ts";
import { vi } from "../sentences/vi.ts";
import { wordsOf } from "../vietnamese/every-word-in.ts";
import { plainYes } from "./plain-yes.ts";

/** Beside the yes, the cancellation said again ("có, hủy đi", "ok xóa luôn", "chắc chắn"). */
const saysOnlyYes = plainYes(["hủy", "huỷ", "xóa", "xoá", "đi", "luôn", "bỏ", "đồng", "ý", "chắc", "chắn", "xác", "nhận"]);

/** The question's word, with its mark (either spelling of the tone's place). */
const CANCEL_WORD = new Set(["hủy", "huỷ"]);

export function readCancelReply(text: string): ParsedAnswer {
  const answer = parseYesNo(text);
  // "hủy", "hủy đi", "dạ hủy luôn ạ": the question's word, nothing but it and courtesy beside it.
  // Asked back ("hủy?", "hủy ạ?"), it is someone's question in the group, not the yes that deletes.
  if (!answer.ok && !text.includes("?") && wordsOf(text).some((word) => CANCEL_WORD.has(word)) && saysOnlyYes(text)) return { ok: true, value: true };
  if (!answer.ok || answer.value === false) return answer;
  return saysOnlyYes(text) ? answer : { ok: false, error: vi.parse.notYesNo };
}
