/**
 * "Kính gửi: UBND phường Nam Triệu" typed where another question is asked (the strengths, the plan's
 * reference): the line the document's head already prints (Decree 30, ô 9a), copied from a Word
 * report. Stored, it was printed in the body as the answer. Refused, saying where the line goes.
 */
import type { Answers } from "../templates/field-visibility.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { foldLetters } from "./typed-edit.ts";
import { numberOfField } from "./report-navigation.ts";

/** "Kính gửi", "kinh gui:", "- Kính gửi", opening the text (folded letter by letter). */
const ADDRESSEE_OPENING = /^[\s\-•*]*kinh\s+gui(?![\p{L}\p{N}])/u;

/** Why a text opening with "Kính gửi" is no answer to `field`, if it is one; the template's own addressee question takes it. */
export function addresseeLineProblem(template: Template, field: Field, text: string, answers: Answers): string | undefined {
  const asked = template.closing.addressedTo;
  if (field.id === asked || !ADDRESSEE_OPENING.test(foldLetters(text.slice(0, 40).normalize("NFC")))) return undefined;
  const n = asked === undefined ? 0 : numberOfField(template, answers, asked);
  return vi.typed.addresseeLine(n === 0 ? undefined : n);
}
