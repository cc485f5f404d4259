/**
 * /xuat over more units than one page (export-file.ts reads and builds 50 at a time): the real app
 * on a real database, 250 units inserted out of code order, every third one submitted with its own
 * author, some in progress and some returned; the file made by the document service and opened
 * with exceljs.
 */
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { listFields } from "../../src/templates/template-fields.ts";
import { buildTestApp, type TestApp } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { builtInTemplate } from "../helpers/report-transcript.ts";
import { answersFor } from "../helpers/sample-reports.ts";
import { campaignOverUnitsOutOfOrder } from "../helpers/units-out-of-order.ts";

const UNITS = 250;
const code = (i: number) => `P${String(i).padStart(3, "0")}`;
const submittedUnit = (i: number) => i % 3 === 0;
/** Two answers typed, not submitted (read from the current answers, unlike the submitted ones). */
const inProgressUnit = (i: number) => i % 3 === 1 && i % 2 === 0;
/** Submitted, then returned by an officer: shown with its progress, its answers not exported. */
const returnedUnit = (i: number) => i === 151 || i === 247;

let server: TestApp;
afterEach(() => server.close());

it("lists every unit of a campaign larger than a page once, in code order, with its state, the submitted units' answers and each answer's own author", async () => {
  server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
  const { repos, database } = server;
  const answers = answersFor(FULL_REPORT_ANSWERS);
  const answered = listFields(builtInTemplate()).filter(({ field }) => answers[field.id] !== undefined).length;
  const now = Date.parse("2026-10-08T03:00:00Z");
  const campaignId = await repos.transaction(async () => {
    // The pages must follow the codes, not the ids.
    const { campaignId, inserted } = await campaignOverUnitsOutOfOrder(
      repos,
      UNITS,
      (i) => ({ code: code(i), name: `Trường ${code(i)}`, placeName: "Nam Triệu" }),
      { title: "Đợt nhiều trang", issuerName: "UBND", deadlineAt: now + 86_400_000 },
    );
    for (const { i, unitId } of inserted) {
      if (inProgressUnit(i)) {
        const submission = await repos.submissions.create(campaignId, unitId, now);
        await repos.submissions.saveAnswer(submission.id, "plan_reference", "Kế hoạch số 1", { id: "t", name: "Người gõ" }, now);
        await repos.submissions.saveAnswer(submission.id, "propaganda", "Tuyên truyền", { id: "t", name: "Người gõ" }, now);
        continue;
      }
      if (!submittedUnit(i) && !returnedUnit(i)) continue;
      const author = { id: `u${i}`, name: `Người nhập ${code(i)}` };
      const submission = await repos.submissions.create(campaignId, unitId, now);
      for (const [fieldId, value] of Object.entries(answers)) await repos.submissions.saveAnswer(submission.id, fieldId, value, author, now);
      // Submitted by someone else than who typed: an answer's row names its own author, not the submitter.
      await repos.submissions.recordSubmit(submission.id, 1, answers, { id: `s${i}`, name: `Người nộp ${code(i)}` }, now);
      if (returnedUnit(i)) await repos.officers.returnSubmission(submission.id, "Sửa lại số liệu", now);
    }
    return campaignId;
  });
  await database.run(sql`UPDATE campaigns SET status = 'closed' WHERE id != ${campaignId}`);

  const file = await server.documents.ensureRendered(await repos.documents.createCampaignFile("export", campaignId, "nhieu-trang.xlsx"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file!.content as unknown as ArrayBuffer);

  const summary = workbook.getWorksheet("Tổng hợp")!;
  const codes = summary.getSheetValues().slice(2, 2 + UNITS).map((row) => (row as unknown[])[1]);
  expect(codes).toEqual(Array.from({ length: UNITS }, (_, i) => code(i)));
  expect(summary.getRow(UNITS + 2).getCell(1).value).toBe("Tổng cộng");
  const submittedBy = Array.from({ length: UNITS }, (_, i) => summary.getRow(i + 2).getCell(4).value);
  expect(submittedBy).toEqual(Array.from({ length: UNITS }, (_, i) => (submittedUnit(i) ? `Người nộp ${code(i)}` : null)));
  // Progress counts the questions that apply: all 21 once the opening was held, else 19.
  const state = (i: number) => (submittedUnit(i) ? "đã nộp" : returnedUnit(i) ? "trả lại để sửa, đã trả lời 21/21 câu" : inProgressUnit(i) ? "đang làm 2/21" : "chưa bắt đầu");
  expect(Array.from({ length: UNITS }, (_, i) => summary.getRow(i + 2).getCell(3).value)).toEqual(Array.from({ length: UNITS }, (_, i) => state(i)));
  // The answers themselves, on the last page too: the first question's, as typed.
  const firstAnswer = (i: number) => summary.getRow(i + 2).getCell(7).value;
  for (const i of [0, 99, 201, 249]) expect(firstAnswer(i), code(i)).toBe(answers.plan_reference);
  for (const i of [1, 151, 200]) expect(firstAnswer(i), code(i)).toBeNull();

  const details = workbook.getWorksheet("Chi tiết")!;
  const detailRows = details.getSheetValues().slice(2).map((row) => row as unknown[]);
  const submittedCount = Array.from({ length: UNITS }, (_, i) => i).filter(submittedUnit).length;
  expect(detailRows).toHaveLength(submittedCount * answered);
  // Each answer's author is the one of its own unit, whichever page the unit was read in.
  for (const row of detailRows) expect(row[5]).toBe(`Người nhập ${String(row[1]).replace("Trường ", "")}`);
});
