/**
 * The headers of every page the server answers with, and of every 404: a page of ours runs no
 * inline script, is framed by nobody, names no address to another site and is kept by no cache. A
 * 404 without them (a file link's, an unknown path's) told apart what the web pages' 404 did not.
 */
import type { FastifyReply } from "fastify";

/** Scripts, styles and forms only from here; no frames, no plugins, no third party at all. */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export function withPageHeaders(reply: FastifyReply): FastifyReply {
  return reply.header("content-security-policy", CONTENT_SECURITY_POLICY).header("x-content-type-options", "nosniff").header("referrer-policy", "no-referrer").header("cache-control", "no-store");
}
