/**
 * What an outbox claim reads, under its channel's claim lock: the heads that may go now (a chat's,
 * or every chat's) and, on PostgreSQL, the rate windows that decide which of them go. There the
 * lock and the reads are one call of `outbox_claim_reads` (migrations 0015, 0016) instead of four round
 * trips, each waiting its turn in a busy event loop while the claim held the lock (issue #12). On
 * SQLite the claim is in-process and cheap: the lock (none) and the heads' read as before, and the
 * limiter reads its windows itself. Part of the outbox repository (outbox-repository.ts).
 */
import type { Database } from "./database.ts";
import type { HeadRow } from "./outbox-repository.ts";
import type { WindowsRead, WindowsToRead } from "./rate-window-repository.ts";
import { jsonRowReader } from "./table-rows.ts";

/** A claim's heads, and the windows when they were read with them (else the limiter reads them). */
export interface ClaimReads {
  heads: HeadRow[];
  windows?: WindowsRead;
}

/** The repository's reads of the heads (SQLite's way, and the heads the function repeats). */
interface HeadReads {
  headsOf(channel: string, now: number, limit: number): Promise<HeadRow[]>;
  headOfChat(channel: string, chatExternalId: string, now: number): Promise<HeadRow | undefined>;
}

/** `global`, the times alone, is left for an instance running the code before migration 0016. */
type ReadAnswer = { heads: { row: unknown; chatActive: boolean | null }[]; globalCounts: [number, number][]; chats: [string, number][]; chatsRead: number };

export function createOutboxClaimReads(database: Database, reads: HeadReads) {
  const readOutboxRow = jsonRowReader(database.tables.outbox);
  const inOneCall =
    database.dialect === "postgres" ? database.statement<{ read: ReadAnswer }>("SELECT outbox_claim_reads(?, ?, ?, ?, ?, ?, ?) AS read") : undefined;

  /**
   * Takes `channel`'s claim lock (`outbox:` and the channel, held to the transaction's end: the
   * caller's transaction must be open) and reads the claimable heads of `chatId`'s chat (one at
   * most) or of every chat (`limit` at most), at `now`; with `windows`, what the limiter would read.
   */
  return async function claimReads(channel: string, chatId: string | undefined, now: number, limit: number, windows?: WindowsToRead): Promise<ClaimReads> {
    const lockKey = `outbox:${channel}`;
    if (!inOneCall) {
      await database.lock(lockKey);
      const heads = chatId === undefined ? await reads.headsOf(channel, now, limit) : [await reads.headOfChat(channel, chatId, now)].filter((r) => r !== undefined);
      return { heads };
    }
    const { read } = (await inOneCall.get(channel, chatId ?? null, now, limit, windows?.global?.since ?? null, windows?.global?.count ?? null, windows?.chatsSince ?? null))!;
    database.tookLock(lockKey);
    const heads = read.heads.map((h) => ({ ...readOutboxRow(h.row)!, chatActive: h.chatActive !== false }));
    if (!windows) return { heads };
    // Every chat read is known, with no send in its window or with some.
    const chats = new Map<string, number[]>(heads.slice(0, read.chatsRead).map((h) => [h.chatExternalId, []]));
    for (const [scope, sentAt] of read.chats) chats.get(scope)?.push(Number(sentAt));
    return { heads, windows: { global: read.globalCounts.map(([id, at]) => ({ id: Number(id), at: Number(at) })), chats } };
  };
}
