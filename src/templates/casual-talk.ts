/**
 * The short talk of a busy group, typed where a question is asked: an acknowledgement ("ok chị",
 * "ok e", "dạ vâng ạ", "hihi"), a "wait" ("đợi em chút", "chờ em tí nhé"), a member called away
 * ("em đi họp đã", "em đang có tiết"), or someone's word passed on ("Cô hiệu trưởng bảo để hoàn
 * thành tốt em nhé"). Each was stored as the question's answer and printed in the report
 * ("- Ok chị."). Read word by word on the folded text, and only a line of a few words whose every
 * word is such talk: a report's sentence has words of its own ("Ok. Đơn vị đã treo băng rôn …",
 * "Cô hiệu trưởng đã chỉ đạo …").
 */
import { everyWordIn, someWordIn, wordsOf } from "../vietnamese/every-word-in.ts";
import { foldVietnamese, typedWithoutMarks } from "../vietnamese/fold-vietnamese.ts";

/** Longer than such talk: an answer, not read further. */
const CASUAL_MAX = 100;

/** Words that only acknowledge: alone at a yes/no question they are no "Có" (acknowledgesOnly). */
const ONLY_ACKS = ["ok", "oke", "okie", "oki", "okay", "okela", "okla", "uh", "uk", "ừm", "um", "uhm", "dạ"];
/** Words that acknowledge and, alone, say yes ("vâng", "ừ", "rồi", "được") or thanks. */
const YES_ACKS = ["ừ", "vâng", "rồi", "được", "yes", "thanks", "thank", "tks"];
/**
 * Every word of acknowledgement, one list: a talk line holds one, and alone each is a bare yes or
 * thanks where a text is asked (answer-parsers.ts builds its BARE_YES from it). Compared with their
 * marks: folded, "Đã chỉ đạo" reads "dạ chị Đào", "Đã có" "dạ có". A text typed without any mark is
 * compared folded (everyWordIn).
 */
export const ACKNOWLEDGEMENTS: readonly string[] = [...ONLY_ACKS, ...YES_ACKS];
/** Laughter, as typed: "haha", "hihi", "hehe", "kkk" ("k" alone is "không"). */
const LAUGH = /^(?:(?:ha|he|hi|hj|hu){2,}|k{3,})$/;
/** Whom it is said to, and who says it: "ok chị", "ok e", "dạ anh". */
const PEOPLE = ["chị", "c", "anh", "a", "em", "e", "cô", "thầy", "bạn", "b", "bác", "chú", "mn", "ad", "mình", "tớ", "t"];
/** Closing words of the talk: "ạ", "nhé", "cảm ơn nhiều". */
const FILLERS = ["ạ", "nhé", "nha", "nhe", "nhỉ", "hả", "ơi", "đấy", "đó", "luôn", "nhiều", "lắm", "cảm", "ơn", "cám", "với"];
const TALK = [...ACKNOWLEDGEMENTS, ...PEOPLE, ...FILLERS];
const FOLDED_TALK = TALK.map(foldVietnamese);
const isLaugh = (word: string) => LAUGH.test(word);
const holdsAck = someWordIn(ACKNOWLEDGEMENTS, { alsoWord: isLaugh });
const onlyTalk = everyWordIn(TALK, { alsoWord: isLaugh });

/**
 * "ok chị", "dạ vâng ạ", "ok em cảm ơn chị nhiều", "hihi": an acknowledgement of two words or more
 * (a bare "ok" has its own answers: where a name, a figure or an option is asked) or laughter.
 */
function acknowledges(text: string): boolean {
  const words = wordsOf(text);
  if (words.length > 8 || !holdsAck(text)) return false;
  if (words.length < 2 && !isLaugh(words[0] ?? "")) return false;
  return onlyTalk(text);
}

/** "đợi em chút", "chờ xíu nhé", "từ từ em": a wait, with nothing said besides. */
const WAIT = /^(?:(?:ok|da|vang|u|uh) )*(?:(?:chi|anh|c|a|mn|moi nguoi) )?(?:doi|cho|tu tu)(?: |$)/;
const WAIT_REST = new Set([...FOLDED_TALK, "da", "chut", "ti", "xiu", "lat", "mot", "nua", "phut", "giay", "tu"]);
function waits(words: string[], joined: string): boolean {
  if (!WAIT.test(joined) || words.length > 8) return false;
  const rest = words.slice(words.findIndex((w) => w === "doi" || w === "cho" || w === "tu") + 1);
  // One short span at least ("chút", "tí", "5 phút", "em"): "chờ" alone ("cho" folded) is too little to read.
  return rest.length > 0 && rest.every((w) => WAIT_REST.has(w) || /^\d{1,2}$/.test(w));
}

/**
 * "em đi họp đã", "em đang có tiết", "mình bận chút nhé", "đang họp": who speaks (or "đang", "đi"
 * before it), what calls them away, and fillers only after it ("Họp phụ huynh …" has words of its own).
 */
const AWAY = /^(?:(?:ok|da|vang|u) )*(?:(?:chi|anh|c|a|mn) )?(?:(?:em|e|minh|to|t|chi|anh) (?:(?:dang|phai|sap|di|len|ra|co|bay gio|gio) )*|(?:(?:dang|di|sap) )+)(?:hop|day|len lop|lop|an com|an trua|ra ngoai|viec|co viec|ban|cong tac|tiep khach|don con|tiet|co tiet|truc)(?<rest>(?: \S+)*)$/;
const AWAY_REST = new Set([...FOLDED_TALK, "chut", "ti", "xiu", "lat", "mot", "nua", "the", "da", "xong", "quay", "lai", "lam", "tiep", "sau", "chieu", "mai", "sang", "toi", "nay", "gap"]);
function calledAway(joined: string): boolean {
  const away = AWAY.exec(joined);
  return away !== null && (away.groups?.rest ?? "").split(" ").filter(Boolean).every((w) => AWAY_REST.has(w));
}

/**
 * "Cô hiệu trưởng bảo để hoàn thành tốt em nhé", "chị Lan dặn làm cho đẹp nhé": who said it, and
 * "bảo", "dặn", "nhắc", "kêu", "nói" (not "bảo đảm", "dặn dò", "nhắc nhở", "kêu gọi", "nói chuyện": a
 * report's words), then said to someone here: "em", "mình" (not "các em"), or a closing "nhé", "ạ".
 * Read with the marks: folded, "bảo" is "báo" (báo cáo). Who said it comes first; "Cô hiệu trưởng
 * đã chỉ đạo …" passes nothing on.
 */
const RELAYED = /^(?:cô|thầy|chị|anh|bác|sếp|c|a|ban giám hiệu|bgh|hiệu trưởng|ht|hiệu phó|phường|phòng|trên)(?:\s+\S+){0,3}?\s+(?:bảo(?! (?:đảm|vệ|quản|hiểm|tàng|trì|dưỡng|tồn))|dặn(?! dò)|nhắc(?! nhở)|kêu(?! gọi)|nói(?! (?:chuyện|về)))(?:\s+là)?\s+(?<said>.+)$/u;
const RELAYED_UNMARKED = /^(?:co|thay|chi|anh|bac|sep|c|a|ban giam hieu|bgh|hieu truong|ht|hieu pho|phuong|phong|tren)(?:\s+\S+){0,3}?\s+(?:bao(?! (?:cao|dam|ve|quan|hiem|tang|tri|duong|ton))|dan(?! do)|nhac(?! nho)|keu(?! goi))(?:\s+la)?\s+(?<said>.+)$/;
const SAID_TO_US = /(?:^|\s)(?<!các\s|cac\s)(?:em|e|mình|minh)(?=[\s,.!]|$)|\s(?:nhé|nhe|nha|ạ|đấy|day)[.!]*$/u;
function relays(text: string): boolean {
  const typed = text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  const relayed = RELAYED.exec(typed) ?? (typedWithoutMarks(text) ? RELAYED_UNMARKED.exec(typed) : null);
  return relayed !== null && SAID_TO_US.test(relayed.groups!.said!);
}

/** Whether a short one-line message is the group's own talk, not an answer to store. */
export function isCasualTalk(text: string): boolean {
  if (text.length > CASUAL_MAX || text.includes("\n")) return false;
  const folded = foldVietnamese(text);
  const words = folded.replace(/[^\p{L}\p{N}\s]/gu, " ").split(" ").filter(Boolean);
  if (words.length === 0) return false;
  const joined = words.join(" ");
  return acknowledges(text) || waits(words, joined) || calledAway(joined) || relays(text);
}

/** Alone, a word that only acknowledges: "ok", "dạ", also typed "da" (not "vâng", "ừ", "rồi", "được": those say yes). */
const BARE_ACKS = new Set([...ONLY_ACKS, "da"]);

/**
 * "vâng ạ", "dạ vâng", "vâng có ạ": a polite yes, every word a yes or its courtesy. From the member
 * answering the report it is Có, as the officers' yes/no reads it (parse-yes-no.ts); held as group
 * talk, the clerk who answered so was asked again. From another member it stays talk (acknowledgesOnly).
 */
const POLITE_YES = everyWordIn(["dạ", "vâng", "ạ", "có"]);
const holdsVang = someWordIn(["vâng"]);
export const politeYes = (text: string) => wordsOf(text).length <= 4 && holdsVang(text) && POLITE_YES(text);

/**
 * In a group, at a yes/no question: "ok chị", "dạ c", "dạ vâng ạ", a bare "ok" or "dạ" said to
 * someone else in the chat. Each was stored as "Có" (a colleague's "ok chị" answered "Đơn vị có tổ
 * chức Lễ khai mạc không?"); the question wants "Có" or "Không" said.
 */
export function acknowledgesOnly(text: string): boolean {
  const words = wordsOf(text);
  return (words.length === 1 && BARE_ACKS.has(words[0]!)) || (text.length <= CASUAL_MAX && acknowledges(text));
}
