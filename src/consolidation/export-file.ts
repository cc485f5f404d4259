/**
 * /xuat's file, made on the main thread in slices: the campaign's units read and built a page at a
 * time, then the workbook written a few milliseconds per turn of the event loop (export-workbook.ts).
 * In the render worker it cost twice the memory (the worker's own heap and libraries, a copy of the
 * data), and building the data before sending it there held the event loop for 0.4 s over 3,000 units.
 */
import { createPacer } from "../async-queue.ts";
import type { ExportRepository } from "../db/export-repository.ts";
import { createExportBuilder, type ExportInput } from "./export-data.ts";
import { renderExportWorkbook } from "./export-workbook.ts";

/** Units read and built at a time: a few milliseconds. */
const UNITS_PER_PAGE = 50;
/** The longest the export holds the event loop at a time. */
const SLICE_MS = 3;

export async function writeCampaignExport(exports: ExportRepository, campaignId: number, input: ExportInput): Promise<Buffer> {
  const builder = createExportBuilder(input);
  const pace = createPacer(SLICE_MS);
  for (let after: string | undefined; ; await pace()) {
    const rows = await exports.unitRows(campaignId, { after, limit: UNITS_PER_PAGE });
    // Authors only for submitted versions: the export shows no other answers.
    const submitted = rows.flatMap((row) => (row.submissionId !== null && row.version !== null ? [row.submissionId] : []));
    builder.add(rows, await exports.answerAuthors(submitted));
    if (rows.length < UNITS_PER_PAGE) break;
    after = rows.at(-1)!.code;
  }
  return renderExportWorkbook(builder.data(), pace);
}
