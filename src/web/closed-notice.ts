/**
 * What the page says when an action reached a campaign closed meanwhile (a stale board, another
 * officer closing it in the chat): who closed it and when, read from the activity log, and that the
 * action did nothing. "Đã đóng từ trước" alone left the officer wondering whether the deadline was
 * moved or the notice sent.
 */
import type { Actor } from "../db/activity-repository.ts";
import type { CampaignRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import type { WebDeps } from "./web-deps.ts";

/** The notice keys an action redirects to when the campaign was closed, and the sentence each says. */
const CLOSED_NOTICES = { alreadyClosed: "other", extendClosed: "extend", broadcastClosed: "broadcast" } as const;

/** `reader`: the signed-in officer, told "bạn" of their own close (a second click of "Đóng đợt"). */
export async function closedNotice(deps: WebDeps, campaign: CampaignRow, tb: string | undefined, reader: Actor): Promise<string | undefined> {
  if (!tb || !Object.hasOwn(CLOSED_NOTICES, tb)) return undefined;
  const say = vi.web.closedMeanwhile[CLOSED_NOTICES[tb as keyof typeof CLOSED_NOTICES]];
  // The last close in the log: a campaign is closed once, but a log line is never assumed unique.
  const closed = (await deps.repos.activity.list(campaign.id)).filter((row) => row.action === "closed").at(-1);
  if (!closed) return say();
  const byYou = closed.actorId === reader.id && closed.source !== "schedule";
  return say({ name: closed.actorName, at: formatMoment(closed.at, deps.timeZone), where: vi.web.activity.where[closed.source], bySchedule: closed.source === "schedule", byYou });
}
