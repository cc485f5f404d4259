/** Every update kind the bot handles in Telegram groups besides plain answers. */
import { afterEach, beforeEach, expect, it } from "vitest";
import { FULL_REPORT_ANSWERS } from "../../helpers/full-report.ts";
import { ANH, BINH, GROUP, startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-harness.ts";

let t: TelegramHarness;
beforeEach(async () => {
  t = await startTelegramHarness();
});
afterEach(() => t.close());

const NEW_GROUP = -1002000000001;

it("introduces itself when added to a group, and explains how to bind it", async () => {
  await t.deliver(t.updates.membership(NEW_GROUP, "left", "member"));
  const [intro] = t.fake.sentTo(NEW_GROUP);
  expect(intro!.params.text).toMatch(/^Xin chào! Tôi là bot báo cáo[\s\S]*\/dangky MÃ_ĐƠN_VỊ/);
  expect((await t.server.repos.directory.findChat("telegram", String(NEW_GROUP)))?.chat).toMatchObject({ kind: "unbound", isActive: true });
  await t.deliver(t.updates.text(ANH, "/baocao", { chatId: NEW_GROUP }));
  expect(t.lastMessage(NEW_GROUP).params.text).toMatch(/chưa được gắn với đơn vị/);
});

it("marks the binding inactive when removed, and sends nothing more there", async () => {
  await t.deliver(t.updates.text(ANH, "/baocao"));
  const sent = t.fake.sentTo(GROUP).length;
  // A message queued but not yet sent when the bot is kicked.
  await t.server.repos.outbox.enqueue("telegram", String(GROUP), { kind: "text", text: "Nhắc nhở" }, t.clock());
  await t.deliver(t.updates.membership(GROUP, "member", "kicked"));
  expect((await t.server.repos.directory.findChat("telegram", String(GROUP)))?.chat.isActive).toBe(false);
  await t.deliver(t.updates.text(ANH, "Kế hoạch số 1", { replyTo: t.lastMessage().messageId }));
  await t.advance(3_600_000);
  expect(t.fake.sentTo(GROUP)).toHaveLength(sent);
});

it("follows a group upgraded to a supergroup with no lost state", async () => {
  const OLD = -4000001;
  await t.server.repos.directory.moveChat("telegram", String(GROUP), String(OLD));
  await t.deliver(t.updates.text(ANH, "/baocao", { chatId: OLD }));
  await t.deliver(t.updates.text(ANH, "Kế hoạch số 7", { chatId: OLD, replyTo: t.lastMessage(OLD).messageId }));
  await t.deliver(t.updates.migrated(OLD, GROUP));
  expect((await t.server.repos.directory.findChat("telegram", String(GROUP)))?.unit?.code).toBe("TH-LIEN-CHAU");
  await t.deliver(t.updates.text(BINH, "/xem"));
  const review = t.fake.sentTo(GROUP).map((c) => String(c.params.text)).join("\n");
  expect(review).toMatch(/1\. Kế hoạch tổ chức[^\n]*\nKế hoạch số 7/);
  expect(t.lastMessage().params.text).toMatch(/^<b>Câu 2\/21<\/b>/);
});

it("follows a migration reported when sending, and resends to the new id", async () => {
  const OLD = -4000002;
  await t.server.repos.directory.moveChat("telegram", String(GROUP), String(OLD));
  t.fake.failNext({ code: 400, migrateToChatId: GROUP }, { chatId: String(OLD) });
  await t.deliver(t.updates.text(ANH, "/baocao", { chatId: OLD }));
  expect(t.fake.sentTo(OLD)).toEqual([]);
  // The first question in a group comes with how to answer there (reply, or mention the bot).
  expect(t.fake.sentTo(GROUP).map((c) => String(c.params.text).slice(0, 15))).toEqual(['Bắt đầu "Báo cá', "Trong nhóm, hãy", "<b>Câu 1/21</b>"]);
  expect((await t.server.repos.directory.findChat("telegram", String(GROUP)))?.unit?.code).toBe("TH-LIEN-CHAU");
});

it("replaces the latest answer when its message is edited, and notes that older edits are ignored", async () => {
  await t.deliver(t.updates.text(ANH, "/baocao"));
  const first = t.updates.text(ANH, "Kế hoạch số 1", { replyTo: t.lastMessage().messageId });
  await t.deliver(first);
  const second = t.updates.text(BINH, "Tuyên truyền qua loa.", { replyTo: t.lastMessage().messageId });
  await t.deliver(second);
  const id = (u: { message: unknown }) => (u.message as { message_id: number }).message_id;

  await t.deliver(t.updates.edited(BINH, "Tuyên truyền qua loa và băng rôn.", id(second)));
  expect(t.lastMessage().params.text).toBe("Đã cập nhật câu trả lời cho câu 2 theo tin nhắn bạn vừa sửa.");
  await t.deliver(t.updates.edited(ANH, "Kế hoạch số 99", id(first)));
  expect(t.lastMessage().params.text).toMatch(/^Đã ghi nhận bạn sửa tin nhắn cũ, nhưng chỉ sửa được câu trả lời gần nhất[\s\S]*\/sua 1/);
  const answers = Object.fromEntries((await t.server.repos.submissions.listAnswers(1)).map((a) => [a.fieldId, a.value]));
  expect(answers).toEqual({ plan_reference: "Kế hoạch số 1", propaganda: "Tuyên truyền qua loa và băng rôn." });
  // An edit of a message that was no answer changes nothing and says nothing.
  const sent = t.fake.sentTo(GROUP).length;
  await t.deliver(t.updates.edited(ANH, "/trogiup sửa", 99999));
  expect(t.fake.sentTo(GROUP)).toHaveLength(sent);
});

it("takes an answer's message edited after the submission (a plain message, not a reply) as a correction to submit again", async () => {
  await t.deliver(t.updates.text(ANH, "/baocao"));
  const answers = FULL_REPORT_ANSWERS.map((answer) => t.updates.text(ANH, answer));
  for (const update of answers) await t.deliver(update);
  await t.deliver(t.updates.text(ANH, "/nop"));
  await t.deliver(t.updates.text(ANH, "Có"));
  // The latest answer's message (the signer's name): the one an edit may change.
  const last = (answers.at(-1)!.message as { message_id: number }).message_id;
  await t.deliver(t.updates.edited(ANH, "Trần Thị Bình", last));
  expect(t.fake.sentTo(GROUP).slice(-2).map((c) => String(c.params.text))).toEqual([
    "Đã cập nhật câu trả lời cho câu 21 theo tin nhắn bạn vừa sửa.",
    expect.stringMatching(/^Đã trả lời xong\. Bản đã nộp chưa thay đổi cho đến khi gõ \/nop/),
  ]);
  await t.deliver(t.updates.text(ANH, "/nop"));
  expect(t.lastMessage().params.text).toMatch(/Xác nhận nộp báo cáo\?/);
});

it("takes an edited '/sua 1 answer' message as the new answer after the number, not the command's text", async () => {
  await t.deliver(t.updates.text(ANH, "/baocao"));
  await t.deliver(t.updates.text(ANH, "Kế hoạch số 1", { replyTo: t.lastMessage().messageId }));
  const inline = t.updates.text(ANH, "/sua 1 Kế hoạch số 2");
  await t.deliver(inline);
  await t.deliver(t.updates.edited(ANH, "/sua 1 Kế hoạch số 3", (inline.message as { message_id: number }).message_id));
  expect(t.lastMessage().params.text).toBe("Đã cập nhật câu trả lời cho câu 1 theo tin nhắn bạn vừa sửa.");
  const answers = Object.fromEntries((await t.server.repos.submissions.listAnswers(1)).map((a) => [a.fieldId, a.value]));
  expect(answers.plan_reference).toBe("Kế hoạch số 3");
});

it("ignores commands addressed to another bot and answers ours with or without @botname", async () => {
  await t.deliver(t.updates.text(ANH, "/baocao@other_bot"));
  expect(t.fake.sentTo(GROUP)).toEqual([]);
  await t.deliver(t.updates.text(ANH, "/trogiup@bao_cao_test_bot"));
  await t.deliver(t.updates.text(ANH, "/help"));
  expect(t.fake.sentTo(GROUP).map((c) => String(c.params.text).split("\n")[0])).toEqual(["Các lệnh của bot báo cáo:", "Các lệnh của bot báo cáo:"]);
  expect(t.fake.violations).toEqual([]);
});

it("does not run a forwarded command (it would act with the forwarder's powers), takes forwarded text as an answer, and ignores a linked channel's posts", async () => {
  const forwarded = (update: { message: Record<string, unknown> }) => {
    update.message.forward_origin = { type: "user", date: Math.floor(t.clock() / 1000) - 60, sender_user: BINH };
    return update;
  };
  await t.deliver(forwarded(t.updates.text(ANH, "/baocao")));
  expect(t.fake.sentTo(GROUP)).toEqual([]);
  await t.deliver(t.updates.text(ANH, "/baocao"));
  const question = t.lastMessage();
  expect(question.params.text).toMatch(/^<b>Câu 1\/21<\/b>/);
  await t.deliver(forwarded(t.updates.text(ANH, "Kế hoạch số 12", { replyTo: question.messageId })));
  expect(t.lastMessage().params.text).toMatch(/^<b>Câu 2\/21<\/b>/);
  const post = t.updates.text({ id: 777000, is_bot: false, first_name: "Telegram" }, "Kế hoạch số 13", { replyTo: t.lastMessage().messageId });
  Object.assign(post.message, { is_automatic_forward: true, sender_chat: { id: -1003000000001, type: "channel", title: "Kênh trường" } });
  const sent = t.fake.sentTo(GROUP).length;
  await t.deliver(post);
  expect(t.fake.sentTo(GROUP)).toHaveLength(sent);
  expect((await t.server.repos.submissions.listAnswers(1)).map((a) => [a.fieldId, a.value])).toEqual([["plan_reference", "Kế hoạch số 12"]]);
});
