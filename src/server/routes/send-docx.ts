/** Sends a .docx as a download, its Vietnamese file name in filename* with an ASCII fallback. */
import type { FastifyReply } from "fastify";
import { asciiFileName } from "../../documents/document-file-name.ts";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function sendDocx(reply: FastifyReply, document: { fileName: string; content: Buffer }) {
  return reply
    .type(DOCX_TYPE)
    .header("content-disposition", `attachment; filename="${asciiFileName(document.fileName)}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`)
    .send(document.content);
}
