/**
 * POST /local/chats/:chatId/files: the local chat takes a file as the platforms do. Multipart with
 * `userId`, `userName`, an optional `caption` and one `file`; the answer is `{ messages }`, the
 * bot's replies, as for a text. A file over 10 MB is read no further and the bot's reply says so
 * (200, not an error page): the same path a platform's too-big photo takes. The file's name is kept
 * as a note only; nothing here touches the filesystem.
 */
import multipart from "@fastify/multipart";
import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import type { InboundFile, InboundMessage } from "../../channels/channel.ts";
import { MAX_INBOUND_FILE_BYTES } from "../../files/inbound-file-limits.ts";
import { vi } from "../../sentences/vi.ts";
import { type LocalChatOptions, localMessage, postAsUser } from "./local-chat.ts";

const fieldsSchema = z.object({
  userId: z.string().trim().min(1).max(100),
  userName: z.string().trim().min(1).max(200),
  caption: z.string().max(1024).optional(),
  /** Optional client id, as for texts: the same id posted twice is handled once. */
  messageId: z.string().min(1).max(100).optional(),
});

export const localChatFileRoutes: FastifyPluginAsync<LocalChatOptions> = async (app, { repos, dispatcher, now }) => {
  // Registered here, so only this route parses multipart. Past fileSize busboy drops the rest
  // (truncated, not buffered); one file, a few short fields.
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_INBOUND_FILE_BYTES, files: 1, fields: 6, fieldSize: 4096, parts: 8 },
  });

  app.post<{ Params: { chatId: string } }>("/local/chats/:chatId/files", async (request, reply) => {
    const { chatId } = request.params;
    if (!request.isMultipart()) return reply.code(400).send({ error: vi.chat.badRequest });
    const fields: Record<string, string> = {};
    let file: InboundFile | undefined;
    for await (const part of request.parts()) {
      if (part.type === "field") {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      const content = await part.toBuffer();
      if (part.fieldname !== "file" || file) continue;
      file = part.file.truncated
        ? { fileName: part.filename, mimeType: part.mimetype, problem: "too-big" }
        : { fileName: part.filename, mimeType: part.mimetype, content };
    }
    const body = fieldsSchema.safeParse(fields);
    if (!body.success || !file) return reply.code(400).send({ error: vi.chat.badRequest });
    if (!(await repos.directory.findChat("local", chatId))) return reply.code(404).send({ error: vi.chat.unknownChat });
    const { userId, userName, caption, messageId } = body.data;
    const message: InboundMessage = {
      ...localMessage(chatId, userId, userName, now(), messageId),
      text: "",
      file: { ...file, caption: caption?.trim() || undefined },
    };
    const history = [vi.page.sentFile(file.fileName ?? ""), caption?.trim()].filter(Boolean).join(" ");
    return { messages: await postAsUser({ repos, dispatcher }, message, history, messageId) };
  });
};
