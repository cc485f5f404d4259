/**
 * Photos through both Zalo channels into one report (the Zalo Bot group and the OA group are both
 * Liên Châu's): a Zalo Bot image (photo_url, caption) and an OA group image (attachment url, the
 * text as its caption) are downloaded at once from the fake CDN, kept, and placed in the document.
 * A wrong secret or signature still gets 401 and downloads nothing.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { docxPhotos, usePhotoTemplate } from "../../helpers/photo-template.ts";
import { JPEG_16X16, pngBytes } from "../../helpers/tiny-images.ts";
import { BOT_GROUP, MEMBER_A, MEMBER_B, OA_GROUP, startZaloHarness, type ZaloHarness } from "../../helpers/zalo-harness.ts";

let z: ZaloHarness;
beforeEach(async () => {
  z = await startZaloHarness();
  await usePhotoTemplate(z.server);
});
afterEach(() => z.close());

const botTexts = () => z.fake.botSentTo(BOT_GROUP).map((c) => String(c.body.text));
const oaTexts = () => z.fake.oaSentTo(OA_GROUP).map((c) => (c.body.message as { text?: string }).text ?? "[file]");

it("takes a Zalo Bot image and an OA group image into the photo question and the document", async () => {
  const jpegUrl = z.fake.addMedia("bot-photo.jpg", JPEG_16X16);
  const png = pngBytes(50, 25);
  const pngUrl = z.fake.addMedia("oa-photo.png", png);

  await z.postBot(z.botEvents.text(MEMBER_A, "/baocao"));
  await z.postBot(z.botEvents.text(MEMBER_A, "Tổ chức tốt."));
  expect(botTexts().at(-1)).toMatch(/Gửi ảnh hoạt động của đơn vị/);
  await z.postBot(z.botEvents.photo(MEMBER_A, jpegUrl, "Lễ khai mạc"));
  expect(botTexts().at(-1)).toBe("Đã nhận ảnh 1. Gửi thêm ảnh, hoặc gõ Xong để sang câu tiếp.");
  expect((await z.postOa(z.oaEvents.groupImage(MEMBER_B, pngUrl, "Hội sách"))).statusCode).toBe(200);
  expect(oaTexts().at(-1)).toBe("Đã nhận ảnh 2. Gửi thêm ảnh, hoặc gõ Xong để sang câu tiếp.");
  expect(z.fake.mediaFetches).toEqual(["bot-photo.jpg", "oa-photo.png"]);

  await z.postBot(z.botEvents.text(MEMBER_A, "Xong"));
  await z.postBot(z.botEvents.text(MEMBER_A, "Xong"));
  await z.postBot(z.botEvents.text(MEMBER_A, "/nop"));
  await z.postBot(z.botEvents.text(MEMBER_A, "Có"));
  const latest = await z.server.repos.documents.latestFor(1);
  const rendered = await z.server.documents.ensureRendered(latest!.id);
  const { media, drawings } = docxPhotos(rendered!.content);
  expect(media.some((m) => m.equals(JPEG_16X16))).toBe(true);
  expect(media.some((m) => m.equals(png))).toBe(true);
  expect(drawings.map((d) => /Lễ khai mạc|Hội sách/.exec(d.next)?.[0])).toEqual(["Lễ khai mạc", "Hội sách"]);
  const added = await z.server.repos.photos.withContent(1, [1, 2]);
  expect(added.map((p) => [p.addedBy, p.mimeType, p.width, p.height])).toEqual([
    [`zalo-bot:${MEMBER_A.id}`, "image/jpeg", 16, 16],
    [`zalo-oa:${MEMBER_B.id}`, "image/png", 50, 25],
  ]);
});

it("never tells a Zalo Bot group to send a .docx, which that platform does not deliver, in a photo's refusal or in /trogiup; an OA group is told", async () => {
  const url = z.fake.addMedia("paper.jpg", JPEG_16X16);
  await z.postBot(z.botEvents.text(MEMBER_A, "/baocao"));
  await z.postBot(z.botEvents.photo(MEMBER_A, url));
  expect(botTexts().at(-2)).toBe("Bot không đọc được chữ trong ảnh nên chưa lưu ảnh này. Vui lòng gõ câu trả lời cho câu hỏi dưới đây. Ảnh hoạt động chỉ được lưu khi bot hỏi đến câu cần ảnh.");
  expect((await z.postOa(z.oaEvents.groupImage(MEMBER_B, url))).statusCode).toBe(200);
  expect(oaTexts().at(-2)).toBe(
    "Bot không đọc được chữ trong ảnh nên chưa lưu ảnh này. Vui lòng gõ câu trả lời cho câu hỏi dưới đây, hoặc gửi tệp Word (.docx) của báo cáo để bot tự điền các câu. Ảnh hoạt động chỉ được lưu khi bot hỏi đến câu cần ảnh.",
  );
  await z.postBot(z.botEvents.text(MEMBER_A, "/trogiup"));
  await z.postOa(z.oaEvents.groupText(MEMBER_B, "/trogiup"));
  const help = (texts: string[]) => texts.find((t) => t.startsWith("Các lệnh của bot báo cáo:"))!;
  expect(help(botTexts())).not.toContain(".docx");
  expect(help(botTexts())).toMatch(/Trả lời câu hỏi bằng cách gõ tin nhắn bình thường\.$/);
  expect(help(oaTexts())).toMatch(/Trả lời câu hỏi bằng cách gõ tin nhắn bình thường\.\nĐã có báo cáo viết bằng Word\? Gửi tệp \.docx vào nhóm/);
  expect(await z.server.repos.photos.captions(1)).toEqual({});
});

it("downloads nothing for an image with a wrong secret or signature (401)", async () => {
  const url = z.fake.addMedia("x.jpg", JPEG_16X16);
  expect((await z.postBot(z.botEvents.photo(MEMBER_A, url), { secret: "wrong" })).statusCode).toBe(401);
  expect((await z.postOa(z.oaEvents.groupImage(MEMBER_B, url), "mac=bad")).statusCode).toBe(401);
  expect(z.fake.mediaFetches).toEqual([]);
});

it("says when a Zalo image could not be downloaded (an expired URL), keeping nothing", async () => {
  await z.postBot(z.botEvents.text(MEMBER_A, "/baocao"));
  await z.postBot(z.botEvents.text(MEMBER_A, "Tổ chức tốt."));
  await z.postBot(z.botEvents.photo(MEMBER_A, `${z.fake.url}/media/expired.jpg`));
  expect(botTexts().at(-1)).toBe("Không tải được tệp vừa gửi, nên chưa lưu gì. Vui lòng gửi lại.");
  expect(await z.server.repos.photos.captions(1)).toEqual({});
});
