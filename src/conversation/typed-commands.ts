/**
 * Plain text that means one of our commands, by where the conversation stands: "bỏ qua", "?" where
 * a question is asked; "nộp", "xem lại", "sửa câu 3" once every question is answered; "báo cáo"
 * before a report starts. The slash commands themselves are read by user-input.ts; the words looked
 * up are typed-words.ts.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { asksHowToSend } from "../templates/asks-how-to-send.ts";
import { readSubmitReply } from "./submit-confirmation.ts";
import { typedEdit, typedEditWithAnswer } from "./typed-edit.ts";
import { typedAppend } from "./typed-append.ts";
import { typedDocumentRequest, withoutPersons } from "./typed-requests.ts";
import { parseUserInput, type UserInput } from "./user-input.ts";
import { ASSENT, CALLS_THE_BOT, COMMAND_NAMES, HELP_WORDS, isShortText, SPELLED_AS_CANCEL, TYPED_ALIASES, TYPED_CANCEL, TYPED_REVIEW, TYPED_START, TYPED_SUBMIT, TYPED_SUBMIT_DONE, typedWords, wordsOfFolded } from "./typed-words.ts";

/** Where the report is complete (report-message.ts): plain "nộp" is /nop, and "xem lại" /xem. */
export function typedSubmit(input: UserInput): UserInput {
  const words = isShortText(input) ? withoutPersons(typedWords(input.text).replace(ASSENT, "")) : undefined;
  if (words !== undefined && (TYPED_SUBMIT.has(words) || TYPED_SUBMIT_DONE.has(words))) return { kind: "command", command: "submit", argument: "" };
  // "làm sao để gửi", "nộp thế nào": asked once every question is answered, the bot says how (help).
  if (words !== undefined && asksHowToSend(words)) return { kind: "command", command: "help", argument: "" };
  return typedReview(input) ?? typedDocumentRequest(input) ?? input;
}

/** What else plain text may mean where an answer is expected (typedCommand). */
export interface TypedWords {
  /** "nộp" and "sửa câu 3" too: in a unit's report, not in the officers' forms (typed in a busy group). */
  reportWords?: boolean;
  /**
   * Whether a bare label "câu N: …" answers question N: only the one asked or one unanswered (a
   * label never overwrites an answer). Without it, labels are not read.
   */
  labelAnswers?: (n: number) => boolean;
  /**
   * Whether "câu N là X" alone corrects question N with X: not where N asks a text ("Câu 1 là câu
   * hỏi khó"). Without it, such a text is not read as a correction.
   */
  correctsInWords?: (n: number, answer: string) => boolean;
  /** The question takes the text as an answer ("nộp" among its options): it stays an answer. */
  takesAsAnswer?: (text: string) => boolean;
  /** "hướng dẫn", "giúp" typed alone are no call for help (an answer given by "sửa câu N: …"). */
  noHelp?: boolean;
}

/**
 * A plain text that is one of the typed aliases ("?", "trợ giúp", "bỏ qua") as that command; in a
 * unit's report so is "nộp" (a clerk who types it means to submit; as an answer it would be printed)
 * and "sửa câu 3", unless the question takes them as an answer.
 */
export function typedCommand(input: UserInput, words: TypedWords = {}): UserInput {
  // "sửa câu 5: <answer>" names its question and gives the answer: a correction in the officers'
  // forms too (it was refused as the deadline asked); a bare label only in a report.
  // "thêm câu 7: …" as /them 7 (in a report only: the officers' forms have no lists to add to).
  const added = words.reportWords ? typedAppend(input) : undefined;
  if (added) return added;
  const edit = words.reportWords ? typedEditWithAnswer(input, words.labelAnswers, words.correctsInWords) : typedEditWithAnswer(input);
  if (edit && !words.takesAsAnswer?.((input as { text: string }).text)) return edit;
  if (!isShortText(input)) return input;
  const whole = foldVietnamese(input.text).trim();
  const folded = wordsOfFolded(whole);
  const command = TYPED_ALIASES[/^\?+$/.test(whole) ? "?" : folded];
  if (command) return { kind: "command", command, argument: "" };
  const named = commandNamed(input);
  if (named && !words.takesAsAnswer?.(input.text)) return named;
  if (typedCancel(input, folded) && !words.takesAsAnswer?.(input.text)) return { kind: "command", command: "cancel", argument: "" };
  if (HELP_WORDS.has(folded) && !words.noHelp && !words.takesAsAnswer?.(input.text)) return { kind: "command", command: "help", argument: "" };
  if (!words.reportWords) return input;
  // "Dạ vâng, nộp ạ" before every question is answered too: stored, it was the answer asked.
  const meant: UserInput | undefined = TYPED_SUBMIT.has(folded.replace(ASSENT, "")) ? { kind: "command", command: "submit", argument: "" } : typedEdit(folded);
  return meant && !words.takesAsAnswer?.(input.text) ? meant : input;
}

/** A name /trogiup lists typed alone, as listed (without tone marks): that command. */
function commandNamed(input: UserInput): UserInput | undefined {
  if (!isShortText(input)) return undefined;
  const folded = typedWords(input.text);
  return COMMAND_NAMES.has(folded) && wordsOfFolded(input.text.trim().toLowerCase()) === folded ? parseUserInput(`/${folded}`) : undefined;
}

/** "hủy", "huỷ bỏ", "Hủy báo cáo ạ" typed alone where an answer is expected: /huy (typed-words.ts). */
function typedCancel(input: { text: string }, folded: string): boolean {
  return TYPED_CANCEL.has(folded) && SPELLED_AS_CANCEL.test(input.text.normalize("NFC").trim().toLowerCase());
}

/** "báo cáo" before a report starts: /baocao; "bot ơi", "hướng dẫn": /trogiup. */
function typedStart(input: UserInput): UserInput | undefined {
  const words = isShortText(input) ? typedWords(input.text) : undefined;
  if (words !== undefined && TYPED_START.has(words)) return { kind: "command", command: "report", argument: "" };
  return words !== undefined && (CALLS_THE_BOT.has(words) || HELP_WORDS.has(words)) ? { kind: "command", command: "help", argument: "" } : undefined;
}

/** "xem lại" where no answer is expected: /xem. */
function typedReview(input: UserInput): UserInput | undefined {
  return isShortText(input) && TYPED_REVIEW.has(typedWords(input.text)) ? { kind: "command", command: "review", argument: "" } : undefined;
}

/**
 * Where no answer is expected (complete, at the submission's confirmation, submitted): "sửa câu 3",
 * with or without its new answer; a bare label "câu 3: …" only where `labelAnswers` allows it (a
 * returned report: the officer asked for corrections).
 */
function typedEditCommand(input: UserInput, words: TypedWords): UserInput | undefined {
  return typedAppend(input) ?? typedEditWithAnswer(input, words.labelAnswers, words.correctsInWords) ?? (isShortText(input) ? typedEdit(typedWords(input.text)) : undefined);
}

/**
 * What a plain text means where the conversation stands, the same in a unit's report and in the
 * officers' forms: where an answer is expected, the typed aliases; once every question is answered,
 * plain "nộp" (and in a report "sửa câu 3"); elsewhere text stays text.
 */
export function typedInput(phase: string, input: UserInput, words: TypedWords = {}): UserInput {
  if (phase === "asking") return typedCommand(input, words);
  // "xem", "vanban" alone where no answer is expected, as the bot's own messages say to type them
  // (before the start, once every question is answered, submitted): they passed in silence as talk.
  // At /nop's confirmation too, unless the confirmation reads the word as its answer ("nop" is a
  // yes). Not "huy" there: Huy is a colleague's name, called in the group, and a cancel confirmed
  // by a "Có" deletes every answer.
  const confirming = phase === "confirm-submit" && input.kind === "text" && readSubmitReply(input.text).ok;
  const named = ["idle", "complete", "submitted", "confirm-submit"].includes(phase) && !confirming ? commandNamed(input) : undefined;
  if (named?.kind === "command" && named.command === "cancel") return input;
  if (named) return named;
  if (phase === "idle") return (words.reportWords && typedStart(input)) || input;
  // Submitted, or asked to confirm the submission, "sửa câu 3" starts a correction, as /sua 3 does.
  if (phase === "submitted" || phase === "confirm-submit") return (words.reportWords && (typedEditCommand(input, words) ?? typedReview(input) ?? typedDocumentRequest(input))) || input;
  if (phase !== "complete") return input;
  // Every question answered: text is no answer, so "sửa câu 3" can only mean /sua 3 (in a report).
  const submit = typedSubmit(input);
  if (submit.kind !== "text") return submit;
  return (words.reportWords ? typedEditCommand(submit, words) : typedEditWithAnswer(submit)) ?? submit;
}
