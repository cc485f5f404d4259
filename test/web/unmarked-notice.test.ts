/**
 * A notice typed on the board without marks went to every unit as typed, while a unit's own text
 * answers are told «chưa có dấu tiếng Việt». The board holds it back once, says so beside the
 * notice, and sends it as typed when the officer sends it again. Through inject() and the demo.
 */
import { expect, it } from "vitest";
import { LIEN_CHAU } from "../helpers/build-test-app.ts";
import { useOfficersChat } from "../helpers/officers-chat.ts";
import { signIn } from "../helpers/web-session.ts";

const { server } = useOfficersChat();
const UNMARKED = "De nghi cac truong nop bao cao truoc ngay 20/12";
const noticesIn = async (chat: string) => (await server.repos.localMessages.history(chat)).filter((m) => m.fromBot && m.text.startsWith("Thông báo từ")).map((m) => m.text);

it("holds a notice without marks back once with a note beside it, then sends it as typed when sent again", async () => {
  const kha = await signIn(server);
  const held = await kha.post("/web/dot/1/thong-bao", { ...(await kha.hiddenFields("/web/dot/1/thong-bao", "/web/dot/1")), noi_dung: UNMARKED });
  expect(held.statusCode).toBe(200);
  // Advice, not an error: its own look beside the notice, which is not marked invalid.
  expect(held.body).toContain('<p id="thong-bao-loi" class="advice" role="status">Thông báo chưa có dấu tiếng Việt; các đơn vị sẽ nhận đúng như vậy. Chưa gửi thông báo nào: bấm Gửi thông báo lần nữa để gửi nguyên văn, hoặc sửa lại có dấu.</p>');
  expect(held.body).not.toContain('class="error"');
  expect(held.body).not.toContain('aria-invalid');
  expect(held.body).toContain(`>${UNMARKED}</textarea>`);
  await server.webSettled();
  expect(await noticesIn(LIEN_CHAU)).toEqual([]);
  // The form as the page showed it again: its hidden fields, and the same text.
  const form = held.body.slice(held.body.indexOf('action="/web/dot/1/thong-bao"'));
  const hidden = Object.fromEntries([...form.slice(0, form.indexOf("</form>")).matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]));
  const sent = await kha.post("/web/dot/1/thong-bao", { ...hidden, noi_dung: UNMARKED });
  expect(sent.statusCode).toBe(303);
  await server.webSettled();
  expect((await noticesIn(LIEN_CHAU)).join("\n")).toContain(UNMARKED);
});

it("sends a notice with marks at once", async () => {
  const kha = await signIn(server);
  const sent = await kha.postForm("/web/dot/1/thong-bao", { noi_dung: "Đề nghị các trường nộp báo cáo trước ngày 20/12" }, "/web/dot/1");
  expect(sent.statusCode).toBe(303);
});
