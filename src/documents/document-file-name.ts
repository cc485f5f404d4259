/**
 * File names of generated documents, from the document type, the unit and the year, Vietnamese
 * letters kept: "Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026.docx" (and "-v2" for a corrected version; "-đợt-3"
 * before it for a campaign whose name another campaign of the unit already gave its report).
 * `asciiFileName` is the fallback for places that only take ASCII (HTTP's plain filename=).
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

export function documentFileName(documentType: string, unitName: string, year: number, version: number, campaignNumber?: number): string {
  const type = documentType.toLowerCase().replace(/^./u, (c) => c.toUpperCase());
  const words = `${type} ${unitName}`
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .split(/[\s-]+/)
    .filter((w) => w !== "");
  const campaign = campaignNumber === undefined ? "" : `-đợt-${campaignNumber}`;
  const suffix = version > 1 ? `-v${version}` : "";
  return `${words.join("-")}-${year}${campaign}${suffix}.docx`;
}

export function asciiFileName(fileName: string): string {
  return fileName
    .split("-")
    .map((part) => {
      const folded = foldVietnamese(part);
      // An abbreviation stays in capitals ("UBND", "THCS"); a word keeps its capital first letter only.
      if (part.length > 1 && part === part.toUpperCase() && /\p{L}/u.test(part)) return folded.toUpperCase();
      return part[0] && part[0] === part[0].toUpperCase() ? folded.replace(/^./, (c) => c.toUpperCase()) : folded;
    })
    .join("-")
    .replace(/[^A-Za-z0-9.-]/g, "");
}
