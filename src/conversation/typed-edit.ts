/**
 * Corrections typed as clerks write them, read as "/sua N" (with the answer after it when one is
 * given): "sửa câu 3", "cho em sửa câu 3", "câu 19 bỏ qua", "sửa câu 2: …", "câu 9 sửa lại là 250",
 * the label "câu 16: …". The engine then answers question N as /sua would.
 */
import type { UserInput } from "./user-input.ts";
import { BARE_ANSWER, correctionAfterTalk, TALK_HEAD } from "./correction-after-talk.ts";
import { oneCorrection, severalCorrections } from "./several-corrections.ts";

/**
 * What a clerk says before asking to correct, folded: "à nhầm, ", "dạ, ", "cho em ", "em xin ", "mình muốn ".
 * Nothing more: "Sửa chữa …" or "Các lớp sửa câu khẩu hiệu" stay answers, and so does "Có sửa 3"
 * ("cô" folds as "có" does).
 */
const EDIT_LEAD_IN = String.raw`(?:(?:a|a nham|nham|nham roi|oi|da|vang|da vang|ok)\s*,?\s*)?(?:(?:cho )?(?:em|minh|toi|chi|anh) (?:xin |muon |can )?)?`;
/**
 * A courtesy before a correction with its answer, its own sentence ("Dạ em sửa ạ. Sửa câu 1: …",
 * "Dạ em sửa ạ. câu 2: …"), folded; nothing else ("Hội sách. Sửa 2: phòng đọc" is an answer).
 */
const PREFACE = String.raw`(?:(?:da|vang|da vang|ok|oke)(?: (?:em|minh|toi|chi|anh))?(?: (?:xin )?sua(?: lai)?)?(?: a| nhe| a nhe)?[.!,]\s+)?`;
/** "sửa câu 3", "sửa 3", "sửa lại câu số 3", "cho em sửa câu 3" (folded) as /sua 3; "câu 19 bỏ qua" as /sua 19 bỏ qua. */
const TYPED_EDIT = new RegExp(String.raw`^${EDIT_LEAD_IN}sua(?: lai)?(?: cau)?(?: so)? (\d{1,3})$|^cau (?:so )?(\d{1,3}),? (bo qua)$`);

export function typedEdit(folded: string): UserInput | undefined {
  const edit = TYPED_EDIT.exec(folded.replace(/\s+/g, " "));
  if (!edit) return undefined;
  return { kind: "command", command: "edit", argument: edit[1] ?? `${edit[2]} ${edit[3]}` };
}

/**
 * "sửa câu 2: Treo băng rôn…", the new answer after the number and a ":" (or "là", "thành"), as
 * "/sua 2 Treo băng rôn…"; "câu 9 sửa lại là 250", "à nhầm, sửa câu 7 là 2 buổi" and the label
 * "câu 16: Đề nghị…" too. Read as an answer, it was stored under the question being asked, the
 * words "câu 16:" printed with it. Any length (the answer may be long): only its opening is looked at.
 */
export function typedEditWithAnswer(input: UserInput, labelAnswers?: (n: number) => boolean, correctsInWords?: (n: number, answer: string) => boolean): UserInput | undefined {
  if (input.kind !== "text") return undefined;
  // "câu 9 là 290, câu 10 là 1.520" in a report (the only caller that gives `labelAnswers`): the
  // engine applies them all or none (engine-several-corrections.ts).
  if (labelAnswers && severalCorrections(input.text)) return { kind: "command", command: "edit", argument: input.text.trim() };
  const opening = editOpening(input.text);
  if (!opening) {
    // "câu 10 là 1.520" alone, as "sửa câu 10: 1.520" (where two such worked, one was refused at a
    // figure question and passed in silence once every question was answered): only where
    // `correctsInWords` takes it for that question.
    const one = correctsInWords && oneCorrection(input.text);
    return one && correctsInWords(one.number, one.answer) ? { kind: "command", command: "edit", argument: input.text.trim() } : undefined;
  }
  // A bare label ("Câu 2: …", also a slogan's line, or a colleague's remark) answers only a question
  // `labelAnswers` allows (the one asked, one unanswered): it never overwrites an answer.
  if (opening.label && !labelAnswers?.(opening.number)) return undefined;
  const text = input.text.normalize("NFC");
  const answer = text.slice(opening.end);
  // Several answers pasted, each on a line of its own ("câu 1: …\ncâu 2: …", "sửa câu 1: …\nsửa câu
  // 2: …"): one at a time (/sua 1, 2 says how), never the rest stored as the first one's text.
  const next = answer.split("\n").slice(1).map((line) => EDIT_OPENING.exec(foldLetters(line.slice(0, 80))));
  const second = next.find((match) => match !== null);
  if (second) return { kind: "command", command: "edit", argument: `${opening.number}, ${numberIn(second)}` };
  return /\S/.test(answer) ? { kind: "command", command: "edit", argument: `${opening.number} ${answer.trimStart()}` } : undefined;
}
/**
 * A bare label with its answer ("câu 6: 660"), which typedEditWithAnswer did not take (the question
 * has its answer): the number and the answer as typed, for a reply that says how to replace it.
 */
export function bareLabel(text: string): { number: number; answer: string } | undefined {
  const opening = editOpening(text);
  const answer = !opening?.label ? undefined : text.normalize("NFC").slice(opening.end).trim();
  return answer && !answer.includes("\n") ? { number: opening!.number, answer } : undefined;
}

/**
 * Where the text opens as a correction: the question's number, where its answer starts, and whether
 * it is a bare label ("câu 16: …"). A correction after a few words about the slip ("chết, câu 14 bị
 * nhầm, sửa câu 14: …") too (correction-after-talk.ts).
 */
function editOpening(text: string): { number: number; end: number; label: boolean } | undefined {
  // Every form names the question's number: a text with no figure in its opening is an answer
  // (most are, and they are not folded for nothing: issue #12).
  const head = text.slice(0, TALK_HEAD);
  if (!/\d/.test(head)) return undefined;
  // Folded letter by letter, to find the words before the answer: the answer is kept as typed.
  const folded = foldLetters(head.normalize("NFC"));
  const opening = EDIT_OPENING.exec(folded.slice(0, 80));
  if (opening) return { number: Number(numberIn(opening)), end: opening[0].length, label: opening[4] !== undefined };
  const afterTalk = correctionAfterTalk(folded);
  return afterTalk && { ...afterTalk, label: false };
}

/** The question's number, in whichever of EDIT_OPENING's forms it was typed. */
const numberIn = (opening: RegExpExecArray) => opening[1] ?? opening[2] ?? opening[3] ?? opening[4];

/**
 * Each letter without its tone mark, lower case, one for one (by UTF-16 unit, so an emoji keeps
 * its two): the folded text's positions are the typed text's. It runs on most answers, several
 * times (#12): a letter's fold is computed once and remembered, not normalized each time.
 */
export function foldLetters(text: string): string {
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  let folded = "";
  for (let i = 0; i < text.length; i++) folded += foldedLetter(text[i]!);
  return folded;
}
const NOT_ASCII = /[^\x00-\x7f]/;
const FOLDED_LETTERS = new Map<string, string>();
function foldedLetter(c: string): string {
  if (c < "\x80") return c.toLowerCase();
  let folded = FOLDED_LETTERS.get(c);
  if (folded === undefined) {
    folded = c === "đ" || c === "Đ" ? "d" : c.normalize("NFD")[0]!.toLowerCase()[0]!;
    // Bounded: letters a clerk types are a few hundred; a flood of odd symbols stops being remembered.
    if (FOLDED_LETTERS.size < 2_000) FOLDED_LETTERS.set(c, folded);
  }
  return folded;
}
/**
 * ":", or "là"/"thành" (with or without ":"), which need "câu" before the number: "Sửa 2 thành 3
 * phòng đọc" is an answer; a ":" between figures is a time ("câu 2:30 chiều" is no label).
 */
const EDIT_OPENING = new RegExp(
  String.raw`^\s*${PREFACE}(?:${EDIT_LEAD_IN}sua\s+(?:lai\s+)?(?:cau\s+(?:so\s+)?(\d{1,3})(?:\s*:(?!\d)\s*|\s+(?:la|thanh)\s*:?\s*|${BARE_ANSWER})|(?:so\s+)?(\d{1,3})\s*:(?!\d)\s*)|cau\s+(?:so\s+)?(\d{1,3})\s+sua(?:\s+lai)?(?:\s*:\s*|\s+(?:la|thanh)\s*:?\s*)|cau\s+(?:so\s+)?(\d{1,3})\s*:(?!\d)\s*)`,
);

/**
 * "/sua 10", "/sua câu 10", "/sua 10 2.500" (the answer after the number): the question's number and
 * the answer given with it. Only a space or ":" parts them ("/sua 10:2500"): "/sua 3, 5" names two questions.
 */
export function editArgument(argument: string): { number: number; answer?: string } | undefined {
  const match = /^(?:c[âa]u\s*)?(\d{1,4})(?:(?:\s*:\s*|\s+)([\s\S]*\S))?\s*$/iu.exec(argument);
  return match ? { number: Number(match[1]), ...(match[2] === undefined ? {} : { answer: match[2] }) } : undefined;
}
