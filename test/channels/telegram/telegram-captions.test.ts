/**
 * A file's caption that is a command runs as typed (the officers' chat runs "/mau nap" sent with a
 * file), so it gets the typed command's checks: one forwarded was written by someone else and would
 * act with the powers of the officer who forwarded it; one addressed to another bot is not ours.
 * Through the real server (inject) and the fake Bot API.
 */
import { beforeEach, expect, it } from "vitest";
import { GROUP, OFFICERS_GROUP, type TelegramHarness, type TelegramUser, useTelegramHarnesses } from "../../helpers/telegram-harness.ts";

const KHA: TelegramUser = { id: 601, is_bot: false, first_name: "Nguyễn Thị Kha" };
const harnesses = useTelegramHarnesses();
let t: TelegramHarness;
let updateId = 96_000;
let messageId = 8_000;

beforeEach(async () => {
  t = await harnesses.start();
  await t.server.repos.directory.insertMember({ channel: "telegram", externalId: String(KHA.id), displayName: KHA.first_name, role: "officer" });
});

/** A PDF sent by Kha in the officers' group with `caption`; `forwardedFrom`: forwarded from that user. */
const fileWithCaption = (caption: string, forwardedFrom?: TelegramUser) => ({
  update_id: updateId++,
  message: {
    message_id: messageId++,
    date: Math.floor(t.clock() / 1000),
    chat: { id: OFFICERS_GROUP, type: "supergroup", title: "Cán bộ phường" },
    from: KHA,
    document: { file_id: `pdf-${messageId}`, file_unique_id: `pdf-${messageId}-u`, file_name: "ke-hoach.pdf", mime_type: "application/pdf", file_size: 16 },
    caption,
    ...(forwardedFrom ? { forward_origin: { type: "user", date: Math.floor(t.clock() / 1000) - 60, sender_user: forwardedFrom } } : {}),
  },
});
const unitGroupTexts = () => t.fake.sentTo(GROUP).map((c) => String(c.params.text));

it("does not run a command in a forwarded file's caption, nor one addressed to another bot; runs an officer's own", async () => {
  const stranger: TelegramUser = { id: 999, is_bot: false, first_name: "Người lạ" };
  await t.deliver(fileWithCaption("/thongbao Tin giả: nghỉ họp", stranger));
  await t.deliver(fileWithCaption("/thongbao@other_bot Tin của bot khác"));
  expect(t.fake.sentTo(OFFICERS_GROUP)).toEqual([]);
  expect(unitGroupTexts().join("\n")).not.toMatch(/Tin giả|Tin của bot khác/);

  await t.deliver(fileWithCaption("/thongbao Họp giao ban lúc 8 giờ thứ Hai."));
  expect(unitGroupTexts().join("\n")).toContain("Họp giao ban lúc 8 giờ thứ Hai.");
  expect(t.fake.violations).toEqual([]);
});
