/**
 * A correction typed in words ("sửa câu 9 là 950", "dạ em bổ sung ạ. câu 11: 120") or "nộp lại"
 * while the chat works on a report never submitted, and the unit has another campaign's report
 * returned by the officer or submitted just now: the clerk means that one. It was stored in the
 * chat's report (a list item, question 9 of another numbering) with no report named, and "nộp lại"
 * answered "Chưa thể nộp" about the chat's report. Read by report-message.ts.
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ConversationState } from "./conversation-state.ts";
import { fieldByNumber } from "./report-navigation.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { editArgument, typedEditWithAnswer } from "./typed-edit.ts";
import type { UserInput } from "./user-input.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

/** Within this of its submission a report is the one a correction "right after" it means. */
const JUST_SUBMITTED_MS = 30 * 60_000;
/** "dạ em bổ sung ạ. câu 11: 120": a short sentence without figures, then the correction. */
const SENTENCE_BEFORE = /^([^\d.!?\n]{1,40}[.!?])\s+(\S[\s\S]*)$/u;
/**
 * Folded "nộp lại", "gửi lại": a submission again, which the chat's report never had. "gửi lại"
 * reads as /nop only once every question is answered (typed-commands.ts), and is refused then.
 */
const AGAIN = /\b(?:nop|gui) lai\b/;

/** What the message asks of a report: a correction of question `number`, or a submission again. */
type Meant = { edit: { number: number; answer?: string }; command: UserInput & { kind: "command" } } | { resubmit: true };

/**
 * The reply and what happens: `refused` (nothing stored) or `note` (said before the step's replies),
 * with the correction the engine is to make (`edit`): "dạ em bổ sung ạ. câu 9: 950" is text to the
 * report's typed commands, and given as typed it was stored as the answer to the question asked.
 */
export type ElsewhereReading = { refused: string } | { note?: string; noted?: string; edit: UserInput };

export interface ElsewhereRequest {
  repos: Repositories;
  template: Template;
  state: ConversationState;
  campaign: CampaignRow;
  unitId: number;
  /** The message as typed, and as the report's typed commands read it. */
  parsedInput: UserInput;
  typed: UserInput;
  now: number;
  /** A campaign's report type, to count the other report's questions. */
  templateFor: (templateId: number) => Promise<Template>;
}

export async function correctionMeantElsewhere(request: ElsewhereRequest): Promise<ElsewhereReading | undefined> {
  const { repos, template, state, campaign, unitId, parsedInput, typed, now } = request;
  // A slash command names this report on purpose (the refusal offers /sua for it); a report
  // submitted once has "nộp lại" and corrections of its own.
  if (parsedInput.kind !== "text" || state.submittedVersion > 0 || (state.phase !== "asking" && state.phase !== "complete")) return undefined;
  const meant = meaning(parsedInput.text, typed);
  if (!meant) return undefined;
  const other = await reportAwaitingCorrection(repos, unitId, campaign, now);
  if (!other) return undefined;
  const words = vi.reportSwitch.elsewhere;
  const about = words.other(other.campaign.id, other.campaign.title, other.returned);
  if ("resubmit" in meant) return { refused: `${words.neverSubmitted(campaign.title, campaign.id)} ${about} ${words.resubmitThere(other.campaign.id)}` };
  const { number, answer } = meant.edit;
  // Items added (/them, "thêm câu 7: …") are offered as added there, never as the whole answer.
  const append = meant.command.append === true;
  const field = fieldByNumber(template, state.answers, number)?.field;
  // Said once for the other report's submission (or return): the clerk knows it from then on.
  const once = (note: string) => (state.elsewhereNoted === other.mark ? {} : { note, noted: other.mark });
  // Answered here, it may be this report's slip: corrected, naming the report (it named none).
  if (field && state.answers[field.id] !== undefined)
    return { ...once(words.correctedHere(campaign.title, campaign.id, about, other.campaign.id, number, answer, append)), edit: meant.command };
  // A label for the question being asked ("Câu 1: 10" at question 1) is its answer, stored as any
  // label for it is; the other report is named, in case it was meant. Refused, the reply said both
  // "nothing to correct" and "type /sua 1 10" for the very question asked.
  if (field && answer !== undefined && state.phase === "asking" && state.fieldId === field.id)
    return { ...once(words.answeredHere(campaign.title, campaign.id, about, other.campaign.id, number, answer, append)), edit: meant.command };
  // Each command offered only where it can work: "/sua 10" in a report of 8 was refused in turn,
  // and "sửa câu 30" advised in a report of 21.
  const there = (await questionCount(request, other.campaign)) >= number ? words.correctThere(other.campaign.id, number, answer, append) : words.noneThere(number);
  const count = visibleFields(template, state.answers).length;
  const here = field ? [words.nothingToCorrect(campaign.title, campaign.id, number), about, there, words.answerHere(number, answer)] : [words.noSuchQuestionHere(campaign.title, campaign.id, number, count), about, there];
  return { refused: here.join(" ") };
}

/** How many questions the unit's report of `other` asks, with its own answers (one may show more). */
async function questionCount({ repos, unitId, templateFor }: ElsewhereRequest, other: CampaignRow): Promise<number> {
  const template = await templateFor(other.templateId);
  const submission = await repos.submissions.find(other.id, unitId);
  // Stored answers are parsed values (as the report's own step reads them), only typed unknown by the row.
  const answers = (submission ? Object.fromEntries((await repos.submissions.listAnswers(submission.id)).map((a) => [a.fieldId, a.value])) : {}) as Answers;
  return visibleFields(template, answers).length;
}

/** The correction or submission the text asks for, as typed (a sentence before a correction too). */
function meaning(text: string, typed: UserInput): Meant | undefined {
  if (typed.kind === "command" && typed.command === "submit") return AGAIN.test(foldVietnamese(text).toLowerCase()) ? { resubmit: true } : undefined;
  const edit = typed.kind === "command" && typed.command === "edit" ? typed : afterSentence(text);
  const read = edit && editArgument(edit.argument);
  return read && edit ? { edit: read, command: edit } : undefined;
}

/** "dạ em bổ sung ạ. câu 11: 120": read as a label would be, which the report left as text. */
function afterSentence(text: string): (UserInput & { kind: "command" }) | undefined {
  const parts = SENTENCE_BEFORE.exec(text.trim());
  const edit = parts ? typedEditWithAnswer({ kind: "text", text: parts[2]! }, () => true) : undefined;
  return edit?.kind === "command" ? edit : undefined;
}

/**
 * The unit's other report a correction typed here may mean: the newest returned, else one submitted
 * just now. `mark` names it with its submission, so its note is said again after a new one.
 */
async function reportAwaitingCorrection(
  repos: Repositories,
  unitId: number,
  current: CampaignRow,
  now: number,
): Promise<{ campaign: CampaignRow; returned: boolean; mark: string } | undefined> {
  const others = (await repos.campaignChoice.reachableCampaigns(unitId)).filter((entry) => entry.campaign.id !== current.id);
  const returned = others.filter((entry) => entry.standing === "returned").at(-1);
  if (returned) return { campaign: returned.campaign, returned: true, mark: `${returned.campaign.id}:returned:${(await repos.submissions.find(returned.campaign.id, unitId))?.submittedAt ?? ""}` };
  for (const entry of others.filter((e) => e.standing === "submitted").reverse()) {
    const submittedAt = (await repos.submissions.find(entry.campaign.id, unitId))?.submittedAt;
    if (submittedAt && now - Number(submittedAt) <= JUST_SUBMITTED_MS) return { campaign: entry.campaign, returned: false, mark: `${entry.campaign.id}:submitted:${Number(submittedAt)}` };
  }
  return undefined;
}
