/**
 * An authority line typed where the signer's name is asked ("câu 19: kt hiệu trưởng", "KT. Hiệu
 * trưởng"), or where the position is: stored, the signature block printed it where the name goes,
 * and the authority question stayed empty. Refused, saying what the question wants and at which
 * question the line goes. A position alone at the name ("Phó hiệu trưởng") is signer-answers.ts's.
 */
import type { Field, Template } from "../templates/template-schema.ts";
import { fieldById } from "../templates/template-fields.ts";
import { type Answers } from "../templates/field-visibility.ts";
import { authorityLine } from "../documents/signer-lines.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { vi } from "../sentences/vi.ts";
import { numberOfField } from "./report-navigation.ts";
import { markedSignerLine } from "./signer-tone-marks.ts";
import { AUTHORITY_LINE } from "./authority-forms.ts";

const ACTING = /^q(?:\.\s*|\s+)\S/;

/** Why an authority line at the signer's name or position is asked again, if it is. */
export function signerTitleProblem(template: Template, field: Field, text: string, answers: Answers): string | undefined {
  const { signerAuthority, signerPosition, signerName } = template.closing;
  if (field.id !== signerName && field.id !== signerPosition) return undefined;
  const typed = text.trim().normalize("NFC");
  if (typed.includes("\n") || typed.length > 80) return undefined;
  const folded = foldVietnamese(typed);
  if (!AUTHORITY_LINE.test(folded)) return undefined;
  // "Q. HIỆU TRƯỞNG" (acting) is written on the position's line (NĐ 30): a position, not an authority.
  const acting = ACTING.test(folded);
  if (acting && field.id === signerPosition) return undefined;
  // Where the line goes: the authority question's number, when the template asks it and it is shown.
  const authority = signerAuthority === undefined ? undefined : fieldById(template, signerAuthority);
  const n = authority === undefined ? 0 : numberOfField(template, answers, authority.id);
  // Without an authority question, "KT. HIỆU TRƯỞNG" at the position is the only way to print it.
  if (field.id === signerPosition && n === 0) return undefined;
  // No line to copy where it would be wrong: "Q." goes at the position, and an authority asked as a
  // list ("TM. ỦY BAN NHÂN DÂN", then "KT. CHỦ TỊCH") would lose its other lines to "sửa câu N: …".
  const where = authority && n > 0 && !acting && authority.type !== "bullet-list" ? { n, line: authorityLine(markedSignerLine(template, authority, typed)) } : undefined;
  return vi.typed.authorityNotSigner(typed, field.id === signerName, where);
}
