/**
 * Messages typed where an answer is asked that are no answer: a question to the bot or about the
 * question ("cái này điền gì ạ?", "em không hiểu câu này ạ"), a greeting or a word to a colleague
 * ("chào cả nhà, …", "chị Lan ơi để em làm tiếp nhé"), a promise to answer later ("mai em bổ sung
 * sau nhé"). Stored, each was printed in the report as its text. Read on the folded text, and only
 * on a short one: a paragraph of a report is not read as talk for a word in it.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { vi } from "../sentences/vi.ts";
import { asksHowToSend } from "./asks-how-to-send.ts";

/** Longer than what is said to the bot or a colleague: an answer, not read further. */
const TALK_MAX = 100;

/**
 * A question about the bot's use: "làm sao để gửi?", "cách nào nộp". Not any question: a slogan may
 * ask one ("Đọc sách để làm gì?"), "Cách làm: …" is an answer, and so is a sentence opening with
 * those words ("Làm sao để học sinh đọc nhiều hơn là điều nhà trường quan tâm.").
 */
const ASKS_HOW_MAX = 60;
const ASKS_HOW = /^(?:lam (?:sao|the nao)|cach nao)\b/;
/** What to write here: "điền gì", "ghi thế nào", "nhập vào đâu" (not "làm gì": slogans ask it). */
const WHAT_TO_WRITE = /\b(?:dien|ghi|nhap|viet|tra loi|khai|chon|go) (?:gi|cai gi|nhu nao|the nao|ra sao|sao|vao dau|o dau)\b/;
/** "Em không hiểu câu này ạ", "chưa hiểu ý câu hỏi": said by who asks, at the start, or of the question. */
const DOES_NOT_UNDERSTAND = /^(?:(?:em|e|minh|toi|t|chi|anh|co|thay) )?(?:van |cung )?(?:khong|ko|k|kg|chua|hong|hok) hieu\b|\b(?:khong|ko|k|chua) hieu (?:y )?(?:cau|cai|muc|phan) (?:nay|do|hoi)\b|\bnghia la (?:gi|sao)\b/;
/** "câu này là tính cả gv trường khác à?": the question named, and a question mark or particle closing. */
const OF_THIS_QUESTION = /\b(?:cau|cai|muc|phan|o|cho) (?:nay|do|kia|hoi nay)\b/;
const CLOSES_AS_QUESTION = /(?:\?|\b(?:a|ha|vay|the|nhi|khong|ko|chua)\s*\??)\s*$/;
/** Greeting someone: "chào cả nhà", "chào bot", "xin chào", "hello" (not "chào mừng", a slogan's). */
const GREETS = /^(?:xin chao\b|chao (?:bot|ca nha|moi nguoi|cac ban|ban|anh|chi|em|co|thay|mn|ad|admin|a|c|e|ca)\b|(?:hello|helo|hi|alo|hey)\b)/;
/**
 * Opens by calling someone in the group: "chị Lan ơi", "anh ơi", "mọi người ơi", "c ơi", "ơi" a word
 * of its own ("chơi", "hơi" are not); then says something of the talk's own: a particle ("nhé", "ạ",
 * "chưa"), or who speaks ("em", "mình"). Only how colleagues are called ("Mẹ ơi, …" may be a
 * slogan), and a slogan calling its reader ("Bạn ơi, hãy đọc sách mỗi ngày!") has no such word.
 */
const CALLS_SOMEONE = /^(?:chi|anh|em|co|thay|bac|chu|ban|a|c|e|moi nguoi|ca nha|cac ban|mn)(?: \p{L}+){0,2},? oi(?=[\s,.!?]|$)(.*)$/u;
const TALK_WORDS = /(?:^|[\s,.!?])(?:nhe|nha|a|nhi|ha|chua|khong|ko|dau|giup|ho|em|e|minh|toi|t)(?=[\s,.!?]|$)/;
function callsSomeone(folded: string): boolean {
  const called = CALLS_SOMEONE.exec(folded);
  return called !== null && TALK_WORDS.test(called[1]!);
}
/** "mai em bổ sung sau nhé", "em gửi sau ạ", "để em hỏi lại": the answer promised, not given. */
const LATER = /\b(?:bo sung|gui|dien|tra loi|nhap|cap nhat|bao cao|lam) (?:lai |tiep )?sau\b/;
const LET_ME = /^(?:de|cho) (?:em|e|minh|toi|t|chi|anh|co|thay) (?:hoi|xem|kiem tra|tim|tra|lam|gui|bo sung|cap nhat|tong hop)\b/;

/** Why the text is no answer to store, in the words to say; undefined for an answer. */
export function talkIn(text: string): string | undefined {
  // A long text is read only for its opening call ("Chị Lan ơi, …"): most have no "ơi" (not folded).
  if (text.length > TALK_MAX) return /[ơƠ]i|oi/iu.test(text.slice(0, 80).normalize("NFC")) && callsSomeone(foldVietnamese(text.slice(0, 80))) ? vi.parse.looksLikeTalk : undefined;
  const folded = foldVietnamese(text);
  const bare = folded.replace(/[?.!]+$/, "").trim();
  if (text.length <= ASKS_HOW_MAX && (ASKS_HOW.test(bare) || asksHowToSend(bare))) return vi.parse.looksLikeQuestion;
  if (WHAT_TO_WRITE.test(folded) || DOES_NOT_UNDERSTAND.test(folded) || (OF_THIS_QUESTION.test(folded) && CLOSES_AS_QUESTION.test(folded))) return vi.parse.asksAboutQuestion;
  if (GREETS.test(folded)) return vi.parse.looksLikeGreeting;
  if (callsSomeone(folded)) return vi.parse.looksLikeTalk;
  if ((LATER.test(folded) && TALK_WORDS.test(folded)) || LET_ME.test(folded)) return vi.parse.answersLater;
  return undefined;
}
