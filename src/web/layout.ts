/**
 * The frame of every page: readable on a phone, one stylesheet and one script served by us (no
 * CDN, no inline code, so the Content-Security-Policy can forbid both), and for a signed-in
 * officer the navigation and a sign-out button carrying the CSRF token.
 */
import { vi } from "../sentences/vi.ts";
import { type Html, html } from "./html.ts";
import type { WebOfficer } from "./web-deps.ts";

export interface PageOptions {
  title: string;
  body: Html;
  /** The signed-in officer and the page's CSRF token (every form on the page carries it). */
  signedIn?: { officer: WebOfficer; csrf: string };
  /** A change stamp URL the script polls: the page reloads itself when what it shows changed. */
  refreshFrom?: string;
  /** A short message after an action ("Đã trả lại…"). */
  notice?: string;
}

export function webPage(options: PageOptions): string {
  const { signedIn } = options;
  const nav = signedIn
    ? html`<nav><a href="/web">${vi.web.nav.campaigns}</a> <a href="/web/dot/moi">${vi.web.nav.newCampaign}</a>
<span class="who">${vi.web.nav.signedInAs(signedIn.officer.displayName)}</span>
<form method="post" action="/web/thoat" class="inline">${csrfField(signedIn.csrf)}<button type="submit">${vi.web.nav.signOut}</button></form></nav>`
    : "";
  return html`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title} — ${vi.web.siteTitle}</title>
<link rel="stylesheet" href="/web/static/web.css"><script src="/web/static/web.js" defer></script></head>
<body${options.refreshFrom ? html` data-refresh-from="${options.refreshFrom}"` : ""}>
<header><strong>${vi.web.siteTitle}</strong>${nav}</header>
<main>${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ""}<h1>${options.title}</h1>
${options.body}</main></body></html>`.text;
}

export function csrfField(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}
