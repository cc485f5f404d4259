/**
 * Signs an officer in to the web page through inject(), as a browser would: /web in the officers'
 * chat, the link's page, its form's POST; then requests carry the cookies it set.
 */
import type { LightMyRequestResponse } from "fastify";
import type { TestApp } from "./build-test-app.ts";
import { KHA, OFFICERS } from "./officers-chat.ts";

export { KHA } from "./officers-chat.ts";
export const OFFICERS_CHAT = OFFICERS;

export async function requestSignInLink(server: TestApp, officer = KHA): Promise<string> {
  const [reply] = await server.post(OFFICERS_CHAT, officer, "/web");
  const url = /http\S+\/web\/login\/[\w-]+/.exec(reply?.text ?? "")?.[0];
  if (!url) throw new Error(`no sign-in link in: ${reply?.text}`);
  return new URL(url).pathname;
}

/** Cookies a response set, as a Cookie header value. */
export function cookiesOf(response: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
}

export async function signIn(server: TestApp, officer = KHA) {
  const path = await requestSignInLink(server, officer);
  const response = await server.app.inject({ method: "POST", url: path });
  if (response.statusCode !== 303) throw new Error(`sign-in answered ${response.statusCode}`);
  // The chat hears of the sign-in; that message goes out after the answer, like a browser's user would see it.
  await server.webSettled();
  const cookies = cookiesOf(response);
  const get = (url: string) => server.app.inject({ method: "GET", url, cookies });
  /** A form's CSRF token, as the page at `url` printed it. */
  const csrfFrom = async (url: string) => {
    const page = await get(url);
    Object.assign(cookies, cookiesOf(page));
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
    if (!token) throw new Error(`no CSRF token on ${url}`);
    return token;
  };
  /** The hidden fields (the CSRF token, a one-time key) of the form posting to `url` on the page at `from`. */
  const hiddenFields = async (url: string, from = "/web") => {
    const page = await get(from);
    Object.assign(cookies, cookiesOf(page));
    const hidden = hiddenFieldsIn(page.body, url);
    if (!hidden._csrf) throw new Error(`no CSRF token on ${from}`);
    return hidden;
  };
  /** Posts exactly these fields with the session's cookies (a form sent again: the same fields twice). */
  const post = (url: string, fields: Record<string, string>) =>
    server.app.inject({ method: "POST", url, cookies, payload: new URLSearchParams(fields).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } });
  /** Posts a form as the page at `from` would: its hidden fields and `fields`. */
  const postForm = async (url: string, fields: Record<string, string>, from = "/web") => post(url, { ...(await hiddenFields(url, from)), ...fields });
  return { cookies, get, csrfFrom, hiddenFields, post, postForm, response };
}

/** The hidden fields of the form posting to `url` in a page's HTML (the whole page when no form does). */
export function hiddenFieldsIn(body: string, url: string): Record<string, string> {
  const action = body.indexOf(`action="${url}"`);
  const form = action >= 0 ? body.slice(action, body.indexOf("</form>", action)) : body;
  return Object.fromEntries([...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]));
}

/** A redirect's address without the seal that binds its notice to the session (notice-seal.ts). */
export const unsealed = (location: unknown): string => String(location).replace(/&s=[\w-]{22}$/, "");
