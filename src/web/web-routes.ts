/**
 * The officers' web page under /web, in one encapsulated Fastify context: its cookies, form bodies
 * and CSRF checks stay here, away from the webhooks. Every request looks its session up in the
 * database (an ended session or a removed officer is refused at once, on every instance); every
 * route but the sign-in ones needs an officer, and every POST a CSRF token bound to the session.
 */
import fastifyCookie from "@fastify/cookie";
import fastifyCsrf from "@fastify/csrf-protection";
import fastifyFormbody from "@fastify/formbody";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { vi } from "../sentences/vi.ts";
import { activityPage } from "./activity-page.ts";
import { boardActionRoutes } from "./board-actions.ts";
import { boardFormRoutes } from "./board-form-routes.ts";
import { boardPage } from "./board-page.ts";
import { campaignFormPage } from "./campaign-form-page.ts";
import { campaignsPage } from "./campaigns-page.ts";
import { signInRoutes } from "./sign-in-routes.ts";
import { staticFileRoutes } from "./static-files.ts";
import { submissionPage } from "./submission-page.ts";
import { errorPage, sendPage, signedOutPage } from "./page-replies.ts";
import { withPageHeaders } from "./page-headers.ts";
import type { WebDeps, WebOfficer } from "./web-deps.ts";
import { sessionIdOf } from "./web-session.ts";
import { sealNoticeRedirect } from "./notice-seal.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in officer, or null (set for every /web request from its session cookie). */
    officer: WebOfficer | null;
  }
  interface FastifyContextConfig {
    /** A route that answers without a session (sign-in, the home page's how-to). */
    signedOut?: boolean;
    /** A download that is logged and may build a file (downloadRoute): only from our own pages. */
    sameSiteOnly?: boolean;
  }
}

export const webRoutes: FastifyPluginAsync<WebDeps> = async (app, deps) => {
  // Cookies: the session id, and the CSRF secret the plugin below keeps in its own cookie.
  await app.register(fastifyCookie);
  // Plain HTML forms post application/x-www-form-urlencoded: the pages need no script to act.
  // Room for the longest list of unit codes the campaign form accepts (thousands of units).
  await app.register(fastifyFormbody, { bodyLimit: 512 * 1024 });
  // CSRF tokens bound to the session (getUserInfo), so one taken from another session is refused.
  await app.register(fastifyCsrf, {
    cookieKey: "csrf_can_bo",
    cookieOpts: { path: "/web", sameSite: "lax", httpOnly: true, secure: deps.publicUrl().startsWith("https:") },
    getUserInfo: (request: FastifyRequest) => request.officer?.sessionId ?? "",
    csrfOpts: { hmacKey: deps.csrfKey },
  });

  app.decorateRequest("officer", null);
  app.addHook("onRequest", async (request, reply) => {
    withPageHeaders(reply);
    const sessionId = sessionIdOf(request);
    const owner = sessionId ? await deps.repos.webSessions.officerOf(sessionId, deps.now()) : undefined;
    request.officer = owner && sessionId ? { ...owner, sessionId } : null;
    // Every route but the signed-out ones needs an officer, refused here, before a body is read (a
    // form of 512 KB, 60,000 keys, took 170 ms to parse for anyone).
    if (!request.officer && !request.routeOptions.config.signedOut) return sendPage(reply.code(401), signedOutPage(vi.web.signIn.needSession));
  });
  // A GET that changes something (a logged download, a file built) is not CSRF-checked as a POST is:
  // another site's link or script may not start one (the browser says where a request comes from).
  app.addHook("preHandler", async (request, reply) => {
    const from = request.headers["sec-fetch-site"];
    // Our pages (same-origin), the address bar or a bookmark (none), or a client that does not say.
    if (request.routeOptions.config.sameSiteOnly && from !== undefined && from !== "same-origin" && from !== "none") {
      return sendPage(reply.code(403), errorPage(vi.web.errors.crossSite));
    }
  });
  // The plugin's check answers a bad token itself (403, through the error handler below).
  app.addHook("preHandler", (request, reply, done) => {
    if (request.routeOptions.config.signedOut || request.method !== "POST") return done();
    app.csrfProtection(request, reply, done);
  });
  // An action's redirect to a notice is sealed to the session (notice-seal.ts): a crafted link shows none.
  app.addHook("onSend", async (request, reply, payload) => {
    if (reply.statusCode >= 300 && reply.statusCode < 400) sealNoticeRedirect(deps.csrfKey, request, reply);
    return payload;
  });
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, "web page failed");
    const message = error.code?.startsWith("FST_CSRF") ? vi.web.errors.csrf : status === 404 ? vi.web.errors.notFound : status >= 500 ? vi.web.errors.failed : vi.chat.badRequest;
    return sendPage(reply.code(status), errorPage(message));
  });

  await app.register(staticFileRoutes);
  await app.register(signInRoutes, deps);
  await app.register(campaignsPage, deps);
  await app.register(boardPage, deps);
  await app.register(boardActionRoutes, deps);
  await app.register(boardFormRoutes, deps);
  await app.register(submissionPage, deps);
  await app.register(campaignFormPage, deps);
  await app.register(activityPage, deps);
};
