/**
 * This process's sends counted in a platform's window and not answered yet. Their counts are at
 * the time they were to go, but the platform counts a message when it arrives, somewhere between
 * that and its answer: until the answer, the count may be as late as now. A claim reads them so
 * (`latestOf`): otherwise, under load (an answer read 750 ms after the send, a claim 250 ms ahead),
 * a place was given again one window after a send the platform had not yet counted, and Telegram's
 * fake answered 429. Kept in memory: another instance's sends in flight are not seen (their counts
 * move at their answer, as before). Part of the rate limiter (rate-limiter.ts).
 */
import type { WindowCount } from "../db/rate-window-repository.ts";

/**
 * Longer than any send waits for its answer (the outbox's lease): an entry this old whose send was
 * never said to be over (`finished`) is forgotten, a last guard against one held in flight forever.
 */
const FORGET_AFTER_MS = 60_000;
/**
 * An answered count is kept this long after its answer, past the platform's 1-second window: a claim
 * may have read the count before its answer was recorded, and must still see it at the answer's time.
 */
const FORGET_ANSWERED_AFTER_MS = 5_000;

export function createInFlightCounts() {
  /** By count id: its channel, where its count is, and when its answer came (if it came). */
  const counts = new Map<number, { channel: string; at: number; answeredAt?: number }>();

  return {
    /** Counts made for sends about to go (a claim's, a long message's next part). */
    add(channel: string, entries: readonly { id: number; at: number }[]): void {
      for (const { id, at } of entries) counts.set(id, { channel, at });
    },

    /** The counts moved to `at` (a claim's, to its end). */
    moved(ids: readonly number[], at: number): void {
      for (const id of ids) {
        const entry = counts.get(id);
        if (entry) entry.at = at;
      }
    },

    /** The platform answered: the platform had the message by `at`. */
    answered(ids: readonly number[], at: number): void {
      for (const id of ids) {
        const entry = counts.get(id);
        if (entry) entry.answeredAt = at;
      }
    },

    /**
     * The sends counted by `ids` are over (answered, failed, or never sent: a lease lost, the row
     * given up before its send): those not answered are read as reaching the platform by `at`, so
     * that none stays in flight, counted at every claim's time, for longer than its send lasted.
     */
    finished(ids: readonly number[], at: number): void {
      for (const id of ids) {
        const entry = counts.get(id);
        if (entry && entry.answeredAt === undefined) entry.answeredAt = at;
      }
    },

    /**
     * `read`, a window's counts as read from the database, as times a claim at `now` must see: each
     * of this channel's counts still in flight at the latest of its time and `now` (its answer's
     * time once answered), or as read if that is later. Matched by id: another count at the same
     * millisecond is not one of ours. One not read (a send slower than the window, whose count is
     * older than the window read) is added so.
     */
    latestOf(channel: string, read: readonly WindowCount[], now: number): number[] {
      const seen = new Map(read.map((count) => [count.id, count.at]));
      for (const [id, entry] of counts) {
        if (now - entry.at > FORGET_AFTER_MS || (entry.answeredAt !== undefined && now - entry.answeredAt > FORGET_ANSWERED_AFTER_MS)) {
          counts.delete(id);
          continue;
        }
        if (entry.channel !== channel) continue;
        const latest = entry.answeredAt ?? Math.max(entry.at, now);
        seen.set(id, Math.max(latest, seen.get(id) ?? latest));
      }
      return [...seen.values()];
    },
  };
}
