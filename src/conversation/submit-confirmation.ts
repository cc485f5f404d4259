/**
 * A reply to "nộp báo cáo?" (the confirmation /nop asks). A yes counts only where it is unambiguous:
 * "ok chị, em chưa nộp đâu" read as its first word, "ok", submitted the report, and so did "ok để em
 * xem đã": as at /huy's confirmation, a yes that goes on is asked again (plain-yes.ts). "nộp", "đồng ý",
 * "xác nhận" say yes too ("nộp" alone was asked again). In a group, a bare "ok" or "dạ" from a member
 * other than the one asked is casual (said to someone else in the chat): it submitted the report.
 */
import { parseYesNo } from "../templates/parse-yes-no.ts";
import { typedWithoutMarks } from "../vietnamese/fold-vietnamese.ts";
import { plainYes } from "./plain-yes.ts";

export type SubmitReply = { ok: true; value: boolean; explicit: boolean } | { ok: false };

/**
 * Words that put the submission off or doubt it: "chưa", "đừng", "khoan", "đợi", "xem lại". Read
 * with their marks (folded, "đúng" is "đừng", "cho" "chờ"); a text typed without any, folded.
 */
const HOLDS_BACK = /(?:^| )(?:chưa|đừng|khoan|đợi|chờ|từ từ|để sau|xem lại|kiểm tra lại|sửa|hủy|huỷ|thôi|không|ko|k)(?= |$)/u;
const HOLDS_BACK_UNMARKED = /(?:^| )(?:chua|khoan|doi|tu tu|de sau|xem lai|kiem tra lai|sua|huy|thoi|khong|ko|k)(?= |$)/;
/**
 * What the bot asked for, said: "có", "nộp", "đồng ý", "xác nhận", "1", "yes" (not "cô"). Not "c",
 * which a chat writes for "chị" ("c ơi", "ok c"), nor "co" among other words, which is "cô" as often
 * as "có" ("ok co"): said by another member, either submitted the report in the asker's place.
 */
const SAYS_SUBMIT = /(?:^| )(?:có|y|yes|1|nộp|đồng ý|xác nhận)(?= |$)/u;
const SAYS_SUBMIT_UNMARKED = /(?:^| )(?:y|yes|1|nop|dong y|xac nhan)(?= |$)|^co(?: a| nhe| nha)?$/;

/**
 * The submission called off in words: "hủy", "huỷ" (the other accent placement), "thôi hủy đi ạ".
 * Read as Không: it was no yes or no and asked the confirmation again. With its marks only: "huy"
 * is a colleague's name, called in the group.
 */
const CALLS_OFF = /^(?:(?:dạ|thôi|ạ|nhé|nha|đi|luôn) )*(?:hủy|huỷ)(?: (?:dạ|thôi|ạ|nhé|nha|đi|luôn))*$/u;

/** Beside the yes, the submission said again ("có, nộp luôn ạ", "đồng ý gửi báo cáo", "xác nhận"). */
const saysOnlyYes = plainYes(["nộp", "gửi", "lên", "phường", "đi", "luôn", "lại", "báo", "cáo", "bc", "đồng", "ý", "chắc", "chắn", "xác", "nhận"]);

export function readSubmitReply(text: string): SubmitReply {
  const words = text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();
  const unmarked = typedWithoutMarks(text);
  const answer = parseYesNo(text);
  if ((answer.ok && answer.value === false) || CALLS_OFF.test(words)) return { ok: true, value: false, explicit: true };
  if ((unmarked ? HOLDS_BACK_UNMARKED : HOLDS_BACK).test(words) || !saysOnlyYes(text)) return { ok: false };
  const explicit = (unmarked ? SAYS_SUBMIT_UNMARKED : SAYS_SUBMIT).test(words);
  if (answer.ok) return { ok: true, value: true, explicit };
  return explicit && words.length <= 60 ? { ok: true, value: true, explicit } : { ok: false };
}
