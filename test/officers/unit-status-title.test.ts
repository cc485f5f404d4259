/**
 * A unit's /trangthai names its report by the campaign's title: a title that already says "Báo cáo"
 * (the demo's "Báo cáo kết quả Tuần lễ …") is not led by a second "Báo cáo" (it read
 * 'Báo cáo "Báo cáo kết quả …"'); a title that does not ("Đợt mới") still is. Through the demo's local chat.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";
import { useOfficersChat } from "../helpers/officers-chat.ts";

const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
const { server } = useOfficersChat();

it("names a report whose title starts with 'Báo cáo' once in the unit's /trangthai, alone and beside another campaign", async () => {
  expect(text(await server.post(LIEN_CHAU, HOA, "/trangthai"))).toBe(`"${TITLE}": chưa bắt đầu. Hạn nộp: 17:00 ngày 22/10/2026.`);

  expect(await openCampaignInChat(server.post)).toMatch(/Đã mở "Đợt mới"/);
  const lines = text(await server.post(LIEN_CHAU, HOA, "/trangthai")).split("\n");
  expect(lines.slice(1, 3)).toEqual([`1. "${TITLE}": chưa bắt đầu. Hạn nộp: 17:00 ngày 22/10/2026.`, `2. Báo cáo "Đợt mới": chưa bắt đầu. Hạn nộp: 17:00 ngày 30/10/2026.`]);
});
