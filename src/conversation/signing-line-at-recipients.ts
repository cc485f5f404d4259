/**
 * "KT. CHỦ TỊCH" typed where "Nơi nhận báo cáo" is asked: the signature's authority line (Decree 30,
 * ô 8), not an office the report goes to. Stored, it was printed among the recipients in silence.
 * Refused, saying what it is and at which question it goes, as the signer's questions refuse their
 * misplaced parts (signer-title-as-name.ts). So is the signer's position and name ("HT - Nguyễn Văn
 * Bình"), printed among the recipients the same way.
 */
import type { Answers } from "../templates/field-visibility.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { numberOfField } from "./report-navigation.ts";
import { isPositionThenName } from "./signer-answers.ts";

/** KT., TM., TL., TUQ. opening a line (folded); not "Q.", which is also "Quận" in an office's name. */
const SIGNING_LINE = /^(?:k\.?t|t\.?m|t\.?l|t\.?u\.?q)(?:\.\s*|\s+)\S/;
/** A list's mark before a line: "- ", "• ". */
const BULLET = /^[\s\-•*+]+/;

/**
 * A signer's line is refused only with a mark between position and name ("HT - …", "HT. …",
 * "Hiệu trưởng: …"): "Hiệu trưởng Lê Lợi" may be a recipient, the head of a school named for a person.
 */
const SIGNER_SEPARATED = /\s*[-–:,]\s*|(?:^|\s)[Pp]?[Hh][Tt]\.\s/u;

/** Why a recipients' answer is refused, if a line of it is an authority line. */
export function signingLineAtRecipients(template: Template, field: Field, text: string, answers: Answers): string | undefined {
  const { recipients, signerAuthority, signerPosition, signerName } = template.closing;
  if (field.id !== recipients) return undefined;
  const lines = text
    .normalize("NFC")
    .split("\n")
    .map((l) => l.replace(BULLET, "").trim());
  const signer = lines.find((l) => SIGNER_SEPARATED.test(l) && isPositionThenName(l));
  if (signer !== undefined) {
    const position = signerPosition === undefined ? 0 : numberOfField(template, answers, signerPosition);
    const name = signerName === undefined ? 0 : numberOfField(template, answers, signerName);
    return vi.typed.signerAtRecipients(signer, position === 0 || name === 0 ? undefined : { position, name });
  }
  const line = lines.find((l) => SIGNING_LINE.test(foldVietnamese(l)));
  if (line === undefined) return undefined;
  const n = signerAuthority === undefined ? 0 : numberOfField(template, answers, signerAuthority);
  return vi.typed.signingLineAtRecipients(line, n === 0 ? undefined : n);
}
