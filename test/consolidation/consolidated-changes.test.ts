/**
 * What reopening the ward's consolidated report says changed, through the real server and the local
 * chat: the units' changes since the ward's last submitted version, each time it is opened, and the
 * hand-edited figures whose computed figure has moved since the edit (with the way back to it).
 */
import { describe, expect, it } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU, type TestApp, useTestApps } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { LIEN_CHAU_2023 } from "../fixtures/seed-answers.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const apps = useTestApps();
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

  it("says which line of a list changed when a unit's correction keeps its count of lines (it said '1 dòng → 1 dòng')", async () => {
    const app = await apps.start();
    await submitWardReport(app);
    await correct(app, { chat: LIEN_CHAU, user: HOA }, 2, "Tuyên truyền qua loa phát thanh của trường và trang thông tin điện tử.");
    expect(texts(await app.post(OFFICERS, KHA, "/tonghop sua 1"))).toMatch(
      /• Câu 1 «Công tác tuyên truyền[^»]*»: dòng 1: «Trường Tiểu học Liên Châu phát động[^»]*…» → «Trường Tiểu học Liên Châu: Tuyên truyền qua loa[^»]*…»\n/,
    );
  });

  it("says how many other lines of a list changed when units' corrections changed several of them (it named the first only)", async () => {
    const app = await apps.start();
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, FULL_REPORT_ANSWERS);
    await submitWardReport(app);
    // Both schools rewrite their propaganda (question 2): the ward's question 1 keeps its two lines, both changed.
    await correct(app, { chat: LIEN_CHAU, user: HOA }, 2, "Phát thanh trên loa của trường.");
    await correct(app, NAM_TRIEU, 2, "Treo băng rôn ở cổng trường.");
    expect(texts(await app.post(OFFICERS, KHA, "/tonghop sua 1"))).toMatch(
      /• Câu 1 «Công tác tuyên truyền[^»]*»: dòng 1: «[^»]*» → «Trường Tiểu học Liên Châu: Phát thanh trên loa của trường\.» và 1 dòng khác\n/,
    );
  });

  it("names a hand-edited figure whose computed figure changed since the edit, marks it in /xem, and takes it back with 'tự động'", async () => {
    const app = await apps.start();
    await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    await app.post(OFFICERS, KHA, "/tonghop sua 1");
    for (const answer of ["/boqua", "Lan tỏa văn hóa đọc", "Thư viện nhỏ", "Đầu tư thư viện", "/boqua", "/boqua", "/boqua", "/boqua", "CHỦ TỊCH", "Nguyễn Văn Bình"]) await app.post(OFFICERS, KHA, answer);
    // The officer types 13.000 over the computed 1.200 readers; then Nam Triệu's 2.000 come in.
    await app.post(OFFICERS, KHA, "/sua 3 13.000");
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, FULL_REPORT_ANSWERS);

    // The edit stays, but no longer silently: /xem says what the units' data computes now.
    expect(texts(await app.post(OFFICERS, KHA, "/xem"))).toMatch(/\n3\. Trong thời gian triển khai Tuần lễ[^\n]*\[đã sửa tay; số tổng hợp từ các đơn vị nay là 3\.200\]\n13\.000\n/);
    // Opened again, it is named with the figure it replaced, and how to go back.
    const reopened = texts(await app.post(OFFICERS, KHA, "/tonghop sua 1"));
    // (Books were skipped when no school had given them: that skip hides Nam Triệu's 350, said too.)
    expect(reopened).toContain(
      [
        "Số tổng hợp từ các đơn vị đã thay đổi sau khi sửa tay:",
        "• Câu 3 (đã sửa tay: 13.000): số tổng hợp từ các đơn vị nay là 3.200, trước là 1.200.",
        "• Câu 4 (đã bỏ qua): số tổng hợp từ các đơn vị nay là 350, trước là chưa có.",
        "Để dùng số tổng hợp, gõ /sua N tự động (ví dụ /sua 3 tự động); để giữ số đã sửa tay, không cần làm gì (gõ lại số đó bằng /sua N thì bot thôi nhắc).",
      ].join("\n"),
    );

    // Asked again, the question offers the computed figure; "tự động" takes it, and it follows the units again.
    expect(texts(await app.post(OFFICERS, KHA, "/sua 3"))).toMatch(/^Câu 3\/16[^]*\n---\nSố tổng hợp từ các đơn vị hiện là 3\.200\. Gõ "tự động" để dùng số này/);
    expect(texts(await app.post(OFFICERS, KHA, "tự động"))).toMatch(/^Câu 3 trở lại số tự động tổng hợp từ các đơn vị: 3\.200\./);
    await correct(app, NAM_TRIEU, 10, "2.500");
    expect(texts(await app.post(OFFICERS, KHA, "/xem"))).toMatch(/\n3\. Trong thời gian[^\n]*\[tự động tổng hợp\]\n3\.700\n/);

    // "/sua 3 tự động" in one message does the same; a figure typed again knows the computed one it replaced.
    await app.post(OFFICERS, KHA, "/sua 3 13.000");
    expect(texts(await app.post(OFFICERS, KHA, "/sua 3 tự động"))).toMatch(/^Câu 3 trở lại số tự động tổng hợp từ các đơn vị: 3\.700\./);
    await app.post(OFFICERS, KHA, "/sua 3 14.000");
    expect(texts(await app.post(OFFICERS, KHA, "/xem"))).toMatch(/\[đã sửa tay\]\n14\.000\n/);
    expect(texts(await app.post(OFFICERS, KHA, "/tonghop sua 1"))).not.toContain("• Câu 3");
  });

  it("refuses 'tự động' for a question with nothing computed now, keeping the officer's figure (it was dropped and the question asked again)", async () => {
    const app = await apps.start();
    await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    await app.post(OFFICERS, KHA, "/tonghop sua 1");
    // No school has given its books: the officer types the ward's own figure.
    await app.post(OFFICERS, KHA, "/sua 4 500");
    expect(texts(await app.post(OFFICERS, KHA, "/sua 4 tự động"))).toBe("Câu 4 hiện chưa có số tổng hợp từ các đơn vị nên chưa dùng số tự động được; câu trả lời đang có được giữ nguyên.");
  });

  it("labels a figure the officer typed where nothing was computed as their own entry, not as a hand edit; once the units' data computes one, says so", async () => {
    const app = await apps.start();
    await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    await app.post(OFFICERS, KHA, "/tonghop sua 1");
    // No school has given its books: 500 edits no computed figure ("[đã sửa tay]" said it did).
    await app.post(OFFICERS, KHA, "/sua 4 500");
    const own = texts(await app.post(OFFICERS, KHA, "/xem"));
    expect(own).toMatch(/\n4\. [^\n]*\[do cán bộ nhập\]\n500\n/);
    expect(own).not.toContain("[đã sửa tay");
    // Nam Triệu's 350 books come in: the officer's 500 now stands over a computed figure.
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, FULL_REPORT_ANSWERS);
    expect(texts(await app.post(OFFICERS, KHA, "/xem"))).toMatch(/\n4\. [^\n]*\[do cán bộ nhập; số tổng hợp từ các đơn vị nay là 350\]\n500\n/);
  });
});
