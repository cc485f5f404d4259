/**
 * A text answer typed on a phone without Telex: printed as typed in the official document, as the
 * signer's name is, so said the same way. What reads as such is unmarked-vietnamese.ts's.
 */
import { formatDocumentValue } from "../documents/format-document-value.ts";
import { isTextField } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { typedWithoutMarks } from "../vietnamese/fold-vietnamese.ts";
import { readsAsUnmarkedVietnamese } from "../vietnamese/unmarked-vietnamese.ts";

/** The note for question `number`, when its text answer was typed without a single mark; the signer's lines are read apart (signer-tone-marks.ts). */
export function unmarkedTextNote(template: Template, field: Field, text: string, number: number): string | undefined {
  if (!isTextField(field)) return undefined;
  const { signerAuthority, signerPosition, signerName } = template.closing;
  if (field.id === signerAuthority || field.id === signerPosition || field.id === signerName) return undefined;
  if (!readsAsUnmarkedVietnamese(text)) return undefined;
  // A citation is printed with its kind in the bot's words ("Ke hoach so 45/KH-THLC ngay 5/10"
  // prints "Kế hoạch số 45/KH-THLC ngay 5/10"): "printed as typed" was untrue. The note quotes
  // what is printed, and is said only while the words printed as typed still lack marks.
  const printed = field.cites ? formatDocumentValue(field, text) : text;
  if (printed === text) return vi.report.unmarkedText(number);
  const asTyped = printed.split(/\s+/).filter(typedWithoutMarks).join(" ");
  return readsAsUnmarkedVietnamese(asTyped) ? vi.report.unmarkedText(number, printed) : undefined;
}
