/**
 * Signing in from the chat's one-time link, and out. Opening the link shows a page whose form,
 * sent by its script (or its button), uses the link once, starts a session and lands on /web. A GET
 * never spends it: a chat's link-preview fetcher, a proxy or most URL scanners run no script (one
 * that runs the page's script like a browser still spends it; the chat is told of the sign-in), and
 * another site that opened the link (to sign its visitor in as the link's officer) gets the button
 * only, which the visitor would have to press.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { say } from "../officers/officer-context.ts";
import { vi } from "../sentences/vi.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { html } from "./html.ts";
import { webPage } from "./layout.ts";
import { sendPage, signedOutPage } from "./page-replies.ts";
import { runWebAction } from "./web-action.ts";
import type { WebDeps } from "./web-deps.ts";
import { clearSessionCookie, isSecret, newSecret, SESSION_MS, sessionIdOf, setSessionCookie } from "./web-session.ts";

export const signInRoutes: FastifyPluginAsync<WebDeps> = async (app, deps) => {
  const secure = () => deps.publicUrl().startsWith("https:");
  // Signed out, a way back to the campaigns would only lead to the sign-in page: this one says how.
  const refused = () => signedOutPage(vi.web.signIn.refused);
  // The link's token is in its path: these requests stay out of the info-level request log.
  const quiet = { config: { signedOut: true }, logLevel: "warn" as const };

  /** Spends the link once (one statement: of two browsers only one gets it), starts the session, lands on /web. */
  const signIn = async (request: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply) => {
    const { token } = request.params;
    const sessionId = newSecret();
    const started = isSecret(token)
      ? await runWebAction(deps, async (now) => {
          const owner = await deps.repos.webSessions.consumeLoginToken(token, now);
          // The link's officer may have been removed since it was given.
          const member = owner && (await deps.repos.officers.member(owner.channel, owner.externalId));
          if (!owner || member?.role !== "officer") return { deliveries: [], outcome: false };
          await deps.repos.webSessions.createSession(sessionId, owner, now + SESSION_MS);
          // Expired sessions and links open nothing; each sign-in clears them out so they do not pile up.
          await deps.repos.webSessions.sweep(now);
          // Said where the link was given: in a group, a sign-in by whoever clicked first shows at once.
          const notice = say(vi.web.command.used(member.displayName, formatMoment(now, deps.timeZone)));
          return { deliveries: [{ channel: owner.channel, chatId: owner.chatId, message: notice }], outcome: true };
        })
      : false;
    if (!started) return sendPage(reply.code(410), refused());
    // A session this browser had before is ended, not left behind.
    const previous = sessionIdOf(request);
    if (previous) await deps.repos.webSessions.endSession(previous);
    setSessionCookie(reply, sessionId, secure());
    return reply.redirect("/web", 303);
  };

  // Opening the link (a GET, or a HEAD: Fastify answers it with this handler) shows the form that
  // signs in. The browser says where the link was opened from: from the chat app or the address bar
  // ("none", or nothing in an older browser) the page sends its form by itself; opened from another
  // site, the button waits to be pressed, with a word of warning.
  app.get<{ Params: { token: string } }>("/web/login/:token", quiet, async (request, reply) => {
    const { token } = request.params;
    if (!isSecret(token) || !(await deps.repos.webSessions.loginTokenUsable(token, deps.now()))) return sendPage(reply.code(410), refused());
    const from = request.headers["sec-fetch-site"];
    const fromAnotherSite = from === "cross-site" || from === "same-site";
    const text = vi.web.signIn;
    const body = fromAnotherSite
      ? html`<form method="post" action="/web/login/${token}"><p>${text.openedElsewhere}</p><button type="submit">${text.button}</button></form>`
      : html`<form method="post" action="/web/login/${token}" data-auto-submit><p>${text.confirm}</p><button type="submit">${text.button}</button></form>`;
    return sendPage(reply, webPage({ title: text.title, body }));
  });

  // The button is on our own page: a form another site posts (an officer's own token, to sign a
  // visitor in as that officer without their knowing) is refused, as cross-site downloads are.
  // Its form is one button: a body of more is no sign-in (and anyone may post here).
  app.post<{ Params: { token: string } }>("/web/login/:token", { ...quiet, bodyLimit: 4096, config: { ...quiet.config, sameSiteOnly: true } }, signIn);

  app.post("/web/thoat", async (request, reply) => {
    const sessionId = sessionIdOf(request);
    if (sessionId) await deps.repos.webSessions.endSession(sessionId);
    // Signed out now: the notice's redirect is not sealed to the session just ended (notice-seal.ts).
    request.officer = null;
    clearSessionCookie(reply, secure());
    return reply.redirect("/web?tb=signedOut", 303);
  });
};
