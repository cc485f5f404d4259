/**
 * Sends a generated file as a download, its Vietnamese file name in filename* with an ASCII
 * fallback. Never kept by a cache between the bot and the browser (a proxy kept a unit's report
 * past its link's 24 hours, and for whoever asked the same address).
 */
import type { FastifyReply } from "fastify";
import { asciiFileName } from "../../documents/document-file-name.ts";

const TYPES: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function sendFile(reply: FastifyReply, file: { fileName: string; content: Buffer }) {
  const extension = file.fileName.split(".").pop() ?? "";
  return reply
    .type(TYPES[extension] ?? "application/octet-stream")
    .header("cache-control", "private, no-store")
    .header("content-disposition", `attachment; filename="${asciiFileName(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(file.content);
}
