/**
 * The heavy part of making a file, as plain data in and bytes out, so it can run in the render
 * worker (render-worker.mjs) away from the event loop that answers webhooks: packing a .docx or
 * writing an .xlsx. Reading the database stays on the main thread; it is quick.
 */
import type { ExportData } from "../consolidation/export-data.ts";
import type { StatusSheetInput } from "../officers/status-sheet.ts";
import type { ReportContent } from "./report-content.ts";

export type RenderJob =
  | { kind: "report-docx"; content: ReportContent }
  | { kind: "export-xlsx"; data: ExportData }
  | { kind: "status-xlsx"; input: StatusSheetInput };

/**
 * Each renderer is imported at its first job: a worker that only ever packs reports never loads
 * exceljs (with its zip and stream libraries, 6-7 MB of heap), and one that only writes sheets
 * never loads docx.
 */
export async function runRenderJob(job: RenderJob): Promise<Buffer> {
  switch (job.kind) {
    case "report-docx":
      return (await import("./render-report.ts")).renderReportDocx(job.content);
    case "export-xlsx":
      return (await import("../consolidation/export-workbook.ts")).renderExportWorkbook(job.data);
    case "status-xlsx":
      return (await import("../officers/status-sheet.ts")).renderStatusSheet(job.input);
  }
}
