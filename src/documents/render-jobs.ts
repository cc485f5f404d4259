/**
 * The heavy part of making a file, as plain data in and bytes out, so it can run in the render
 * worker (render-worker.mjs) away from the event loop that answers webhooks: packing a .docx or
 * writing an .xlsx. Reading the database stays on the main thread; it is quick.
 */
import type { ExportData } from "../consolidation/export-data.ts";
import { renderExportWorkbook } from "../consolidation/export-workbook.ts";
import { renderStatusSheet, type StatusSheetInput } from "../officers/status-sheet.ts";
import type { ReportContent } from "./report-content.ts";
import { renderReportDocx } from "./render-report.ts";

export type RenderJob =
  | { kind: "report-docx"; content: ReportContent }
  | { kind: "export-xlsx"; data: ExportData }
  | { kind: "status-xlsx"; input: StatusSheetInput };

export function runRenderJob(job: RenderJob): Promise<Buffer> {
  switch (job.kind) {
    case "report-docx":
      return renderReportDocx(job.content);
    case "export-xlsx":
      return renderExportWorkbook(job.data);
    case "status-xlsx":
      return renderStatusSheet(job.input);
  }
}
