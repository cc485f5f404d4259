/**
 * The heavy part of making a file, as plain data in and bytes out, so it can run in the render
 * worker (render-worker.mjs) away from the event loop that answers webhooks: packing a .docx,
 * writing the status .xlsx, or reading a .docx a user sent. Reading the database stays on the main
 * thread; it is quick. (The export's .xlsx is written on the main thread in slices: export-file.ts.)
 */
import type { StatusSheetInput } from "../officers/status-sheet.ts";
import type { ReportContent } from "./report-content.ts";

export type RenderJob =
  | { kind: "report-docx"; content: ReportContent }
  | { kind: "status-xlsx"; input: StatusSheetInput }
  /** Not a render, but the same kind of heavy work: a .docx read into paragraphs, answered as JSON bytes. */
  | { kind: "read-docx"; bytes: Uint8Array };

/**
 * Each renderer is imported at its first job: a worker that only ever packs reports never loads
 * exceljs (with its zip and stream libraries, 6-7 MB of heap), and one that only writes sheets
 * never loads docx.
 */
export async function runRenderJob(job: RenderJob): Promise<Buffer> {
  switch (job.kind) {
    case "report-docx":
      return (await import("./render-report.ts")).renderReportDocx(job.content);
    case "status-xlsx":
      return (await import("../officers/status-sheet.ts")).renderStatusSheet(job.input);
    case "read-docx": {
      // A user's file may lie about its sizes: refused before the reader inflates it (zip-sizes.ts).
      if (!(await import("../files/zip-sizes.ts")).unpacksAsDeclared(job.bytes)) throw new Error("the file unpacks to more than it declares");
      const paragraphs = await (await import("../word-import/read-word-paragraphs.ts")).readWordParagraphs(job.bytes);
      return Buffer.from(JSON.stringify(paragraphs));
    }
  }
}
