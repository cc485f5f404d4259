/**
 * Splits what a person typed for a bullet list into items and sub-items, keeping every item's
 * text as typed (its punctuation too): only the list marker at the start of a line is removed.
 */
import type { ListItem } from "./list-items.ts";

/**
 * List markers clerks paste from Word: "-", "+", "•", "*", "1.", "1)", "1/", "a)". A number followed by a
 * digit is the item's own figure, not its marker: "1.200 học sinh", "2.10.2026".
 */
const LIST_MARKER = /^\s*(?:[-+•*–]|\d{1,2}\s*[.)+/](?!\d)|[a-zđ]\))\s*/iu;
/** "+ text": the seeds' sub-item under a "-" item ("1+" numbers an item, it does not nest). */
const SUB_MARKER = /^\s*\+/;
/** Columns a line must be indented past its item to nest under it (a stray space does not). */
const NEST_INDENT = 2;
const TAB_WIDTH = 4;

/**
 * A line nests under the item above it when it starts with "+", or when it is indented at least
 * two columns further and does not repeat that item's marker. Chat apps trim a message, so the
 * first line of a list pasted with every line indented arrives unindented: its "-" lines, all with
 * the same marker, stay one level instead of nesting under the first.
 */
export function parseListLines(text: string): ListItem[] {
  const items: ListItem[] = [];
  let parent: { item: ListItem; indent: number; marker: string } | undefined;
  for (const line of withoutIntroduction(text.split(/\r?\n/))) {
    const content = line.replace(LIST_MARKER, "").trim();
    if (content === "") continue;
    const indent = indentOf(line);
    const marker = markerKind(line);
    // "+" nests only under an item of another marker: a list written all with "+" stays one level.
    const nests =
      parent !== undefined &&
      ((SUB_MARKER.test(line) && !parent.marker.startsWith("+")) || (indent >= parent.indent + NEST_INDENT && (marker === "" || marker !== parent.marker)));
    if (parent && nests) parent.item.sub.push(content);
    else {
      const item = { text: content, sub: [] };
      items.push(item);
      parent = { item, indent, marker };
    }
  }
  return items;
}

/**
 * "Các khẩu hiệu:" above the items pasted with it: the list's introduction, no item of it (printed
 * as the first slogan). Only a first line with no marker, ending in ":", with items below it.
 */
function withoutIntroduction(lines: string[]): string[] {
  const filled = lines.filter((line) => line.trim() !== "");
  const [first, ...rest] = filled;
  // The lines below are items of one level, each with its marker: a "+" or indented line below it
  // makes the first line an item with sub-items ("Hoạt động tuyên truyền:" / "+ loa phát thanh").
  const items = rest.length > 0 && rest.every((line) => LIST_MARKER.test(line) && !SUB_MARKER.test(line) && indentOf(line) < NEST_INDENT);
  const introduces = first !== undefined && items && !LIST_MARKER.test(first) && first.trimEnd().endsWith(":");
  return introduces ? rest : lines;
}

function indentOf(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === " ") columns += 1;
    else if (char === "\t") columns += TAB_WIDTH;
    else break;
  }
  return columns;
}

/** A marker's kind, so "1." and "2." or "a)" and "b)" count as the same marker. */
function markerKind(line: string): string {
  const marker = LIST_MARKER.exec(line)?.[0].trim() ?? "";
  return marker.replace(/\d+/g, "9").replace(/^[a-zđ]\)$/iu, "a)").replace(/\s+/g, "");
}
