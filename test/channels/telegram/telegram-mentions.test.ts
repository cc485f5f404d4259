/**
 * Mentions in Telegram groups (privacy mode delivers the bot commands, replies and mentions): a
 * message that opens with a mention of the bot (@username, its first name, or a text_mention of its
 * id) is read as the text after it; a mention anywhere else stays part of the text.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BOT_USER } from "../../fake-telegram/fake-telegram-server.ts";
import { ANH, GROUP, startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-harness.ts";

const USERNAME = "@bao_cao_test_bot";

let t: TelegramHarness;
beforeEach(async () => {
  t = await startTelegramHarness();
});
afterEach(() => t.close());

type Entity = { type: string; offset: number; length: number; user?: typeof BOT_USER };

/** A group message from Anh (not a reply), with the entities Telegram would mark in it. */
function message(text: string, entities: Entity[] = []) {
  const update = t.updates.text(ANH, text);
  const body = update.message as Record<string, unknown>;
  const command = /\/\S+/.exec(text);
  const marked = command ? [...entities, { type: "bot_command", offset: command.index, length: command[0].length }] : entities;
  if (marked.length > 0) body.entities = marked;
  else delete body.entities;
  return update;
}
const mention = (length = USERNAME.length): Entity => ({ type: "mention", offset: 0, length });

/** Starts the report, answers its first question with `update`; returns the stored answer. */
async function firstAnswer(update: ReturnType<typeof message>): Promise<string | undefined> {
  await t.deliver(t.updates.text(ANH, "/baocao"));
  await t.deliver(update);
  return (await t.server.repos.submissions.listAnswers(1)).find((a) => a.fieldId === "plan_reference")?.value as string | undefined;
}

describe("a leading mention of the bot", () => {
  it("opening a command by @username is dropped, and the command runs", async () => {
    await t.deliver(message(`${USERNAME} /baocao`, [mention()]));
    expect(t.lastMessage().params.text).toMatch(/^<b>Câu 1\/21<\/b>/);
  });

  it("opening a command by the bot's first name, typed in any case or with combining tone marks, is dropped", async () => {
    await t.deliver(message("@BOT BÁO CÁO /baocao"));
    expect(t.lastMessage().params.text).toMatch(/^<b>Câu 1\/21<\/b>/);
    const before = t.fake.sentTo(GROUP).length;
    await t.deliver(message("@Bot ba\u0301o ca\u0301o: /xem"));
    expect(String(t.fake.sentTo(GROUP)[before]?.params.text)).toMatch(/^Xem lại "Báo cáo kết quả/);
  });

  it("opening an answer by @username is dropped from the answer", async () => {
    expect(await firstAnswer(message(`${USERNAME} Kế hoạch số 5`, [mention()]))).toBe("Kế hoạch số 5");
  });

  it("opening an answer by the bot's first name is dropped from the answer", async () => {
    expect(await firstAnswer(message("@Bot báo cáo, Kế hoạch số 6"))).toBe("Kế hoạch số 6");
  });

  it("as a text_mention of the bot's own id is dropped from the answer", async () => {
    const name = BOT_USER.first_name;
    expect(await firstAnswer(message(`${name} Kế hoạch số 7`, [{ type: "text_mention", offset: 0, length: name.length, user: BOT_USER }]))).toBe("Kế hoạch số 7");
  });
});

describe("a mention that is not a leading mention of the bot", () => {
  it("in the middle of an answer stays part of it", async () => {
    const text = `Theo ${USERNAME} kế hoạch số 8`;
    expect(await firstAnswer(message(text, [{ type: "mention", offset: 5, length: USERNAME.length }]))).toBe(text);
  });

  it("of someone else at the start stays part of the answer", async () => {
    expect(await firstAnswer(message("@lan_anh Kế hoạch số 9", [mention("@lan_anh".length)]))).toBe("@lan_anh Kế hoạch số 9");
  });
});

describe("a group's own talk, where no answer is expected", () => {
  const sentCount = () => t.fake.sentTo(GROUP).length;

  it("gets no answer while no report is under way (before one starts, after /huy); a leading mention of the bot or a reply to it does", async () => {
    // With privacy mode off (or on Zalo OA, the local chat) every message of the group reaches the bot.
    await t.deliver(message("Chiều nay họp chuyên môn lúc 3h nhé mọi người"));
    expect(sentCount()).toBe(0);
    // A greeting to the bot gets the one line on how to start (greeting.ts).
    await t.deliver(message(`${USERNAME} xin chào`, [mention()]));
    expect(t.lastMessage().params.text).toMatch(/^Chào anh\/chị! Để bắt đầu báo cáo của đơn vị, gõ \/baocao/);

    await t.deliver(t.updates.text(ANH, "/baocao"));
    // Asked a question, plain text is the answer.
    await t.deliver(message("Kế hoạch số 5"));
    expect(t.lastMessage().params.text).toMatch(/Câu 2\/21/);
    await t.deliver(t.updates.text(ANH, "/huy"));
    await t.deliver(message("Có"));
    const quiet = sentCount();
    await t.deliver(message("ok chị"));
    expect(sentCount()).toBe(quiet);
    // A reply to one of the bot's messages calls on it.
    await t.deliver(t.updates.text(ANH, "ok chị", { replyTo: t.lastMessage().messageId }));
    expect(t.lastMessage().params.text).toMatch(/^Gõ \/baocao để bắt đầu/);
  });
});
