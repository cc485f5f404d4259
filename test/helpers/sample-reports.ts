/**
 * Report contents for document tests: the full demo report, a report with only the required
 * answers, and a long ward name, all built through the real content builder.
 */
import { buildReportContent, type ReportContext } from "../../src/documents/report-content.ts";
import type { Answers } from "../../src/templates/field-visibility.ts";
import { FULL_REPORT_ANSWERS } from "./full-report.ts";
import { builtInTemplate, createTranscript } from "./report-transcript.ts";

export const LIEN_CHAU_CONTEXT: ReportContext = {
  unit: { name: "Trường Tiểu học Liên Châu", parentName: "UBND phường Nam Triệu", placeName: "Nam Triệu" },
  campaign: { issuerName: "UBND phường Nam Triệu", referenceText: "Công văn số 125/UBND-VHXH ngày 05/10/2026 của UBND phường Nam Triệu", year: 2026 },
  issuedOn: "2026-10-08",
};

/** Answers as the engine stores them, after typing `typed` in a fresh conversation. */
export function answersFor(typed: readonly string[]): Answers {
  const t = createTranscript();
  t.say("/baocao");
  for (const text of typed) t.say(text);
  return t.state.answers;
}

export function fullReportContent(context: ReportContext = LIEN_CHAU_CONTEXT) {
  return buildReportContent(builtInTemplate(), answersFor(FULL_REPORT_ANSWERS), context);
}

/** Only what is required: every optional question skipped, no ceremony, no training. */
export const MINIMAL_ANSWERS = [
  "/boqua",
  "Treo băng rôn tại cổng trường.",
  "1",
  "/boqua",
  "Không",
  "Tổ chức Hội sách",
  "0",
  "150",
  "/boqua",
  "/boqua",
  "2",
  "Học sinh tích cực đọc sách",
  "/boqua",
  "/boqua",
  "/boqua",
  "/boqua",
  "/boqua",
  "HIỆU TRƯỞNG",
  "Lê Văn Bình",
] as const;

export function minimalReportContent(context: ReportContext = LIEN_CHAU_CONTEXT) {
  return buildReportContent(builtInTemplate(), answersFor(MINIMAL_ANSWERS), context);
}
