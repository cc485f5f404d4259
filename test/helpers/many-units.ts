/**
 * Seeds a campaign of many units, each with its own Telegram group, and a Telegram officer in the
 * harness's officers' group: the scale at which broadcasts and /status must still behave.
 */
import { sql } from "drizzle-orm";
import { LIFELONG_LEARNING_WEEK } from "../../src/templates/built-in-templates.ts";
import type { TelegramHarness, TelegramUser } from "./telegram-harness.ts";

export const KHA: TelegramUser = { id: 601, is_bot: false, first_name: "Nguyễn Thị Kha" };
export const unitGroupId = (i: number) => String(-1005000000000 - i);

export async function seedManyUnits(t: TelegramHarness, count: number): Promise<{ campaignId: number }> {
  const { repos, database } = t.server;
  const unitIds = await repos.transaction(async () => {
    await repos.directory.insertMember({ channel: "telegram", externalId: String(KHA.id), displayName: KHA.first_name, role: "officer" });
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const unit = await repos.directory.insertUnit({ code: `U${String(i).padStart(4, "0")}`, name: `Trường số ${i}`, placeName: "Nam Triệu" });
      await repos.directory.insertChat({ channel: "telegram", externalId: unitGroupId(i), title: `Nhóm ${i}`, kind: "unit", unitId: unit.id });
      ids.push(unit.id);
    }
    return ids;
  });
  const campaign = await repos.transaction(async () =>
    repos.directory.insertCampaign({ templateId: (await repos.templates.latestOf([LIFELONG_LEARNING_WEEK]))[0]!.id, title: "Đợt thử nhiều đơn vị", issuerName: "UBND phường Nam Triệu", deadlineAt: t.clock() - 86_400_000 }, unitIds),
  );
  // The demo's own campaign is closed: this one is the open campaign the officers' commands act on.
  await database.run(sql`UPDATE campaigns SET status = 'closed' WHERE id != ${campaign.id}`);
  return { campaignId: campaign.id };
}
