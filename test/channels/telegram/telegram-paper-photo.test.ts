/**
 * A clerk sends a photo of the paper report instead of answering (the built-in report asks for no
 * photo), through Telegram end to end: the real server and the fake Bot API. The bot says plainly
 * that it cannot read photos and what to do instead, and nothing is stored.
 */
import { expect, it } from "vitest";
import { ANH, GROUP, useTelegramHarnesses } from "../../helpers/telegram-harness.ts";
import { JPEG_16X16 } from "../../helpers/tiny-images.ts";

const harnesses = useTelegramHarnesses();

it("answers a photo sent instead of an answer with 'the bot cannot read photos': type the answer, or send the .docx", async () => {
  const t = await harnesses.start();
  t.fake.addFile("paper-1", JPEG_16X16, "photos/file_1.jpg");
  let messageId = 7_000;
  const photo = (caption?: string) => ({
    update_id: 95_000 + messageId,
    message: {
      message_id: messageId++,
      date: Math.floor(t.clock() / 1000),
      chat: { id: GROUP, type: "supergroup", title: "Nhóm" },
      from: ANH,
      photo: [{ file_id: "paper-1", file_unique_id: "paper-1-u", width: 16, height: 16, file_size: JPEG_16X16.length }],
      ...(caption ? { caption } : {}),
    },
  });
  const sent = () => t.fake.sentTo(GROUP).filter((c) => c.method === "sendMessage").map((c) => String(c.params.text));

  // Before the report: told what the bot takes, and how to start.
  await t.deliver(photo());
  expect(sent().join("\n---\n")).toMatch(/^Bot không đọc được chữ trong ảnh nên chưa lưu ảnh này\. Báo cáo chỉ nhận câu trả lời gõ vào nhóm hoặc tệp Word \(\.docx\)\.\n---\n/);
  await t.deliver(t.updates.text(ANH, "/baocao"));
  await t.deliver(photo("Báo cáo giấy của trường"));
  const replies = sent().slice(-2);
  // At a question: how to answer it, and the question again.
  expect(replies[0]).toBe("Bot không đọc được chữ trong ảnh nên chưa lưu ảnh này. Vui lòng gõ câu trả lời cho câu hỏi dưới đây, hoặc gửi tệp Word (.docx) của báo cáo để bot tự điền các câu.");
  expect(replies[1]).toMatch(/^<b>Câu 1\/21<\/b>/);
  const submission = await t.server.repos.submissions.find(1, 1);
  expect(submission ? await t.server.repos.submissions.listAnswers(submission.id) : []).toEqual([]);
});
