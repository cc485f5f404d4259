/**
 * The signer's lines as Decree 30 prints them (nd30-format.md, 7a), shared by the document and by
 * the answers shown in the chat and on the web (/xem printed "hiệu trưởng" as typed, the document
 * "HIỆU TRƯỞNG"): the authority and the position in capitals, the name as a name is written.
 */

/** The signer's position, in capitals: "hiệu trưởng" typed is "HIỆU TRƯỞNG". */
export function positionLine(typed: string): string {
  return typed.toUpperCase();
}

/**
 * A signer's answer as the document prints it, for the question `fieldId` of the template's
 * closing; undefined for any other question.
 */
export function signerAsPrinted(closing: { signerAuthority?: string; signerPosition?: string; signerName?: string }, fieldId: string, lines: readonly string[]): string | undefined {
  if (fieldId === closing.signerPosition) return lines.map(positionLine).join("\n");
  if (fieldId === closing.signerAuthority) return lines.map(authorityLine).join("\n");
  if (fieldId === closing.signerName) return lines.map(personName).join("\n");
  return undefined;
}

/** A signer's name typed all in lower case ("nguyễn văn an"), as a name is written: "Nguyễn Văn An". Otherwise as typed. */
export function personName(typed: string): string {
  const name = typed.normalize("NFC").trim();
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** "UBND" as a word of an authority line, whatever its case. */
const UBND_WORD = /(?<![\p{L}\p{N}])ubnd(?![\p{L}\p{N}])/giu;

/**
 * An authority line as Decree 30 prints it (nd30-format.md, 7a): in capitals, the body in full:
 * "TM. UBND" typed is "TM. ỦY BAN NHÂN DÂN" (it was printed "TM. UBND"). Its closing mark is dropped.
 */
export function authorityLine(line: string): string {
  return line.replace(/[.;]$/, "").replace(UBND_WORD, "Ủy ban nhân dân").toUpperCase();
}
