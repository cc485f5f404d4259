/**
 * Where a submitted report's document goes: the unit's chat, a copy to the officers, again on
 * /vanban, and a new version after a correction, with the earlier ones kept.
 */
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { type BotMessage, buildTestApp, HOA, LIEN_CHAU, MINH, type TestApp } from "../helpers/build-test-app.ts";
import { readDocx } from "../helpers/docx-reader.ts";

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp();
});
afterEach(() => server.close());

async function submitFullReport() {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, MINH, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  return server.post(LIEN_CHAU, HOA, "Có");
}

const documentsIn = (messages: BotMessage[]) => messages.filter((m) => m.document);
/** Every document link is signed and expiring: /files/<document>.<expiry>.<signature>. */
const SIGNED_LINK = /^http:\/\/127\.0\.0\.1:3000\/files\/1\.\d+\.[\w-]+$/;
const download = (url: string | undefined) => server.app.inject(new URL(url!).pathname);
const history = async (chatId: string) => ((await server.app.inject(`/local/chats/${chatId}/messages`)).json() as { messages: BotMessage[] }).messages;

it("posts the document into the unit's chat and a copy with a notice to the officers", async () => {
  const replies = await submitFullReport();
  expect(replies.map((r) => r.text)).toEqual([expect.stringMatching(/^Đã nộp báo cáo/), "Văn bản báo cáo"]);
  expect(replies[1]!.document).toEqual({ name: "Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026.docx", url: expect.stringMatching(SIGNED_LINK) });

  const officers = await history("can-bo-phuong");
  expect(officers.map((m) => m.text)).toEqual([
    'Trường Tiểu học Liên Châu đã nộp "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026" lúc 10:15 ngày 08/10/2026. Người nộp: Nguyễn Thị Hoa.',
    "Văn bản báo cáo",
  ]);
  expect(officers[1]!.document?.url).toBe(replies[1]!.document?.url);
});

it("queues what a submission sends (the notice, the document, the officers' copies) before other chats' turns, and an answer after them", async () => {
  await submitFullReport();
  await server.post(LIEN_CHAU, HOA, "/baocao");
  const ranks = await server.database.rows<{ text: string; rank: number }>(sql`SELECT payload AS text, send_rank AS rank FROM outbox ORDER BY id`);
  const rankOf = (pattern: RegExp) => ranks.filter((r) => pattern.test(r.text)).map((r) => Number(r.rank));
  expect(rankOf(/Đã nộp báo cáo|"kind":"document"|đã nộp \\"Báo cáo/)).toEqual([0, 0, 0, 0]);
  expect(rankOf(/Tiếp tục|Câu 1/).at(-1)).toBe(1);
});

it("renders the document off the request path and serves the stored bytes through its signed link only, uncached", async () => {
  const replies = await submitFullReport();
  expect((await server.repos.documents.get(1))?.status).toBe("pending");
  expect(await server.documents.renderPending()).toBe(1);
  const stored = (await server.repos.documents.get(1))!;
  expect(stored.status).toBe("ready");
  const file = await download(replies[1]!.document?.url);
  expect(file.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect(file.headers["content-disposition"]).toBe(
    `attachment; filename="Bao-cao-Truong-Tieu-hoc-Lien-Chau-2026.docx"; filename*=UTF-8''${encodeURIComponent("Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026.docx")}`,
  );
  expect(Buffer.compare(file.rawPayload, stored.content!)).toBe(0);
  expect(readDocx(file.rawPayload).paragraphs).toContain("Nguyễn Văn An");
  // Kept by no cache on the way (past the link's life), and not rendered for a HEAD.
  expect(file.headers["cache-control"]).toBe("private, no-store");
  expect((await server.app.inject({ method: "HEAD", url: new URL(replies[1]!.document!.url).pathname })).statusCode).toBe(404);
  // No route serves a document by its id, and a link with another document's id is refused.
  expect((await server.app.inject("/local/documents/1")).statusCode).toBe(404);
  const forged = new URL(replies[1]!.document!.url).pathname.replace("/files/1.", "/files/2.");
  expect((await server.app.inject(forged)).statusCode).toBe(404);
});

it("resends the latest document on /vanban, and says so when there is none yet", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  expect((await server.post(LIEN_CHAU, HOA, "/vanban")).map((m) => m.text)).toEqual([expect.stringMatching(/^Chưa có văn bản/)]);
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, MINH, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
  const again = await server.post(LIEN_CHAU, MINH, "/document");
  expect(documentsIn(again).map((m) => m.document?.url)).toEqual([expect.stringMatching(SIGNED_LINK)]);
});

it("produces a new version after a correction and keeps the earlier one", async () => {
  await submitFullReport();
  await server.post(LIEN_CHAU, HOA, "/sua 10");
  await server.post(LIEN_CHAU, HOA, "2.500");
  await server.post(LIEN_CHAU, HOA, "/nop");
  const replies = await server.post(LIEN_CHAU, HOA, "có");
  expect(replies.map((r) => r.text)).toEqual([expect.stringMatching(/^Đã nộp bản sửa lần 1/), "Văn bản báo cáo (bản sửa lần 1)"]);
  expect(replies[1]!.document?.name).toBe("Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026-v2.docx");

  const versions = await server.repos.submissions.listVersions(1);
  expect(versions.map((v) => [v.version, (v.answers as Record<string, unknown>).readers_served])).toEqual([
    [2, 2500],
    [1, 2000],
  ]);
  const links = documentsIn(await history("can-bo-phuong")).map((m) => m.document?.url);
  const first = readDocx((await download(links[0])).rawPayload).paragraphs.join("\n");
  const second = readDocx((await download(links[1])).rawPayload).paragraphs.join("\n");
  expect(first).toContain("đã phục vụ 2.000 lượt bạn đọc");
  expect(second).toContain("đã phục vụ 2.500 lượt bạn đọc");
  expect(documentsIn(await history("can-bo-phuong"))).toHaveLength(2);
});

it("keeps a document link out of the request log: its URL is the secret", async () => {
  const { pino } = await import("pino");
  const lines: string[] = [];
  await server.close();
  server = await buildTestApp({ httpLogger: pino({ level: "info" }, { write: (line: string) => void lines.push(line) }) });
  const replies = await submitFullReport();
  await server.documents.renderPending();
  const url = replies[1]!.document!.url;
  expect((await download(url)).statusCode).toBe(200);
  // Requests are not logged one by one; the link is in no line, whatever is logged.
  expect(lines.filter((line) => line.includes(new URL(url).pathname.split("/files/")[1]!))).toEqual([]);
});
