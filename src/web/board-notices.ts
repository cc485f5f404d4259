/**
 * What a board says after an action: the fixed notices (page-replies.ts), and those that are the
 * chat's own sentences about this campaign now: the close question (/dotbaocao dong), the deadline
 * extended (/dotbaocao giahan), the notice sent (/thongbao). Their numbers come from the sealed
 * address (notice-seal.ts), so no link can make the page say them.
 */
import type { CampaignRow } from "../db/schema.ts";
import { extendedText } from "../officers/deadline-extension.ts";
import { reminderSchedule } from "../officers/reminders.ts";
import { vi } from "../sentences/vi.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { count, type NoticeQuery, noticeText } from "./page-replies.ts";

/**
 * `closing`: what closing the campaign does now (board-actions.ts closeEffects); `units`: the
 * campaign's units, to name those a reminder left out by their ids in the address.
 */
export function boardNotice(campaign: CampaignRow, notice: NoticeQuery, closing: string, now: number, timeZone: string, units: readonly { unitId: number; name: string }[] = []): string | undefined {
  if (notice.tb === "closeAsked") return vi.web.actions.closeAsked(closing);
  if (notice.tb === "broadcast") return vi.officer.broadcastQueued(count(notice.n), count(notice.u));
  if (notice.tb === "extended") {
    const [oldAt, movedAt] = [count(notice.h), count(notice.g)];
    // The next reminder as the extension left it: the first step of the new schedule still to come.
    const next = reminderSchedule(movedAt, campaign.reminderDays, timeZone).find((step) => step.at > now);
    const done = { old: formatMoment(oldAt, timeZone), moved: formatMoment(movedAt, timeZone), chats: count(notice.n), onTimeNow: count(notice.u), onTimeTold: count(notice.t), next };
    return extendedText(campaign, done, timeZone);
  }
  const ids = new Set((notice.k ?? "").split(",").map(Number));
  const left = units.filter((unit) => ids.has(unit.unitId)).map((unit) => unit.name);
  // Units left out: the chat's /nhacnho ngay sentence, which names them and says why.
  if (notice.tb === "reminded" && left.length > 0) return vi.officer.remindSent(count(notice.n), 0, [], left);
  // None reminded, every unit left out: named, as the chat names them ("1 đơn vị" alone said not which).
  if (notice.tb === "remindedJustNow" && left.length > 0 && left.length <= 10) return vi.web.board.remindedJustNowNamed(left);
  return noticeText(notice, campaign.issuerName);
}
