/**
 * /xuat through the real app and the local chat: the demo's three schools (one submitted, one
 * returned and submitted again, one not started), the .xlsx downloaded by its signed link and
 * opened with exceljs; refusals for staff and for a campaign that does not exist.
 */
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU, MINH, type TestApp } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { KHA, OFFICERS, text } from "../helpers/officers-chat.ts";

const LAN = { userId: "u3", userName: "Lê Thị Lan" };
const NAM_TRIEU = "thcs-nam-trieu";
const CAMPAIGN_TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
/** Vietnam wall-clock time as the sheet's date cells hold it (their UTC fields read the local time). */
const local = (isoLocal: string) => new Date(`${isoLocal}Z`);

let server: TestApp;
let now = Date.parse("2026-10-08T03:15:00Z");
const at = (iso: string) => (now = Date.parse(iso));
beforeEach(async () => {
  now = Date.parse("2026-10-08T03:15:00Z");
  server = await buildTestApp({ now: () => new Date(now) });
});
afterEach(() => server.close());

async function answerAll(chatId: string, member: typeof HOA, answers: readonly string[]) {
  await server.post(chatId, member, "/baocao");
  for (const answer of answers) await server.post(chatId, member, answer);
}
async function submit(chatId: string, member: typeof HOA) {
  await server.post(chatId, member, "/nop");
  expect(text(await server.post(chatId, member, "Có"))).toMatch(/^Đã nộp/);
}

/** Liên Châu: Hoa answers, Minh corrects question 8, Hoa submits. Nam Triệu: v1 returned, v2 with 10 sessions. */
async function seedReports() {
  await answerAll(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS);
  at("2026-10-08T04:00:00Z");
  await server.post(LIEN_CHAU, MINH, "/sua 8");
  await server.post(LIEN_CHAU, MINH, "7");
  at("2026-10-08T05:30:00Z");
  await submit(LIEN_CHAU, HOA);
  at("2026-10-09T02:00:00Z");
  await answerAll(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS.map((a, i) => (i === 7 ? "4" : i === 8 ? "120" : a)));
  await submit(NAM_TRIEU, LAN);
  expect(text(await server.post(OFFICERS, KHA, "/tralai THCS-NAM-TRIEU Số buổi tập huấn chưa đúng"))).toMatch(/^Đã trả lại/);
  at("2026-10-10T08:45:00Z");
  await server.post(NAM_TRIEU, LAN, "/sua 8");
  await server.post(NAM_TRIEU, LAN, "10");
  await submit(NAM_TRIEU, LAN);
  at("2026-10-10T09:00:00Z");
}

async function exportWorkbook(command = "/xuat") {
  const replies = await server.post(OFFICERS, KHA, command);
  const url = replies.find((m) => m.document)?.document?.url;
  if (!url) throw new Error(`no document in: ${text(replies)}`);
  const response = await server.app.inject(new URL(url).pathname);
  expect(response.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return { replies, workbook };
}

describe("/xuat", () => {
  it("says plainly there is nothing to export while no unit has submitted, with how many units there are, and makes no file", async () => {
    expect(text(await server.post(OFFICERS, KHA, "/xuat"))).toBe(
      `Đợt 1 "${CAMPAIGN_TITLE}" chưa có đơn vị nào nộp báo cáo (0/3 đơn vị) nên chưa có số liệu để xuất. Gõ /trangthai 1 để xem tình hình các đơn vị.`,
    );
    expect(await server.repos.documents.get(1)).toBeUndefined();
    expect((await server.repos.activity.list(1)).map((entry) => entry.action)).not.toContain("exported");
  });

  it("says how many reports were returned and wait to be sent again when those are a campaign's only ones, and makes no file", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    expect(text(await server.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU Thiếu số liệu"))).toMatch(/^Đã trả lại/);
    const replies = await server.post(OFFICERS, KHA, "/xuat");
    expect(text(replies)).toBe(
      `Đợt 1 "${CAMPAIGN_TITLE}" hiện chưa có báo cáo nào đã nộp (0/3 đơn vị) nên chưa có số liệu để xuất: 1 báo cáo đã được trả lại để sửa và đang chờ đơn vị nộp lại. Gõ /trangthai 1 để xem tình hình các đơn vị.`,
    );
    expect((await server.repos.activity.list(1)).map((entry) => entry.action)).not.toContain("exported");
    // No spreadsheet queued to render (the returned report's own .docx is the only file) nor sent.
    expect((await server.database.db.select().from(server.database.tables.documents)).map((d) => d.kind)).toEqual(["report"]);
    expect(replies.filter((m) => m.document)).toEqual([]);
  });

  it("with none open and no closed campaign with figures, a plain /xuat says how to name a closed one, with no campaign as an example (it gave one with nothing in)", async () => {
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong chac"))).toMatch(/^Đã đóng đợt báo cáo/);
    expect(text(await server.post(OFFICERS, KHA, "/xuat"))).toBe("Hiện không có đợt báo cáo nào đang mở. Gõ /xuat kèm số đợt để chọn một đợt đã đóng.");
  });

  it("answers in the officers' chat with a short text and the .xlsx as a document", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const replies = await server.post(OFFICERS, KHA, "/xuat");
    expect(replies.map((m) => m.text)).toEqual([
      `Đang xuất số liệu đợt báo cáo số 1 "${CAMPAIGN_TITLE}". Tệp Excel được gửi ngay sau tin này.`,
      `Số liệu "${CAMPAIGN_TITLE}": tổng hợp theo đơn vị và chi tiết từng câu trả lời`,
    ]);
    expect(replies[1]?.document?.name).toBe("Số-liệu-đợt-1-08-10-2026.xlsx");
    expect(replies[1]?.document?.url).toMatch(/\/files\//);
  });

  it("lists every required unit on Tổng hợp with its latest submitted answers as typed cells, and sums the figures", async () => {
    await seedReports();
    const sheet = (await exportWorkbook()).workbook.getWorksheet("Tổng hợp")!;
    const header = sheet.getRow(1).values as unknown[];
    expect(header.slice(1, 8)).toEqual(["Mã đơn vị", "Đơn vị", "Trạng thái", "Người nộp", "Thời điểm nộp", "Phiên bản", "Kế hoạch tổ chức Tuần lễ của đơn vị (số, ngày ban hành)?"]);
    // The questions without numbers: over all questions they were not a unit's own (Chi tiết's).
    expect(header[14]).toBe("Số buổi tập huấn, sinh hoạt chuyên đề đã tổ chức?");
    expect(header.slice(-1)).toEqual(["Họ và tên người ký?"]);
    expect(sheet.rowCount).toBe(5);
    expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(1).value)).toEqual(["MN-HOA-SEN", "TH-LIEN-CHAU", "THCS-NAM-TRIEU"]);

    const notStarted = sheet.getRow(2);
    expect([notStarted.getCell(2).value, notStarted.getCell(3).value]).toEqual(["Trường Mầm non Hoa Sen", "chưa bắt đầu"]);
    for (let column = 4; column <= 27; column++) expect(notStarted.getCell(column).value, `column ${column}`).toBeNull();

    const lienChau = sheet.getRow(3);
    const cells = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => lienChau.getCell(from + i).value);
    expect(cells(3, 6)).toEqual(["đã nộp", "Nguyễn Thị Hoa", local("2026-10-08T12:30:00"), 1]);
    expect(cells(7, 18)).toEqual([
      "Kế hoạch số 192/KH-THLC ngày 27/9/2026",
      "Treo băng rôn, khẩu hiệu tại cổng trường; tuyên truyền qua loa phát thanh của trường.",
      "Băng rôn, khẩu hiệu, áp phích; Trang thông tin điện tử",
      "Xây dựng năng lực tự học trong kỷ nguyên số\nHọc tập suốt đời – chìa khóa của mọi thành công",
      "Có",
      new Date("2026-10-02T00:00:00Z"),
      "Tổ chức Hội sách\nTổ chức các sân chơi trực tuyến cho học sinh",
      7,
      290,
      2000,
      350,
      0.955,
    ]);
    expect(lienChau.getCell(10).alignment?.wrapText).toBe(true);
    expect(lienChau.getCell(12).numFmt).toBe("dd/mm/yyyy");
    expect(lienChau.getCell(25).value).toBeNull();

    const namTrieu = sheet.getRow(4);
    expect([namTrieu.getCell(3).value, namTrieu.getCell(4).value, namTrieu.getCell(5).value, namTrieu.getCell(6).value, namTrieu.getCell(14).value, namTrieu.getCell(15).value]).toEqual([
      "đã nộp",
      "Lê Thị Lan",
      local("2026-10-10T15:45:00"),
      2,
      10,
      120,
    ]);

    const total = sheet.getRow(5);
    expect(total.getCell(1).value).toBe("Tổng cộng");
    expect(total.getCell(14).value).toEqual({ formula: "SUBTOTAL(109,N2:N4)", result: 17 });
    expect([15, 16, 17].map((c) => (total.getCell(c).value as { result: number }).result)).toEqual([410, 4000, 700]);
    expect(total.getCell(18).value).toBeNull();
  });

  it("freezes the header, sets column widths and an autofilter on both sheets", async () => {
    await seedReports();
    const { workbook } = await exportWorkbook();
    const summary = workbook.getWorksheet("Tổng hợp")!;
    const details = workbook.getWorksheet("Chi tiết")!;
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(details.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(summary.autoFilter).toBe("A1:AA4");
    expect(details.autoFilter).toBe("A1:F43");
    expect([summary.getColumn(2).width, summary.getColumn(14).width, summary.getColumn(8).width]).toEqual([36, 14, 48]);
    expect(details.getColumn(3).width).toBe(60);
  });

  it("says on Tổng hợp a report sent after an early close, before the deadline, was late for the close, as /trangthai and the board do; one after the deadline, plain late", async () => {
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
    at("2026-10-09T03:15:00Z");
    await submitFullReport(server, LIEN_CHAU, HOA);
    at("2026-10-23T03:15:00Z");
    await submitFullReport(server, NAM_TRIEU, LAN);
    const sheet = (await exportWorkbook("/xuat 1")).workbook.getWorksheet("Tổng hợp")!;
    const states = Object.fromEntries([2, 3, 4].map((r) => [sheet.getRow(r).getCell(1).value, sheet.getRow(r).getCell(3).value]));
    // It read a bare "(muộn)" for a report sent before a deadline not yet passed.
    expect(states).toEqual({ "MN-HOA-SEN": "QUÁ HẠN, chưa bắt đầu", "TH-LIEN-CHAU": "đã nộp (muộn: sau khi đợt đóng, trước hạn nộp)", "THCS-NAM-TRIEU": "đã nộp (muộn)" });
  });

  it("lists on Chi tiết one row per answer of each latest submitted version, with who answered and when", async () => {
    await seedReports();
    const sheet = (await exportWorkbook()).workbook.getWorksheet("Chi tiết")!;
    const rows = sheet.getSheetValues().slice(1).map((values) => (values as unknown[]).slice(1));
    expect(rows[0]).toEqual(["Đơn vị", "Câu", "Câu hỏi", "Trả lời", "Người trả lời", "Thời điểm"]);
    expect(rows).toHaveLength(1 + 21 + 21);
    expect(rows[1]).toEqual(["Trường Tiểu học Liên Châu", 1, "Kế hoạch tổ chức Tuần lễ của đơn vị (số, ngày ban hành)?", "Kế hoạch số 192/KH-THLC ngày 27/9/2026", "Nguyễn Thị Hoa", local("2026-10-08T10:15:00")]);
    expect(rows[8]).toEqual(["Trường Tiểu học Liên Châu", 8, "Số buổi tập huấn, sinh hoạt chuyên đề đã tổ chức?", 7, "Trần Văn Minh", local("2026-10-08T11:00:00")]);
    expect(rows[19]?.slice(1, 4)).toEqual([19, "Nếu người ký ký thay thủ trưởng, ghi quyền hạn ký (ví dụ KT. HIỆU TRƯỞNG)?", "(bỏ qua)"]);
    const namTrieuSessions = rows.filter((r) => r[0] === "Trường THCS Nam Triệu" && r[1] === 8);
    expect(namTrieuSessions).toEqual([["Trường THCS Nam Triệu", 8, "Số buổi tập huấn, sinh hoạt chuyên đề đã tổ chức?", 10, "Lê Thị Lan", local("2026-10-10T15:45:00")]]);
    expect(rows.some((r) => r[0] === "Trường Mầm non Hoa Sen")).toBe(false);
  });

  it("numbers a unit's rows on Chi tiết as its chat does, over the questions shown to it, so that 'sửa câu N' names the row's question", async () => {
    // Nam Triệu held no opening: the date's question is not asked, and the questions after it move up one.
    expect(FULL_REPORT_ANSWERS[4]).toBe("Có");
    await answerAll(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS.flatMap((a, i) => (i === 4 ? ["Không"] : i === 5 ? [] : [a])));
    await submit(NAM_TRIEU, LAN);
    const sheet = (await exportWorkbook()).workbook.getWorksheet("Chi tiết")!;
    const rows = sheet.getSheetValues().slice(2).map((values) => (values as unknown[]).slice(1));
    const sessions = rows.find((r) => r[0] === "Trường THCS Nam Triệu" && r[2] === "Số buổi tập huấn, sinh hoạt chuyên đề đã tổ chức?");
    expect(sessions?.[1]).toBe(7);
    expect(text(await server.post(NAM_TRIEU, LAN, "/sua 7"))).toMatch(/Số buổi tập huấn, sinh hoạt chuyên đề đã tổ chức\?/);
  });

  it("keeps an answer or a member's name that reads as a formula a text, in the text format, so that editing the cell does not run it", async () => {
    const EVIL = { userId: "u9", userName: "=HYPERLINK(\"http://x.example\",\"Bấm\")" };
    const answers = FULL_REPORT_ANSWERS.map((a, i) => (i === 1 ? "+cmd|' /C calc'!A0" : i === 13 ? "=1+1" : a));
    await answerAll(LIEN_CHAU, EVIL, answers);
    await submit(LIEN_CHAU, EVIL);
    const { workbook } = await exportWorkbook();
    const cells: ExcelJS.Cell[] = [];
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && /^[=+]/.test(cell.value) && cells.push(cell))));
    expect(cells.map((c) => c.value)).toEqual(expect.arrayContaining(["+cmd|' /C calc'!A0", "=1+1", EVIL.userName]));
    // Texts, never formulas, each in the text format.
    for (const cell of cells) expect([cell.type, cell.numFmt], String(cell.value)).toEqual([ExcelJS.ValueType.String, "@"]);
  });

  it("writes a paragraph pasted with '•<tab>' bullets with the document's '- ' item marks on both sheets (the cell kept '•\\t')", async () => {
    const answers = FULL_REPORT_ANSWERS.map((a, i) => (i === 1 ? "•\tTreo băng rôn tại cổng trường\n•\tTuyên truyền qua loa phát thanh" : a));
    await answerAll(LIEN_CHAU, HOA, answers);
    await submit(LIEN_CHAU, HOA);
    const { workbook } = await exportWorkbook();
    const written = "- Treo băng rôn tại cổng trường\n- Tuyên truyền qua loa phát thanh";
    expect(workbook.getWorksheet("Tổng hợp")!.getRow(3).getCell(8).value).toBe(written);
    const details: unknown[] = [];
    workbook.getWorksheet("Chi tiết")!.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && cell.value.includes("băng rôn") && details.push(cell.value))));
    expect(details).toEqual([written]);
  });

  it("credits a submitted answer to whoever gave it, not to a later correction not yet submitted", async () => {
    await seedReports();
    // Minh corrects question 10 after Liên Châu's submission, and does not submit.
    await server.post(LIEN_CHAU, MINH, "/sua 10 2.500");
    const sheet = (await exportWorkbook()).workbook.getWorksheet("Chi tiết")!;
    const rows = sheet.getSheetValues().slice(2).map((values) => (values as unknown[]).slice(1));
    // The submitted 2.000: the answers table holds only Minh's correction now, so the submitter, at the submission.
    expect(rows.find((r) => r[0] === "Trường Tiểu học Liên Châu" && r[1] === 10)).toEqual(["Trường Tiểu học Liên Châu", 10, "Số lượt bạn đọc được thư viện, tủ sách phục vụ trong Tuần lễ?", 2000, "Nguyễn Thị Hoa", local("2026-10-08T12:30:00")]);
  });

  it("picks a campaign by number or title, and the open one without argument", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong chac"))).toMatch(/^Đã đóng đợt báo cáo/);
    // The closed campaign's figures are named with the command that exports them (it said only that none was open).
    expect(text(await server.post(OFFICERS, KHA, "/xuat"))).toBe(
      `Hiện không có đợt báo cáo nào đang mở. Đợt 1 "${CAMPAIGN_TITLE}" đã đóng và có số liệu của 1/3 đơn vị đã nộp: gõ /xuat 1 để nhận tệp Excel số liệu của đợt này.`,
    );
    expect(text(await server.post(OFFICERS, KHA, "/xuat 1"))).toMatch(/^Đang xuất số liệu đợt báo cáo số 1 /);
    expect(text(await server.post(OFFICERS, KHA, "/export hoc tap suot doi"))).toMatch(/^Đang xuất số liệu đợt báo cáo số 1 /);
    expect((await server.database.db.select().from(server.database.tables.documents)).filter((d) => d.kind === "export")).toHaveLength(2);
  });

  it("names the closed campaign with figures behind newer empty ones to a plain /xuat, and never says none is open when several are (from the code review and the retest)", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong chac"))).toMatch(/^Đã đóng đợt báo cáo/);
    const templateId = (await server.repos.directory.campaignById(1))!.templateId;
    const units = (await server.repos.directory.listUnits()).map((u) => u.id);
    const open = (title: string) => server.repos.directory.insertCampaign({ templateId, title, issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2026-12-30T10:00:00Z") }, units);
    // Four newer campaigns, closed with nothing submitted: the newest three alone hid campaign 1.
    for (const n of [2, 3, 4, 5]) await open(`Đợt trống ${n}`);
    await server.database.run(sql`update campaigns set status = 'closed' where id > 1`);
    expect(text(await server.post(OFFICERS, KHA, "/xuat"))).toMatch(/^Hiện không có đợt báo cáo nào đang mở\. Đợt 1 "[^"]+" đã đóng và có số liệu của 1\/3 đơn vị đã nộp: gõ \/xuat 1/);
    // Two open: the choice among them, not "none is open".
    await open("Đợt mở A");
    await open("Đợt mở B");
    const reply = text(await server.post(OFFICERS, KHA, "/xuat"));
    expect(reply).not.toMatch(/không có đợt báo cáo nào đang mở/);
    expect(reply).toContain("Đợt mở A");
  });

  it("tells the officer in Vietnamese when the campaign asked for does not exist, and lists the campaigns", async () => {
    expect(text(await server.post(OFFICERS, KHA, "/xuat 99"))).toBe(
      `Không tìm thấy đợt báo cáo "99". Gõ /xuat kèm số đợt hoặc tên đợt.\nCác đợt báo cáo:\n1. ${CAMPAIGN_TITLE} (đang mở)`,
    );
    // A number no campaign has is not read as a title containing it (the demo's title holds "2026").
    expect(text(await server.post(OFFICERS, KHA, "/xuat 6"))).toMatch(/^Không tìm thấy đợt báo cáo "6"\./);
    expect(text(await server.post(OFFICERS, KHA, "/xuat 2026"))).toMatch(/^Không tìm thấy đợt báo cáo "2026"\./);
    expect(await server.repos.documents.get(1)).toBeUndefined();
  });

  it("refuses a unit's staff, in their chat and in the officers' chat, and makes no file", async () => {
    expect(text(await server.post(LIEN_CHAU, HOA, "/xuat"))).toBe("Lệnh này chỉ dành cho cán bộ phụ trách.");
    expect(text(await server.post(OFFICERS, HOA, "/export"))).toBe("Lệnh này chỉ dành cho cán bộ phụ trách.");
    expect(await server.repos.documents.get(1)).toBeUndefined();
  });
});
