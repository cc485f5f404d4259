/**
 * Mentions in Zalo groups: Zalo delivers a bot only the messages that mention or reply to it, so
 * "@Bot Báo Cáo /baocao" and "@Bot Báo Cáo 12" are read without the leading mention, while a
 * mention elsewhere stays part of the answer. Zalo OA names come from ZALO_OA_NAME; Zalo Bot names
 * from ZALO_BOT_NAME and getMe.
 */
import { afterEach, describe, expect, it } from "vitest";
import { parseZaloBotUpdate } from "../../../src/channels/zalo-bot/parse-zalo-bot-update.ts";
import { parseZaloOaEvent } from "../../../src/channels/zalo-oa/parse-zalo-oa-event.ts";
import { BOT_GROUP, BOT_NAME, MEMBER_A, MEMBER_B, OA_GROUP, OA_NAME, startZaloHarness, type ZaloHarness } from "../../helpers/zalo-harness.ts";

const botUpdate = (text: string) => ({
  event_name: "message.text.received",
  message: { message_id: "b1", date: 1789033572455, chat: { id: "g1", chat_type: "GROUP" }, from: { id: "u1", display_name: "Lan" }, text },
});
const oaEvent = (text: string) => ({
  event_name: "user_send_group_text",
  sender: { id: "u1" },
  recipient: { id: "g1" },
  message: { msg_id: "m1", text },
  timestamp: "1789033572455",
});
const botText = (text: string, names: readonly string[]) => {
  const event = parseZaloBotUpdate(botUpdate(text), names);
  return event.kind === "message" ? event.message.text : event.kind;
};
const oaText = (text: string, names: readonly string[]) => {
  const { event } = parseZaloOaEvent(oaEvent(text), names);
  return event.kind === "message" ? event.message.text : event.kind;
};

describe.each([
  ["Zalo Bot", botText, "Bot Báo Cáo"],
  ["Zalo OA", oaText, "Phường Nam Triệu"],
] as const)("the %s parser", (_channel, textOf, name) => {
  it("drops a leading mention of its own name, however it is cased or accented", () => {
    expect(textOf(`@${name} /baocao`, [name])).toBe("/baocao");
    expect(textOf(`@${name} 12`, [name])).toBe("12");
    expect(textOf(`  @${name.toUpperCase()}: 12`, [name])).toBe("12");
    expect(textOf(`@${name.normalize("NFD")} 12`, [name])).toBe("12");
    expect(textOf(`@${name} /baocao`, [name.normalize("NFD")])).toBe("/baocao");
  });

  it("keeps a mention in the middle, another name's mention, and every text when it has no names", () => {
    expect(textOf(`Theo kế hoạch của @${name} số 3`, [name])).toBe(`Theo kế hoạch của @${name} số 3`);
    expect(textOf("@Lan Anh 12", [name])).toBe("@Lan Anh 12");
    expect(textOf(`@${name}12`, [name])).toBe(`@${name}12`);
    expect(textOf(`@${name} 12`, [])).toBe(`@${name} 12`);
  });
});

describe("mentions through the webhooks", () => {
  let z: ZaloHarness;
  afterEach(() => z.close());
  const answers = async () => (await z.server.repos.submissions.listAnswers(1)).map((a) => a.value);

  it("on Zalo OA, read with the OA's name from ZALO_OA_NAME", async () => {
    z = await startZaloHarness();
    await z.postOa(z.oaEvents.groupText(MEMBER_A, `@${OA_NAME} /baocao`));
    const sent = z.fake.oaSentTo(OA_GROUP).map((c) => (c.body.message as { text: string }).text);
    expect(sent).toEqual([expect.stringMatching(/^Bắt đầu "Báo cáo kết quả/), expect.stringMatching(/^Câu 1\/21/)]);
    await z.postOa(z.oaEvents.groupText(MEMBER_B, `@${OA_NAME} Kế hoạch số 3`));
    await z.postOa(z.oaEvents.groupText(MEMBER_B, `Tuyên truyền theo kế hoạch của @${OA_NAME}.`));
    expect(await answers()).toEqual(["Kế hoạch số 3", `Tuyên truyền theo kế hoạch của @${OA_NAME}.`]);
  });

  it("on Zalo Bot, read with ZALO_BOT_NAME and with the account name getMe returns at start-up", async () => {
    z = await startZaloHarness({ env: { PUBLIC_URL: "https://bot.example.vn" } });
    await z.server.start();
    expect(z.server.zaloBot!.names()).toEqual([BOT_NAME, "bot.test"]);
    await z.postBot(z.botEvents.text(MEMBER_A, `@${BOT_NAME} /baocao`));
    const sent = () => z.fake.botSentTo(BOT_GROUP).map((c) => String(c.body.text));
    expect(sent()).toEqual([expect.stringMatching(/^Bắt đầu "Báo cáo kết quả/), expect.stringMatching(new RegExp(`^Trong nhóm Zalo.*@${BOT_NAME} 12`)), expect.stringMatching(/^Câu 1\/21/)]);
    await z.postBot(z.botEvents.text(MEMBER_B, "@bot.test Kế hoạch số 3"));
    await z.postBot(z.botEvents.text(MEMBER_B, `Tuyên truyền theo kế hoạch của @${BOT_NAME}.`));
    expect(await answers()).toEqual(["Kế hoạch số 3", `Tuyên truyền theo kế hoạch của @${BOT_NAME}.`]);
  });
});

describe("the Zalo Bot parser's chat type", () => {
  const chatTypeOf = (chat: Record<string, unknown>, from = "u1") => {
    const event = parseZaloBotUpdate({ ...botUpdate("/web"), message: { ...botUpdate("/web").message, chat, from: { id: from } } }, []);
    return event.kind === "message" ? event.message.chatType : event.kind;
  };

  it("calls a chat private only when Zalo says so, or says nothing and the chat is the sender's own (a group must not get an officer's sign-in link)", () => {
    expect(chatTypeOf({ id: "u1", chat_type: "PRIVATE" })).toBe("private");
    expect(chatTypeOf({ id: "u1" })).toBe("private");
    expect(chatTypeOf({ id: "g1", chat_type: "GROUP" })).toBe("group");
    expect(chatTypeOf({ id: "g1" })).toBe("group");
    expect(chatTypeOf({ id: "g1", chat_type: "COMMUNITY" })).toBe("group");
  });
});
