/**
 * A whole report in a Telegram group with two members, as privacy mode makes them answer: by
 * replying to the bot's question (force_reply) or pressing a button, down to the document.
 */
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { readDocx } from "../../helpers/docx-reader.ts";
import { FULL_REPORT_ANSWERS } from "../../helpers/full-report.ts";
import { ANH, BINH, GROUP, OFFICERS_GROUP, startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-harness.ts";

let t: TelegramHarness;
beforeEach(async () => {
  t = await startTelegramHarness();
});
afterEach(() => t.close());

const markup = (call: { params: Record<string, unknown> }) =>
  typeof call.params.reply_markup === "string" ? JSON.parse(call.params.reply_markup) : call.params.reply_markup;

it("takes a whole report from two members and delivers the document to the group and the officers", async () => {
  await t.deliver(t.updates.text(ANH, "/baocao@bao_cao_test_bot"));
  expect(t.lastMessage().params.text).toMatch(/^<b>Câu 1\/21<\/b> — I\.1\. Công tác chỉ đạo/);

  for (const [i, answer] of FULL_REPORT_ANSWERS.entries()) {
    const member = i % 2 === 0 ? ANH : BINH;
    const question = t.lastMessage();
    const keyboard = markup(question)?.inline_keyboard as { text: string }[][] | undefined;
    if (keyboard) {
      // Choices are buttons; the member presses the one whose label matches the answer.
      const labels = keyboard.flat().map((b) => b.text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase());
      const wanted = answer.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      await t.deliver(t.updates.callback(member, question, labels.indexOf(wanted)));
    } else if (answer.startsWith("/")) {
      await t.deliver(t.updates.text(member, answer));
    } else {
      const update = t.updates.text(member, answer, { replyTo: question.messageId });
      await t.deliver(update);
      // The next question threads under this answer with a selective force_reply.
      const next = t.lastMessage();
      if (!markup(next)?.inline_keyboard && /Câu \d+\/\d+/.test(String(next.params.text))) {
        expect(markup(next)).toMatchObject({ force_reply: true, selective: true });
        const replyParameters = typeof next.params.reply_parameters === "string" ? JSON.parse(next.params.reply_parameters) : next.params.reply_parameters;
        expect(replyParameters.message_id).toBe((update.message as { message_id: number }).message_id);
      }
    }
  }
  expect(t.lastMessage().params.text).toMatch(/Đã trả lời xong/);
  await t.deliver(t.updates.text(ANH, "/nop"));
  const confirm = t.lastMessage();
  expect(markup(confirm).inline_keyboard.flat().map((b: { text: string }) => b.text)).toEqual(["Có", "Không"]);
  await t.deliver(t.updates.callback(BINH, confirm, 0));

  const callbacks = t.fake.calls.filter((c) => c.method === "answerCallbackQuery");
  // Three button presses (yes/no, the self-rating, the confirmation), each acknowledged.
  expect(callbacks).toHaveLength(3);
  // Different chats are served in parallel: the group's copy and the officers' may come in either order.
  const documents = t.fake.callsOf("sendDocument").sort((a, b) => Number(String(a.params.chat_id) !== String(GROUP)) - Number(String(b.params.chat_id) !== String(GROUP)));
  expect(documents.map((d) => String(d.params.chat_id))).toEqual([String(GROUP), String(OFFICERS_GROUP)]);
  const file = Object.values(documents[0]!.files)[0]!;
  expect(file.fileName).toBe("Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026.docx");
  expect(readDocx(file.data).paragraphs).toContain("Nguyễn Văn An");
  expect(documents[0]!.params.caption).toBe("Văn bản báo cáo");
  expect(t.fake.sentTo(OFFICERS_GROUP)[0]!.params.text).toMatch(/^Trường Tiểu học Liên Châu đã nộp "Báo cáo kết quả/);

  const stored = await t.server.repos.submissions.listAnswers(1);
  expect(new Set(stored.map((a) => a.answeredByName))).toEqual(new Set(["Lan Anh", "Bình"]));
  expect(t.fake.violations).toEqual([]);
});

it("asks the question after a button press with a reply box for everyone: selective would reach nobody, there being no message of the presser's to reply to", async () => {
  await t.deliver(t.updates.text(ANH, "/baocao"));
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) await t.deliver(t.updates.text(ANH, answer, { replyTo: t.lastMessage().messageId }));
  await t.deliver(t.updates.callback(BINH, t.lastMessage(), 0));
  const next = t.lastMessage();
  expect(String(next.params.text)).toMatch(/^<b>Câu 6\//);
  expect(markup(next)).toEqual({ force_reply: true, input_field_placeholder: "Nhập câu trả lời" });
  expect(next.params.reply_parameters).toBeUndefined();
  expect(t.fake.violations).toEqual([]);
});

it("politely ignores a reply to an earlier question", async () => {
  await t.deliver(t.updates.text(ANH, "/baocao"));
  const first = t.lastMessage();
  await t.deliver(t.updates.text(ANH, "Kế hoạch số 5", { replyTo: first.messageId }));
  await t.deliver(t.updates.text(BINH, "Kế hoạch số 6", { replyTo: first.messageId }));
  const [note, again] = t.fake.sentTo(GROUP).slice(-2);
  // Question 1 has Lan Anh's answer: said, with how to change it.
  expect(note!.params.text).toBe("Câu 1 đã có câu trả lời: Kế hoạch số 5. Muốn đổi, gõ: sửa câu 1: &lt;câu trả lời&gt;.");
  expect(again!.params.text).toMatch(/^<b>Câu 2\/21<\/b>/);
  expect((await t.server.repos.submissions.listAnswers(1)).map((a) => a.value)).toEqual(["Kế hoạch số 5"]);
});

it("answers a button press and a reply from another unit's member with why nothing happened, never leaving the button spinning", async () => {
  await t.deliver(t.updates.text(ANH, "/baocao"));
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) await t.deliver(t.updates.text(ANH, answer, { replyTo: t.lastMessage().messageId }));
  const question = t.lastMessage();
  expect(markup(question)?.inline_keyboard).toBeDefined();
  // Bình reports for another school.
  const { db, tables } = t.server.database;
  const [other] = await db.insert(tables.units).values({ code: "TH-KHAC", name: "Trường Tiểu học Khác" }).returning();
  await t.deliver(t.updates.text(BINH, "/trogiup"));
  await db.update(tables.members).set({ unitId: other!.id }).where(eq(tables.members.externalId, String(BINH.id)));
  const before = t.fake.calls.length;
  await t.deliver(t.updates.callback(BINH, question, 0));
  const after = t.fake.calls.slice(before);
  expect(after.filter((c) => c.method === "answerCallbackQuery")).toHaveLength(1);
  expect(after.filter((c) => c.method === "sendMessage").map((c) => String(c.params.text))).toEqual([expect.stringMatching(/Trường Tiểu học Khác/)]);
  await t.deliver(t.updates.text(BINH, "Có", { replyTo: question.messageId }));
  expect(String(t.lastMessage().params.text)).toMatch(/Trường Tiểu học Khác/);
  // Nothing of his was stored.
  expect((await t.server.repos.submissions.listAnswers(1)).map((a) => a.answeredByName)).not.toContain("Bình");
  expect(t.fake.violations).toEqual([]);
});

it("escapes what users typed for HTML and splits long text at line boundaries", async () => {
  await t.deliver(t.updates.text(ANH, "/baocao"));
  await t.deliver(t.updates.text(ANH, "Kế hoạch <b>số 5</b> & 6", { replyTo: t.lastMessage().messageId }));
  // 26 lines of about 110 characters: under the answer's 3,000 limit; with the slogans, over 4,096 in the review.
  const long = Array.from({ length: 26 }, (_, i) => `Dòng ${i + 1}: ${"tuyên truyền qua loa phát thanh & trang thông tin ".repeat(2)}`).join("\n");
  await t.deliver(t.updates.text(BINH, long, { replyTo: t.lastMessage().messageId }));
  // Two questions more (channels, slogans), so the review is long by its answers alone.
  await t.deliver(t.updates.text(ANH, "1, 3", { replyTo: t.lastMessage().messageId }));
  const slogans = Array.from({ length: 20 }, (_, i) => `Khẩu hiệu ${i + 1}: học tập suốt đời, đọc sách mỗi ngày & chia sẻ tri thức`).join("\n");
  await t.deliver(t.updates.text(ANH, slogans, { replyTo: t.lastMessage().messageId }));
  const before = t.fake.sentTo(GROUP).length;
  await t.deliver(t.updates.text(ANH, "/xem"));
  const review = t.fake.sentTo(GROUP).slice(before).map((c) => String(c.params.text));
  expect(review.length).toBeGreaterThan(2);
  for (const part of review) expect(part.length).toBeLessThanOrEqual(4096);
  expect(review.join("\n")).toContain("Kế hoạch &lt;b&gt;số 5&lt;/b&gt; &amp; 6");
  expect(review.join("\n")).not.toContain("<b>số 5</b>");
  // Split between lines: every answer line arrives whole, in one part.
  const lines = review.join("\n").split("\n").filter((l) => l.startsWith("Dòng "));
  expect(lines).toHaveLength(26);
  for (const line of lines) expect(line.trimEnd()).toMatch(/^Dòng \d+: tuyên truyền qua loa phát thanh &amp; trang thông tin tuyên truyền qua loa phát thanh &amp; trang thông tin$/);
  expect(t.fake.violations).toEqual([]);
});
