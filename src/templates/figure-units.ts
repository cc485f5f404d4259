/**
 * What a figure counts, by the word after it ("200 người", "350 cuốn") and by the question's own
 * words ("Số buổi tập huấn…", "bao nhiêu cuốn sách", "{value} lượt bạn đọc"). "200 người" at the
 * sessions was stored as 200 sessions: a count of one thing typed where another is asked is a
 * figure for another question. Only words known here are compared: a question or an answer whose
 * unit is none of them is taken as before. Pure.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import type { Field } from "./template-schema.ts";

/** What is counted; words of one kind may stand for each other ("290 người" at "số lượt cán bộ"). */
export type UnitKind = "sessions" | "people" | "books" | "schools";

interface UnitWord {
  /** Folded, as compared. */
  folded: string;
  /** As the bot writes it. */
  shown: string;
  kind: UnitKind;
}

/**
 * Longest first, so that "hoc sinh" is read before any one-word entry. Not "lớp" (a "lớp tập huấn"
 * is counted as sessions too) nor "em", "lần", "bài": after a figure they name several things.
 */
const UNIT_WORDS: readonly UnitWord[] = (
  [
    ["buoi", "buổi", "sessions"],
    ["nguoi", "người", "people"],
    ["luot", "lượt", "people"],
    ["hoc sinh", "học sinh", "people"],
    ["hs", "học sinh", "people"],
    ["giao vien", "giáo viên", "people"],
    ["gv", "giáo viên", "people"],
    ["can bo", "cán bộ", "people"],
    ["nhan vien", "nhân viên", "people"],
    ["ban doc", "bạn đọc", "people"],
    ["hoc vien", "học viên", "people"],
    ["phu huynh", "phụ huynh", "people"],
    ["dai bieu", "đại biểu", "people"],
    ["cuon", "cuốn", "books"],
    ["quyen", "quyển", "books"],
    ["dau sach", "đầu sách", "books"],
    ["sach", "sách", "books"],
    ["truong", "trường", "schools"],
    ["don vi", "đơn vị", "schools"],
  ] as const
)
  .map(([folded, shown, kind]) => ({ folded, shown, kind }))
  .sort((a, b) => b.folded.length - a.folded.length);

/** The unit word that `folded` opens with, whole words only. */
function unitAtStart(folded: string): UnitWord | undefined {
  return UNIT_WORDS.find((u) => folded === u.folded || folded.startsWith(`${u.folded} `));
}

/** A figure in digits and the words after it, as typed: "200 người", "Dạ 350 cuốn ạ". */
const FIGURE_THEN_WORDS = /(\d[\d.,]*)\s*(\p{L}[\p{L}\s]*)/u;

/** The figure and the unit word typed after it, as typed ("200 người"), or nothing when none is known. */
export function typedUnit(text: string): { typed: string; unit: UnitWord } | undefined {
  const found = FIGURE_THEN_WORDS.exec(text.normalize("NFC"));
  if (!found) return undefined;
  const unit = unitAtStart(foldVietnamese(found[2]!));
  if (!unit) return undefined;
  const words = found[2]!.trim().split(/\s+/).slice(0, unit.folded.split(" ").length);
  return { typed: `${found[1]} ${words.join(" ")}`, unit };
}

/**
 * The unit a figure question counts: the word after "số" or "bao nhiêu" in its prompt ("Tổng số
 * lượt cán bộ…" is "lượt"), else the word after {value} in its sentence ("{value} lượt bạn đọc"),
 * else the unit in brackets ("(cuốn)").
 */
export function questionUnit(field: Field): UnitWord | undefined {
  if (field.type !== "integer" && field.type !== "decimal") return undefined;
  const prompt = foldVietnamese(field.prompt);
  const asked = /(?:^|\s)(?:so|bao nhieu)\s+(.*)$/.exec(prompt)?.[1];
  const fromPrompt = asked === undefined ? undefined : countedAtStart(asked);
  if (fromPrompt) return fromPrompt;
  const printed = field.documentText === undefined ? undefined : /\{value\}\s+(.*)$/.exec(foldVietnamese(field.documentText))?.[1];
  const fromSentence = printed === undefined ? undefined : countedAtStart(printed);
  if (fromSentence) return fromSentence;
  const bracketed = /\(([^)]*)\)\s*\??$/.exec(prompt)?.[1];
  return bracketed === undefined ? undefined : countedAtStart(bracketed.trim());
}

/**
 * The unit a question's words open with. "Lượt" counts people only with them named after it, or
 * alone: "Số lượt mượn sách" counts loans, and refused "300 cuốn" as a figure for another question.
 */
function countedAtStart(folded: string): UnitWord | undefined {
  const unit = unitAtStart(folded);
  if (unit?.folded !== "luot") return unit;
  // "lượt cán bộ, giáo viên": the words after it, their punctuation aside.
  const after = folded.slice(unit.folded.length).replace(/[^\p{L}\s]+/gu, " ").replace(/\s+/g, " ").trim();
  return after === "" || unitAtStart(after)?.kind === "people" ? unit : undefined;
}
