/**
 * Whether stored answers have the shape of `conversationStateSchema`'s answers, checked by hand:
 * every update reads its report's answers back, and zod's check of them (its copy of each list and
 * table included) cost about 40 µs of the update's CPU with 25 answers, against 5 for the rest of
 * the state (issue #12). The rules of `answerValueSchema` (conversation-state.ts), but answers zod
 * would change (a list item's unknown key, which it drops) fail here: the caller then reads them with
 * zod. A test holds the two to the same verdicts.
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** A list item: a string, or an item with "+" sub-items (and no other key, which zod would drop). */
const isListItem = (value: unknown): boolean =>
  typeof value === "string" ||
  (isPlainObject(value) && Object.keys(value).length === 2 && typeof value.text === "string" && Array.isArray(value.sub) && value.sub.every((sub) => typeof sub === "string"));

/** A table answer: `{ rows }` alone, each row a record of strings and numbers. */
function isTable(value: unknown): boolean {
  if (!isPlainObject(value) || !Array.isArray(value.rows)) return false;
  for (const key in value) if (key !== "rows") return false;
  return value.rows.every((row) => isPlainObject(row) && Object.values(row).every((cell) => typeof cell === "string" || isNumber(cell)));
}

/** One answer: text, a figure, yes/no, a list, a table, or a photo question's photo ids. */
export function isAnswerValue(value: unknown): boolean {
  if (typeof value === "string" || typeof value === "boolean" || isNumber(value)) return true;
  if (Array.isArray(value)) return value.every(isListItem) || value.every((id) => Number.isSafeInteger(id));
  return isTable(value);
}

/** Answers by field id, null for a skipped optional question. */
export function isStoredAnswers(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    const answer = value[key];
    if (answer !== null && !isAnswerValue(answer)) return false;
  }
  return true;
}
