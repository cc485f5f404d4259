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
 * closing; undefined for any other question. The authority is the block's whole (`positionTyped`:
 * the position answered): a deputy's "KT. CHỦ TỊCH", which the document adds, was missing in /xem.
 */
export function signerAsPrinted(
  closing: { signerAuthority?: string; signerPosition?: string; signerName?: string },
  fieldId: string,
  lines: readonly string[],
  positionTyped = "",
): string | undefined {
  if (fieldId === closing.signerPosition) return lines.map(positionLine).join("\n");
  if (fieldId === closing.signerAuthority) return signerBlock(lines, positionTyped).authority.join("\n");
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

/** "PHÓ CHỦ TỊCH", "Phó chủ tịch", "pho chu tich": a deputy, and the head they sign for. */
const DEPUTY = /^ph(?:ó|o)\s+(?<head>\S.*)$/iu;
/**
 * The heads a deputy signs for, as the "KT." line names them: "PHÓ CHỦ TỊCH THƯỜNG TRỰC" signs
 * "KT. CHỦ TỊCH" (it printed "KT. CHỦ TỊCH THƯỜNG TRỰC"). A head not among them is named whole.
 */
const HEADS = ["CHỦ TỊCH", "TRƯỞNG BAN", "BÍ THƯ", "TỔNG GIÁM ĐỐC", "GIÁM ĐỐC", "HIỆU TRƯỞNG", "TRƯỞNG PHÒNG", "CHÁNH VĂN PHÒNG", "CHỦ NHIỆM", "TRƯỞNG ĐOÀN"];
const headOf = (deputyOf: string) => HEADS.find((head) => deputyOf === head || deputyOf.startsWith(`${head} `)) ?? deputyOf;
/** How one signs for a body (TM.) and for its head (KT.), at an authority line's start. */
const FOR_BODY = /^TM\.\s/u;
const FOR_HEAD = /^KT\.\s/u;

/**
 * The signature block's authority lines and position as Decree 30 prints them (nd30-format.md,
 * II.7.b): a deputy signing for a body signs for its head too, "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ
 * TỊCH" above "PHÓ CHỦ TỊCH". With "TM. UBND" and "phó chủ tịch" typed (the ward's authority as one
 * line, not a line a level), the "KT." line was missing from the document. An authority with a
 * "KT." line of its own, or none with "TM.", is printed as typed.
 */
export function signerBlock(authorityTyped: readonly string[], positionTyped: string): { authority: string[]; position: string } {
  const authority = authorityTyped.map(authorityLine);
  const position = positionLine(positionTyped.trim());
  const head = DEPUTY.exec(position.normalize("NFC"))?.groups?.head;
  const forHead = head !== undefined && authority.some((line) => FOR_BODY.test(line)) && !authority.some((line) => FOR_HEAD.test(line));
  return { authority: forHead ? [...authority, `KT. ${headOf(head)}`] : authority, position };
}
