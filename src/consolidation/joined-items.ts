/**
 * A unit's items joined into one line of the ward's report ("Trường A: Tổ chức Hội sách; treo băng
 * rôn", "Tuyên truyền: treo 12 băng rôn; loa phát thanh"). Mid-sentence an item opens in lower case,
 * as the seeds write a list run into a sentence ("qua các hình thức như: treo pa nô, băng zôn"); the
 * capital each unit typed read as a new sentence after every "; ".
 */

/** An item without the closing mark its writer typed: "; " joins them. */
export const bareItem = (text: string) => text.replace(/[.;,:\s]+$/u, "");

/** The items on one line, the first as typed (it opens the line or follows the unit's name), the others mid-sentence. */
export function joinItems(texts: readonly string[]): string {
  return texts.map((text, i) => (i === 0 ? bareItem(text) : midSentence(bareItem(text)))).join("; ");
}

/** An item with its sub-items run in after a colon: "Tuyên truyền qua các hình thức: treo 12 băng rôn; loa phát thanh". */
export function itemWithSubs(text: string, subs: readonly string[]): string {
  return subs.length === 0 ? text : `${bareItem(text)}: ${subs.map((sub) => midSentence(bareItem(sub))).join("; ")}`;
}

/**
 * The words that open a unit's items and are common words, written in lower case inside a sentence:
 * the verbs and nouns of these reports. Only these are lowered. A capital may be a name ("Trường
 * Tiểu học …", "Bác Hồ", "Hội sách", a teacher's name, "UBND"), and a name must keep it: a word not
 * listed here is left as typed.
 */
const COMMON_OPENINGS: readonly string[] = [
  "tổ chức", "phát động", "tuyên truyền", "triển khai", "thực hiện", "xây dựng", "hướng dẫn", "giới thiệu",
  "đăng tải", "vận động", "quyên góp", "sinh hoạt", "lồng ghép", "phối hợp", "tham gia", "ban hành",
  "quán triệt", "tăng cường", "đẩy mạnh", "duy trì", "tiếp tục", "nâng cao", "ứng dụng", "khai thác",
  "chia sẻ", "trưng bày", "giao lưu", "trang trí", "bổ sung", "khen thưởng", "biểu dương", "vinh danh",
  "phổ biến", "kết hợp", "hưởng ứng", "thành lập", "bồi dưỡng", "tập huấn", "thi đua", "khuyến khích",
  "quan tâm", "hỗ trợ", "đầu tư", "bố trí", "cần có", "chưa có", "kinh phí", "cơ sở vật chất",
  "hệ thống", "hạ tầng", "thời gian", "công tác", "hoạt động", "học sinh", "giáo viên", "cán bộ", "phụ huynh",
  "cuộc thi", "băng rôn", "pa nô", "khẩu hiệu", "tin bài", "loa", "đăng", "treo", "các", "những", "nhiều",
];

/** An item's first letter in lower case when its opening is one of the common words above, written "Tổ chức" (not "TỔ CHỨC", not "Tổ Chức"). */
export function midSentence(typed: string): string {
  const text = typed.normalize("NFC");
  return COMMON_OPENINGS.some((words) => opens(text, words)) ? text[0]!.toLowerCase() + text.slice(1) : typed;
}

function opens(text: string, words: string): boolean {
  const typed = text.slice(0, words.length);
  // The word ends there ("Các" is no opening of "Cách"), and only its first letter is a capital.
  const next = text.charAt(words.length);
  if (next !== "" && /[\p{L}\p{N}]/u.test(next)) return false;
  return typed.toLowerCase() === words && typed !== words && typed.slice(1) === words.slice(1);
}
