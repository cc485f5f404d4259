/**
 * The "Nơi nhận" list as Decree 30 sets it: "- …;" lines, "." after the last, which is the "Lưu:"
 * line. A People's Committee files with the department that drafted the report ("- Lưu: VT, VHXH.",
 * as the ward seed does); a school or centre keeps "- Lưu: VT.".
 */
import { foldVietnamese, typedWithoutMarks } from "../vietnamese/fold-vietnamese.ts";
import { isPeoplesCommittee } from "./unit-abbreviation.ts";

/**
 * What the list is when the unit skips the question: the Kính gửi recipients ("Như trên"), then the
 * Lưu line. A report with no Kính gửi (the ward's consolidated report in its own campaign) has no
 * one "above" to point to, so only the Lưu line.
 */
const DEFAULT_RECIPIENTS = ["Như trên"];
/** "Lưu: …", "Lưu VT", typed with its mark or without ("luu vt"); not "Lưu Thị Hoa", a person. */
const ARCHIVE = /^l[ưu]u\s*(?::|(?:vt|hồ sơ|ho so|hs)\b)/iu;
/** "Lưu: VT" and nothing more, as typed or as the old default. */
const BARE_ARCHIVE = /^l[ưu]u\s*:?\s*vt$/iu;
/**
 * Bodies' abbreviations as the decree writes them, by their folded form: "ubnd phuong nam trieu"
 * typed on a phone is printed "UBND …" (a line's first letter alone made it "Ubnd").
 */
const ABBREVIATIONS = new Map(["UBND", "HĐND", "MTTQ", "BCĐ", "THCS", "THPT", "GDĐT", "PGDĐT", "GD&ĐT", "PGD&ĐT", "TTHTCĐ", "VP", "VT"].map((a) => [foldVietnamese(a), a]));

/** The Lưu line without its punctuation, for this issuer. */
export function archiveLine(unitName: string, draftingUnit: string | undefined): string {
  return isPeoplesCommittee(unitName) && draftingUnit ? `Lưu: VT, ${draftingUnit}` : "Lưu: VT";
}

/**
 * The typed list (or the default) as printed lines, the Lưu line last. A bare "Lưu: VT" from a
 * People's Committee is completed with the drafting department, which the decree requires there.
 */
export function recipientLines(typed: string[] | undefined, archive: string, addressed: boolean, known: readonly string[] = []): string[] {
  // Only a name written with its marks and not all in capitals (a header line "UBND PHƯỜNG …" is no way to write it in a list).
  const knownByFold = new Map([...known, ...DEFAULT_RECIPIENTS].filter((name) => !typedWithoutMarks(name) && name !== name.toUpperCase()).map((name) => [foldVietnamese(name), name]));
  const cleaned = (typed ?? (addressed ? DEFAULT_RECIPIENTS : []))
    // "Như trên, lưu VT" typed on one line: two recipients, the Lưu one last.
    .flatMap((r) => r.split(/[,;]\s*(?=l[ưu]u\s*:?\s*vt\b)/iu))
    .map((r) => r.replace(/^[-–]\s*/, "").replace(/[.;,]\s*$/, "").trim())
    .filter((r) => r !== "")
    // A body the report knows (its addressee, the campaign's issuer), typed without its marks, as it
    // is written there; a line typed with marks stays as typed.
    .map((r) => (typedWithoutMarks(r) ? knownByFold.get(foldVietnamese(r)) : undefined) ?? withAbbreviations(r))
    // Each line names a body or a person: "như trên" typed is "Như trên".
    .map((r) => r[0]!.toUpperCase() + r.slice(1));
  const others = cleaned.filter((r) => !ARCHIVE.test(r));
  // "Lưu VT", "lưu: vt, vp": the decree's "Lưu: VT, VP".
  // The departments after VT written as abbreviations are in capitals ("vp" is "VP"); words stay.
  const abbreviations = (rest: string) => rest.replace(/(?<=,\s*)\p{L}{1,6}(?=\s*(?:,|$))/gu, (word) => word.toUpperCase());
  const archives = cleaned.filter((r) => ARCHIVE.test(r)).map((r) => (BARE_ARCHIVE.test(r) ? archive : r.replace(/^l[ưu]u\s*:?\s*vt\b(.*)$/iu, (_, rest: string) => `Lưu: VT${abbreviations(rest)}`)));
  const ordered = [...others, ...(archives.length > 0 ? archives : [archive])];
  return ordered.map((r, i) => `- ${r}${i === ordered.length - 1 ? "." : ";"}`);
}

/** Each word that is a body's abbreviation in the wrong case ("ubnd", "Thcs") in the decree's. */
function withAbbreviations(recipient: string): string {
  return recipient.replace(/[\p{L}&]+/gu, (word) => ABBREVIATIONS.get(foldVietnamese(word)) ?? word);
}
