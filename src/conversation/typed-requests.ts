/**
 * What a clerk types, once every question is answered, to ask for what a command does, in the
 * group's own words: "cho em xin file word", "gửi em file báo cáo" (as /vanban), and the person
 * before "nộp" ("ok chị, em nộp nhé": "chị," and "em" around the word that means /nop). Each passed
 * in silence: a group's talk where no answer is expected is left alone (report-message.ts).
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import type { UserInput } from "./user-input.ts";

/** Longer than "cho em xin lại file word báo cáo với ạ": a sentence, not a request. */
const MAX_LENGTH = 45;

/**
 * Folded, courtesy words off the end: ["chị ơi,"] [a verb of asking] [who] [xin] [lại]
 * file/tệp/bản + word, văn bản, báo cáo. Not "file word" inside a sentence ("em đang sửa file word").
 */
const DOCUMENT_REQUEST =
  /^(?:(?:chi|anh|co|thay|ad|admin|bot)\s+oi\s*,?\s+)?(?:(?:cho|gui|gui lai|xin|lay|tai|cho xin)\s+)?(?:(?:em|minh|toi|chi|anh|co|thay|truong)\s+)?(?:xin\s+)?(?:lai\s+)?(?:file|tep|ban)\s+(?:word|docx?|van ban|bao cao)(?:\s+(?:word|bao cao|voi|di|lai|nay))*$/;
const COURTESY_END = /(?:\s+(?:a|nhe|nha|voi|nhe a|voi a))+$/;

/** "cho em xin file word" as /vanban; undefined for anything else. */
export function typedDocumentRequest(input: UserInput): UserInput | undefined {
  if (input.kind !== "text" || input.text.trim().length > MAX_LENGTH) return undefined;
  const words = foldVietnamese(input.text).replace(/[.!?]+$/, "").trim().replace(COURTESY_END, "");
  return DOCUMENT_REQUEST.test(words) ? { kind: "command", command: "document", argument: "" } : undefined;
}

/**
 * The one asked and the one asking before the word itself, folded: "chị, em nộp" and "em nộp" read
 * as "nộp" (the assent before them, "ok", is taken off first by the caller).
 */
export const withoutPersons = (words: string): string => words.replace(/^(?:(?:chi|anh|co|thay|ad|admin)\s*,?\s+)?(?:(?:em|minh|toi|to|truong em)\s+)?/, "");
