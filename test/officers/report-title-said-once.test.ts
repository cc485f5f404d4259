/**
 * A report named inside a unit's and the officers' replies: a campaign's title that already starts
 * with "Báo cáo" (the demo's "Báo cáo kết quả Tuần lễ …") is quoted alone ('Bắt đầu "Báo cáo kết
 * quả …"'; it read 'Bắt đầu báo cáo "Báo cáo kết quả …"'), a title that does not ("Tuần lễ hưởng
 * ứng …") is still led by "báo cáo". Through the demo's local chats: /baocao, /xem, the reminder,
 * the officers' notice of a submission, /tralai, a move to another campaign.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const DEMO = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
const PLAIN = "Tuần lễ hưởng ứng học tập suốt đời";
const { server } = useOfficersChat();
const heard = async (chat: string) => (await server.repos.localMessages.history(chat)).filter((m) => m.fromBot).map((m) => m.text);

it("says a title starting with 'Báo cáo' once in /baocao, /xem, the reminder, the officers' notice and /tralai", async () => {
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(new RegExp(`^Bắt đầu "${DEMO}" của Trường Tiểu học Liên Châu\\. `));
  expect(text(await server.post(LIEN_CHAU, HOA, "/xem"))).toMatch(new RegExp(`^Xem lại "${DEMO}" — Trường Tiểu học Liên Châu:`));
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(new RegExp(`^Tiếp tục "${DEMO}"\\.`));
  await server.post(OFFICERS, KHA, "/nhacnho ngay");
  expect((await heard(LIEN_CHAU)).at(-1)).toMatch(new RegExp(`^Nhắc nộp "${DEMO}" \\(hạn 17:00 ngày 22/10/2026\\)\\. `));

  await submitFullReport(server, LIEN_CHAU, HOA);
  expect(await heard(OFFICERS)).toContain(`Trường Tiểu học Liên Châu đã nộp "${DEMO}" lúc 10:15 ngày 08/10/2026. Người nộp: Nguyễn Thị Hoa.`);
  expect(text(await server.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU Thiếu ảnh"))).toBe(`Đã trả lại "${DEMO}" của Trường Tiểu học Liên Châu để sửa.`);
  expect((await heard(LIEN_CHAU)).at(-1)).toMatch(new RegExp(`^"${DEMO}" của đơn vị được cán bộ phụ trách Nguyễn Thị Kha trả lại để sửa\\. `));
});

it("still says 'báo cáo' before a title that does not start with it, starting it, reviewing it and moving between the two", async () => {
  await openCampaignInChat(server.post, PLAIN);
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 2"))).toMatch(new RegExp(`^Đã chuyển sang báo cáo "${PLAIN}": [^]*\\nBắt đầu báo cáo "${PLAIN}" của Trường Tiểu học Liên Châu\\. `));
  await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  expect(text(await server.post(LIEN_CHAU, HOA, "/xem"))).toMatch(new RegExp(`^Xem lại báo cáo "${PLAIN}" — Trường Tiểu học Liên Châu:`));
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 1"))).toMatch(new RegExp(`Bắt đầu "${DEMO}" của Trường Tiểu học Liên Châu\\. `));
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 2"))).toMatch(new RegExp(`^Đã chuyển sang báo cáo "${PLAIN}": [^]*Tiếp tục báo cáo "${PLAIN}"\\.`));
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 1"))).toMatch(new RegExp(`^Đã chuyển sang "${DEMO}": [^]*Tiếp tục "${DEMO}"\\.`));
});
