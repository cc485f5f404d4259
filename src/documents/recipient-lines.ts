/**
 * The "Nơi nhận" list as Decree 30 sets it: "- …;" lines, "." after the last, which is the "Lưu:"
 * line. A People's Committee files with the department that drafted the report ("- Lưu: VT, VHXH.",
 * as the ward seed does); a school or centre keeps "- Lưu: VT.".
 */
import { isPeoplesCommittee } from "./unit-abbreviation.ts";

/**
 * What the list is when the unit skips the question: the Kính gửi recipients ("Như trên"), then the
 * Lưu line. A report with no Kính gửi (the ward's consolidated report in its own campaign) has no
 * one "above" to point to, so only the Lưu line.
 */
const DEFAULT_RECIPIENTS = ["Như trên"];
const ARCHIVE = /^lưu\b/iu;
/** "Lưu: VT" and nothing more, as typed or as the old default. */
const BARE_ARCHIVE = /^lưu\s*:?\s*vt$/iu;

/** The Lưu line without its punctuation, for this issuer. */
export function archiveLine(unitName: string, draftingUnit: string | undefined): string {
  return isPeoplesCommittee(unitName) && draftingUnit ? `Lưu: VT, ${draftingUnit}` : "Lưu: VT";
}

/**
 * The typed list (or the default) as printed lines, the Lưu line last. A bare "Lưu: VT" from a
 * People's Committee is completed with the drafting department, which the decree requires there.
 */
export function recipientLines(typed: string[] | undefined, archive: string, addressed: boolean): string[] {
  const cleaned = (typed ?? (addressed ? DEFAULT_RECIPIENTS : []))
    // "Như trên, lưu VT" typed on one line: two recipients, the Lưu one last.
    .flatMap((r) => r.split(/[,;]\s*(?=lưu\s*:?\s*vt\b)/iu))
    .map((r) => r.replace(/^[-–]\s*/, "").replace(/[.;,]\s*$/, "").trim())
    .filter((r) => r !== "")
    // Each line names a body or a person: "như trên" typed is "Như trên".
    .map((r) => r[0]!.toUpperCase() + r.slice(1));
  const others = cleaned.filter((r) => !ARCHIVE.test(r));
  // "Lưu VT", "lưu: vt, vp": the decree's "Lưu: VT, VP".
  // The departments after VT written as abbreviations are in capitals ("vp" is "VP"); words stay.
  const abbreviations = (rest: string) => rest.replace(/(?<=,\s*)\p{L}{1,6}(?=\s*(?:,|$))/gu, (word) => word.toUpperCase());
  const archives = cleaned.filter((r) => ARCHIVE.test(r)).map((r) => (BARE_ARCHIVE.test(r) ? archive : r.replace(/^lưu\s*:?\s*vt\b(.*)$/iu, (_, rest: string) => `Lưu: VT${abbreviations(rest)}`)));
  const ordered = [...others, ...(archives.length > 0 ? archives : [archive])];
  return ordered.map((r, i) => `- ${r}${i === ordered.length - 1 ? "." : ";"}`);
}
