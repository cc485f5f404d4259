/**
 * Seeds a campaign of many units, each with its own Telegram group, and a Telegram officer in the
 * harness's officers' group: the scale at which broadcasts and /status must still behave.
 */
import { LIFELONG_LEARNING_WEEK } from "../../src/templates/built-in-templates.ts";
import type { TelegramHarness, TelegramUser } from "./telegram-harness.ts";

export const KHA: TelegramUser = { id: 601, is_bot: false, first_name: "Nguyễn Thị Kha" };
export const unitGroupId = (i: number) => String(-1005000000000 - i);

export function seedManyUnits(t: TelegramHarness, count: number): { campaignId: number } {
  const { repos, sqlite } = t.server;
  const unitIds = repos.transaction(() => {
    repos.directory.insertMember({ channel: "telegram", externalId: String(KHA.id), displayName: KHA.first_name, role: "officer" });
    return Array.from({ length: count }, (_, i) => {
      const unit = repos.directory.insertUnit({ code: `U${String(i).padStart(4, "0")}`, name: `Trường số ${i}`, placeName: "Nam Triệu" });
      repos.directory.insertChat({ channel: "telegram", externalId: unitGroupId(i), title: `Nhóm ${i}`, kind: "unit", unitId: unit.id });
      return unit.id;
    });
  });
  const campaign = repos.transaction(() =>
    repos.directory.insertCampaign({ templateId: repos.directory.listTemplates().find((t) => t.key === LIFELONG_LEARNING_WEEK)!.id, title: "Đợt thử nhiều đơn vị", issuerName: "UBND phường Nam Triệu", deadlineAt: t.clock() - 86_400_000 }, unitIds),
  );
  // The demo's own campaign is closed: this one is the open campaign the officers' commands act on.
  sqlite.prepare("UPDATE campaigns SET status = 'closed' WHERE id != ?").run(campaign.id);
  return { campaignId: campaign.id };
}
