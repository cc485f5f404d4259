/**
 * A table question in /xuat: answered in the chat (bad cells first, then good), submitted, exported
 * and the .xlsx read back with exceljs: a sheet of its own named after the question, one line per
 * table row with the unit first, typed cells, a "Tổng cộng" row, frozen header and autofilter.
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildExportData, type ExportUnitRow } from "../../src/consolidation/export-data.ts";
import { tableSheetName } from "../../src/consolidation/export-tables.ts";
import { renderExportWorkbook } from "../../src/consolidation/export-workbook.ts";
import type { Answers } from "../../src/templates/field-visibility.ts";
import { createTranscript } from "../helpers/report-transcript.ts";
import { tableTemplate } from "../helpers/table-template.ts";

const template = tableTemplate();

/** The answers a unit submits after typing `table` (and a bad table first). */
function submitted(bad: string, table: string): Answers {
  const t = createTranscript(template);
  t.say("/baocao");
  expect(t.say(bad)).toMatch(/^Bảng chưa được ghi nhận/);
  t.say(table);
  for (const text of ["Không có.", "Nguyễn Văn An", "/nop", "Có"]) t.say(text);
  const effect = t.effects.find((e) => e.type === "submit");
  if (effect?.type !== "submit") throw new Error("not submitted");
  return effect.answers;
}

const row = (code: string, name: string, answers: Answers | null, id: number): ExportUnitRow =>
  ({
    code,
    name,
    submissionId: answers ? id : null,
    status: answers ? "submitted" : null,
    templateId: 1,
    isLate: false,
    currentAnswers: null,
    version: answers ? 1 : null,
    answers,
    submittedBy: answers ? "Nguyễn Văn An" : null,
    submittedAt: answers ? Date.parse("2026-10-08T03:15:00Z") : null,
  }) as ExportUnitRow;

let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  const lienChau = submitted("Hội sách; 2; 1.250; 3,5; 95,5; 32/10/2026", "Hội sách; 2; 1.250; 3,5; 95,5; 02/10/2026\nThi kể chuyện; 1; 80; 2; 90; 05/10/2026");
  const namTrieu = submitted("Sân chơi | vài | 300 | 1 | 85 | 07/10/2026", "Sân chơi trực tuyến | 1 | 300 | 1 | 85 | 07/10/2026");
  const data = buildExportData({
    campaign: { templateId: 1, deadlineAt: Date.parse("2026-10-15T10:00:00Z") },
    template,
    rows: [row("MN-HOA-SEN", "Trường Mầm non Hoa Sen", null, 1), row("TH-LIEN-CHAU", "Trường Tiểu học Liên Châu", lienChau, 2), row("THCS-NAM-TRIEU", "Trường THCS Nam Triệu", namTrieu, 3)],
    authors: [],
    now: Date.parse("2026-10-09T03:15:00Z"),
    timeZone: "Asia/Ho_Chi_Minh",
  });
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderExportWorkbook(data)) as unknown as ArrayBuffer);
});

describe("a table question in the export", () => {
  it("gets a sheet of its own after Tổng hợp and Chi tiết, named after the question within Excel's 31 characters", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết", "Câu 1. Các hoạt động đã tổ chức"]);
    expect(tableSheetName(12, "Danh sách: các lớp [khối 5] / điểm trường?")).toBe("Câu 12. Danh sách các lớp khối…");
    expect(tableSheetName(12, "Danh sách: các lớp [khối 5] / điểm trường?").length).toBeLessThanOrEqual(31);
  });

  it("has one line per table row, the unit's code and name first, numbers as numbers and dates as dates", () => {
    const sheet = workbook.getWorksheet("Câu 1. Các hoạt động đã tổ chức")!;
    const values = sheet.getSheetValues().slice(1).map((v) => (v as unknown[]).slice(1));
    expect(values[0]).toEqual(["Mã đơn vị", "Đơn vị", "Tên hoạt động", "Số buổi", "Số người tham gia", "Số giờ", "Tỉ lệ hài lòng", "Ngày tổ chức"]);
    expect(values.slice(1, 4)).toEqual([
      ["TH-LIEN-CHAU", "Trường Tiểu học Liên Châu", "Hội sách", 2, 1250, 3.5, 0.955, new Date("2026-10-02T00:00:00Z")],
      ["TH-LIEN-CHAU", "Trường Tiểu học Liên Châu", "Thi kể chuyện", 1, 80, 2, 0.9, new Date("2026-10-05T00:00:00Z")],
      ["THCS-NAM-TRIEU", "Trường THCS Nam Triệu", "Sân chơi trực tuyến", 1, 300, 1, 0.85, new Date("2026-10-07T00:00:00Z")],
    ]);
    expect(sheet.getRow(2).getCell(8).numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getRow(2).getCell(5).numFmt).toBe("#,##0");
    expect(sheet.getRow(2).getCell(7).numFmt).toBe("0.0#%");
  });

  it("ends with Tổng cộng over the whole numbers and decimals, and freezes the header and the unit with an autofilter above the total", () => {
    const sheet = workbook.getWorksheet("Câu 1. Các hoạt động đã tổ chức")!;
    const total = sheet.getRow(5);
    expect(total.getCell(1).value).toBe("Tổng cộng");
    expect(total.getCell(4).value).toEqual({ formula: "SUBTOTAL(109,D2:D4)", result: 4 });
    expect([5, 6].map((c) => (total.getCell(c).value as { result: number }).result)).toEqual([1630, 6.5]);
    expect([7, 8].map((c) => total.getCell(c).value)).toEqual([null, null]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:H4");
    expect(sheet.getRow(1).getCell(3).font?.bold).toBe(true);
  });

  it("shows the table readably in its Tổng hợp cell, one row per line", () => {
    const cell = workbook.getWorksheet("Tổng hợp")!.getRow(3).getCell(7);
    expect(cell.value).toBe(
      "Tên hoạt động | Số buổi | Số người tham gia | Số giờ | Tỉ lệ hài lòng | Ngày tổ chức\nHội sách | 2 | 1.250 | 3,5 | 95,5% | 02/10/2026\nThi kể chuyện | 1 | 80 | 2 | 90% | 05/10/2026\nTổng cộng | 3 | 1.330 | 5,5 |  | ",
    );
    expect(cell.alignment?.wrapText).toBe(true);
  });
});
