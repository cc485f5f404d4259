/**
 * The officers' clockwork, run every minute: reminder steps that have come due (sent to the units
 * that have not submitted, each step claimed once in the same transaction as its messages), and the
 * delivery summary of each broadcast once all its messages are sent or have failed.
 */
import type { OutboxWorker } from "../outbox/outbox-worker.ts";
import { vi } from "../sentences/vi.ts";
import type { OfficerDeps } from "./officer-context.ts";
import { dueStep, reminderDeliveries, reminderSchedule } from "./reminders.ts";

export interface OfficerSchedulerDeps extends OfficerDeps {
  now: () => number;
  outboxWorker: OutboxWorker;
  logger: { error: (obj: object, msg: string) => void };
}

const TICK_MS = 60_000;

export function createOfficerScheduler(deps: OfficerSchedulerDeps) {
  const { repos } = deps;
  let timer: NodeJS.Timeout | undefined;

  /** Queues the reminders due now; returns how many messages it queued. */
  const sendDueReminders = (now: number): number[] =>
    repos.transaction(() => {
      const ids: number[] = [];
      for (const campaign of repos.officers.openCampaigns()) {
        const schedule = reminderSchedule(campaign.deadlineAt, campaign.reminderDays, deps.timeZone);
        const due = dueStep(schedule, now, campaign.createdAt, deps.timeZone);
        if (!due) continue;
        const { deliveries, units } = reminderDeliveries(deps, campaign, due.step.overdue);
        if (!repos.officers.claimReminderStep(campaign.id, due.step.key, now, units)) continue;
        // Steps missed while the server was down are marked done, not sent late one after another.
        for (const skipped of due.skipped) repos.officers.claimReminderStep(campaign.id, skipped.key, now, 0);
        for (const d of deliveries) ids.push(repos.outbox.enqueue(d.channel, d.chatId, d.message, now));
      }
      return ids;
    });

  /** Sends each finished broadcast's summary to the officers' chat it came from, once. */
  const sendBroadcastSummaries = (now: number): number[] =>
    repos.transaction(() => {
      const ids: number[] = [];
      for (const broadcast of repos.officers.pendingBroadcastSummaries()) {
        const progress = repos.outbox.broadcastProgress(broadcast.id);
        if (progress.pending > 0 || !repos.officers.markBroadcastSummarized(broadcast.id)) continue;
        const text = vi.officer.broadcastSummary(progress.sent, progress.failed, broadcast.unreachable);
        ids.push(repos.outbox.enqueue(broadcast.channel, broadcast.officersChatId, { kind: "text", text }, now));
      }
      return ids;
    });

  const tick = async (): Promise<number> => {
    const now = deps.now();
    const ids = [...sendDueReminders(now), ...sendBroadcastSummaries(now)];
    if (ids.length > 0) await deps.outboxWorker.deliver(ids);
    return ids.length;
  };

  return {
    tick,
    start(): void {
      timer ??= setInterval(() => void tick().catch((error) => deps.logger.error({ err: error }, "officer scheduler tick failed")), TICK_MS);
    },
    stop(): void {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
