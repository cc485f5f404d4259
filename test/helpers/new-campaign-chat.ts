/**
 * An officer of the demo ward opens a second campaign, "Đợt mới", over every unit, typed in the
 * officers' chat as /dotbaocao asks it (so the chats' reports are read as a campaign opens):
 * what the officer read at the confirmation. Late reports are taken unless `lateReports` is "refuse"
 * (the flow's second choice, "Không nhận báo cáo muộn"). `deadline`: the day typed at the deadline question.
 */
import { type BotMessage, replyText } from "./build-test-app.ts";
import { KHA, OFFICERS } from "./officers-chat.ts";

/**
 * A deadline before the demo's own (17:00 on 22/10/2026, two weeks after the tests' clock): the new
 * campaign is then the one due first, where a plain /baocao goes when neither report is under way.
 */
export const DUE_BEFORE_DEMO = "20/10/2026";

type Post = (chat: string, user: typeof KHA, text: string) => Promise<BotMessage[]>;

export async function openCampaignInChat(post: Post, title = "Đợt mới", lateReports: "accept" | "refuse" = "accept", deadline = "30/10/2026"): Promise<string> {
  await post(OFFICERS, KHA, "/dotbaocao");
  const late = lateReports === "accept" ? "1" : "2";
  for (const answer of ["1", title, "/boqua", "UBND phường Nam Triệu", deadline, "17h", "/boqua", "Có", late, "/nop"]) await post(OFFICERS, KHA, answer);
  return replyText(await post(OFFICERS, KHA, "Có"));
}
