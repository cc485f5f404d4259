/**
 * Sign-in links and sessions of the officers' web page. Only digests of the secrets are stored;
 * every read of a session also checks that its owner is still an officer, so removing one (or
 * `/web thoat`) ends their sessions at the next request, on every instance.
 */
import { createHash } from "node:crypto";
import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { Database } from "./database.ts";

export const digest = (secret: string): string => createHash("sha256").update(secret).digest("hex");

export interface SessionOwner {
  channel: string;
  externalId: string;
  displayName: string;
}

export function createWebSessionRepository(database: Database) {
  const { members, webLoginTokens, webSessions } = database.tables;
  const db = () => database.db;

  return {
    /** A link for one officer, given in `chatId` (on the officer's platform). */
    async createLoginToken(token: string, owner: { channel: string; externalId: string; chatId: string }, expiresAt: number): Promise<void> {
      await db().insert(webLoginTokens).values({ tokenHash: digest(token), ...owner, expiresAt });
    },

    /** Whether a link would still sign in (the page before the POST says so; only the POST uses it). */
    async loginTokenUsable(token: string, now: number): Promise<boolean> {
      const [row] = await db()
        .select({ expiresAt: webLoginTokens.expiresAt })
        .from(webLoginTokens)
        .where(and(eq(webLoginTokens.tokenHash, digest(token)), isNull(webLoginTokens.usedAt), gt(webLoginTokens.expiresAt, now)))
        .limit(1);
      return row !== undefined;
    },

    /** Uses a link once: one statement, so of two browsers opening it at once only one gets it. */
    async consumeLoginToken(token: string, now: number): Promise<{ channel: string; externalId: string; chatId: string } | undefined> {
      const [used] = await db()
        .update(webLoginTokens)
        .set({ usedAt: now })
        .where(and(eq(webLoginTokens.tokenHash, digest(token)), isNull(webLoginTokens.usedAt), gt(webLoginTokens.expiresAt, now)))
        .returning({ channel: webLoginTokens.channel, externalId: webLoginTokens.externalId, chatId: webLoginTokens.chatId });
      return used;
    },

    async createSession(sessionId: string, owner: { channel: string; externalId: string }, expiresAt: number): Promise<void> {
      await db().insert(webSessions).values({ idHash: digest(sessionId), ...owner, expiresAt });
    },

    /** The session's officer, or undefined when it is unknown, expired, ended, or its owner is no longer an officer. */
    async officerOf(sessionId: string, now: number): Promise<SessionOwner | undefined> {
      const [row] = await db()
        .select({ channel: webSessions.channel, externalId: webSessions.externalId, displayName: members.displayName })
        .from(webSessions)
        .innerJoin(members, and(eq(members.channel, webSessions.channel), eq(members.externalId, webSessions.externalId)))
        .where(and(eq(webSessions.idHash, digest(sessionId)), gt(webSessions.expiresAt, now), eq(members.role, "officer")))
        .limit(1);
      return row;
    },

    async endSession(sessionId: string): Promise<void> {
      await db().delete(webSessions).where(eq(webSessions.idHash, digest(sessionId)));
    },

    /** Ends every session of one person, and spends their links not used yet; returns how many sessions there were. */
    async endSessionsOf(channel: string, externalId: string, now: number): Promise<number> {
      await db()
        .update(webLoginTokens)
        .set({ usedAt: now })
        .where(and(eq(webLoginTokens.channel, channel), eq(webLoginTokens.externalId, externalId), isNull(webLoginTokens.usedAt)));
      const ended = await db()
        .delete(webSessions)
        .where(and(eq(webSessions.channel, channel), eq(webSessions.externalId, externalId)))
        .returning({ idHash: webSessions.idHash });
      return ended.length;
    },

    /** Drops expired sessions and links (done at each sign-in; expired ones never open anything anyway). */
    async sweep(now: number): Promise<void> {
      await db().delete(webSessions).where(lt(webSessions.expiresAt, now));
      await db().delete(webLoginTokens).where(lt(webLoginTokens.expiresAt, now));
    },
  };
}

export type WebSessionRepository = ReturnType<typeof createWebSessionRepository>;
