/**
 * What the report engine takes and gives: the input of one step (the user's message and what the
 * service read for it), the effects the service stores, and the step's result.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import type { AnswerValue } from "../templates/answer-parsers.ts";
import type { Answers } from "../templates/field-visibility.ts";
import type { ConversationState } from "./conversation-state.ts";
import type { PhotoInput } from "./engine-photos.ts";
import type { WordInput } from "./engine-word-import.ts";
import type { PreviousReport } from "./last-year-drafts.ts";
import type { UserInput } from "./user-input.ts";

/** An edit of the message that answered `fieldId`; only the latest answer may change this way. */
export interface AnswerEdit {
  kind: "edit";
  fieldId: string;
  text: string;
  isLatest: boolean;
}

export interface ReportInput {
  message: UserInput | AnswerEdit | PhotoInput | WordInput;
  /** The question the user's message replies to (a bot message they answered), if known. */
  repliedTo?: string;
  /** The officers' own report (the ward's consolidated one): the texts thank no unit. */
  officersReport?: boolean;
  /** Who wrote, the message's id and when it was sent (ms), in a group chat (engine-crossed-answers.ts); none in a private chat. */
  sender?: { id: string; name: string; messageId?: string; at?: number };
  /** "/baocao 2" moved the chat to this report with this message (moved-here.ts). */
  movedHere?: boolean;
  /** "/xem 2": this is another campaign's report, read without moving the chat; its review ends with how to go there. */
  readsOther?: ReadsOther;
  /** The unit whose report this is, for the texts. */
  unitName: string;
  /** What the texts call the report: its campaign's title (two campaigns of one template differ); the template's otherwise. */
  reportTitle?: string;
  /** Time zone of the times the bot prints (Asia/Ho_Chi_Minh). */
  timeZone: string;
  /** A note shown after a question in the review (a consolidated report marks computed answers). */
  annotations?: Readonly<Record<string, string>>;
  /** The captions of the report's photos by id, for the review (the answers hold only the ids). */
  photoCaptions?: Readonly<Record<number, string | undefined>>;
  /**
   * The unit's latest submitted answers in its previous campaign of the same report type, when the
   * service read them: offered as drafts at the start, and compared with each figure.
   */
  previous?: PreviousReport;
  /**
   * The latest submitted version's answers and whether an officer returned it, read by the service
   * once a report was submitted: what discarding corrections goes back to, what a new submission is
   * compared with, and whether a correction left the report as submitted (unchanged-since-submit.ts).
   */
  submitted?: { answers: Answers; returned: boolean };
  /**
   * How many versions were submitted in the last hour, read by the service for /nop only: past
   * MAX_SUBMISSIONS_PER_HOUR a new one waits (each sends the officers' chats two messages).
   */
  submittedLastHour?: number;
  /**
   * The campaign closed refusing late reports after this report was submitted: what was sent stays,
   * and corrections made since cannot be sent (every message says so, none says "gõ /nop").
   */
  submittedSealed?: boolean;
  /**
   * The campaign closed refusing late reports before this report was submitted: its issuing office.
   * Its answers are kept and /xem shows them, read only, saying so and asking no question.
   */
  unsentSealedIssuer?: string;
  /**
   * The campaign is closed (taking late reports, or this report would not be here): the unit cannot
   * correct what it submits now (/baocao N refuses a closed campaign's submitted report), so no
   * reply offers "/sua N rồi /nop lại".
   */
  campaignClosed?: boolean;
  /** The campaign's number, as "/baocao N" takes it: the cancel and submit replies say how to come back. */
  campaignNumber?: number;
  /**
   * The unit has other campaigns its chat can reach (read at /huy's and /nop's confirmations only):
   * once this report is cancelled or submitted the chat may be on another, so "/baocao" alone or
   * "/sua N" would act there; the replies say "/baocao N" first.
   */
  otherCampaigns?: boolean;
  /** The officer's comment while the report stands returned: said again on /baocao and /xem (the notice came once). */
  returnComment?: string;
}

/** Whose answer it is, and the message that gave it (whose edit then corrects it). */
export interface Author {
  id: string;
  name: string;
  messageId?: string;
}

/** The author of a message, without what else the sender carries (when it was sent). */
export function authorOf(who: Author): Author {
  return { id: who.id, name: who.name, ...(who.messageId === undefined ? {} : { messageId: who.messageId }) };
}

export type Effect =
  /**
   * `by`: whose answer it is when not the sender's (a held answer another member confirmed), and
   * the message that gave it, whose edit then corrects it.
   */
  | { type: "save-answer"; fieldId: string; value: AnswerValue | null; by?: Author }
  /** The question is unanswered again (not skipped): its answer row goes. */
  | { type: "remove-answer"; fieldId: string }
  | { type: "clear-answers" }
  /** Corrections thrown away: these answers go back to their submitted values, `removed` go. */
  | { type: "restore-answers"; values: Answers; removed: string[] }
  | { type: "submit"; version: number; answers: Answers }
  /** Post the latest submitted version's document into the chat again. */
  | { type: "send-document" };

export interface StepResult {
  state: ConversationState;
  replies: OutboundMessage[];
  effects: Effect[];
}

/** Whether the step stores an answer to `fieldId` (not refused, not held, not questioned first). */
export const storesAnswer = (result: StepResult, fieldId: string): boolean => result.effects.some((e) => e.type === "save-answer" && e.fieldId === fieldId);

/** "/xem 2": another campaign's report read, the chat staying on its own (other-campaign-review.ts). */
export interface ReadsOther {
  /** The campaign read. */
  number: number;
  /** The report the chat stays on. */
  chatTitle: string;
  /** Whether "/baocao N" takes the chat there (not to a campaign closed refusing the report). */
  reachable: boolean;
}
