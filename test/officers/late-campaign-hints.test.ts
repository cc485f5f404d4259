/**
 * The officers' commands that act on the open campaigns (/nhacnho ngay, /thongbao, /trangthai) and
 * a closed campaign still taking late reports: named, with the command for it, while units are
 * missing there, and not once all are in. Through the local chat of the demo.
 */
import { sql } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const LAN = { userId: "u3", userName: "Lê Thị Lan" };
const NAM_TRIEU = "thcs-nam-trieu";
const HOA_SEN = "mn-hoa-sen";
const TRANG = { userId: "u5", userName: "Phạm Thị Trang" };
const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
const heard = async (chatId: string) => (await server.repos.localMessages.history(chatId)).filter((m) => m.fromBot).map((m) => m.text);

const { server } = useOfficersChat();

/** Liên Châu submits, Nam Triệu answers question 1, Hoa Sen does nothing; campaign 1 closes still taking late reports. */
async function closeTakingLate(): Promise<void> {
  await server.database.run(sql`update campaigns set late_policy = 'accept'`);
  await submitFullReport(server, LIEN_CHAU, HOA);
  await server.post(NAM_TRIEU, LAN, "/baocao");
  await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[0]!);
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
}

/** A second campaign, open, over the three schools or the codes given (as /dotbaocao stores it). */
async function openSecond(title = "Đợt mới", codes?: string[]) {
  const all = await server.repos.officers.unitIdsButIssuers();
  const schools = codes ? (await Promise.all(codes.map((code) => server.repos.officers.unitByCode(code)))).map((unit) => unit!.id) : all;
  return server.repos.transaction(() =>
    server.repos.directory.insertCampaign({ templateId: 1, title, issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2026-10-30T10:00:00Z") }, schools),
  );
}

it("with another campaign open, a bare /nhacnho ngay and a plain /thongbao act on it and name the closed campaign still taking late reports, with the command for it", async () => {
  await closeTakingLate();
  const second = await openSecond();
  const reminded = text(await server.post(OFFICERS, KHA, "/nhacnho ngay"));
  expect(reminded).toBe(
    [
      "Đã gửi lời nhắc tới 3 đơn vị chưa nộp (Trường Mầm non Hoa Sen, Trường Tiểu học Liên Châu, Trường THCS Nam Triệu).",
      `Lưu ý: đợt 1 "${TITLE}" đã đóng nhưng vẫn nhận báo cáo nộp muộn, không nằm trong lệnh vừa rồi. Để nhắc các đơn vị chưa nộp của đợt này, gõ /nhacnho ngay đợt 1.`,
    ].join("\n"),
  );
  // The notice went to every school, the closed campaign's missing ones too: nothing to point to.
  expect(text(await server.post(OFFICERS, KHA, "/thongbao Họp giao ban thứ Hai"))).toBe(`Đang gửi thông báo tới các đơn vị của "Đợt mới" (số ${second.id}): 3 đơn vị, qua 3 nhóm.`);
  // Named, the closed one's command says nothing more.
  expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay đợt 1"))).toBe("Đã gửi lời nhắc tới 2 đơn vị chưa nộp (Trường Mầm non Hoa Sen, Trường THCS Nam Triệu).");
});

it("a plain /thongbao names the closed campaign still taking late reports only when its missing units were not all sent the notice", async () => {
  await closeTakingLate();
  // Over Liên Châu alone, which has submitted campaign 1: Nam Triệu and Hoa Sen, missing there, get nothing.
  const second = await openSecond("Đợt mới", ["TH-LIEN-CHAU"]);
  expect(text(await server.post(OFFICERS, KHA, "/thongbao Họp giao ban thứ Hai"))).toBe(
    [
      `Đang gửi thông báo tới các đơn vị của "Đợt mới" (số ${second.id}): 1 đơn vị, qua 1 nhóm.`,
      `Lưu ý: đợt 1 "${TITLE}" đã đóng nhưng vẫn nhận báo cáo nộp muộn, không nằm trong lệnh vừa rồi. Để gửi thông báo tới các đơn vị của đợt này, gõ /thongbao đợt 1 nội dung.`,
    ].join("\n"),
  );
  expect((await heard(HOA_SEN)).at(-1)).not.toContain("Họp giao ban");
});

it("once every unit of a closed campaign still taking late reports has submitted, no longer names it: /nhacnho ngay says none is open, a plain /thongbao goes to every unit", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'accept'`);
  await submitFullReport(server, LIEN_CHAU, HOA);
  await submitFullReport(server, NAM_TRIEU, LAN);
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
  expect(text(await submitFullReport(server, HOA_SEN, TRANG))).toMatch(/^Đã nộp/);
  expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay"))).toBe("Hiện không có đợt báo cáo nào đang mở.");
  expect(text(await server.post(OFFICERS, KHA, "/thongbao Nghỉ lễ từ thứ Sáu."))).toBe("Không có đợt báo cáo nào đang mở. Đang gửi thông báo tới tất cả các đơn vị: 3 đơn vị, qua 3 nhóm.");
  expect((await heard(HOA_SEN)).at(-1)).toBe("Thông báo từ cán bộ phụ trách Nguyễn Thị Kha (UBND phường Nam Triệu):\nNghỉ lễ từ thứ Sáu.");
  // With another open, nothing is said of it either.
  await openSecond();
  expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay"))).not.toContain("Lưu ý");
  expect(text(await server.post(OFFICERS, KHA, "/thongbao Họp giao ban thứ Hai"))).not.toContain("Lưu ý");
});

it("with none open, /trangthai shows each closed campaign still taking late reports with units to chase, who is missing, as /trangthai N does; with one open, names it with its command", async () => {
  await closeTakingLate();
  const status = await server.post(OFFICERS, KHA, "/trangthai");
  expect(status[0]!.text).toBe(`Hiện không có đợt báo cáo nào đang mở. Đợt dưới đây đã đóng nhưng vẫn nhận báo cáo nộp muộn và còn đơn vị chưa nộp:`);
  expect(text(status.slice(1))).toBe(text(await server.post(OFFICERS, KHA, "/trangthai 1")));
  // Its late-report policy in the words used elsewhere: "(đã đóng)" alone left it unsaid.
  expect(status[1]!.text).toContain(`Tình hình "${TITLE}" (số 1, đã đóng, vẫn nhận báo cáo nộp muộn) — hạn 17:00 ngày 22/10/2026`);
  expect(status[1]!.text).toContain("MN-HOA-SEN — Trường Mầm non Hoa Sen: chưa bắt đầu");
  expect(status[1]!.text).toContain("THCS-NAM-TRIEU — Trường THCS Nam Triệu: đang làm 1/21");
  const second = await openSecond();
  const withOpen = await server.post(OFFICERS, KHA, "/trangthai");
  expect(withOpen[0]!.text).toMatch(new RegExp(`^Tình hình "Đợt mới" \\(số ${second.id}\\) — `));
  expect(withOpen.at(-1)!.text).toBe(
    `Lưu ý: đợt 1 "${TITLE}" đã đóng nhưng vẫn nhận báo cáo nộp muộn, không nằm trong lệnh vừa rồi. Để xem tình hình nộp báo cáo của đợt này, gõ /trangthai 1.`,
  );
});

it("tells each unit not in, as its campaign closes while another is open, what is true for it: a school that started nothing is not told its group works on another report", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'accept'`);
  const second = await openSecond();
  await server.post(NAM_TRIEU, LAN, "/baocao 1");
  await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[0]!);
  // Liên Châu works on the second campaign's report, and never started the first's.
  await server.post(LIEN_CHAU, HOA, `/baocao ${second.id}`);
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  const seen = (await heard(HOA_SEN)).length;
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
  expect((await heard(HOA_SEN)).slice(seen)).toEqual([
    `Đợt báo cáo "${TITLE}" đã được cán bộ phụ trách đóng; đơn vị chưa nộp báo cáo của đợt này. Báo cáo vẫn được nhận nhưng ghi là nộp muộn: gõ /baocao 1 để bắt đầu báo cáo đợt này.`,
  ]);
  expect((await heard(LIEN_CHAU)).at(-1)).toBe(
    `Đợt báo cáo "${TITLE}" đã được cán bộ phụ trách đóng; đơn vị chưa nộp báo cáo của đợt này. Báo cáo vẫn được nhận nhưng ghi là nộp muộn. Nhóm đang làm báo cáo của đợt khác còn mở: gõ /baocao 1 để chuyển sang báo cáo đợt này.`,
  );
  // Nam Triệu's chat picked campaign 1 (/baocao 1) and stays on it: no "/baocao 1" to type.
  expect((await heard(NAM_TRIEU)).at(-1)).toBe(
    `Đợt báo cáo "${TITLE}" đã được cán bộ phụ trách đóng. Báo cáo đang làm dở của đơn vị vẫn được nhận nhưng ghi là nộp muộn: gõ /baocao để làm tiếp, /nop khi đã xong.`,
  );
});

it("closing a campaign reads the reports in progress once for it and once for the campaign open beside it, not once per unit told", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'accept'`);
  const second = await openSecond();
  const read = vi.spyOn(server.repos.submissions, "unitsWithReportInProgress");
  const found = vi.spyOn(server.repos.submissions, "find");
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
  expect(read.mock.calls.map(([campaignId]) => campaignId)).toEqual([1, second.id]);
  expect(found.mock.calls.filter(([campaignId]) => campaignId === 1)).toEqual([]);
  // Each of the three schools, none started, is still told it may report late by its number.
  expect((await heard(HOA_SEN)).at(-1)).toBe(
    `Đợt báo cáo "${TITLE}" đã được cán bộ phụ trách đóng; đơn vị chưa nộp báo cáo của đợt này. Báo cáo vẫn được nhận nhưng ghi là nộp muộn: gõ /baocao 1 để bắt đầu báo cáo đợt này.`,
  );
});
