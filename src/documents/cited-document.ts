/**
 * The kind of the document a campaign answers, as its citation names it ("Thực hiện Kế hoạch số
 * 45/KH-UBND ..."): typed before the number ("Kế hoạch 45/KH-UBND", "CV 12/UBND"), or read from the
 * number's symbol as Decree 30 writes it (KH, QĐ, HD...; a công văn's symbol has no kind code).
 * Printed after a fixed "Công văn số", a typed kind read "Công văn số Công văn 45/...".
 */
import { vi } from "../sentences/vi.ts";
import { withoutWordNumbering } from "../templates/word-numbering.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

const { kinds, byCode, typedAbbreviations } = vi.officer.documentKinds;

/** "Kế hoạch số 45/KH-UBND" from "45/KH-UBND", "Kế hoạch 45/KH-UBND" or "kh so 45/KH-UBND". */
export function citedDocument(typed: string): string {
  // An answer stored before its Word numbering was taken off ("1) Kế hoạch số …") is read without it.
  const text = withoutWordNumbering(typed.trim());
  const folded = foldVietnamese(text);
  for (const kind of [...kinds, ...Object.keys(typedAbbreviations)]) {
    const name = foldVietnamese(kind);
    if (!folded.startsWith(name) || /[a-z0-9]/.test(folded.charAt(name.length))) continue;
    const rest = text.slice(kind.length).replace(/^[\s.:]*(?:số|so)?[\s.:]*/iu, "");
    return `${typedAbbreviations[kind] ?? kind} số ${rest}`;
  }
  const number = text.replace(/^(?:số|so)[\s.:]+/iu, "");
  // The kind's code is the symbol's first part after the number: 45/KH-UBND.
  const code = foldVietnamese(/\/([^-/\s]+)-/u.exec(number)?.[1] ?? "").toUpperCase();
  return `${byCode[code] ?? kinds[0]} số ${number}`;
}
