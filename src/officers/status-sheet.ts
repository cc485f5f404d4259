/**
 * The full /status list as a spreadsheet (.xlsx), for campaigns too large to list in the chat:
 * one row per unit the campaign requires, in the chat's order (late ones first), with a frozen
 * header, an autofilter, sensible widths, and the submission time as a real date cell.
 */
import ExcelJS from "exceljs";
import type { Template } from "../templates/template-schema.ts";
import { wallClockDate } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { campaignStatus, progressOf, type StatusCampaign, type StatusRow } from "./status-report.ts";

export interface StatusSheetInput {
  campaign: StatusCampaign & { title: string };
  template: Template;
  rows: StatusRow[];
  now: number;
  timeZone: string;
}

const WIDTHS = [16, 40, 34, 12, 26, 18, 10];

export async function renderStatusSheet(input: StatusSheetInput): Promise<Buffer> {
  const { units } = campaignStatus(input.campaign, input.template, input.rows, input.now, input.timeZone);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(vi.status.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = vi.status.sheetColumns.map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getRow(1).font = { bold: true };
  for (const unit of units) {
    const { row } = unit;
    const { answered, total } = progressOf(input.template, row.currentAnswers);
    sheet.addRow([
      row.code,
      row.name,
      unit.text,
      `${answered}/${total}`,
      row.submittedBy ?? "",
      row.status === "submitted" && row.submittedAt ? wallClockDate(row.submittedAt, input.timeZone) : null,
      row.isLate ? vi.yes : "",
    ]);
  }
  sheet.getColumn(6).numFmt = "dd/mm/yyyy hh:mm";
  // Who submitted is a chat name its member chose ("=HYPERLINK(…)"): text, kept so when edited.
  sheet.getColumn(5).numFmt = "@";
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: vi.status.sheetColumns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
