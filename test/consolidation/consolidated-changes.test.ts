/**
 * What reopening the ward's consolidated report says changed, through the real server and the local
 * chat: the units' changes since the ward's last submitted version, each time it is opened.
 */
import { describe, expect, it } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU, type TestApp, useTestApps } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { LIEN_CHAU_2023 } from "../fixtures/seed-answers.ts";

const apps = useTestApps();
const OFFICERS = "can-bo-phuong";
const KHA = { userId: "u7", userName: "Nguyễn Thị Kha" };
const NAM_TRIEU = { chat: "thcs-nam-trieu", user: { userId: "u3", userName: "Lê Thị Lan" } };
const texts = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

/** Liên Châu submits (1.200 readers); the ward's officer completes the consolidated report and submits it. */
async function submitWardReport(app: TestApp) {
  await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
  await app.post(OFFICERS, KHA, "/tonghop sua 1");
  for (const answer of ["/boqua", "Lan tỏa văn hóa đọc", "Thư viện nhỏ", "Đầu tư thư viện", "/boqua", "/boqua", "/boqua", "/boqua", "CHỦ TỊCH", "Nguyễn Văn Bình", "/nop", "Có"]) {
    await app.post(OFFICERS, KHA, answer);
  }
}

/** A unit corrects one answer of its submitted report and submits it again. */
async function correct(app: TestApp, unit: { chat: string; user: { userId: string; userName: string } }, n: number, answer: string) {
  await app.post(unit.chat, unit.user, `/sua ${n}`);
  await app.post(unit.chat, unit.user, answer);
  await app.post(unit.chat, unit.user, "/nop");
  await app.post(unit.chat, unit.user, "Có");
}

describe("reopening the submitted consolidated report", () => {
  it("lists the units' changes against the ward's last submitted version each time it is opened, not only the first", async () => {
    const app = await apps.start();
    await submitWardReport(app);
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, FULL_REPORT_ANSWERS);
    expect(texts(await app.post(OFFICERS, KHA, "/tonghop sua 1"))).toMatch(/• Câu 3 «[^»]*bạn đọc[^»]*»: 1\.200 → 3\.200\n/);

    // Not submitted again: Nam Triệu corrects its readers (2.000 → 2.500). The second reopening said nothing.
    await correct(app, NAM_TRIEU, 10, "2.500");
    const again = texts(await app.post(OFFICERS, KHA, "/tonghop sua 1"));
    expect(again).toMatch(/Báo cáo của các đơn vị đã thay đổi so với bản tổng hợp đã nộp:\n[^]*• Câu 3 «[^»]*bạn đọc[^»]*»: 1\.200 → 3\.700\n[^]*Gõ \/nop để nộp bản mới\./);

    // Submitted again: nothing has changed since, and nothing is listed.
    await app.post(OFFICERS, KHA, "/nop");
    expect(texts(await app.post(OFFICERS, KHA, "Có"))).toMatch(/bản sửa lần 1/);
    expect(texts(await app.post(OFFICERS, KHA, "/tonghop sua 1"))).not.toContain("đã thay đổi so với bản tổng hợp đã nộp");
  });
});
