/**
 * The signature block typed on a phone without tone marks: "KT. HIEU TRUONG", "pho hieu truong"
 * were printed so in the official document. A position the bot knows gets its marks back, in the
 * case it was typed in; a name it cannot know is kept, and the clerk told how to type it again.
 */
import type { Field, Template } from "../templates/template-schema.ts";
import { foldVietnamese, typedWithoutMarks } from "../vietnamese/fold-vietnamese.ts";
import { needsNoMarks } from "../vietnamese/plain-syllables.ts";
import { vi } from "../sentences/vi.ts";
import { AUTHORITY_PREFIX } from "./authority-forms.ts";

/** Positions of signers, with their marks, by their folded words. */
const POSITIONS = new Map(
  ["hiệu trưởng", "chủ tịch", "giám đốc", "trưởng phòng", "trưởng ban", "tổ trưởng", "bí thư", "chánh văn phòng", "thủ trưởng", "ủy ban nhân dân"].flatMap((position) => [
    [foldVietnamese(position), position],
    [foldVietnamese(`phó ${position}`), `phó ${position}`],
  ]),
);
/**
 * How one signs for another as the decree writes it, whatever was typed: "kt hieu truong",
 * "K.T HIỆU TRƯỞNG", "KT.HIỆU TRƯỞNG" → "KT. HIỆU TRƯỞNG" (without its dot the line was printed so).
 */
const decreeAuthority = (value: string) => value.replace(AUTHORITY_PREFIX, (_, form: string) => `${form.replace(/\./g, "").toUpperCase()}. `);

/**
 * Positions clerks shorten ("HT", "PHT", "Phó HT", "KT. HT"), folded: the document printed "HT"
 * above the signature. Written out in capitals, as the decree's block prints positions.
 */
const ABBREVIATED = /^(pho\s+|p\.?\s*)?(ht|ct|gd)\.?$/;
const WRITTEN_OUT: Record<string, string> = { ht: "HIỆU TRƯỞNG", ct: "CHỦ TỊCH", gd: "GIÁM ĐỐC" };
const writtenOut = (value: string) => {
  const prefix = AUTHORITY_PREFIX.exec(value)?.[0] ?? "";
  const short = ABBREVIATED.exec(foldVietnamese(value.slice(prefix.length)));
  return short ? `${prefix.toUpperCase()}${short[1] ? "PHÓ " : ""}${WRITTEN_OUT[short[2]!]}` : value;
};

/**
 * The signer's authority or position with its marks put back, when it was typed without any and is
 * one the bot knows, and written out when it was shortened.
 */
export function markedSignerLine(template: Template, field: Field, typed: string): string {
  const { signerAuthority, signerPosition } = template.closing;
  if (field.id !== signerAuthority && field.id !== signerPosition) return typed;
  const value = writtenOut(field.id === signerAuthority ? decreeAuthority(typed) : typed);
  if (!typedWithoutMarks(value)) return value;
  const prefix = AUTHORITY_PREFIX.exec(value)?.[0] ?? "";
  const rest = value.slice(prefix.length).trim();
  const marked = POSITIONS.get(rest.toLowerCase().replace(/\s+/g, " "));
  if (!marked) return value;
  // After "KT." the position is in capitals, as the decree writes it.
  const shown = prefix !== "" || rest === rest.toUpperCase() ? marked.toUpperCase() : rest[0] === rest[0]!.toUpperCase() ? marked[0]!.toUpperCase() + marked.slice(1) : marked;
  return `${prefix.toUpperCase()}${shown}`;
}

/**
 * Said after a signer's name typed without tone marks: printed as typed, unless typed again. A name
 * of one word written so ("Lan", "Minh") lacks nothing, and is not said to. A whole name is still
 * told: "Tran Thi Lan" is all plain syllables, but the family names are mostly marked (Trần, Lê, Vũ).
 */
export function unmarkedNameNote(template: Template, field: Field, value: string, number: number): string | undefined {
  const oneWord = !/\s/.test(value.trim());
  return field.id === template.closing.signerName && typedWithoutMarks(value) && !(oneWord && needsNoMarks(value)) ? vi.report.unmarkedName(value, number) : undefined;
}
