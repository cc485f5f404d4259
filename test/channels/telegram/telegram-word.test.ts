/**
 * A Word file through Telegram, end to end: the real server (inject) and the fake Bot API. The
 * seed report sent as a document is fetched with getFile, read, and fills the narrative questions;
 * the bot says which and asks the first question left as a reply (privacy-mode groups). A PDF sent
 * as a document gets one sentence and changes nothing.
 */
import { beforeEach, expect, it } from "vitest";
import { ANH, GROUP, type TelegramHarness, type TelegramUser, useTelegramHarnesses } from "../../helpers/telegram-harness.ts";
import { seedDocx } from "../../helpers/seed-docx.ts";

const harnesses = useTelegramHarnesses();
let t: TelegramHarness;
let updateId = 95_000;
let messageId = 7_000;

beforeEach(async () => {
  t = await harnesses.start();
});

const documentMessage = (from: TelegramUser, fileId: string, fileName: string, mimeType: string, size: number) => ({
  update_id: updateId++,
  message: {
    message_id: messageId++,
    date: Math.floor(t.clock() / 1000),
    chat: { id: GROUP, type: "supergroup", title: "Nhóm" },
    from,
    document: { file_id: fileId, file_unique_id: `${fileId}-u`, file_name: fileName, mime_type: mimeType, file_size: size },
  },
});
const texts = () => t.fake.sentTo(GROUP).map((c) => String(c.params.text));

it("fills the report from a .docx sent as a document and asks the questions left", async () => {
  const docx = await seedDocx("report-school-lien-chau-2023.txt", "typed");
  t.fake.addFile("docx-1", docx, "documents/file_9.docx");
  await t.deliver(t.updates.text(ANH, "/baocao"));
  const before = texts().length;
  await t.deliver(documentMessage(ANH, "docx-1", "Báo cáo Tuần lễ.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.length));
  expect(t.fake.callsOf("getFile").map((c) => c.params.file_id)).toEqual(["docx-1"]);
  expect(texts().slice(before)).toEqual([
    "Đã điền 7/21 câu từ tệp: câu 2, 4, 6, 12, 13, 14, 15. Gõ /xem để xem lại, /sua N để sửa câu N.",
    expect.stringMatching(/^<b>Câu 1\/21<\/b>/),
  ]);
  const markup = t.lastMessage().params.reply_markup;
  expect(typeof markup === "string" ? JSON.parse(markup) : markup).toMatchObject({ force_reply: true });
  const answers = await t.server.repos.submissions.listAnswers(1);
  expect(answers.map((a) => a.fieldId).sort()).toEqual(["activities", "lessons", "limitations", "propaganda", "proposals", "slogans", "strengths"]);
  expect(new Set(answers.map((a) => a.answeredBy))).toEqual(new Set([`telegram:${ANH.id}`]));
  expect(t.fake.violations).toEqual([]);
});

it("refuses a PDF sent as a document in one sentence, then the question asked, changing nothing", async () => {
  t.fake.addFile("pdf-1", Buffer.from("%PDF-1.7\n%âãÏÓ\n"), "documents/file_10.pdf");
  await t.deliver(t.updates.text(ANH, "/baocao"));
  const before = texts().length;
  await t.deliver(documentMessage(ANH, "pdf-1", "bao-cao.pdf", "application/pdf", 16));
  expect(texts().slice(before)).toEqual(["Bot chỉ đọc tệp Word (.docx) và ảnh JPEG, PNG, nên tệp này không được dùng và báo cáo không thay đổi.", expect.stringMatching(/^<b>Câu 1\/21<\/b>/)]);
  expect(await t.server.repos.submissions.listAnswers(1)).toEqual([]);
  expect(t.fake.violations).toEqual([]);
});
