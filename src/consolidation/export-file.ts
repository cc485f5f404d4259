/**
 * /xuat's file, made on the main thread in slices: the campaign's units read and built a page at a
 * time, then the workbook written a few milliseconds per turn of the event loop (export-workbook.ts).
 * In the render worker it took twice the memory (the worker's own heap and libraries, a copy of the
 * data: 200 MB over 3,000 units, issue #10 allows 100), and building the data before sending it
 * there held the event loop for 0.4 s.
 */
import type { ExportRepository } from "../db/export-repository.ts";
import { createPacer } from "../pace.ts";
import { createExportBuilder, type ExportInput, isExported } from "./export-data.ts";
import { renderExportWorkbook } from "./export-workbook.ts";
import { unitPages } from "./unit-pages.ts";

export async function writeCampaignExport(exports: ExportRepository, campaignId: number, input: ExportInput): Promise<Buffer> {
  const builder = createExportBuilder(input);
  // One pacer for the reading and the writing: 3 ms slices (pace.ts).
  const pace = createPacer();
  for await (const rows of unitPages(exports, campaignId, pace)) {
    // Who typed each answer, for the reports the export shows.
    const shown = rows.flatMap((row) => (row.submissionId !== null && isExported(row, input.campaign.templateId) ? [row.submissionId] : []));
    builder.add(rows, await exports.answerAuthors(shown));
  }
  return renderExportWorkbook(builder.data(), pace);
}
