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
import { talkAboutReports } from "./talk-about-reports.ts";

/** Longer than what is said to the bot or a colleague: an answer, not read further. */
const TALK_MAX = 100;

/**
 * A question about the bot's use: "làm sao để gửi?", "cách nào nộp". Not any question: a slogan may
 * ask one ("Đọc sách để làm gì?"), "Cách làm: …" is an answer, and so is a sentence opening with
 * those words ("Làm sao để học sinh đọc nhiều hơn là điều nhà trường quan tâm.").
 */
const ASKS_HOW_MAX = 60;
const ASKS_HOW = /^(?:lam (?:sao|the nao)|cach nao)\b/;
/** "cho em hỏi …", "dạ cho em hỏi …": asking leave to ask, a question whatever follows. */
const MAY_I_ASK = /^(?:(?:da|vang|ok|oke|u|uh|chi oi|anh oi|c oi|a oi)\s*,?\s*)?cho (?:em|e|minh|toi|t) hoi\b/;
/**
 * What to write here, asked: "điền gì ạ?", "ghi thế nào vậy" (not "làm gì" nor "viết gì": slogans and
 * contests ask them, "Em viết gì về cuốn sách em yêu"), closed as a question is.
 */
const WHAT_TO_WRITE = /\b(?:dien|ghi|nhap|tra loi|khai|chon|go) (?:gi|cai gi|nhung gi|nhung cai gi|nhu nao|the nao|ra sao|sao|vao dau|o dau)\b/;
/**
 * Closed as a question: "?", or its particle, maybe with whom it asks ("… vậy c", "… thế chị ạ",
 * "… vậy Minh", "… vậy chị Lan": two words at most after it).
 */
const ASKED = /(?:\?|\b(?:a|ha|vay|the|nhi|day)(?: \p{L}+){0,2}\s*\??)\s*$/u;
/** Opening by calling someone ("c ơi, …", "Minh ơi …", "chị Yến ơi …"): what follows is said to them. */
const CALLED_FIRST = /^(?:\p{L}+ ){1,3}oi[\s,.!]/u;
/**
 * "Em không hiểu câu này ạ", "chưa hiểu ý câu hỏi": the question not understood, said of it, or in a
 * short line opening so ("Chưa hiểu hết ý nghĩa của Tuần lễ", a limitation, is longer or a list's).
 */
const DOES_NOT_UNDERSTAND = /^(?:(?:em|e|minh|toi|t|chi|anh|co|thay) )?(?:van |cung )?(?:khong|ko|k|kg|chua|hong|hok) hieu(?: (?:a|gi|lam|nhe|roi|cau nay|cai nay))*$|\b(?:khong|ko|k|chua) hieu (?:y )?(?:cau|cai|muc|phan) (?:nay|hoi nay|hoi)\b/;
/** "câu này là tính cả gv trường khác à?": this question named ("câu đố" folds as "câu đó": not that), asked with "?". */
const OF_THIS_QUESTION = /\b(?:cau|cai|muc|phan) (?:nay|hoi nay)\b/;
/**
 * "câu 6 là ngày nào vậy chị", "câu 4 là ghi khẩu hiệu gì vậy chị": a question named by its number
 * as the message opens (maybe after "chị ơi"), then asked about with a question word a few words on,
 * closed as a question is (ASKED). Before, it was read as the answer and stored. Not an answer that
 * names a question ("Như câu 8, không có gì thêm ạ"), a negation ("không … nào"), nor a contest
 * ("Thi 30 câu hỏi: Em biết gì về…?").
 */
const OF_NUMBERED_QUESTION = /^(?:(?:\p{L}+ ){1,2}oi[\s,]+)?cau (?:hoi )?(?:so )?(\d{1,2})(?: (?!khong |chua |chang |ko )\p{L}+){0,4} (?:gi|nao|bao nhieu|sao)\b/u;
/**
 * Greeting the group or the bot: "chào cả nhà", "chào bot", "xin chào", "hello". Not "chào cờ" (a
 * flag ceremony, a school's first activity), "chào mừng", "Chào em, người đọc sách!" (a slogan),
 * nor "hi vọng". Calling the bot, "bot ơi" (alone, it was stored as question 1's answer). After
 * "dạ", "vâng", "em" too: "dạ chào bot ạ" was stored as a list's item, or refused as no date.
 */
const GREETS = /^(?:(?:da|vang|em|e)[\s,.!]{1,3})*(?:xin chao\b|chao (?:bot|ca nha|moi nguoi|mn|ad|admin|anh chi|cac anh chi)\b|(?:hello|helo|alo|(?:bot|ad|admin) oi)\b)/;
/**
 * Opens by calling someone in the group: "chị Lan ơi", "anh ơi", "mọi người ơi", "c ơi", "ơi" a word
 * of its own ("chơi", "hơi" are not); then says something of the talk's own: a particle ("nhé", "ạ",
 * "chưa"), or who speaks ("em", "mình"). Only how colleagues are called ("Mẹ ơi, …" may be a
 * slogan), and a slogan calling its reader ("Bạn ơi, hãy đọc sách mỗi ngày!") has no such word.
 */
const CALLS_SOMEONE = /^(?:chi|anh|em|co|thay|bac|chu|ban|a|c|e|moi nguoi|ca nha|cac ban|mn)(?: \p{L}+){0,2},? oi(?=[\s,.!?]|$)(.*)$/u;
const TALK_WORDS = /(?:^|[\s,.!?])(?:nhe|nha|a|nhi|ha|chua|khong|ko|dau|giup|ho|em|e|minh|toi|t)(?=[\s,.!?]|$)/;
/**
 * Closes by calling a colleague: "mxh với loa phát thanh thôi chị ơi", "… nhé c ơi", "… chị Lan
 * ơi" (stored as a slogan). Only how colleagues are called, on a short line: a slogan may close
 * calling its reader ("… bạn ơi!", "… em ơi").
 */
const CALLED_LAST_MAX = 60;
const CALLED_LAST = /\s(?:chi|anh|c|a|mn|moi nguoi|ca nha)(?: [a-z]+)?,? oi[\s.!]{0,3}$/;
function callsSomeone(folded: string): boolean {
  if (folded.length <= CALLED_LAST_MAX && !folded.includes("\n") && CALLED_LAST.test(folded)) return true;
  const called = CALLS_SOMEONE.exec(folded);
  return called !== null && TALK_WORDS.test(called[1]!);
}
/**
 * "mai em bổ sung sau nhé", "em gửi sau ạ", "để em hỏi lại": the answer promised, not given. Closing
 * the text ("Số liệu sẽ được cập nhật sau khi tổng kết" is an answer; "gửi sáu bài" folds so too),
 * said by who speaks or with a particle.
 */
const LATER = /\b(?:bo sung|gui|tra loi|nhap|cap nhat|bao cao) (?:lai |tiep )?sau(?: (?:a|nhe|nha|nhe a|a nhe|nhe chi|nha chi|chi nhe))?\s*[.!]*$/;
const SPEAKER = /(?:^|\s)(?:em|e|minh|toi|t|nhe|nha|a)(?=\s|[.!,]|$)/;
/**
 * "để em hỏi lại", opening the text, after a call ("số lượt bạn đọc chị Trang ơi, để em hỏi
 * lại thư viện đã nhé") or after an acknowledgement ("ok để em xem đã", "dạ, cho em kiểm tra lại":
 * read as a yes, or stored as the text), or after who speaks saying they have it not ("em chưa có
 * số liệu, để em hỏi lại hiệu trưởng đã": stored as the plan's number); not after any comma ("Thi
 * kể chuyện, cho em tìm hiểu thêm về sách" is an answer).
 */
const LET_ME = /(?:^(?:(?:ok|oke|okay|oki|okie|vang|da|u|uh|uk|dc|duoc)(?: (?:a|chi|anh|c|nhe))?\s*[,.!]?\s*)?|\boi\s*,?\s*|^(?:(?:da|vang)[\s,]{1,2})?(?:em|e|minh|toi|t) (?:van |cung )?(?:chua|khong|ko|k) (?:co|biet|nho|ro|nam|thay)(?: [a-z]+){0,3}\s?[,.]\s?)(?:de (?:em|e|minh|toi|t|chi|anh|co|thay) (?:hoi|xem|kiem tra|tim|tra|lam|gui|bo sung|cap nhat|tong hop)|cho (?:em|e|minh|toi|t|chi|anh|co|thay) (?:xem|kiem tra|tim|tra|lam|bo sung|cap nhat|tong hop))\b/;

/**
 * The report set aside for later, said to the group: "để mai em làm tiếp", "em bận, tí nữa em làm
 * tiếp", "chiều em làm nốt", "tạm dừng nhé" (not "dừng lại": a no, where Có or Không is asked).
 * Each was stored as the question's answer (the strengths read "- để mai em làm tiếp"). The work
 * put off ("làm tiếp", "làm nốt", "điền nốt"; not "sau", which "sáu" folds to) said by who speaks
 * ("em", "mình", a closing "nhé"), or opening a very short line with a time ("tí nữa làm tiếp");
 * or a time, who speaks and what they will do, opening a short line ("chiều em làm nốt", "mai em
 * gửi"); or a bare pause. A time anywhere was not enough: folded, "tới" (năm học tới), "lát" (lát
 * nền), "chiêu sinh", "tỉ" and the name Mai read as one, and report sentences were refused. A
 * report's own sentences name no "em": "Tiếp tục làm tốt công tác tuyên truyền", "Các em làm tiếp
 * …" are answers. "tôi" is left out of who speaks: folded it is "tới".
 */
const PAUSE_MAX = 80;
/** Who speaks, or a closing particle said to someone ("nha" is no closing: "về nhà" folds so). */
const SAID_BY = /(?:^|\s)(?<!cac )(?:em|e|minh)(?=\s|[.!,]|$)|\s(?:nhe|a)[.!]*$/;
const PUT_OFF = /\b(?:lam|tra loi|(?<!bieu )dien|nhap|bo sung|viet|hoan thanh) (?:tiep|not)\b/;
const SOON = String.raw`(?:ngay mai|sang mai|chieu mai|toi mai|mai|chieu nay|toi nay|chieu|toi|ti nua|ti|lat nua|lat|chut nua|hom khac|de sau)`;
/** A time opening a line of a few words, the work put off next ("tí nữa làm tiếp", "mai làm nốt"). */
const SOON_START_MAX = 24;
const SOON_START = /^(?:de |thoi )?(?:ngay mai|sang mai|chieu mai|toi mai|mai|chieu nay|toi nay|ti nua|lat nua|chut nua|hom khac)[\s,]+(?:se )?\S/;
const SOON_FIRST = new RegExp(String.raw`^(?:(?:de|thoi|em ban|ban qua)[\s,]+)?${SOON},? (?:em|e|minh|toi|chi|anh) (?:se )?(?:lam|dien|tra loi|nhap|bo sung|gui|viet)\b`);
const PAUSE_ALONE = /^(?:thoi |em |minh )?(?:tam dung|tam nghi|dung o day|tam dung o day|de sau|de mai|de sau lam|lam sau)(?: (?:nhe|nha|a|da|di|nhe a|nha a))*$/;
/**
 * A bare pause, then when the work goes on: "tạm dừng nhé, chiều làm tiếp", "tạm nghỉ đã. mai làm
 * nốt". Each part alone is read (PAUSE_ALONE, PUT_OFF); together they were stored as the answer.
 */
const PAUSE_THEN_MAX = 50;
function pauseThenLater(bare: string): boolean {
  const [pause, ...rest] = bare.split(/\s*[,.;!]\s*/);
  const then = rest.join(" ").trim();
  return then.length > 0 && then.length <= PAUSE_THEN_MAX && PAUSE_ALONE.test(pause!.trim()) && PUT_OFF.test(then);
}
function putsOff(folded: string, bare: string): boolean {
  if (folded.length > PAUSE_MAX || folded.includes("\n")) return false;
  const soonFirst = folded.length <= SOON_START_MAX && SOON_START.test(folded);
  return (PUT_OFF.test(folded) && (SAID_BY.test(folded) || soonFirst)) || SOON_FIRST.test(folded) || PAUSE_ALONE.test(bare) || pauseThenLater(bare);
}

/**
 * Why the text is no answer to store, in the words to say; undefined for an answer. `askedNumber`:
 * the number of the question asked, as the clerk sees it; without it, a question about a numbered
 * question is taken to be about the one asked.
 */
export function talkIn(text: string, askedNumber?: number): string | undefined {
  // A long text is read only for its opening call ("Chị Lan ơi, …"): most have no "ơi" (not folded).
  if (text.length > TALK_MAX) return /[ơƠ]i|oi/iu.test(text.slice(0, 80).normalize("NFC")) && callsSomeone(foldVietnamese(text.slice(0, 80))) ? vi.parse.looksLikeTalk : undefined;
  const folded = foldVietnamese(text);
  const bare = folded.replace(/[?.!]+$/, "").trim();
  // "làm sao để gửi?" where a question is asked again (after /sua): how to send, not only "not stored".
  if (text.length <= ASKS_HOW_MAX && asksHowToSend(bare)) return vi.parse.asksHowToSend;
  // "em muốn nộp báo cáo đợt 2 ạ", "câu trả lời của em mất hết rồi ạ?": how to reach it, said.
  const aboutReports = talkAboutReports(folded);
  if (aboutReports) return aboutReports;
  if (text.length <= ASKS_HOW_MAX && (ASKS_HOW.test(bare) || MAY_I_ASK.test(bare))) return vi.parse.looksLikeQuestion;
  const line = !text.includes("\n");
  // Said to a colleague first ("c ơi câu này ghi gì"), what to write is asked without its "?".
  const asked = line && (((WHAT_TO_WRITE.test(folded) || OF_THIS_QUESTION.test(folded) || OF_NUMBERED_QUESTION.test(folded)) && ASKED.test(folded)) || (WHAT_TO_WRITE.test(folded) && CALLED_FIRST.test(folded)) || DOES_NOT_UNDERSTAND.test(bare) || numberedAskClosing(bare));
  if (asked) {
    const named = questionNamedIn(text);
    return named !== undefined && askedNumber !== undefined && named !== askedNumber ? vi.parse.asksAboutOtherQuestion(named, named > askedNumber) : vi.parse.asksAboutQuestion;
  }
  if (GREETS.test(folded)) return vi.parse.looksLikeGreeting;
  if (callsSomeone(folded)) return vi.parse.looksLikeTalk;
  if (laterIn(folded, bare)) return vi.parse.answersLater;
  return undefined;
}

/**
 * "câu 8 chị ghi bao nhiêu": a numbered question asked about, its question word closing the line
 * with no "?" nor particle (it was refused as no figure, or stored). An answer naming a question
 * goes on past its question word ("Như câu 8, không có gì thêm").
 */
function numberedAskClosing(bare: string): boolean {
  const found = OF_NUMBERED_QUESTION.exec(bare);
  return found !== null && found[0].length === bare.length;
}

/** The number of the question a one-line question is about ("câu 8 ghi gì ạ" → 8); undefined when none is named. */
export function questionNamedIn(text: string): number | undefined {
  if (text.includes("\n")) return undefined;
  const named = OF_NUMBERED_QUESTION.exec(foldVietnamese(text))?.[1];
  return named === undefined ? undefined : Number(named);
}

/** An answer put off ("để mai em làm tiếp", "tạm dừng nhé"), `folded` and `bare` as talkIn reads them. */
// "cho em hỏi …" asks, "cho em gửi …" sends: not a promise. Nor a message with a question mark or a
// figure in it ("dạ cho em hỏi khai mạc là gì ạ?", "vâng, cho em gửi số kế hoạch 125/KH-UBND").
const laterIn = (folded: string, bare: string) =>
  (LATER.test(folded) && SPEAKER.test(folded)) || (LET_ME.test(folded) && !/[?\d]/.test(folded)) || putsOff(folded, bare);

/** The same alone, where only a pause is looked for (the offer of last campaign's report, a yes or no). */
export function answersLater(text: string): boolean {
  if (text.length > TALK_MAX) return false;
  const folded = foldVietnamese(text);
  return laterIn(folded, folded.replace(/[?.!]+$/, "").trim());
}
