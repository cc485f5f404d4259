/**
 * The persisted state of a conversation: where it stands and every answer so far. Stored as JSON
 * next to its version (the column state_version); a row of another version or shape restarts the
 * phase safely. Two versions are in use, for two kinds of rows:
 * - STATE_VERSION: the state with its answers inside (the officers' flows; reports stored before
 *   REPORT_STATE_VERSION);
 * - REPORT_STATE_VERSION: a unit's report, whose answers live in the answers table only.
 * A new shape takes the next unused number, 3.
 */
import { z } from "zod";
import { isStoredAnswers } from "./stored-answers-check.ts";

/** A state that carries its answers; rows of an older version are read through `restoreState`. */
export const STATE_VERSION = 1;
/**
 * A unit's report (report-message.ts) is stored without its answers: they are in the answers
 * table already, one row each, and read back with the state (conversation-repository.ts). A state
 * holding every answer was several KB, rewritten and parsed again on every message. Read any
 * report row with `restoreReportState` (both versions), its phase alone with `storedPhase`.
 */
export const REPORT_STATE_VERSION = 2;

/** A list item is a string, or an item with "+" sub-items (list-items.ts); older states hold strings only. */
const listItemSchema = z.union([z.string(), z.object({ text: z.string(), sub: z.array(z.string()) })]);
/** A table answer (templates/table-value.ts): rows of typed cells keyed by column id. */
const tableValueSchema = z.strictObject({ rows: z.array(z.record(z.string(), z.union([z.string(), z.number()]))) });
/**
 * A new kind of answer widens this union; states stored before it still parse, so STATE_VERSION
 * stays. A photo question's answer is its photos' ids (rows of the photos table), in the order sent.
 */
const answerValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(listItemSchema), tableValueSchema, z.array(z.number().int())]);

const resumePointSchema = z.object({
  phase: z.enum(["asking", "complete", "submitted"]),
  fieldId: z.string().optional(),
});

export const conversationStateSchema = z.object({
  /** idle: nothing started; asking: waiting for `fieldId`; complete: all answered, not (re)submitted. */
  phase: z.enum(["idle", "asking", "complete", "confirm-submit", "confirm-cancel", "submitted"]),
  fieldId: z.string().optional(),
  /** Where a confirmation returns to when the user says no. */
  resume: resumePointSchema.optional(),
  /** Answers by field id; null = skipped optional question. */
  answers: z.record(z.string(), answerValueSchema.nullable()),
  /** How many times the report was submitted; the next submission is version + 1. */
  submittedVersion: z.number().int().nonnegative(),
  /** When the latest version was submitted (ms since epoch). */
  submittedAt: z.number().optional(),
  /**
   * While idle: /baocao offered to start from last year's report (that campaign's title); the next
   * Có/Không answers it. New optional keys: older states still parse, so STATE_VERSION stays.
   */
  lastYearOffer: z.object({ title: z.string() }).optional(),
  /** Last year's text and list answers by field id, shown for "Giữ" when their question comes; never saved until kept. */
  drafts: z.record(z.string(), answerValueSchema).optional(),
  /**
   * Answers questions held before a change hid them and another showed them again ("sửa câu 1:
   * không", then "có"): offered for "Giữ" when the question is asked again, never saved until kept.
   */
  earlier: z.record(z.string(), answerValueSchema).optional(),
  /**
   * The table (or list) answered last, and when (ms): rows or items sent after it, a message each,
   * join it (engine-table-rows.ts, engine-list-items.ts). Named when only tables had it.
   */
  lastTable: z.object({ fieldId: z.string(), at: z.number() }).optional(),
  /** After "/them 7" alone: the next message of `by` (within APPEND_WAIT_MS of `at`) is items to add to that list or table (engine-append.ts), stored across a restart. */
  appendTo: z.object({ fieldId: z.string(), by: z.string().optional(), at: z.number().optional() }).optional(),
  /** A figure questioned once before it is saved (far from last year's, or against a `check`), and why. */
  pendingFigure: z
    .object({
      fieldId: z.string(),
      value: z.number(),
      doubts: z.array(z.string()),
      /** In a group, who typed it (and in which message): confirmed by another member, it stays theirs. */
      by: z.object({ id: z.string(), name: z.string(), messageId: z.string().optional() }).optional(),
    })
    .optional(),
  /**
   * In a group: who gave the last typed answer, to which question, when (ms); see engine-crossed-answers.ts.
   * `noted`: an answer of members taking turns, the group already told that such answers are stored
   * for the question asked (said once while the turns go on, not at every answer); `afterList`: the
   * list question whose answer those turns began by crossing (its items may still come, unmarked).
   */
  lastAnswer: z.object({ fieldId: z.string(), by: z.string(), name: z.string(), at: z.number(), noted: z.literal(true).optional(), afterList: z.string().optional() }).optional(),
  /** Asking, after "tạm dừng nhé" or "để mai em làm tiếp": the group's talk is passed over until the clerk comes back (engine-pause.ts). */
  paused: z.literal(true).optional(),
  /**
   * An answer typed after its campaign closed refusing late reports was told it is not stored
   * (report-to-work-on.ts): said once, the question staying asked for good. It borrowed `paused`.
   */
  closedNoticeSaid: z.literal(true).optional(),
  /**
   * The other report whose note ("Báo cáo … vừa nộp. Muốn sửa báo cáo đó, gõ /baocao 2, …") was said
   * before an answer here (correction-meant-elsewhere.ts), as `reportAwaitingCorrection` marks it: said once, it
   * prefixed every labelled answer after a submission, refused ones too.
   */
  elsewhereNoted: z.string().optional(),
  /**
   * A close moved the chat here while a question of the closed campaign's report was asked (its
   * number, title, and its issuer where it refused late reports): the next message, an answer to
   * that question, is not stored here but said so, once (moved-by-close.ts).
   */
  // `yesNo`: the question left was a yes-no one, so "ok ạ" may be its answer, not the group's talk.
  movedByClose: z.object({ number: z.number().int(), title: z.string(), issuer: z.string().optional(), yesNo: z.literal(true).optional() }).optional(),
  /** Saved with `closedNoticeSaid` at a confirmation: when it was asked (ms), which `updatedAt` no longer says. */
  confirmAskedAt: z.number().optional(),
  /** In a group, at a confirmation: who asked for it (/huy, /nop); only they confirm a cancellation. */
  confirmBy: z.object({ id: z.string(), name: z.string() }).optional(),
  /** In a group: who moved the chat to this report ("/baocao 2"), when (ms), and the question it asked then (moved-here.ts). */
  movedHere: z.object({ fieldId: z.string(), by: z.string(), name: z.string(), at: z.number() }).optional(),
  /**
   * Another member's answer that came right after `lastAnswer`, held until it is said to be meant for `fieldId`;
   * `list`: the list it may be one more item of instead (Thêm adds it there).
   */
  heldAnswer: z.object({ fieldId: z.string(), text: z.string(), by: z.string(), name: z.string(), messageId: z.string().optional(), list: z.string().optional() }).optional(),
});

export type ConversationState = z.infer<typeof conversationStateSchema>;
export type ResumePoint = z.infer<typeof resumePointSchema>;

export const INITIAL_STATE: ConversationState = { phase: "idle", answers: {}, submittedVersion: 0 };

/**
 * Reads a stored state. A wrong version or shape keeps the answers it can still read and returns
 * `reset: true`, so the user gets an apology instead of a crash and loses nothing that was valid.
 */
export function restoreState(json: string, version: number): { state: ConversationState; reset: boolean } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { state: INITIAL_STATE, reset: true };
  }
  return readState(raw, version === STATE_VERSION);
}

/** The state but its answers, which `isStoredAnswers` checks (stored-answers-check.ts). */
const leanStateSchema = conversationStateSchema.omit({ answers: true });

/** A parsed state: kept whole when it reads and its version was the expected one. */
function readState(raw: unknown, versionOk: boolean): { state: ConversationState; reset: boolean } {
  if (versionOk && raw !== null && typeof raw === "object" && isStoredAnswers((raw as { answers?: unknown }).answers)) {
    const lean = leanStateSchema.safeParse(raw);
    if (lean.success) return { state: { ...lean.data, answers: (raw as { answers: ConversationState["answers"] }).answers }, reset: false };
  }
  // What does not read whole: the answers that still read are kept, as zod reads them.
  const parsed = conversationStateSchema.safeParse(raw);
  if (parsed.success && versionOk) return { state: parsed.data, reset: false };
  const answers = z.object({ answers: conversationStateSchema.shape.answers }).safeParse(raw);
  const submitted = z.object({ submittedVersion: z.number().int().nonnegative() }).safeParse(raw);
  return {
    state: {
      phase: "idle",
      answers: answers.success ? answers.data.answers : {},
      submittedVersion: submitted.success ? submitted.data.submittedVersion : 0,
    },
    reset: true,
  };
}

/**
 * Reads a stored report state of either version: a REPORT_STATE_VERSION row gets the answers its
 * submission has in the answers table, checked with the state as one (what does not read
 * restarts the phase, keeping the answers that do).
 */
export function restoreReportState(json: string, version: number, tableAnswers: Record<string, unknown>): { state: ConversationState; reset: boolean } {
  if (version !== REPORT_STATE_VERSION) return restoreState(json, version);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    raw = undefined;
  }
  const lean = raw !== null && typeof raw === "object" ? raw : { phase: undefined };
  return readState({ ...lean, answers: tableAnswers }, true);
}

/** The phase of a stored state of any version, without reading its answers. */
export function storedPhase(json: string): ConversationState["phase"] | undefined {
  try {
    return conversationStateSchema.shape.phase.safeParse((JSON.parse(json) as { phase?: unknown }).phase).data;
  } catch {
    return undefined;
  }
}

/** A report state as stored (REPORT_STATE_VERSION): everything but the answers. */
export function reportStateJson(state: ConversationState): string {
  const { answers: _inTheirTable, ...rest } = state;
  return JSON.stringify(rest);
}

/** The engine state of one unit's report in one campaign (the key is the storage's: report-key.ts). */
export { reportKey } from "../db/report-key.ts";
