/**
 * The officers' side of a closed campaign: /trangthai N, /tralai and /tonghop N say what a campaign
 * closed refusing late reports means for the units not in (they will not submit, nor be added),
 * and a closed campaign taking them still reads as before. Through the local chat of the demo.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";

const LAN = { userId: "u3", userName: "Lê Thị Lan" };
const NAM_TRIEU = "thcs-nam-trieu";
const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";

const { server, setNow } = useOfficersChat();

/** Liên Châu submits, Nam Triệu answers question 1, Hoa Sen does nothing; then campaign 1 closes with `policy`. */
async function closeWithUnitsBehind(policy: "refuse" | "accept"): Promise<void> {
  await server.database.run(sql`update campaigns set late_policy = ${policy}`);
  await submitFullReport(server, LIEN_CHAU, HOA);
  await server.post(NAM_TRIEU, LAN, "/baocao");
  await server.post(NAM_TRIEU, LAN, FULL_REPORT_ANSWERS[0]!);
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
}

it("counts the units not in when a campaign closed refusing late reports as not submitted in the officers' /trangthai N, not as in progress or not started", async () => {
  await closeWithUnitsBehind("refuse");
  expect(text(await server.post(OFFICERS, KHA, "/trangthai 1"))).toBe(
    [
      `Tình hình "${TITLE}" (số 1, đã đóng, không nhận báo cáo nộp muộn) — hạn 17:00 ngày 22/10/2026`,
      "Đã nộp: 1 · Không nộp: 2 · Trả lại: 0",
      "",
      "MN-HOA-SEN — Trường Mầm non Hoa Sen: không nộp",
      "THCS-NAM-TRIEU — Trường THCS Nam Triệu: không nộp (đã trả lời 1/21 câu)",
      "TH-LIEN-CHAU — Trường Tiểu học Liên Châu: đã nộp — Nguyễn Thị Hoa, 10:15 ngày 08/10/2026",
    ].join("\n"),
  );
});

it("still counts a closed campaign's units in progress and not started when it takes late reports", async () => {
  await closeWithUnitsBehind("accept");
  const status = text(await server.post(OFFICERS, KHA, "/trangthai 1"));
  expect(status).toContain("Đã nộp: 1 · Đang làm: 1 · Chưa bắt đầu: 1");
  expect(status).toContain("THCS-NAM-TRIEU — Trường THCS Nam Triệu: đang làm 1/21");
  expect(status).not.toContain("không nộp");
});

it("refuses /tralai of a report never submitted in a campaign closed refusing late reports, saying it will not come, and changes nothing", async () => {
  await closeWithUnitsBehind("refuse");
  const refused = `Trường THCS Nam Triệu không nộp báo cáo đợt "${TITLE}": đợt đã đóng và không nhận báo cáo nộp muộn, nên không có báo cáo nào để trả lại.`;
  expect(text(await server.post(OFFICERS, KHA, "/tralai THCS-NAM-TRIEU đợt 1 Thiếu số liệu"))).toBe(refused);
  expect(text(await server.post(OFFICERS, KHA, "/tralai THCS-NAM-TRIEU Thiếu số liệu"))).toBe(refused);
  const namTrieu = (await server.repos.officers.unitByCode("THCS-NAM-TRIEU"))!;
  expect((await server.repos.submissions.find(1, namTrieu.id))?.status).toBe("in_progress");
  expect((await server.repos.activity.list(1)).map((entry) => entry.action)).not.toContain("returned");
});

it("returns a report submitted in a campaign closed refusing late reports, says the unit may still submit it again, and the unit does", async () => {
  await closeWithUnitsBehind("refuse");
  expect(text(await server.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU đợt 1 Thiếu số liệu"))).toBe(
    `Đã trả lại "${TITLE}" của Trường Tiểu học Liên Châu để sửa. Đợt đã đóng nhưng đơn vị vẫn nộp lại được báo cáo bị trả lại.`,
  );
  await server.post(LIEN_CHAU, HOA, "/baocao 1");
  await server.post(LIEN_CHAU, HOA, "/nop");
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/^Đã nộp bản sửa lần 1/);
  expect(text(await server.post(OFFICERS, KHA, "/trangthai 1"))).toContain("Đã nộp: 1 · Không nộp: 2 · Trả lại: 0");
});

it("says a report not submitted in a closed campaign taking late reports may still come, without calling it the one the unit works on", async () => {
  await closeWithUnitsBehind("accept");
  expect(text(await server.post(OFFICERS, KHA, "/tralai THCS-NAM-TRIEU đợt 1 Thiếu số liệu"))).toBe(
    `Trường THCS Nam Triệu chưa nộp báo cáo đợt "${TITLE}" (đợt đã đóng, vẫn nhận báo cáo nộp muộn) nên chưa thể trả lại.`,
  );
});

it("tells /tonghop N of a campaign closed refusing late reports that the units not in will not be added, and asks the ward's submission to wait for none of them", async () => {
  await closeWithUnitsBehind("refuse");
  const draft = await server.post(OFFICERS, KHA, "/tonghop 1");
  expect(draft[0]!.text).toBe(
    [
      `Dự thảo báo cáo tổng hợp "${TITLE}": đã tổng hợp 1/3 đơn vị.`,
      "Không nộp: Trường Mầm non Hoa Sen, Trường THCS Nam Triệu.",
      "Đợt đã đóng và không nhận báo cáo nộp muộn nên các đơn vị không nộp sẽ không được đưa vào.",
      "Gõ /tonghop sua 1 để hoàn thiện và nộp báo cáo tổng hợp.",
    ].join("\n"),
  );
  await server.post(OFFICERS, KHA, "/tonghop sua 1");
  for (const answer of ["/boqua", "Lan tỏa văn hóa đọc", "Thư viện nhỏ", "Đầu tư thư viện", "/boqua", "/boqua", "/boqua", "/boqua", "CHỦ TỊCH"]) await server.post(OFFICERS, KHA, answer);
  await server.post(OFFICERS, KHA, "Nguyễn Văn Bình");
  const confirm = text(await server.post(OFFICERS, KHA, "/nop"));
  expect(confirm).toContain(
    "Lưu ý: báo cáo tổng hợp chỉ có số liệu của 1/3 đơn vị; các số liệu và nội dung của những đơn vị sau không có trong báo cáo:\n- không nộp (đợt đã đóng, không nhận báo cáo nộp muộn): Trường Mầm non Hoa Sen, Trường THCS Nam Triệu.\n---",
  );
  expect(confirm).not.toContain("Có thể chờ");
});

it("tells /tonghop N of a campaign closed refusing late reports, its only report returned, that a returned unit comes in once it submits again, and makes no empty draft", async () => {
  await closeWithUnitsBehind("refuse");
  await server.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU đợt 1 Thiếu số liệu");
  const said = await server.post(OFFICERS, KHA, "/tonghop 1");
  expect(said.map((m) => m.text)).toEqual([
    `Đợt 1 "${TITLE}" chưa có đơn vị nào nộp báo cáo (0/3 đơn vị) nên chưa có số liệu để tổng hợp; bot chưa lập dự thảo. Đang bị trả lại để sửa: Trường Tiểu học Liên Châu; gõ lại /tonghop 1 khi đơn vị nộp lại. Gõ /trangthai 1 để xem tình hình các đơn vị. Phần của cán bộ có thể viết trước: gõ /tonghop sua 1.`,
  ]);
});

it("tells /tonghop N and /xuat N of a campaign closed refusing late reports with no report in that none came and none will, makes no draft, and offers no /tonghop sua for it", async () => {
  await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
  const said = await server.post(OFFICERS, KHA, "/tonghop 1");
  expect(said.map((m) => m.text)).toEqual([
    `Đợt 1 "${TITLE}" đã đóng (không nhận báo cáo nộp muộn) và không có đơn vị nào nộp báo cáo (0/3 đơn vị) nên không có số liệu để tổng hợp; bot chưa lập dự thảo. Gõ /trangthai 1 để xem tình hình các đơn vị.`,
  ]);
  // /xuat said "chưa có đơn vị nào nộp" (not yet), of units that never can.
  const exported = await server.post(OFFICERS, KHA, "/xuat 1");
  expect(exported.map((m) => m.text)).toEqual([
    `Đợt 1 "${TITLE}" đã đóng (không nhận báo cáo nộp muộn) và không có đơn vị nào nộp báo cáo (0/3 đơn vị) nên không có số liệu để xuất. Gõ /trangthai 1 để xem tình hình các đơn vị.`,
  ]);
});

it("answers the officers' /trangthai, /xuat and /tonghop with none open by how to see a closed one, the example the newest campaign (/trangthai) or the newest with a report in (/tonghop) (it said only that none was open; /xuat named campaign 1)", async () => {
  await closeWithUnitsBehind("refuse");
  // A second campaign, opened and closed after the first: the one an officer who just closed it looks for.
  // Refusing late reports too: one still taking them, units missing, /trangthai shows (late-campaign-hints.test.ts).
  const units = await server.repos.directory.listUnits();
  const second = await server.repos.transaction(() =>
    server.repos.directory.insertCampaign(
      { templateId: 1, title: "Đợt mới", issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2026-10-30T10:00:00Z"), latePolicy: "refuse" },
      units.map((u) => u.id),
    ),
  );
  expect(text(await server.post(OFFICERS, KHA, `/dotbaocao dong ${second.id} chac`))).toMatch(/^Đã đóng đợt báo cáo/);
  expect(text(await server.post(OFFICERS, KHA, "/trangthai"))).toBe(`Hiện không có đợt báo cáo nào đang mở. Gõ /trangthai kèm số đợt để chọn một đợt đã đóng, ví dụ /trangthai ${second.id}.`);
  // /tonghop's example is the newest with a report to consolidate (Liên Châu's, in campaign 1), not the newest (none in).
  expect(text(await server.post(OFFICERS, KHA, "/tonghop"))).toBe("Hiện không có đợt báo cáo nào đang mở. Gõ /tonghop kèm số đợt để chọn một đợt đã đóng, ví dụ /tonghop 1.");
  // /xuat names the closed campaign that has figures to export (Liên Châu's, in campaign 1), with its command.
  expect(text(await server.post(OFFICERS, KHA, "/xuat"))).toBe(
    `Hiện không có đợt báo cáo nào đang mở. Đợt 1 "${TITLE}" đã đóng và có số liệu của 1/3 đơn vị đã nộp: gõ /xuat 1 để nhận tệp Excel số liệu của đợt này.`,
  );
  expect(text(await server.post(OFFICERS, KHA, `/trangthai ${second.id}`))).toMatch(new RegExp(`^Tình hình "Đợt mới" \\(số ${second.id}, đã đóng, `));
});

it("reminds with /nhacnho ngay đợt N the units not in of a closed campaign still taking late reports, and sends its units /thongbao đợt N (both were refused as for a campaign gone)", async () => {
  await closeWithUnitsBehind("accept");
  const heard = async (chatId: string) => (await server.repos.localMessages.history(chatId)).filter((m) => m.fromBot).map((m) => m.text);
  expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay đợt 1"))).toBe("Đã gửi lời nhắc tới 2 đơn vị chưa nộp (Trường Mầm non Hoa Sen, Trường THCS Nam Triệu).");
  expect((await heard(NAM_TRIEU)).at(-1)).toBe(
    `Nhắc nộp "${TITLE}": đợt đã đóng nhưng vẫn nhận báo cáo, ghi là nộp muộn. Tiến độ của đơn vị: 1/21 câu.\nGõ /baocao 1 để tiếp tục, /nop khi đã xong.`,
  );
  // The unit that submitted is not reminded.
  expect((await heard(LIEN_CHAU)).join("\n")).not.toContain("Nhắc nộp");
  expect(text(await server.post(OFFICERS, KHA, "/thongbao đợt 1 Các trường chưa nộp vui lòng nộp trong tuần này"))).toMatch(/^Đang gửi thông báo tới các đơn vị của đợt 1 "[^"]+": 3 đơn vị, qua 3 nhóm\.$/);
  for (const chat of [LIEN_CHAU, NAM_TRIEU, "mn-hoa-sen"]) {
    expect((await heard(chat)).at(-1), chat).toBe(`Thông báo từ cán bộ phụ trách Nguyễn Thị Kha (UBND phường Nam Triệu) về đợt báo cáo "${TITLE}" (đợt 1):\nCác trường chưa nộp vui lòng nộp trong tuần này`);
  }
});

it("with none open, points a bare /nhacnho ngay and a plain /thongbao to the closed campaigns still taking late reports, by the command to type; the plain /thongbao sends nothing, and /thongbao tatca names the office", async () => {
  await closeWithUnitsBehind("accept");
  const heard = async (chatId: string) => (await server.repos.localMessages.history(chatId)).filter((m) => m.fromBot).map((m) => m.text);
  const before = (await heard(NAM_TRIEU)).length;
  expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay"))).toBe(
    `Hiện không có đợt báo cáo nào đang mở. Đợt 1 "${TITLE}" đã đóng nhưng vẫn nhận báo cáo nộp muộn: để nhắc các đơn vị chưa nộp của đợt này, gõ /nhacnho ngay đợt 1.`,
  );
  expect(text(await server.post(OFFICERS, KHA, "/thongbao Các trường chưa nộp vui lòng nộp trong tuần này"))).toBe(
    `Thông báo chưa được gửi vì chưa rõ gửi tới các đơn vị của đợt đã đóng còn nhận báo cáo nộp muộn hay tới mọi đơn vị (hiện không có đợt báo cáo nào đang mở). Đợt 1 "${TITLE}" đã đóng nhưng vẫn nhận báo cáo nộp muộn: để gửi thông báo tới các đơn vị của đợt này, gõ /thongbao đợt 1 nội dung. Để gửi tới mọi nhóm, gõ /thongbao tatca nội dung.`,
  );
  expect((await heard(NAM_TRIEU)).length).toBe(before);
  // Sent to every unit on purpose, the notice still says which office it is from (it lost it).
  expect(text(await server.post(OFFICERS, KHA, "/thongbao tatca Nghỉ lễ từ thứ Sáu."))).toMatch(/^Đang gửi thông báo tới tất cả các đơn vị: 3 đơn vị, qua 3 nhóm\.$/);
  expect((await heard(NAM_TRIEU)).at(-1)).toBe("Thông báo từ cán bộ phụ trách Nguyễn Thị Kha (UBND phường Nam Triệu):\nNghỉ lễ từ thứ Sáu.");

  // Two such campaigns: each with its command.
  const units = await server.repos.directory.listUnits();
  const second = await server.repos.transaction(() =>
    server.repos.directory.insertCampaign({ templateId: 1, title: "Đợt mới", issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2026-10-30T10:00:00Z") }, units.map((u) => u.id)),
  );
  expect(text(await server.post(OFFICERS, KHA, `/dotbaocao dong ${second.id} chac`))).toMatch(/^Đã đóng đợt báo cáo/);
  expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay"))).toBe(
    `Hiện không có đợt báo cáo nào đang mở. Các đợt đã đóng nhưng vẫn nhận báo cáo nộp muộn:\n• Đợt 1 "${TITLE}": gõ /nhacnho ngay đợt 1\n• "Đợt mới" (số ${second.id}): gõ /nhacnho ngay đợt ${second.id}\nMỗi lệnh trên nhắc các đơn vị chưa nộp của đợt đó.`,
  );
});

it("still refuses /nhacnho ngay đợt N and /thongbao đợt N of a closed campaign refusing late reports, saying why, and sends nothing", async () => {
  await closeWithUnitsBehind("refuse");
  const before = (await server.repos.localMessages.history(NAM_TRIEU)).length;
  expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay đợt 1"))).toBe(
    `Đợt 1 "${TITLE}" đã đóng và không nhận báo cáo nộp muộn: các đơn vị chưa nộp không nộp được nữa nên lệnh nhắc không dùng cho đợt này. Đơn vị có báo cáo bị trả lại để sửa đã được báo trong nhóm khi báo cáo bị trả lại.`,
  );
  expect(text(await server.post(OFFICERS, KHA, "/thongbao đợt 1 Nộp gấp"))).toBe(
    `Đợt 1 "${TITLE}" đã đóng và không nhận báo cáo nộp muộn nên không gửi thông báo theo đợt này được (các đơn vị đã được báo khi đợt đóng). Để gửi tới mọi đơn vị, gõ /thongbao tatca nội dung.`,
  );
  expect((await server.repos.localMessages.history(NAM_TRIEU)).length).toBe(before);
});

it("says a report sent after an early close was late for the close, not for the deadline shown beside it; one sent after the deadline and forgiven by an extension is no longer late", async () => {
  // Late against the deadline, then the deadline extended past it: on time (the extension clears the flag).
  setNow(new Date("2026-10-23T03:15:00Z"));
  await submitFullReport(server, LIEN_CHAU, HOA);
  expect(text(await server.post(OFFICERS, KHA, "/trangthai 1"))).toContain("TH-LIEN-CHAU — Trường Tiểu học Liên Châu: đã nộp (muộn) — Nguyễn Thị Hoa, 10:15 ngày 23/10/2026");
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao giahan 1 30/10/2026"))).toMatch(/^Đã gia hạn đợt 1/);
  expect(text(await server.post(OFFICERS, KHA, "/trangthai 1"))).toContain("TH-LIEN-CHAU — Trường Tiểu học Liên Châu: đã nộp — Nguyễn Thị Hoa, 10:15 ngày 23/10/2026");
  // Closed early (before the new deadline), still taking late reports: a report after the close is late for it.
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
  setNow(new Date("2026-10-24T03:15:00Z"));
  await submitFullReport(server, NAM_TRIEU, LAN);
  const afterClose = "đã nộp (muộn: sau khi đợt đóng, trước hạn nộp) — Lê Thị Lan, 10:15 ngày 24/10/2026";
  const officers = text(await server.post(OFFICERS, KHA, "/trangthai 1"));
  expect(officers).toContain("hạn 17:00 ngày 30/10/2026");
  expect(officers).toContain(`THCS-NAM-TRIEU — Trường THCS Nam Triệu: ${afterClose}`);
  expect(text(await server.post(NAM_TRIEU, LAN, "/trangthai 1")).startsWith(`"${TITLE}" (đợt đã đóng): ${afterClose}. Hạn nộp: 17:00 ngày 30/10/2026.`)).toBe(true);
});

it("says, as a new campaign opens, that a unit's draft kept is of a campaign closed still taking late reports, not of one still open", async () => {
  await closeWithUnitsBehind("accept");
  // Nam Triệu's chat is on campaign 1's draft (question 1 answered) when campaign 2 opens.
  const opened = await openCampaignInChat(server.post);
  expect(opened).toMatch(/(^|\n)Đã mở "Đợt mới" \(số 2\)/);
  expect(opened).toContain(
    "Lưu ý: 1 đơn vị đang làm dở báo cáo của đợt đã đóng nhưng vẫn nhận báo cáo của đơn vị; nhóm của đơn vị này hoàn thành báo cáo đó trước, rồi mới sang đợt mới.",
  );
  expect(opened).not.toContain("còn mở");
});

it("says, as a new campaign opens, of a unit's report returned in a campaign closed refusing late reports, that the campaign still takes its report, not late reports", async () => {
  await closeWithUnitsBehind("refuse");
  expect(text(await server.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU đợt 1 Đề nghị bổ sung câu 11"))).toMatch(/^Đã trả lại "Báo cáo kết quả/);
  const opened = await openCampaignInChat(server.post);
  expect(opened).toContain("Lưu ý: 1 đơn vị đang làm dở báo cáo của đợt đã đóng nhưng vẫn nhận báo cáo của đơn vị;");
  expect(opened).not.toContain("nộp muộn");
});
