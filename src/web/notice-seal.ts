/**
 * The notices an action redirects to (`?tb=reminded&n=3`, `?tb=closeAsked`) are sealed to the
 * officer's session: a link another person crafted made the board say "999 units reminded", or
 * showed the close form already confirmed, so that one click closed the campaign. The redirect's
 * address gets a MAC of itself and the session id (`&s=`); a page shows a notice, and a form its
 * confirmed state, only when the seal is this session's.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { NoticeQuery } from "./page-replies.ts";

const SEAL = /[?&]s=([A-Za-z0-9_-]{22})$/;

const mac = (key: string, sessionId: string, address: string) => createHmac("sha256", key).update(`notice\n${sessionId}\n${address}`).digest().subarray(0, 16);

/** An action's redirect to a page with a notice, sealed to the session that acted. */
export function sealNoticeRedirect(key: string, request: FastifyRequest, reply: FastifyReply): void {
  const location = reply.getHeader("location");
  const sessionId = request.officer?.sessionId;
  if (typeof location !== "string" || !sessionId || !location.startsWith("/web") || !/[?&]tb=/.test(location)) return;
  reply.header("location", `${location}&s=${mac(key, sessionId, location).toString("base64url")}`);
}

/** The request's notice query when its seal is this session's; nothing of it otherwise. */
export function sealedNotice(key: string, request: Pick<FastifyRequest, "url" | "officer" | "query">): NoticeQuery {
  const sessionId = request.officer?.sessionId;
  const seal = SEAL.exec(request.url);
  if (!sessionId || !seal) return {};
  const given = Buffer.from(seal[1]!, "base64url");
  const expected = mac(key, sessionId, request.url.slice(0, seal.index));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return {};
  const { tb, n, u, b, l, i, y, r, h, g, t, e, f, k } = request.query as NoticeQuery;
  return { tb, n, u, b, l, i, y, r, h, g, t, e, f, k };
}
