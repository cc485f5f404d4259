/**
 * The words plain text is looked up in to mean one of our commands ("bỏ qua", "nộp", "báo cáo",
 * "bot ơi"), folded as typed: the vocabulary typed-commands.ts reads by where the conversation
 * stands, and what makes a text short enough to be looked up at all.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { type CommandName, type UserInput, VIETNAMESE_REPORT_COMMANDS } from "./user-input.ts";

/**
 * What a clerk types without the slash where an answer is expected: stored as an answer, "?" or
 * "bỏ qua" would be printed in the report. Read only while a unit's chat is asked a question
 * (report-message.ts): elsewhere they stay text.
 */
export const TYPED_ALIASES: Record<string, CommandName> = {
  "?": "help",
  help: "help",
  "tro giup": "help",
  "bo qua": "skip",
  "bo qua cau nay": "skip",
  skip: "skip",
  "quay lai": "back",
  "xem lai": "review",
  // A command typed without its slash: "baocao" is no answer to any question.
  baocao: "report",
  boqua: "skip",
  quaylai: "back",
  trogiup: "help",
};

/**
 * The other names /trogiup lists, typed alone without the slash and as it lists them, without tone
 * marks ("vanban", "xem", "huy", "nop", "sua"): that command where an answer is expected, in the
 * officers' forms too, unless the question has an option of that name. Stored, "vanban" was a text
 * question's answer, printed in the report. A word with its marks ("nộp") is no name: in the
 * officers' forms, typed in a busy group, it stays text; "hủy" is the exception (TYPED_CANCEL).
 */
export const COMMAND_NAMES = new Set(VIETNAMESE_REPORT_COMMANDS);

/**
 * Where an answer is expected, "hủy", "huỷ", "hủy bỏ", "hủy báo cáo" (folded) are /huy, as "huy"
 * typed there already was: with its mark, "hủy" was stored as the answer ("Đã sửa câu 4: hủy") or
 * refused as no date. /huy only asks to confirm, so a word meant for a colleague deletes nothing.
 */
export const TYPED_CANCEL = new Set(["huy", "huy bo", "huy bao cao"]);
/** Spelled as "hủy" (either place of the mark) or "huy", not "húy", "hùy", which fold the same. */
export const SPELLED_AS_CANCEL = /^(?:huy|hủy|huỷ)(?![\p{L}\p{M}])/u;

/**
 * How a clerk who has never used the bot asks for help, typed alone: "hướng dẫn", "giúp em với ạ".
 * Where a question was asked they were stored as its answer, in silence, and printed in the report;
 * before a report they got no answer. A choice with an option of that name keeps it as the answer.
 * Not a need ("Cần hướng dẫn", "Xin hướng dẫn", "Giúp đỡ"): those answer a question of proposals or
 * of how pupils are helped.
 */
export const HELP_WORDS = new Set(
  ["huong dan", "giup", "tro giup", "huong dan su dung"].flatMap((words) => [
    words,
    `${words} voi`,
    `${words} di`,
    ...["em", "minh", "toi"].flatMap((who) => [`${words} ${who}`, `${words} ${who} voi`]),
  ]),
);

/** Closing words of courtesy that change nothing ("bỏ qua ạ", "nộp nhé"), folded. */
const COURTESY_END = /(?: (?:a|nhe|nha|nhe a))+$/;

/** Folded, without the closing marks and courtesy words: what the words say. */
export const typedWords = (text: string) => wordsOfFolded(foldVietnamese(text));
export const wordsOfFolded = (folded: string) => folded.replace(/[.!?]+$/, "").trim().replace(COURTESY_END, "").trim();

/** Longer (trimmed) than "nộp báo cáo" or "sửa câu 120" typed with spaces, punctuation and combining tone marks. */
export const TYPED_WORDS_MAX_LENGTH = 40;

/** "nộp" typed without the slash once every question is answered: there is nothing else it can mean. */
export const TYPED_SUBMIT = new Set(["nop", "nop bao cao", "nop di", "nop luon", "nop a", "nop lai", "nop lai bao cao", "nop lai di"]);
/** Only once every question is answered: in a busy group, "gửi đi" said to a colleague is no /nop. */
export const TYPED_SUBMIT_DONE = new Set(
  ["nop", "gui"].flatMap((verb) => [`${verb} bao cao`, `${verb} bc`, `${verb} di`, `${verb} luon`, `${verb} bao cao di`, `${verb} bao cao luon`, `${verb} lai`, `${verb} lai bao cao`]),
);

/**
 * Before a report is started in a unit's chat: "báo cáo", "làm báo cáo" typed alone without the
 * slash start it, and "bot ơi" asks for help (a first-time clerk's words, answered by nothing
 * before); not "bắt đầu nhé", said in a group of anything. A greeting ("chào bot") is answered
 * before this, in one line (greeting.ts): the whole list of commands was too much for a hello.
 */
export const TYPED_START = new Set(["baocao", "bao cao", "lam bao cao", "bat dau bao cao"]);
export const CALLS_THE_BOT = new Set(["bot", "bot oi"]);

/** "xem lại" once every question is answered: what the bot's own message says to type (as /xem). */
export const TYPED_REVIEW = new Set(["xem lai", "xem lai bao cao", "xem bao cao"]);

/** "Dạ vâng, nộp ạ", "ok, nộp": the assent before the word, folded (not "dạ nộp": "đã nộp" folds so too). */
export const ASSENT = /^(?:(?:da vang|vang|da|ok|oke|u|uh)\s*,\s*|(?:da vang|vang a|vang|ok|oke)\s+)/;

/**
 * Text no longer than any of the typed words, however typed. A longer text is an answer or a
 * message, not folded to be looked up: folding it cost a tenth of an update's CPU in the load
 * bench, where most messages are sentences typed once every question is answered (issue #12).
 */
export function isShortText(input: UserInput): input is { kind: "text"; text: string } {
  return input.kind === "text" && input.text.trim().length <= TYPED_WORDS_MAX_LENGTH;
}
