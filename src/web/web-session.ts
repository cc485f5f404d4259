/**
 * The session cookie: a random id (only its digest is stored), HttpOnly so no script reads it,
 * SameSite=Lax so another site's form cannot send it, Secure when the public URL is https, limited
 * to /web, and kept 12 hours; the server ends it earlier on /web thoat or when the officer is removed.
 */
import { randomBytes } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

export const SESSION_COOKIE = "phien_can_bo";
export const SESSION_MS = 12 * 60 * 60 * 1000;
export const LOGIN_LINK_MS = 15 * 60 * 1000;

/** 256 bits: neither a session id nor a sign-in token (nor a form's one-time key) can be guessed. */
export const newSecret = (): string => randomBytes(32).toString("base64url");
/** What newSecret makes: anything else in a cookie, a link or a form is not one of ours. */
export const isSecret = (value: unknown): value is string => typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);

export function sessionIdOf(request: FastifyRequest): string | undefined {
  const value = request.cookies[SESSION_COOKIE];
  return isSecret(value) ? value : undefined;
}

export function setSessionCookie(reply: FastifyReply, sessionId: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, sessionId, { path: "/web", httpOnly: true, sameSite: "lax", secure, maxAge: SESSION_MS / 1000 });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/web", httpOnly: true, sameSite: "lax", secure });
}
