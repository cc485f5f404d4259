/**
 * GET /files/:token: a document behind a signed, expiring link (channels that cannot upload).
 * 404 for anything not valid right now, so a guessed or old link reveals nothing.
 */
import type { FastifyPluginAsync } from "fastify";
import type { DocumentService } from "../../documents/document-service.ts";
import type { FileLinks } from "../../documents/file-links.ts";
import { vi } from "../../sentences/vi.ts";
import { sendFile } from "./send-file.ts";

export const fileLinkRoutes: FastifyPluginAsync<{ documents: DocumentService; links: FileLinks }> = async (app, { documents, links }) => {
  // Not logged per request: the URL is the link's secret, and logs are read by more people than it is meant for.
  app.get<{ Params: { token: string } }>("/files/:token", { logLevel: "warn" }, async (request, reply) => {
    const id = links.verify(request.params.token);
    const document = id === undefined ? undefined : await documents.ensureRendered(id);
    if (!document) return reply.code(404).send({ error: vi.chat.unknownDocument });
    return sendFile(reply, document);
  });
};
