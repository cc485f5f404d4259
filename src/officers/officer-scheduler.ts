/**
 * The officers' clockwork, run every minute: reminder steps that have come due (sent to the units
 * that have not submitted, each step claimed once in the same transaction as its messages), and the
 * delivery summary of each broadcast once all its messages are sent or have failed. Each reminder
 * step sent is in its campaign's activity log, by the schedule. Campaign-wide files a week old go.
 */
import { SCHEDULE_ACTOR } from "../db/activity-repository.ts";
import type { CampaignRow } from "../db/schema.ts";
import { createInFlight } from "../async-queue.ts";
import type { OutboxWorker } from "../outbox/outbox-worker.ts";
import { enqueueDeliveries } from "../outbox/enqueue-deliveries.ts";
import { vi } from "../sentences/vi.ts";
import type { OfficerDeps } from "./officer-context.ts";
import { campaignKey, reminderWithinTheHour } from "./campaign-actions.ts";
import { dueStep, reminderDeliveries, reminderSchedule } from "./reminders.ts";

export interface OfficerSchedulerDeps extends OfficerDeps {
  now: () => number;
  outboxWorker: OutboxWorker;
  logger: { error: (obj: object, msg: string) => void };
}

const TICK_MS = 60_000;
/** A campaign-wide file is kept this long after it was made (its links last a day), then deleted. */
export const CAMPAIGN_FILE_KEEP_MS = 7 * 24 * 60 * 60_000;
/** Platforms redeliver within a day (Telegram) or 12 hours (Zalo OA): two weeks is far past both. */
export const PROCESSED_UPDATE_KEEP_MS = 14 * 24 * 60 * 60_000;
/** A reply to a question is matched by the question's sent message (privacy-mode groups): kept two months. */
export const SENT_MESSAGE_KEEP_MS = 60 * 24 * 60 * 60_000;

export function createOfficerScheduler(deps: OfficerSchedulerDeps) {
  const { repos } = deps;
  let timer: NodeJS.Timeout | undefined;

  /** Queues the reminders due now; returns how many messages it queued. */
  const sendDueReminders = (now: number): Promise<number[]> =>
    repos.transaction(async () => {
      const ids: number[] = [];
      const dueOf = (campaign: CampaignRow) => dueStep(reminderSchedule(campaign.deadlineAt, campaign.reminderDays, deps.timeZone), now, campaign.createdAt, deps.timeZone);
      for (const listed of await repos.officers.openCampaigns()) {
        if (!dueOf(listed)) continue;
        // An officer's reminder within the hour (/nhacnho ngay, the page) said it already: the step
        // is marked done, not sent again minutes later. Read under the campaign's lock, as that
        // reminder is made: on another instance at the same moment, one waits for the other.
        await repos.lock(campaignKey(listed.id));
        // Read again under the lock: closed, its deadline moved or its schedule changed meanwhile
        // (on another instance), the old row's step would go out after the units heard otherwise.
        const campaign = await repos.directory.campaignById(listed.id);
        const due = campaign?.status === "open" ? dueOf(campaign) : undefined;
        if (!campaign || !due) continue;
        const saidAlready = (await reminderWithinTheHour(deps, campaign.id, now)) !== undefined;
        const { deliveries, units } = saidAlready ? { deliveries: [], units: 0 } : await reminderDeliveries(deps, campaign, due.step.overdue, now);
        if (!(await repos.officers.claimReminderStep(campaign.id, due.step.key, now, units))) continue;
        // Claimed once across instances, so logged once; a step with nobody left to remind sent nothing.
        if (units > 0) await repos.activity.record(campaign.id, SCHEDULE_ACTOR, "reminded", String(units), now);
        // Steps missed while the server was down are marked done, not sent late one after another.
        for (const skipped of due.skipped) await repos.officers.claimReminderStep(campaign.id, skipped.key, now, 0);
        ids.push(...(await enqueueDeliveries(repos.outbox, deliveries, now)));
      }
      return ids;
    });

  /** Sends each finished broadcast's summary to the officers' chat it came from, once. */
  const sendBroadcastSummaries = (now: number): Promise<number[]> =>
    repos.transaction(async () => {
      const ids: number[] = [];
      for (const broadcast of await repos.officers.pendingBroadcastSummaries()) {
        const progress = await repos.outbox.broadcastProgress(broadcast.id);
        if (progress.pending > 0 || !(await repos.officers.markBroadcastSummarized(broadcast.id))) continue;
        // Named by its first words (after the bot's own heading line): two results are told apart.
        const opening = (await repos.outbox.broadcastText(broadcast.id))?.split("\n").slice(1).join(" ");
        const text = vi.officer.broadcastSummary(opening, progress.sent, progress.failed, broadcast.unreachable);
        ids.push(await repos.outbox.enqueue(broadcast.channel, broadcast.officersChatId, { kind: "text", text }, now));
      }
      return ids;
    });

  const tick = async (): Promise<number> => {
    const now = deps.now();
    // One transaction after the other, both committed before anything goes out on the network.
    const ids = [...(await sendDueReminders(now)), ...(await sendBroadcastSummaries(now))];
    if (ids.length > 0) await deps.outboxWorker.deliver(ids);
    // Officers' downloads would otherwise fill the database, a file each.
    await repos.documents.deleteCampaignFilesBefore(now - CAMPAIGN_FILE_KEEP_MS);
    // Handled updates' ids and sent messages, kept past any redelivery and any reply to them.
    await repos.retention.forgetUpdatesBefore(now - PROCESSED_UPDATE_KEEP_MS);
    await repos.retention.deleteSentBefore(now - SENT_MESSAGE_KEEP_MS);
    return ids.length;
  };

  /** The timer's ticks in progress: stop() waits for them (their sends must not outlive the database). */
  const ticks = createInFlight();
  return {
    tick,
    start(): void {
      timer ??= setInterval(() => void ticks.track(tick().catch((error) => deps.logger.error({ err: error }, "officer scheduler tick failed"))), TICK_MS);
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await ticks.settled();
    },
  };
}
