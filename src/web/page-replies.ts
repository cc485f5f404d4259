/**
 * How a page answers: the signed-in frame with a CSRF token for its forms, the signed-out page,
 * one error page for 404s, refusals and failures, and the notices an action redirects to.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { vi } from "../sentences/vi.ts";
import { formatShortDate } from "../vietnamese/vietnamese-dates.ts";
import { html } from "./html.ts";
import { webPage } from "./layout.ts";
import type { WebOfficer } from "./web-deps.ts";

/** The signed-in officer and a CSRF token for the page's forms (a route behind the session check). */
export function signedIn(request: FastifyRequest, reply: FastifyReply): { officer: WebOfficer; csrf: string } {
  const officer = request.officer!;
  return { officer, csrf: reply.generateCsrf({ userInfo: officer.sessionId }) };
}

/** What anyone without a session sees: how to sign in from the chat, and nothing else. */
export function signedOutPage(lead?: string): string {
  return webPage({ title: vi.web.signIn.title, body: html`${lead ? html`<p>${lead}</p>` : ""}<p>${vi.web.signIn.howTo}</p>` });
}

/** A page that says only what went wrong, with the way back to the campaigns. */
export function errorPage(message: string, title = vi.web.errors.title): string {
  return webPage({ title, body: html`<p class="error">${message}</p><p><a href="/web">${vi.web.errors.back}</a></p>` });
}

export function sendPage(reply: FastifyReply, page: string): FastifyReply {
  return reply.type("text/html; charset=utf-8").send(page);
}

export function notFound(reply: FastifyReply, message: string): FastifyReply {
  return sendPage(reply.code(404), errorPage(message));
}

/** What a notice reads from the address: its key, a count, and after opening a campaign what to add. */
export interface NoticeQuery {
  tb?: string;
  n?: string;
  /** After "opened": units unreached, units busy elsewhere, the issuer left out of the typed codes (1). */
  u?: string;
  b?: string;
  /** After "opened": units whose chat stays on a draft of a closed campaign still taking late reports. */
  l?: string;
  i?: string;
  /** After "opened": the deadline's day and the reference document's date (ISO), typed without their year. */
  y?: string;
  r?: string;
  /** After "opened": the deadline read with its hour from the day's box ("2026-12-24T23:59"), and 1 in `f` when "hết ngày" set it. */
  e?: string;
  f?: string;
  /** After "extended": the units no longer late told of it (`u` those no longer late); the deadline before and after (epoch ms), for the chat's sentence. */
  t?: string;
  h?: string;
  g?: string;
  /** After "reminded": the ids of the units left out, reminded on their own a moment ago ("3,7"). */
  k?: string;
}

/**
 * Notices after a redirect are chosen from a fixed list: a link cannot make the page say anything.
 * `issuer`: the campaign's issuing office, named when it was left out of the units typed.
 */
export function noticeText(query: NoticeQuery, issuer?: string): string | undefined {
  const notice = query.tb && Object.hasOwn(vi.web.notices, query.tb) ? vi.web.notices[query.tb] : undefined;
  if (!notice) return undefined;
  const text = notice(count(query.n));
  if (query.tb !== "opened") return text;
  const notes = vi.web.openedNotes;
  const busy = count(query.b);
  const busyLate = count(query.l);
  const unreached = count(query.u);
  const guessed = [
    ...(isIsoDate(query.r) ? [notes.referenceYearGuessed(formatShortDate(query.r))] : []),
    ...(isIsoDate(query.y) ? [vi.deadline.yearGuessed(formatShortDate(query.y))] : []),
  ];
  const hourRead = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(query.e ?? "");
  if (hourRead) guessed.push(vi.deadline.dayAndHourRead(formatShortDate(hourRead[1]!), hourRead[2]!, query.f === "1", true));
  return [text, ...(busy + busyLate > 0 ? [vi.officer.busyNote(busy, busyLate)] : []), ...(unreached > 0 ? [notes.unreached(unreached)] : []), ...(query.i === "1" && issuer ? [vi.officer.issuerLeftOut(issuer)] : []), ...guessed].join(" ");
}

const isIsoDate = (typed: string | undefined): typed is string => typed !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(typed);

/** A count typed into the address is at least never negative. */
export const count = (typed: string | undefined) => Math.max(0, Number.parseInt(typed ?? "0", 10) || 0);
