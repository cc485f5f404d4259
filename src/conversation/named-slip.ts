/**
 * "em nhầm số bạn đọc", "số sách bị sai ạ", "chết, em ghi nhầm ngày khai mạc": a slip spoken of,
 * naming the question by its words, not its number. Where a question was asked it was stored as its
 * answer or refused for what it is not; after the submission the clerk got only the general way to
 * correct. Answered with the question's number and text and how to correct it ("sửa câu 10: <số
 * mới>"), storing nothing; said with no question that matches, the general way. Only a short
 * message of that shape: "Học sinh còn nhầm lẫn số liệu" is an answer. Pure.
 */
import type { Field, Template } from "../templates/template-schema.ts";
import { visibleFields } from "../templates/field-visibility.ts";
import { isFigureField } from "../templates/template-fields.ts";
import { barePrompt, vi } from "../sentences/vi.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import type { ConversationState } from "./conversation-state.ts";
import { returnNote } from "./engine-commands.ts";
import { fieldByNumber } from "./report-navigation.ts";
import { say } from "./engine-moves.ts";
import { currentPrompt } from "./engine-prompts.ts";
import type { ReportInput, StepResult } from "./engine-types.ts";

/** Longer than this it is a sentence of the report, not a word about a slip. */
const MAX_LENGTH = 100;
/** Words before the slip, a clause of their own: "chết,", "ôi,". */
const LEAD = /^(?:chet|oi|o|thoi|ui|a|chet roi|oi chet|xin loi)$/;
const WHO = String.raw`(?:em|minh|toi|chi|anh|co|thay)`;
/** "gửi nhầm": a message sent to the wrong question (another member's answer came first) is a slip too. */
const VERB = String.raw`(?:go|nhap|ghi|dien|bao cao|tra loi|gui)`;
/** "em nhầm số bạn đọc", "mình ghi sai phần số sách rồi": `who` or `verb` tells a slip of one's own. */
const SLIP_FIRST = new RegExp(String.raw`^(?<who>${WHO}\s+)?(?:da\s+)?(?<verb>${VERB}\s+)?(?:bi\s+)?(?:nham|sai)(?:\s+(?:mat|o|cho|phan|cau))*(?:\s+(?<words>.*))?$`);
/** "số sách bị sai ạ", "câu số bạn đọc em nhập nhầm rồi": what was named, then the slip. */
const SLIP_LAST = new RegExp(String.raw`^(?:(?:cau|phan)\s+)?(?<words>.+?)\s+(?<who>${WHO}\s+)?(?<bi>bi\s+)?(?<verb>${VERB}\s+)?(?:nham|sai)(?<closing>(?:\s+(?:roi|mat|het|a|nhe))*)$`);
/** Closing words after what was named: "rồi", "ạ", "mất rồi". */
const CLOSING = /(?:\s+(?:roi|a|oi|mat|nhe|nha|het))+$/;
/** Words that name no question: the slip's own and the sentence's. */
const STOP = new Set(["cau", "phan", "cua", "o", "cho", "la", "bi", "mat", "roi", "a", "da", "nay", "do", "em", "minh", "thi", "voi", "va"]);
/** The right figure said with the slip: "…, phải là 1.520 ạ". */
const RIGHT_FIGURE = /(?:phai la|dung la|la|thanh)\s+(\d[\d.,]*)/;
/** The same, closing the slip's own clause: "em nhầm số bạn đọc phải là 1.250 ạ". */
const RIGHT_FIGURE_AFTER = /\s+(?:phai la|dung la)\s+(\d[\d.,]*)(?:\s+(?:a|nhe|nha|a nhe))*$/;
/** A lead typed without its comma, before who slipped or the slip: "chết em nhầm …", "ôi mình ghi sai …". */
const LEAD_IN_CLAUSE = /^(?:chet roi|oi chet|xin loi|chet|oi|o|thoi|ui)\s+(?=(?:em|minh|toi|chi|anh|co|thay|go|nhap|ghi|dien|gui|nham|sai)(?:\s|$))/;

export function onNamedSlip(template: Template, state: ConversationState, text: string, input: ReportInput): StepResult | undefined {
  const slip = readSlip(template, state, text);
  if (!slip) return undefined;
  const { named, figure } = slip;
  const submitted = state.phase === "submitted" || state.submittedVersion > 0;
  let hint = vi.report.slipGeneral(submitted);
  if (named) {
    const example = isFigureField(named.field) && figure ? figure : vi.report.newAnswerFor(named.field.type);
    hint = vi.report.slipNamed(named.number, barePrompt(named.field.prompt), example, submitted);
  }
  const prompt = state.phase === "asking" ? currentPrompt(template, state, input) : [];
  return { state, replies: [...returnNote(input), say(hint), ...prompt], effects: [] };
}

/**
 * Whether the text speaks of one's own slip as onNamedSlip reads it: where no answer is expected, the
 * rest of a group's talk that mentions a slip ("đừng nhầm phòng 2 nhé", "số điện thoại chị Lan sai
 * rồi") passes in silence (report-message.ts).
 */
export function speaksOfSlip(template: Template, state: ConversationState, text: string): boolean {
  return readSlip(template, state, text) !== undefined;
}

/** The slip spoken of: the question it names, if one alone, and the right figure said with it. */
function readSlip(template: Template, state: ConversationState, text: string): { named?: { number: number; field: Field }; figure?: string } | undefined {
  if (text.length > MAX_LENGTH || text.includes("\n")) return undefined;
  if (state.phase !== "asking" && state.phase !== "complete" && state.phase !== "submitted") return undefined;
  // The clause that speaks of the slip, after a "chết," or "ôi," at most; the rest may say the right figure.
  const clauses = foldVietnamese(text).split(/\s*(?:[;!?]|[,.](?!\d))+\s*/).filter((c) => c !== "");
  const at = clauses.findIndex((c) => /(?:^|\s)(?:nham|sai)(?:\s|$)/.test(c));
  if (at < 0 || !clauses.slice(0, at).every((c) => LEAD.test(c))) return undefined;
  // "chết em nhầm …" without its comma: the same lead, in the slip's own clause.
  const lead = LEAD_IN_CLAUSE.exec(clauses[at]!);
  const clause = lead ? clauses[at]!.slice(lead[0].length) : clauses[at]!;
  // "em nhầm số bạn đọc phải là 1.250 ạ": the right figure in the same clause is not what was named.
  const rightHere = RIGHT_FIGURE_AFTER.exec(clause);
  const said = rightHere ? clause.slice(0, rightHere.index) : clause;
  const after = clauses.slice(at + 1);
  // One's own slip ("em", "ghi", "bị", "rồi", or after "chết,"): "Sai sót trong tuyên truyền" is an answer.
  const first = SLIP_FIRST.exec(said)?.groups;
  const last = first ? undefined : SLIP_LAST.exec(said)?.groups;
  const spoken = first ?? last;
  const own = spoken !== undefined && (at > 0 || lead !== null || spoken.who !== undefined || spoken.verb !== undefined || spoken.bi !== undefined || /roi/.test(spoken.closing ?? ""));
  if (!spoken || !own) return undefined;
  const words = (spoken.words ?? "").replace(CLOSING, "").split(" ").filter((w) => w !== "" && !STOP.has(w));
  // "câu 8 em nhầm": named by its number (its words matched no prompt, and the general way was said).
  const numbered = words.length === 1 && /^\d{1,3}$/.test(words[0]!) ? fieldByNumber(template, state.answers, Number(words[0])) : undefined;
  const named = numbered ? { number: Number(words[0]), field: numbered.field } : words.length > 0 ? bestMatch(template, state, words) : undefined;
  // No question named, or not one alone ("em nhầm số lượt"): the general way, when the clerk says
  // it is theirs ("em", "ghi"); "Tài liệu bị sai" may be a shortcoming the report lists.
  if (!named && last && last.who === undefined && last.verb === undefined) return undefined;
  return { named, figure: rightHere?.[1] ?? RIGHT_FIGURE.exec(after.join(" "))?.[1] };
}

/** The visible question whose prompt holds the longest run of `words` (two at least), then the most of them; none on a tie. */
function bestMatch(template: Template, state: ConversationState, words: string[]): { number: number; field: Field } | undefined {
  const scored = visibleFields(template, state.answers).map((placed, i) => {
    const prompt = foldVietnamese(placed.field.prompt).split(/[^a-z0-9]+/);
    let run = 0;
    for (let start = 0; start < words.length; start++) {
      for (let at = prompt.indexOf(words[start]!); at >= 0; at = prompt.indexOf(words[start]!, at + 1)) {
        let length = 0;
        while (start + length < words.length && prompt[at + length] === words[start + length]) length++;
        run = Math.max(run, length);
      }
    }
    return { number: i + 1, field: placed.field, score: run * 100 + words.filter((w) => prompt.includes(w)).length };
  });
  const [best, second] = scored.sort((a, b) => b.score - a.score);
  return best && best.score >= 200 && (!second || second.score < best.score) ? best : undefined;
}
