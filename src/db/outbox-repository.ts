/**
 * The outbox: messages the bot has decided to send, written in the same transaction as the state
 * that produced them. Workers claim rows with a lease, so two workers never send the same row and a
 * crashed worker's rows are picked up again once the lease runs out.
 */
import { and, asc, eq, inArray, lte, or, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { outbox, type OutboxRow } from "./schema.ts";

export function createOutboxRepository(db: Db) {
  const claimable = (now: number) =>
    or(
      and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)),
      and(eq(outbox.status, "sending"), lte(outbox.leaseUntil, now)),
    );

  return {
    enqueue(channel: string, chatExternalId: string, payload: unknown, now: number): number {
      const row = db
        .insert(outbox)
        .values({ channel, chatExternalId, payload: JSON.stringify(payload), nextAttemptAt: now })
        .returning({ id: outbox.id })
        .get();
      return row.id;
    },

    /** Claims due rows (all of them, or just `ids`) until `leaseUntil`; returns what it claimed. */
    claim(now: number, leaseUntil: number, limit: number, ids?: number[]): OutboxRow[] {
      return db.transaction((tx) => {
        const where = ids ? and(inArray(outbox.id, ids), claimable(now)) : claimable(now);
        const due = tx.select({ id: outbox.id }).from(outbox).where(where).orderBy(asc(outbox.id)).limit(limit).all();
        if (due.length === 0) return [];
        return tx
          .update(outbox)
          .set({ status: "sending", leaseUntil, attempts: sql`${outbox.attempts} + 1` })
          .where(and(inArray(outbox.id, due.map((r) => r.id)), claimable(now)))
          .returning()
          .all()
          .sort((a, b) => a.id - b.id);
      });
    },

    markSent(id: number, now: number): void {
      db.update(outbox).set({ status: "sent", sentAt: now, leaseUntil: null, lastError: null }).where(eq(outbox.id, id)).run();
    },

    markRetry(id: number, nextAttemptAt: number, error: string): void {
      db.update(outbox).set({ status: "pending", nextAttemptAt, leaseUntil: null, lastError: error }).where(eq(outbox.id, id)).run();
    },

    markFailed(id: number, error: string): void {
      db.update(outbox).set({ status: "failed", leaseUntil: null, lastError: error }).where(eq(outbox.id, id)).run();
    },

    countByStatus() {
      return db.select({ status: outbox.status, n: sql<number>`count(*)` }).from(outbox).groupBy(outbox.status).all();
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
