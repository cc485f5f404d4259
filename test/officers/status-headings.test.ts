/**
 * The officers' /trangthai with several campaigns open: every heading names its campaign the same
 * way, title first and its number after ('Tình hình "…" (số 1)'), whether or not the title names its
 * đợt (it read 'Tình hình đợt 1 "…"' beside 'Tình hình "Dot kiem tra thu" (số 2)'). Through the local chat.
 */
import { expect, it } from "vitest";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";
import { KHA, OFFICERS, useOfficersChat } from "../helpers/officers-chat.ts";

const TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026";
const { server } = useOfficersChat();

it("heads each open campaign's status title first, number after, for a title with and without its đợt", async () => {
  await openCampaignInChat(server.post, "Dot kiem tra thu");
  const headings = (await server.post(OFFICERS, KHA, "/trangthai")).map((m) => m.text).filter((t) => t.startsWith("Tình hình")).map((t) => t.split(" — ")[0]);
  expect(headings).toEqual([`Tình hình "${TITLE}" (số 1)`, `Tình hình "Dot kiem tra thu" (số 2)`]);
});
