/**
 * POST /local/chats/:chatId/files: the local chat takes a photo as the platforms do (multipart with
 * userId, userName, an optional caption and one file) and answers the bot's replies as `{ messages }`.
 * A file over 10 MB or not a JPEG/PNG gets a sentence, not an error page, and nothing is kept; the
 * submitted document, fetched by its link, holds the photo under the appendix with its caption.
 */
import { describe, expect, it } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU, useTestApps } from "../helpers/build-test-app.ts";
import { multipartForm } from "../helpers/multipart-form.ts";
import { docxPhotos, usePhotoTemplate } from "../helpers/photo-template.ts";
import { JPEG_16X16, pngBytes } from "../helpers/tiny-images.ts";

const apps = useTestApps();
const MAX = 10 * 1024 * 1024;

async function startAtPhotoQuestion() {
  const server = await apps.start();
  await usePhotoTemplate(server);
  await server.post(LIEN_CHAU, HOA, "/baocao");
  await server.post(LIEN_CHAU, HOA, "Đã tổ chức nhiều hoạt động.");
  const sendFile = async (file: { name: string; type: string; data: Buffer }, caption?: string, order?: "fields-first" | "file-first") => {
    const form = multipartForm({ ...HOA, ...(caption ? { caption } : {}) }, file, order);
    const response = await server.app.inject({ method: "POST", url: `/local/chats/${LIEN_CHAU}/files`, ...form });
    return { status: response.statusCode, messages: (response.json() as { messages?: BotMessage[] }).messages ?? [] };
  };
  return { server, sendFile };
}

describe("POST /local/chats/:chatId/files", () => {
  it("keeps photos with their captions and places them in the submitted document", async () => {
    const { server, sendFile } = await startAtPhotoQuestion();
    const png = pngBytes(30, 60);
    const first = await sendFile({ name: "khai-mac.jpg", type: "image/jpeg", data: JPEG_16X16 }, "Lễ khai mạc");
    expect(first).toEqual({ status: 200, messages: [expect.objectContaining({ from: "bot", text: "Đã nhận ảnh 1. Gửi thêm ảnh, hoặc gõ Xong để sang câu tiếp." })] });
    // Fields after the file are read too (a browser's FormData keeps the order it was given).
    expect((await sendFile({ name: "hoi-sach.png", type: "image/png", data: png }, "Hội sách", "file-first")).messages[0]!.text).toMatch(/^Đã nhận ảnh 2\./);
    await server.post(LIEN_CHAU, HOA, "Xong");
    await server.post(LIEN_CHAU, HOA, "Xong");
    await server.post(LIEN_CHAU, HOA, "/nop");
    const replies = await server.post(LIEN_CHAU, HOA, "Có");
    const link = replies.find((m) => m.document)?.document?.url;
    const download = await server.app.inject(new URL(link!).pathname);
    expect(download.statusCode).toBe(200);
    const { media, drawings } = docxPhotos(download.rawPayload);
    expect(media.some((m) => m.equals(JPEG_16X16))).toBe(true);
    expect(media.some((m) => m.equals(png))).toBe(true);
    expect(drawings.map((d) => /Lễ khai mạc|Hội sách/.exec(d.next)?.[0])).toEqual(["Lễ khai mạc", "Hội sách"]);
    // The history shows the user's file as a line of its own.
    const history = ((await server.app.inject(`/local/chats/${LIEN_CHAU}/messages`)).json() as { messages: BotMessage[] }).messages;
    expect(history.map((m) => m.text)).toContain("[Tệp: khai-mac.jpg] Lễ khai mạc");
  });

  it("answers a file over 10 MB and a file that is not an image with a sentence, keeping nothing", async () => {
    const { server, sendFile } = await startAtPhotoQuestion();
    const big = Buffer.concat([pngBytes(2, 1), Buffer.alloc(MAX)]);
    const tooBig = await sendFile({ name: "lon.png", type: "image/png", data: big });
    expect(tooBig.status).toBe(200);
    expect(tooBig.messages.map((m) => m.text)).toEqual([expect.stringMatching(/^Tệp quá lớn nên không được lưu: mỗi ảnh tối đa 10 MB/)]);
    const renamed = await sendFile({ name: "bao-cao.png", type: "image/png", data: Buffer.from("PK\u0003\u0004 not really a png") });
    expect(renamed.messages.map((m) => m.text)).toEqual([expect.stringMatching(/^Tệp này không phải ảnh JPEG hoặc PNG/)]);
    expect(await server.repos.photos.captions(1)).toEqual({});
  });

  it("refuses a request without a file, user or multipart body (400), and an unknown chat (404)", async () => {
    const { server } = await startAtPhotoQuestion();
    const url = `/local/chats/${LIEN_CHAU}/files`;
    const file = { name: "a.png", type: "image/png", data: pngBytes(2, 1) };
    expect((await server.app.inject({ method: "POST", url, ...multipartForm({ ...HOA }) })).statusCode).toBe(400);
    expect((await server.app.inject({ method: "POST", url, ...multipartForm({ userName: "X" }, file) })).statusCode).toBe(400);
    expect((await server.app.inject({ method: "POST", url, payload: { ...HOA } })).statusCode).toBe(400);
    expect((await server.app.inject({ method: "POST", url: "/local/chats/nope/files", ...multipartForm({ ...HOA }, file) })).statusCode).toBe(404);
  });
});
