/**
 * GET /local/documents/:documentId: the .docx behind a document link in the local web chat. A
 * document still pending is rendered on the spot; its Vietnamese file name travels as filename*.
 */
import type { FastifyPluginAsync } from "fastify";
import type { DocumentService } from "../../documents/document-service.ts";
import { vi } from "../../texts/vi.ts";
import { sendDocx } from "./send-docx.ts";

export function localDocumentPath(documentId: number): string {
  return `/local/documents/${documentId}`;
}

export const localDocumentRoutes: FastifyPluginAsync<{ documents: DocumentService }> = async (app, { documents }) => {
  app.get<{ Params: { documentId: string } }>("/local/documents/:documentId", async (request, reply) => {
    const id = Number(request.params.documentId);
    const document = Number.isSafeInteger(id) && id > 0 ? await documents.ensureRendered(id) : undefined;
    if (!document) return reply.code(404).send({ error: vi.chat.unknownDocument });
    return sendDocx(reply, document);
  });
};
