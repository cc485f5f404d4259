/**
 * An answer as it reads inside a sentence of the document: as in the chat (figures 1.250; 12,5%,
 * dates dd/mm/yyyy), except yes/no as "có"/"không" and choices and items opening in lower case,
 * mid-sentence, unless they open with a name (mid-sentence-case.ts).
 */
import type { AnswerValue } from "../templates/answer-parsers.ts";
import { formatAnswer } from "../templates/format-answer.ts";
import { readListItems } from "../templates/list-items.ts";
import type { Field } from "../templates/template-schema.ts";
import { citedDocument } from "./cited-document.ts";
import { midSentenceCase } from "./mid-sentence-case.ts";

export function formatDocumentValue(field: Field, value: AnswerValue): string {
  switch (field.type) {
    case "yes-no":
      return value === true ? "có" : "không";
    case "multiple-choice":
      return (value as string[]).map(midSentenceCase).join("; ");
    case "bullet-list":
      // Mid-sentence a list reads "a; b: b1, b2": its sub-items follow their item.
      // Items keep their typed marks, but not at a joint, where "; " separates them ("a;; b" otherwise).
      return readListItems(value)
        .map((item) => midSentenceCase(item.sub.length === 0 ? bare(item.text) : `${bare(item.text)}: ${item.sub.map(bare).join(", ")}`))
        .join("; ");
    case "single-choice":
      return field.documentText ? midSentenceCase(String(value)) : String(value);
    default:
      // Only a text with a document's number ("12/KH-THLC") is one: "kế hoạch riêng" stays as typed.
      if (field.cites && typeof value === "string" && /\d\s*\/\s*\p{L}/u.test(value)) return citedDocument(value);
      return formatAnswer(field, value);
  }
}

/** An item without the separator its writer ended it with (an ellipsis or "?" stays). */
export const bare = (text: string) => text.replace(/(?<!\.)[;,.:]\s*$/u, "");

