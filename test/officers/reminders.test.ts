/**
 * The reminder schedule on a simulated clock (no real waiting): steps relative to the deadline at
 * 08:00 Vietnam time on working days, only to units that have not submitted, never twice, even
 * across a restart between two steps.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { dueStep, isOfficeHours, reminderSchedule } from "../../src/officers/reminders.ts";
import { buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { KHA } from "../helpers/web-session.ts";

const TZ = "Asia/Ho_Chi_Minh";
const vn = (iso: string) => Date.parse(`${iso}+07:00`);
const submitFullReportOf = (app: TestApp) => submitFullReport(app, LIEN_CHAU, HOA);

describe("the schedule", () => {
  // Deadline Thursday 22/10/2026 17:00 in Vietnam.
  const deadline = vn("2026-10-22T17:00:00");

  it("has steps 3 days and 1 day before and on the morning of the deadline, then daily, at 08:00", () => {
    const steps = reminderSchedule(deadline, [3, 1, 0], TZ);
    expect(steps.slice(0, 5).map((s) => [s.key, new Date(s.at).toISOString()])).toEqual([
      ["before-3", "2026-10-19T01:00:00.000Z"],
      ["before-1", "2026-10-21T01:00:00.000Z"],
      ["before-0", "2026-10-22T01:00:00.000Z"],
      ["overdue-1", "2026-10-23T01:00:00.000Z"],
      // Saturday 24 and Sunday 25 move to Monday 26.
      ["overdue-2", "2026-10-26T01:00:00.000Z"],
    ]);
  });

  it("moves a step before the deadline that falls on a day off back to the Friday before it, never past the deadline", () => {
    // Deadline Sunday 25/10/2026 17:00: 1 day before (Saturday) and the morning of (Sunday) are one
    // reminder on Friday 23/10; they were moved to Monday 26, after the deadline, and dropped.
    const steps = reminderSchedule(vn("2026-10-25T17:00:00"), [3, 1, 0], TZ);
    expect(steps.slice(0, 3).map((s) => [s.key, new Date(s.at).toISOString(), s.overdue])).toEqual([
      ["before-3", "2026-10-22T01:00:00.000Z", false],
      ["before-1", "2026-10-23T01:00:00.000Z", false],
      ["overdue-1", "2026-10-26T01:00:00.000Z", true],
    ]);
    // A Saturday deadline's morning-of step is Friday's too, before the deadline.
    expect(reminderSchedule(vn("2026-10-24T12:00:00"), [0], TZ)[0]).toEqual({ key: "before-0", at: vn("2026-10-23T08:00:00"), overdue: false });
  });

  it("sends only in office hours on working days, and only the latest step that is due", () => {
    const steps = reminderSchedule(deadline, [3, 1, 0], TZ);
    expect(isOfficeHours(vn("2026-10-21T08:00:00"), TZ)).toBe(true);
    expect(isOfficeHours(vn("2026-10-21T19:00:00"), TZ)).toBe(false);
    expect(isOfficeHours(vn("2026-10-24T09:00:00"), TZ)).toBe(false);
    expect(dueStep(steps, vn("2026-10-19T07:59:00"), vn("2026-10-01T00:00:00"), TZ)).toBeUndefined();
    const afterDowntime = dueStep(steps, vn("2026-10-21T09:00:00"), vn("2026-10-01T00:00:00"), TZ);
    expect(afterDowntime?.step.key).toBe("before-1");
    expect(afterDowntime?.skipped.map((s) => s.key)).toEqual(["before-3"]);
    // A campaign opened after that morning's step sends no step before the next one: its
    // announcement has just gone out.
    expect(dueStep(steps, vn("2026-10-21T09:00:00"), vn("2026-10-21T08:30:00"), TZ)).toBeUndefined();
    expect(dueStep(steps, vn("2026-10-22T08:00:00"), vn("2026-10-21T08:30:00"), TZ)).toEqual({ step: expect.objectContaining({ key: "before-0" }), skipped: [] });
    expect(dueStep(steps, vn("2026-10-21T09:00:00"), vn("2026-10-21T07:30:00"), TZ)?.step.key).toBe("before-1");
  });
});

describe("sending reminders", () => {
  let now = vn("2026-10-08T10:15:00");
  const apps: TestApp[] = [];
  const start = async (databasePath: string) => {
    const app = await buildTestApp({ databasePath, now: () => new Date(now) });
    apps.push(app);
    return app;
  };
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });
  const reminders = async (app: TestApp, chatId: string) =>
    (await app.repos.localMessages.history(chatId)).filter((m) => m.fromBot && /Nhắc nộp|Đã quá hạn/.test(m.text)).map((m) => m.text);

  it("reminds unsubmitted units at each step once, across a restart, and daily once overdue", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "remind-")), "bot.sqlite");
    let app = await start(path);
    // The demo's deadline is two weeks after 08/10/2026 10:15, i.e. Thursday 22/10/2026 17:00.
    await app.post(LIEN_CHAU, HOA, "/baocao");
    for (const answer of FULL_REPORT_ANSWERS) await app.post(LIEN_CHAU, HOA, answer);
    await app.post(LIEN_CHAU, HOA, "/nop");
    await app.post(LIEN_CHAU, HOA, "Có");

    now = vn("2026-10-19T07:00:00");
    expect(await app.scheduler.tick()).toBe(0);
    now = vn("2026-10-19T08:00:00");
    expect(await app.scheduler.tick()).toBe(2);
    expect(await reminders(app, "thcs-nam-trieu")).toEqual([expect.stringMatching(/^Nhắc nộp "Báo cáo kết quả .*hạn 17:00 ngày 22\/10\/2026.*Tiến độ của đơn vị: 0\/21 câu/)]);
    expect(await reminders(app, LIEN_CHAU)).toEqual([]);
    now = vn("2026-10-19T11:00:00");
    expect(await app.scheduler.tick()).toBe(0);

    // Restart between two steps: the new process sends the next step once, and not the old one again.
    await app.close();
    apps.splice(apps.indexOf(app), 1);
    app = await start(path);
    now = vn("2026-10-21T08:05:00");
    expect(await app.scheduler.tick()).toBe(2);
    expect(await app.scheduler.tick()).toBe(0);
    expect(await reminders(app, "mn-hoa-sen")).toHaveLength(2);

    now = vn("2026-10-23T08:00:00");
    await app.scheduler.tick();
    expect((await reminders(app, "mn-hoa-sen")).at(-1)).toMatch(/^Đã quá hạn nộp "Báo cáo kết quả/);
    now = vn("2026-10-24T09:00:00"); // Saturday: nothing
    expect(await app.scheduler.tick()).toBe(0);
    now = vn("2026-10-26T08:30:00");
    expect(await app.scheduler.tick()).toBe(2);
    // The morning-of-deadline step fell on a day the clock skipped: marked done, never sent late.
    expect(await reminders(app, "mn-hoa-sen")).toHaveLength(4);
    expect((await app.repos.officers.reminderStepsOf(1)).map((s) => s.stepKey)).toEqual(["before-3", "before-1", "before-0", "overdue-1", "overdue-2"]);
  });

  it("sends no step of a schedule set after it was due: a new schedule's past steps are marked done, and the officer is told the next one", async () => {
    now = vn("2026-10-08T10:15:00");
    const app = await start(join(mkdtempSync(join(tmpdir(), "remind-")), "bot.sqlite"));
    now = vn("2026-10-21T08:00:00");
    expect(await app.scheduler.tick()).toBe(3);
    expect(await reminders(app, "mn-hoa-sen")).toHaveLength(1);
    now = vn("2026-10-21T10:00:00");
    expect((await app.post("can-bo-phuong", KHA, "/nhacnho lich 2")).map((m) => m.text).join("\n")).toBe(
      'Đã đặt lịch nhắc cho đợt "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026": 2 ngày trước hạn. Lần nhắc tiếp theo: 08:00 ngày 23/10/2026 (sau hạn nộp); các mốc nhắc đã qua không gửi bù.',
    );
    // "before-2" (20/10 08:00) is past: the next run sends nothing, no unit reads the reminder twice.
    now = vn("2026-10-21T10:01:00");
    expect(await app.scheduler.tick()).toBe(0);
    expect(await reminders(app, "mn-hoa-sen")).toHaveLength(1);
    now = vn("2026-10-23T08:00:00");
    expect(await app.scheduler.tick()).toBe(3);
    expect(await reminders(app, "mn-hoa-sen")).toHaveLength(2);
  });

  it("still sends the morning's step when the same schedule is typed again just before the scheduler's run (it was marked done and lost)", async () => {
    now = vn("2026-10-08T10:15:00");
    const app = await start(join(mkdtempSync(join(tmpdir(), "remind-")), "bot.sqlite"));
    now = vn("2026-10-19T08:00:00");
    expect(await app.scheduler.tick()).toBe(3);
    now = vn("2026-10-21T08:00:20");
    await app.post("can-bo-phuong", KHA, "/nhacnho lich 3,1,0");
    now = vn("2026-10-21T08:00:40");
    expect(await app.scheduler.tick()).toBe(3);
    expect(await reminders(app, "mn-hoa-sen")).toHaveLength(2);
    expect((await app.repos.officers.reminderStepsOf(1)).map((s) => [s.stepKey, s.unitCount])).toEqual([["before-3", 3], ["before-1", 3]]);
  });

  it("shows the schedule, how to change it and how to remind now, for '/nhacnho lich' typed alone (it answered the usage line) and a bare '/nhacnho' (the schedule alone)", async () => {
    now = vn("2026-10-08T10:15:00");
    const app = await start(join(mkdtempSync(join(tmpdir(), "remind-")), "bot.sqlite"));
    const said = (await app.post("can-bo-phuong", KHA, "/nhacnho lich")).map((m) => m.text).join("\n");
    // A bare /nhacnho says the same (it showed the schedule alone).
    expect((await app.post("can-bo-phuong", KHA, "/nhacnho")).map((m) => m.text).join("\n")).toBe(said);
    expect(said).toBe(
      "Lịch nhắc: 3 ngày trước hạn, 1 ngày trước hạn, sáng ngày hết hạn; sau hạn nhắc mỗi ngày, lúc 8 giờ sáng ngày làm việc.\nĐổi lịch: /nhacnho lich 3,1,0 (số ngày trước hạn; 0 là sáng ngày hết hạn), thêm đợt N khi có nhiều đợt đang mở. Nhắc ngay các đơn vị chưa nộp: /nhacnho ngay.",
    );
    expect((await app.repos.directory.campaignById(1))?.reminderDays).toEqual([3, 1, 0]);
  });

  it("reads /dotbaocao giahan's date as officers write it: 'đến ngày 30-10-2026 lúc 16h30', '1 31.10.2026', '2/11 5h chiều'", async () => {
    now = vn("2026-10-08T10:15:00");
    const app = await start(join(mkdtempSync(join(tmpdir(), "remind-")), "bot.sqlite"));
    const officer = async (typed: string) => (await app.post("can-bo-phuong", KHA, typed)).map((m) => m.text).join("\n");
    // Each got the usage line alone.
    expect(await officer("/dotbaocao giahan đến ngày 30-10-2026 lúc 16h30")).toMatch(/^Đã gia hạn đợt 1 .* đến 16:30 ngày 30\/10\/2026\./);
    expect(await officer("/dotbaocao giahan 1 31.10.2026")).toMatch(/^Đã gia hạn đợt 1 .* từ 16:30 ngày 30\/10\/2026 đến 16:30 ngày 31\/10\/2026\./);
    // As a report's date answers are read: mixed separators, the year left out, the hour with its part of the day.
    expect(await officer("/dotbaocao giahan 1/11-2026")).toMatch(/^Đã gia hạn đợt 1 .* đến 16:30 ngày 01\/11\/2026\./);
    expect(await officer("/dotbaocao giahan 1 2/11 5h chiều")).toMatch(/^Đã gia hạn đợt 1 .* đến 17:00 ngày 02\/11\/2026\./);
    expect(await officer("/dotbaocao giahan tới 3 tháng 11 năm 2026 lúc 17g30")).toMatch(/^Đã gia hạn đợt 1 .* đến 17:30 ngày 03\/11\/2026\./);
    expect(await officer("/dotbaocao giahan mai")).toMatch(/^Cách dùng/);
    expect((await app.repos.directory.campaignById(1))?.deadlineAt).toBe(vn("2026-11-03T17:30:00"));
    // A day without its year is the next one (the nearest 1 May, last May, was refused as past).
    expect(await officer("/dotbaocao giahan 1/5")).toMatch(/^Đã gia hạn đợt 1 .* đến 17:30 ngày 01\/05\/2027\./);
  });

  it("moves an open campaign's deadline later with /dotbaocao giahan: logged, told to the units that have not submitted, and the schedule follows it without sending a step twice", async () => {
    now = vn("2026-10-08T10:15:00");
    const app = await start(join(mkdtempSync(join(tmpdir(), "remind-")), "bot.sqlite"));
    await submitFullReportOf(app);
    now = vn("2026-10-21T08:00:00");
    expect(await app.scheduler.tick()).toBe(2);
    now = vn("2026-10-21T10:00:00");
    const officer = async (typed: string) => (await app.post("can-bo-phuong", KHA, typed)).map((m) => m.text).join("\n");
    expect(await officer("/dotbaocao giahan 20/10/2026")).toBe("Chưa gia hạn: hạn mới đã qua. Hạn nộp vẫn là 17:00 ngày 22/10/2026; gõ một hạn sau hôm nay.");
    expect(await officer("/dotbaocao giahan 22/10/2026 16:00")).toBe("Hạn mới phải sau hạn hiện tại (17:00 ngày 22/10/2026). Gia hạn chỉ lùi hạn nộp về sau.");
    expect(await officer("/dotbaocao giahan 25/12/2027")).toBe("Chưa gia hạn: hạn mới cách hôm nay hơn một năm, có thể năm bị gõ nhầm. Hạn nộp vẫn là 17:00 ngày 22/10/2026.");
    expect(await officer("/dotbaocao giahan 2 30/10/2026")).toMatch(/^Không có đợt số 2 đang mở/);
    expect(await officer("/dotbaocao giahan mai")).toMatch(/^Cách dùng: \/dotbaocao giahan N dd\/mm\/yyyy/);
    expect(await officer("/dotbaocao gia hạn 1 29/10/2026")).toBe(
      'Đã gia hạn đợt 1 "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026" từ 17:00 ngày 22/10/2026 đến 17:00 ngày 29/10/2026. Đã báo hạn mới tới 2 nhóm của đơn vị chưa nộp. Lần nhắc tiếp theo: 08:00 ngày 26/10/2026; các mốc nhắc đã qua không gửi bù.\n' +
        'Không ghi giờ nên giữ giờ của hạn cũ (17:00). Muốn giờ khác, gõ kèm giờ, ví dụ 30/12/2026 16:30; muốn đến hết ngày, gõ "hết ngày 30/12/2026".',
    );
    const history = async (chatId: string) => (await app.repos.localMessages.history(chatId)).filter((m) => m.fromBot).map((m) => m.text);
    expect((await history("mn-hoa-sen")).at(-1)).toMatch(/^Hạn nộp "Báo cáo[^"]+" được gia hạn đến 17:00 ngày 29\/10\/2026 \(cán bộ phụ trách Nguyễn Thị Kha\)/);
    expect((await history(LIEN_CHAU)).join("\n")).not.toContain("gia hạn");
    expect((await app.repos.activity.list(1)).at(-1)).toMatchObject({ action: "extended", detail: "17:00 ngày 22/10/2026 → 17:00 ngày 29/10/2026", actorName: "Nguyễn Thị Kha" });
    // The old deadline's morning and the new schedule's past steps send nothing; its own steps go out.
    now = vn("2026-10-21T10:01:00");
    expect(await app.scheduler.tick()).toBe(0);
    now = vn("2026-10-22T08:00:00");
    expect(await app.scheduler.tick()).toBe(0);
    now = vn("2026-10-26T08:00:00");
    expect(await app.scheduler.tick()).toBe(2);
    expect((await reminders(app, "mn-hoa-sen")).at(-1)).toMatch(/hạn 17:00 ngày 29\/10\/2026/);
    // A closed campaign is not extended, and the officer reads that it is closed, and what is left to do.
    await officer("/dotbaocao dong 1 chac");
    expect(await officer("/dotbaocao giahan 1 30/10/2026")).toBe(
      'Đợt 1 "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026" đã đóng nên không gia hạn được: đợt đã đóng thì không mở lại được. Đợt này vẫn nhận báo cáo nộp muộn: đơn vị chưa nộp vẫn gõ /baocao 1 để nộp, báo cáo được ghi là nộp muộn.',
    );
  });

  it("says a closed campaign that takes no late report is closed when asked to extend it, and that a new campaign is the way left; nothing changes", async () => {
    now = vn("2026-10-08T10:15:00");
    const app = await start(join(mkdtempSync(join(tmpdir(), "remind-")), "bot.sqlite"));
    await app.database.run(sql`update campaigns set late_policy = 'refuse'`);
    const officer = async (typed: string) => (await app.post("can-bo-phuong", KHA, typed)).map((m) => m.text).join("\n");
    await officer("/dotbaocao dong 1 chac");
    const before = await app.repos.directory.campaignById(1);
    const heard = (await app.repos.localMessages.history("mn-hoa-sen")).length;
    for (const typed of ["/dotbaocao giahan 1 30/10/2026", "/dotbaocao giahan đợt 1 30/10/2026 16:00"]) {
      expect(await officer(typed)).toBe(
        'Đợt 1 "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026" đã đóng nên không gia hạn được: đợt đã đóng thì không mở lại được. Đợt này không nhận báo cáo nộp muộn; nếu vẫn cần các đơn vị nộp, hãy mở đợt mới bằng /dotbaocao.',
      );
    }
    expect(await app.repos.directory.campaignById(1)).toEqual(before);
    expect((await app.repos.localMessages.history("mn-hoa-sen")).length).toBe(heard);
    expect((await app.repos.activity.list(1)).map((entry) => entry.action)).not.toContain("extended");
    // A number that is no campaign at all is still said as before.
    expect(await officer("/dotbaocao giahan 7 30/10/2026")).toMatch(/^Không có đợt số 7 đang mở/);
  });

  it("no longer counts as late a report sent after the old deadline and before the new one, and says so (one sent the day before was on time, one sent meanwhile stayed late)", async () => {
    now = vn("2026-10-08T10:15:00");
    const app = await start(join(mkdtempSync(join(tmpdir(), "remind-")), "bot.sqlite"));
    now = vn("2026-10-23T09:00:00");
    await submitFullReportOf(app);
    expect(await app.repos.submissions.find(1, 1)).toMatchObject({ status: "submitted", isLate: true });
    now = vn("2026-10-23T10:00:00");
    const said = (await app.post("can-bo-phuong", KHA, "/dotbaocao giahan 30/10/2026")).map((m) => m.text).join("\n");
    // The officer is told those units heard it (they were told without the officer knowing).
    expect(said).toContain("1 đơn vị đã nộp sau hạn cũ, trước hạn mới, nay không còn bị tính là nộp muộn; nhóm của đơn vị đó đã được báo.");
    expect(await app.repos.submissions.find(1, 1)).toMatchObject({ isLate: false });
  });

  it("does not say a unit no longer late was told when its group no longer has the bot (it said 'nhóm của đơn vị đó đã được báo')", async () => {
    now = vn("2026-10-08T10:15:00");
    const app = await start(join(mkdtempSync(join(tmpdir(), "remind-")), "bot.sqlite"));
    now = vn("2026-10-23T09:00:00");
    await submitFullReportOf(app);
    await app.database.run(sql`update chats set is_active = false where external_id = ${LIEN_CHAU}`);
    now = vn("2026-10-23T10:00:00");
    const said = (await app.post("can-bo-phuong", KHA, "/dotbaocao giahan 30/10/2026")).map((m) => m.text).join("\n");
    expect(said).toContain("1 đơn vị đã nộp sau hạn cũ, trước hạn mới, nay không còn bị tính là nộp muộn. ");
    expect(said).not.toContain("đã được báo");
  });

  it("tells the group of a unit whose late report now counts as on time, once: not again on the update's redelivery nor on a second extension", async () => {
    now = vn("2026-10-08T10:15:00");
    const app = await start(join(mkdtempSync(join(tmpdir(), "remind-")), "bot.sqlite"));
    now = vn("2026-10-23T09:00:00");
    await submitFullReportOf(app);
    const said = async (chatId: string) => (await app.repos.localMessages.history(chatId)).filter((m) => m.fromBot).map((m) => m.text);
    const heard = (await said(LIEN_CHAU)).length;
    now = vn("2026-10-23T10:00:00");
    // The same update twice (a platform's redelivery after a lost answer): handled once.
    await app.post("can-bo-phuong", KHA, "/dotbaocao giahan 30/10/2026", "extend-1");
    await app.post("can-bo-phuong", KHA, "/dotbaocao giahan 30/10/2026", "extend-1");
    const onTime =
      'Hạn nộp "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026" đã được gia hạn đến 17:00 ngày 30/10/2026, nên báo cáo đơn vị đã nộp nay được tính là nộp đúng hạn, không còn bị ghi là nộp muộn.';
    expect((await said(LIEN_CHAU)).slice(heard)).toEqual([onTime]);
    // The units that have not submitted read the new deadline, not this.
    expect((await said("mn-hoa-sen")).join("\n")).not.toContain("nộp đúng hạn");
    // A second extension finds no late report to forgive: nothing more for the school.
    await app.post("can-bo-phuong", KHA, "/dotbaocao giahan 31/10/2026");
    expect((await said(LIEN_CHAU)).slice(heard)).toEqual([onTime]);
    // Queued in the outbox, as the extension's other notices.
    const queued = await app.database.rows<{ payload: string }>(sql`select payload from outbox where chat_external_id = ${LIEN_CHAU}`);
    expect(queued.filter((row) => row.payload.includes("nộp đúng hạn"))).toHaveLength(1);
  });

  it("does not tell a unit whose late report was returned for correction that it now counts as on time: it reads the new deadline alone, counted once", async () => {
    now = vn("2026-10-08T10:15:00");
    const app = await start(join(mkdtempSync(join(tmpdir(), "remind-")), "bot.sqlite"));
    now = vn("2026-10-23T09:00:00");
    await submitFullReportOf(app);
    await app.post("can-bo-phuong", KHA, "/tralai TH-LIEN-CHAU bổ sung số liệu");
    const said = async (chatId: string) => (await app.repos.localMessages.history(chatId)).filter((m) => m.fromBot).map((m) => m.text);
    const heard = (await said(LIEN_CHAU)).length;
    now = vn("2026-10-23T10:00:00");
    const reply = (await app.post("can-bo-phuong", KHA, "/dotbaocao giahan 30/10/2026")).map((m) => m.text).join("\n");
    const told = (await said(LIEN_CHAU)).slice(heard);
    // Told the new deadline, with the units still to send; not also that its report is on time.
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/gia hạn đến 17:00 ngày 30\/10\/2026/);
    expect(told[0]).not.toContain("nộp đúng hạn");
    expect(reply).not.toContain("nay không còn bị tính là nộp muộn");
  });

  it("reads the campaign again under its lock: a deadline moved or a close committed (on another instance) after the scheduler listed the open campaigns sends no step of the old row", async () => {
    now = vn("2026-10-08T10:15:00");
    const app = await start(join(mkdtempSync(join(tmpdir(), "remind-")), "bot.sqlite"));
    const [before] = await app.repos.officers.openCampaigns();
    // The list the scheduler read before another instance's extension committed.
    const listed = app.repos.officers.openCampaigns;
    app.repos.officers.openCampaigns = async () => [before!];
    try {
      now = vn("2026-10-19T10:00:00");
      await app.post("can-bo-phuong", KHA, "/dotbaocao giahan 1 29/10/2026");
      // The old deadline's "3 days before" (19/10 08:00) is not sent; the new one's is free.
      expect(await app.scheduler.tick()).toBe(0);
      expect(await reminders(app, "mn-hoa-sen")).toHaveLength(0);
      await app.post("can-bo-phuong", KHA, "/dotbaocao dong 1 chac");
      now = vn("2026-10-26T08:00:00");
      expect(await app.scheduler.tick()).toBe(0);
    } finally {
      app.repos.officers.openCampaigns = listed;
    }
  });

  it("does not repeat an officer's reminder of the last hour at the next step: the step is marked done", async () => {
    // The demo's campaign opens at the app's start, with its deadline two weeks later.
    now = vn("2026-10-08T10:15:00");
    const app = await start(join(mkdtempSync(join(tmpdir(), "remind-")), "bot.sqlite"));
    now = vn("2026-10-19T07:50:00");
    expect((await app.post("can-bo-phuong", KHA, "/nhacnho ngay")).map((m) => m.text).join("\n")).toMatch(/Đã gửi lời nhắc/);
    expect(await reminders(app, "mn-hoa-sen")).toHaveLength(1);
    now = vn("2026-10-19T08:00:00");
    expect(await app.scheduler.tick()).toBe(0);
    expect(await reminders(app, "mn-hoa-sen")).toHaveLength(1);
    // The next step, two days later, goes out as usual.
    now = vn("2026-10-21T08:00:00");
    expect(await app.scheduler.tick()).toBeGreaterThan(0);
    expect(await reminders(app, "mn-hoa-sen")).toHaveLength(2);
    expect((await app.repos.officers.reminderStepsOf(1)).map((s) => [s.stepKey.startsWith("manual-") ? "manual" : s.stepKey, s.unitCount])).toEqual([["manual", 3], ["before-3", 0], ["before-1", 3]]);
  });
});
