/**
 * A marked list item ("- Tổ chức sân chơi trực tuyến") typed where a figure, a date or a choice is
 * asked, once the list is behind and another question has been answered since (the items that
 * follow the list's own answer join it: engine-list-items.ts). It was refused with the asked
 * question's bare reason («Vui lòng nhập một số …»), and the clerk did not know the item went
 * nowhere. The refusal names the list it belongs to, the nearest answered one before the question
 * asked, and how to add to it. Pure.
 */
import { readListItems } from "../templates/list-items.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { barePrompt, vi } from "../sentences/vi.ts";
import { markedItems, TAKES_NO_ITEM } from "./engine-list-items.ts";

/** The refusal naming the list the item is for; undefined when the text is no marked item, or no list is answered before `field`. */
export function itemAfterListHint(template: Template, answers: Answers, field: Field, text: string): string | undefined {
  if (!TAKES_NO_ITEM.has(field.type) || text.length > 4_000 || !markedItems(text)) return undefined;
  const visible = visibleFields(template, answers);
  const here = visible.findIndex((p) => p.field.id === field.id);
  for (let i = here - 1; i >= 0; i--) {
    const earlier = visible[i]!.field;
    const value = answers[earlier.id];
    if (earlier.type !== "bullet-list" || value === undefined || value === null) continue;
    return vi.list.itemAfterList(text.trim(), here + 1, i + 1, barePrompt(earlier.prompt), readListItems(value).length);
  }
  return undefined;
}
