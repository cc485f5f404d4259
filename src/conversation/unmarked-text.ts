/**
 * A text answer typed on a phone without Telex: printed as typed in the official document, as the
 * signer's name is, so said the same way. What reads as such is unmarked-vietnamese.ts's.
 */
import { isTextField } from "../templates/template-fields.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { readsAsUnmarkedVietnamese } from "../vietnamese/unmarked-vietnamese.ts";

/** The note for question `number`, when its text answer was typed without a single mark; the signer's lines are read apart (signer-tone-marks.ts). */
export function unmarkedTextNote(template: Template, field: Field, text: string, number: number): string | undefined {
  if (!isTextField(field)) return undefined;
  const { signerAuthority, signerPosition, signerName } = template.closing;
  if (field.id === signerAuthority || field.id === signerPosition || field.id === signerName) return undefined;
  return readsAsUnmarkedVietnamese(text) ? vi.report.unmarkedText(number) : undefined;
}
