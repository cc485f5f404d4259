/**
 * A bullet list's items, with their "+" sub-items. Stored as a JSON array where an item without
 * sub-items is a plain string (exactly what lists stored before sub-items existed, so old answers
 * read unchanged) and an item with sub-items is `{ text, sub }`.
 */

export type StoredListItem = string | { text: string; sub: string[] };

export interface ListItem {
  text: string;
  sub: string[];
}

/** Reads a stored list (old plain string arrays and new ones alike); a lone string is one item. */
export function readListItems(value: unknown): ListItem[] {
  if (typeof value === "string") return value === "" ? [] : [{ text: value, sub: [] }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): ListItem[] => {
    if (typeof item === "string") return [{ text: item, sub: [] }];
    if (item && typeof item === "object" && typeof item.text === "string") {
      const sub = Array.isArray(item.sub) ? item.sub.map(String) : [];
      return [{ text: item.text, sub }];
    }
    return [];
  });
}

/** The stored form: a plain string where there are no sub-items. */
export function storeListItems(items: readonly ListItem[]): StoredListItem[] {
  return items.map((item) => (item.sub.length === 0 ? item.text : { text: item.text, sub: [...item.sub] }));
}

/** Every text of the list in reading order, sub-items after their item (for lists read as plain lines). */
export function listTexts(value: unknown): string[] {
  return readListItems(value).flatMap((item) => [item.text, ...item.sub]);
}

/** One line per item, sub-items marked "+" under it: a chat message or a spreadsheet cell. */
export function listLines(value: unknown, itemMark: string, subMark: string): string[] {
  return readListItems(value).flatMap((item) => [`${itemMark}${item.text}`, ...item.sub.map((sub) => `${subMark}${sub}`)]);
}

/**
 * An item holding line feeds (a consolidated report stored before a unit's text was split into
 * lines) as a line a paragraph: its first line the item, the others sub-items under it. Printed in
 * one run, Word shows the line feeds as nothing and the lines as one.
 */
export function unfoldedItem(item: ListItem): ListItem {
  const split = (text: string) => text.split(/\r?\n/).map((line) => line.trim().replace(/^[-•–+*]\s+/u, "")).filter((line) => line !== "");
  const [first = item.text, ...rest] = split(item.text);
  return { text: first, sub: [...rest, ...item.sub.flatMap(split)] };
}
