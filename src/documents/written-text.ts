/**
 * How an answer's own text is written in a report, as the seeds write theirs: each line opening with
 * a capital and closing with its mark, "- " items ending ";" and the last ".", an item's "+ "
 * sub-items, a request's items without the lead's own "Đề nghị". Words are never changed.
 */
import type { AnswerValue } from "../templates/answer-parsers.ts";
import { readListItems, unfoldedItem } from "../templates/list-items.ts";
import type { Block } from "./report-sections.ts";

/** An item that already ends in a mark (before any closing quote or bracket) keeps it as typed. */
export const ENDS_PUNCTUATED = /[.,;:!?…]["'”’»)\]]*$/u;

const paragraph = (text: string): Block => ({ kind: "paragraph", text });

/**
 * "- item;" and "+ sub-item;" lines, the last one ending "." and an item with sub-items ":", as the
 * seeds punctuate lists; a line that already ends in a mark keeps the one its writer typed.
 */
export function listBlocks(value: AnswerValue, opening: (text: string) => string = (text) => text): Block[] {
  const lines = readListItems(value).map(unfoldedItem).map((item) => ({ ...item, text: opening(item.text) })).flatMap((item) => [
    { kind: "item" as const, text: item.text, mark: item.sub.length > 0 ? ":" : ";" },
    ...item.sub.map((sub, i) => ({ kind: "subitem" as const, text: sub, mark: i === item.sub.length - 1 && item.after ? "." : ";" })),
    // The lines closing an item's text are no items: plain sentences, as the seeds write them below a list.
    ...(item.after ?? []).map((line) => ({ kind: "paragraph" as const, text: line, mark: "." })),
  ]);
  return lines.map((line, i) => {
    const mark = i === lines.length - 1 ? "." : line.mark;
    if (line.kind === "paragraph") return paragraph(punctuate(capitalized(line.text), mark));
    return { kind: line.kind, text: `${line.kind === "item" ? "-" : "+"} ${punctuate(capitalized(line.text), mark)}` };
  });
}

/** A lead that asks ("… trân trọng đề nghị:"): its items say what, not "Đề nghị" again. */
export const REQUEST_LEAD = /(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất)\s*:$/iu;
const REQUEST_WORD = /^(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất)(?:\s+với)?\s*[:,]?\s+(?=\S)/iu;

/** "Đề nghị UBND phường hỗ trợ …" under "… đề nghị:" read "đề nghị: - Đề nghị UBND …": the item without it. */
export function withoutRequestWord(text: string): string {
  const rest = text.replace(REQUEST_WORD, "");
  return rest === text ? text : capitalized(rest);
}

/**
 * A paragraph answer as a report writes it, typed on a phone as "treo băng rôn ở cổng trường" or
 * with "•" lines: each line opens with a capital, a "•" or "*" item is a "-" one, and a line of
 * prose (no item, no ":" introducing what follows) ends with its full stop. Words are never changed.
 */
export function asWritten(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const { bullet, rest } = itemMarkOf(line);
      const content = capitalized(rest.trimEnd());
      if (content === "") return line;
      return bullet ? `${bullet} ${content}` : endsWithAddress(content) ? content : punctuate(content, ".");
    })
    .join("\n");
}

/** A line's item mark as the document prints it: a "•", "*" or "–" item is a "-" one, "+" stays; "" for prose. */
function itemMarkOf(line: string): { bullet: string; rest: string } {
  // "+" and "*" mark an item only with a space after them: "+84 912 …", "*Ghi chú" are text.
  const [, marker = "", rest = ""] = /^(\s*(?:[-•–]\s*|[+*]\s+)?)(.*)$/su.exec(line) ?? [];
  return { bullet: marker.trim().replace(/^[•*–]$/u, "-"), rest };
}

/**
 * A paragraph answer's item lines marked as the document marks them ("•\tTreo băng rôn" is
 * "- Treo băng rôn"), its words and other lines as typed: the /xuat workbook's cell.
 */
export function withDocumentItemMarks(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const { bullet, rest } = itemMarkOf(line);
      const content = rest.trimEnd();
      return bullet && content !== "" ? `${bullet} ${content}` : line;
    })
    .join("\n");
}

/**
 * A web or e-mail address closing a line: a full stop after it would read as part of it. Its last
 * word is looked at, found by scanning: as one regex over the line ("\S+@\S+\.\S+$"), a paragraph
 * answer of "@." repeated took minutes to print, on the thread that answers every chat.
 */
function endsWithAddress(line: string): boolean {
  let start = line.length;
  while (start > 0 && !/\s/.test(line[start - 1]!)) start--;
  const word = line.slice(start);
  if (/(?:https?:\/\/|www\.)\S/i.test(word)) return true;
  const at = word.indexOf("@", 1);
  return at !== -1 && word.lastIndexOf(".", word.length - 2) >= at + 2;
}
/** What keeps its first letter: a point's label ("a) …", the decree's own), an address ("www.…"). */
const KEEPS_CASE = /^(?:[a-zđ][).]\s|https?:\/\/|www\.|\S+@)/iu;

/** The first letter in capitals, when it is a lower-case one ("ke chuyen" → "Ke chuyen"); "iPad", "eTwinning", "a) …", "www.…" are left. */
export function capitalized(text: string): string {
  const [first = "", second = ""] = text;
  if (KEEPS_CASE.test(text)) return text;
  return first !== first.toUpperCase() && second === second.toLowerCase() ? first.toUpperCase() + text.slice(1) : text;
}

export function punctuate(text: string, mark: string): string {
  return ENDS_PUNCTUATED.test(text) ? text : `${text}${mark}`;
}
