/**
 * One contract for every channel: the local web chat, Telegram, Zalo OA and Zalo Bot run the same
 * report transcript through their real webhook or API, deliver the same document, and answer a bad
 * secret with 401 and a bad body with 400 (the local chat has no secret: only the body rule).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDocx } from "../helpers/docx-reader.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { buildTestApp, HOA, LIEN_CHAU, MINH } from "../helpers/build-test-app.ts";
import { ANH, BINH, GROUP, SECRET, startTelegramHarness } from "../helpers/telegram-harness.ts";
import { BOT_GROUP, MEMBER_A, MEMBER_B, OA_GROUP, startZaloHarness } from "../helpers/zalo-harness.ts";
import { zaloSignature } from "../../src/channels/zalo-oa/verify-zalo-signature.ts";
import { OA_APP_ID, OA_SECRET_KEY } from "../fake-zalo/fake-zalo-server.ts";

interface ContractTarget {
  /** Sends one message from member 0 or 1 into the unit's chat, as that platform delivers it. */
  say(member: 0 | 1, text: string): Promise<void>;
  /** Everything the bot wrote into the unit's chat, as plain text. */
  botTexts(): Promise<string[]>;
  /** The bytes of the report document the bot delivered into the unit's chat. */
  deliveredDocument(): Promise<Buffer>;
  /** A webhook call with a wrong secret (undefined for a channel without one). */
  badSecret?(): Promise<number>;
  /** A call whose body is not what the channel accepts. */
  badBody(): Promise<number>;
  close(): Promise<void>;
}

const unescapeHtml = (text: string) => text.replace(/<\/?b>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

const targets: Record<string, () => Promise<ContractTarget>> = {
  async local() {
    const server = await buildTestApp();
    const members = [HOA, MINH] as const;
    return {
      say: async (member, text) => void (await server.post(LIEN_CHAU, members[member], text)),
      botTexts: async () => (await server.repos.localMessages.history(LIEN_CHAU)).filter((m) => m.fromBot).map((m) => m.text),
      deliveredDocument: async () => {
        const withDocument = (await server.repos.localMessages.history(LIEN_CHAU)).find((m) => m.document);
        return (await server.app.inject(new URL(withDocument!.document!.url).pathname)).rawPayload;
      },
      badBody: async () => (await server.app.inject({ method: "POST", url: `/local/chats/${LIEN_CHAU}/messages`, payload: { text: 5 } })).statusCode,
      close: () => server.close(),
    };
  },
  async telegram() {
    const t = await startTelegramHarness();
    const members = [ANH, BINH] as const;
    return {
      // Privacy mode: answers are replies to the bot's last question; commands stand alone.
      say: async (member, text) => {
        const last = t.fake.sentTo(GROUP).filter((c) => c.method === "sendMessage").at(-1);
        await t.deliver(t.updates.text(members[member], text, text.startsWith("/") || !last ? {} : { replyTo: last.messageId }));
      },
      botTexts: async () => t.fake.sentTo(GROUP).filter((c) => c.method === "sendMessage").map((c) => unescapeHtml(String(c.params.text))),
      deliveredDocument: async () => Object.values(t.fake.callsOf("sendDocument").find((c) => String(c.params.chat_id) === String(GROUP))!.files)[0]!.data,
      badSecret: async () => (await t.deliver(t.updates.text(ANH, "/baocao"), { "x-telegram-bot-api-secret-token": `${SECRET}x` })).statusCode,
      badBody: async () =>
        (await t.server.app.inject({ method: "POST", url: "/webhooks/telegram", headers: { "x-telegram-bot-api-secret-token": SECRET }, payload: { hello: "world" } })).statusCode,
      close: () => t.close(),
    };
  },
  async "zalo-oa"() {
    const z = await startZaloHarness();
    const members = [MEMBER_A, MEMBER_B] as const;
    return {
      say: async (member, text) => void (await z.postOa(z.oaEvents.groupText(members[member], text))),
      botTexts: async () => z.fake.oaSentTo(OA_GROUP).flatMap((c) => ((c.body.message as { text?: string }).text === undefined ? [] : [(c.body.message as { text: string }).text])),
      deliveredDocument: async () => {
        const upload = z.fake.calls.find((c) => c.path === "v2.0/oa/upload/file" && !c.failed)!;
        const fileToken = [...z.fake.uploads.keys()][0];
        expect(z.fake.oaSentTo(OA_GROUP).some((c) => JSON.stringify(c.body.message).includes(fileToken!))).toBe(true);
        return upload.files!.file!.data;
      },
      badSecret: async () => (await z.postOa(z.oaEvents.groupText(MEMBER_A, "/baocao"), "mac=0123")).statusCode,
      // Signed: an unsigned body is refused (401) before it is read.
      badBody: async () =>
        (
          await z.server.app.inject({
            method: "POST",
            url: "/webhooks/zalo-oa",
            headers: { "content-type": "application/json", "x-zevent-signature": zaloSignature(OA_APP_ID, "{not json", "", OA_SECRET_KEY) },
            payload: "{not json",
          })
        ).statusCode,
      close: () => z.close(),
    };
  },
  async "zalo-bot"() {
    const z = await startZaloHarness();
    const members = [MEMBER_A, MEMBER_B] as const;
    const texts = () => z.fake.botSentTo(BOT_GROUP).map((c) => String(c.body.text));
    return {
      say: async (member, text) => void (await z.postBot(z.botEvents.text(members[member], text))),
      botTexts: async () => texts(),
      deliveredDocument: async () => {
        const url = texts().map((t) => /(http\S+\/files\/\S+)/.exec(t)?.[1]).find(Boolean);
        return (await z.server.app.inject(new URL(url!).pathname)).rawPayload;
      },
      badSecret: async () => (await z.postBot(z.botEvents.text(MEMBER_A, "/baocao"), { secret: "not-the-secret" })).statusCode,
      badBody: async () => (await z.postBot("[1,2]")).statusCode,
      close: () => z.close(),
    };
  },
};

describe.each(Object.keys(targets))("the %s channel", (name) => {
  let target: ContractTarget;
  beforeAll(async () => {
    target = await targets[name]!();
  });
  afterAll(() => target.close());

  it("answers a bad secret with 401 and a bad body with 400, changing nothing", async () => {
    if (target.badSecret) expect(await target.badSecret()).toBe(401);
    expect(await target.badBody()).toBe(400);
    expect(await target.botTexts()).toEqual([]);
  });

  it("runs the same report transcript", async () => {
    await target.say(0, "/baocao");
    expect((await target.botTexts()).at(-1)).toMatch(/^Câu 1\/21 — I\.1\. Công tác chỉ đạo/);
    for (const [i, answer] of FULL_REPORT_ANSWERS.entries()) await target.say((i % 2) as 0 | 1, answer);
    // Two members taking turns at once: the first answer after the other's is said stored, on the
    // next message, and none after it (said at every answer, it doubled the text each turn); on
    // Telegram they answer by replying to the question, which says which question they meant.
    const notes = (await target.botTexts()).filter((t) => t.startsWith("Đã lưu tin vừa gửi làm câu trả lời"));
    expect(notes.map((t) => /^[^«]+/.exec(t)![0])).toEqual(name === "telegram" ? [] : ["Đã lưu tin vừa gửi làm câu trả lời cho câu 2 "]);
    expect((await target.botTexts()).at(-1)).toMatch(/^Đã trả lời xong/);
    await target.say(1, "/nop");
    expect((await target.botTexts()).join("\n")).toMatch(/10\. Số lượt bạn đọc[^\n]*\n2\.000/);
    await target.say(0, "Có");
    expect((await target.botTexts()).join("\n")).toMatch(/Đã nộp báo cáo lúc 10:\d\d ngày 08\/10\/2026/);
  });

  it("delivers the same document", async () => {
    const docx = readDocx(await target.deliveredDocument());
    expect(docx.paragraphs).toEqual(expect.arrayContaining(["TRƯỜNG TIỂU HỌC", "LIÊN CHÂU", "BÁO CÁO", "III. ĐỀ XUẤT, KIẾN NGHỊ", "Nguyễn Văn An"]));
    expect(docx.paragraphs).toContain("Thư viện, tủ sách của đơn vị đã phục vụ 2.000 lượt bạn đọc.");
  });
});
