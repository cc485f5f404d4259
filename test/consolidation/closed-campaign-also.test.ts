/**
 * A plain /tonghop or /xuat in the officers' chat with only a newer campaign open, an older one
 * closed with reports submitted, from the users' retest: they worked on the open campaign and said
 * nothing of the closed one, where /trangthai names closed campaigns beside the open ones ("Lưu ý:
 * đợt 1 … không nằm trong lệnh vừa rồi"). Now they name it the same way, with the command for it.
 * Through the demo's local chats, on SQLite.
 */
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";
import { openNextCampaign, submitThenOpenNext } from "../helpers/next-campaign.ts";

const { server } = useOfficersChat();

const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";

it("names the closed campaign with reports after a plain /tonghop and /xuat on the open one, with the command for each", async () => {
  await submitThenOpenNext(server);
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  const consolidated = text(await server.post(OFFICERS, KHA, "/tonghop"));
  expect(consolidated).toMatch(/^Đợt 2 "Tuần lễ học tập suốt đời 2027" chưa có đơn vị nào nộp/);
  expect(consolidated).toContain(`Lưu ý: đợt 1 "${TITLE}" (đã đóng) có báo cáo của 1/3 đơn vị đã nộp, không nằm trong lệnh vừa rồi. Để lập dự thảo báo cáo tổng hợp của đợt này, gõ /tonghop 1.`);
  const exported = text(await server.post(OFFICERS, KHA, "/xuat"));
  expect(exported).toContain(`Lưu ý: đợt 1 "${TITLE}" (đã đóng) có báo cáo của 1/3 đơn vị đã nộp, không nằm trong lệnh vừa rồi. Để nhận tệp Excel số liệu của đợt này, gõ /xuat 1.`);
  // Named by its number, the closed one is what the command acts on, with no note.
  expect(text(await server.post(OFFICERS, KHA, "/xuat 1"))).not.toContain("Lưu ý");
});

it("says nothing of a closed campaign with no report submitted", async () => {
  await openNextCampaign(server);
  await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  expect(text(await server.post(OFFICERS, KHA, "/xuat"))).not.toContain("Lưu ý");
});
