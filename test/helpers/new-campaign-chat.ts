/**
 * An officer of the demo ward opens a second campaign, "Đợt mới", over every unit, typed in the
 * officers' chat as /dotbaocao asks it (so the chats' reports are read as a campaign opens):
 * what the officer read at the confirmation. Late reports are taken unless `lateReports` is "refuse"
 * (the flow's second choice, "Không nhận báo cáo muộn").
 */
import { type BotMessage, replyText } from "./build-test-app.ts";
import { KHA, OFFICERS } from "./officers-chat.ts";

type Post = (chat: string, user: typeof KHA, text: string) => Promise<BotMessage[]>;

export async function openCampaignInChat(post: Post, title = "Đợt mới", lateReports: "accept" | "refuse" = "accept"): Promise<string> {
  await post(OFFICERS, KHA, "/dotbaocao");
  const late = lateReports === "accept" ? "1" : "2";
  for (const answer of ["1", title, "/boqua", "UBND phường Nam Triệu", "30/10/2026", "17h", "/boqua", "Có", late, "/nop"]) await post(OFFICERS, KHA, answer);
  return replyText(await post(OFFICERS, KHA, "Có"));
}
