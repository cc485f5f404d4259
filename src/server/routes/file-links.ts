/**
 * GET /files/:token: a document behind a signed, expiring link (channels that cannot upload).
 * 404 for anything not valid right now, so a guessed or old link reveals nothing: a page that
 * says how to get a new link.
 */
import type { FastifyPluginAsync } from "fastify";
import type { DocumentService } from "../../documents/document-service.ts";
import type { FileLinks } from "../../documents/file-links.ts";
import { vi } from "../../sentences/vi.ts";
import { html } from "../../web/html.ts";
import { webPage } from "../../web/layout.ts";
import { withPageHeaders } from "../../web/page-headers.ts";
import { sendPage } from "../../web/page-replies.ts";
import { sendFile } from "./send-file.ts";

export const fileLinkRoutes: FastifyPluginAsync<{ documents: DocumentService; links: FileLinks }> = async (app, { documents, links }) => {
  // Not logged per request: the URL is the link's secret, and logs are read by more people than it is meant for.
  // No HEAD: it would render a document for nothing.
  app.get<{ Params: { token: string } }>("/files/:token", { logLevel: "warn", exposeHeadRoute: false }, async (request, reply) => {
    const id = links.verify(request.params.token);
    const document = id === undefined ? undefined : await documents.ensureRendered(id);
    // Opened in a browser from a chat, maybe days later: a page that says what to do.
    if (!document) return sendPage(withPageHeaders(reply.code(404)), webPage({ title: vi.web.fileLink.title, body: html`<p>${vi.web.fileLink.body}</p>` }));
    return sendFile(reply, document);
  });
};
