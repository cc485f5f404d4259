/**
 * A bullet list's items, with their "+" sub-items. Stored as a JSON array where an item without
 * sub-items is a plain string (exactly what lists stored before sub-items existed, so old answers
 * read unchanged) and an item with sub-items is `{ text, sub }`.
 */

export type StoredListItem = string | { text: string; sub: string[]; after?: string[] };

export interface ListItem {
  text: string;
  sub: string[];
  /** Lines that close the item after its sub-items, no items themselves ("Ngoài ra đăng 5 tin bài …"). */
  after?: string[];
}

/** Reads a stored list (old plain string arrays and new ones alike); a lone string is one item. */
export function readListItems(value: unknown): ListItem[] {
  if (typeof value === "string") return value === "" ? [] : [{ text: value, sub: [] }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): ListItem[] => {
    if (typeof item === "string") return [{ text: item, sub: [] }];
    if (item && typeof item === "object" && typeof item.text === "string") {
      const sub = Array.isArray(item.sub) ? item.sub.map(String) : [];
      const after = Array.isArray(item.after) && item.after.length > 0 ? { after: item.after.map(String) as string[] } : {};
      return [{ text: item.text, sub, ...after }];
    }
    return [];
  });
}

/** The stored form: a plain string where there are no sub-items. */
export function storeListItems(items: readonly ListItem[]): StoredListItem[] {
  return items.map((item) => {
    if (item.after?.length) return { text: item.text, sub: [...item.sub], after: [...item.after] };
    return item.sub.length === 0 ? item.text : { text: item.text, sub: [...item.sub] };
  });
}

/** Every text of the list in reading order, sub-items after their item (for lists read as plain lines). */
export function listTexts(value: unknown): string[] {
  return readListItems(value).flatMap((item) => [item.text, ...item.sub, ...(item.after ?? [])]);
}

/** One line per item, sub-items marked "+" under it: a chat message or a spreadsheet cell. */
export function listLines(value: unknown, itemMark: string, subMark: string): string[] {
  // A closing line is no sub-item: it stands where the sub-items do, without their mark.
  const closingIndent = subMark.replace(/\S.*$/u, "");
  return readListItems(value).flatMap((item) => [`${itemMark}${item.text}`, ...item.sub.map((sub) => `${subMark}${sub}`), ...(item.after ?? []).map((line) => `${closingIndent}${line}`)]);
}

/** A line typed as an item of its own: "- ", "• ", "+ " or "* " before it. */
const ITEM_LINE = /^(?:[-•–]\s*|[+*]\s+)(?=\S)/u;

/**
 * A text of several lines as one item: its first line leads and the others follow as sub-items
 * under it, except the lines after the last one typed as an item ("- …"), which close the text
 * ("Ngoài ra đăng 5 tin bài …"): printed "+ " they read as one more item of the list.
 */
export function leadWithLines(lines: readonly string[]): ListItem {
  const [first = "", ...rest] = lines.map((line) => line.trim()).filter((line) => line !== "");
  const bare = (line: string) => line.replace(ITEM_LINE, "");
  const lastItem = rest.map((line) => ITEM_LINE.test(line)).lastIndexOf(true);
  const closing = lastItem === -1 ? [] : rest.slice(lastItem + 1);
  const sub = rest.slice(0, rest.length - closing.length).map(bare);
  return { text: bare(first), sub, ...(closing.length > 0 ? { after: closing } : {}) };
}

/**
 * An item holding line feeds (a consolidated report stored before a unit's text was split into
 * lines) as a line a paragraph: its first line the item, the others sub-items under it (its closing
 * lines after them). Printed in one run, Word shows the line feeds as nothing and the lines as one.
 */
export function unfoldedItem(item: ListItem): ListItem {
  const split = (text: string) => text.split(/\r?\n/).map((line) => line.trim().replace(/^[-•–+*]\s+/u, "")).filter((line) => line !== "");
  const folded = /\n/.test(item.text) ? leadWithLines(item.text.split(/\r?\n/)) : { text: split(item.text)[0] ?? item.text, sub: [], after: [] };
  const after = [...(folded.after ?? []), ...(item.after ?? [])];
  return { text: folded.text, sub: [...folded.sub, ...item.sub.flatMap(split)], ...(after.length > 0 ? { after } : {}) };
}
