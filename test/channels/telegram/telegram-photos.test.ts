/**
 * Photos through Telegram, end to end: the real server (inject) and the fake Bot API. A photo (its
 * largest size) and an image sent as a file are fetched with getFile and a download, kept with the
 * submission, listed by /xem with their captions, and placed in the submitted .docx in the appendix,
 * each image followed by its caption. Texts, stray photos, big and non-image files change nothing.
 */
import { beforeEach, expect, it } from "vitest";
import { ANH, GROUP, type TelegramHarness, type TelegramUser, useTelegramHarnesses } from "../../helpers/telegram-harness.ts";
import { docxPhotos, usePhotoTemplate } from "../../helpers/photo-template.ts";
import { JPEG_16X16, pngBytes } from "../../helpers/tiny-images.ts";

const harnesses = useTelegramHarnesses();
let t: TelegramHarness;
let updateId = 90_000;
let messageId = 5_000;

beforeEach(async () => {
  t = await harnesses.start();
  await usePhotoTemplate(t.server);
});

const envelope = (from: TelegramUser, fields: Record<string, unknown>) => ({
  update_id: updateId++,
  message: { message_id: messageId++, date: Math.floor(t.clock() / 1000), chat: { id: GROUP, type: "supergroup", title: "Nhóm" }, from, ...fields },
});
/** A compressed photo: Telegram sends its sizes smallest first. */
const photo = (fileId: string, caption?: string) =>
  envelope(ANH, {
    photo: [
      { file_id: `${fileId}-thumb`, file_unique_id: `${fileId}-t`, width: 4, height: 4, file_size: 90 },
      { file_id: fileId, file_unique_id: `${fileId}-u`, width: 16, height: 16, file_size: JPEG_16X16.length },
    ],
    ...(caption ? { caption } : {}),
  });
const imageFile = (fileId: string, fileName: string, mimeType: string, size: number, caption?: string) =>
  envelope(ANH, { document: { file_id: fileId, file_unique_id: `${fileId}-u`, file_name: fileName, mime_type: mimeType, file_size: size }, ...(caption ? { caption } : {}) });
const lastText = () => String(t.lastMessage().params.text);

it("takes a photo and an image file into the photo question and places both in the document with their captions", async () => {
  t.fake.addFile("photo-1", JPEG_16X16, "photos/file_1.jpg");
  const png = pngBytes(40, 20);
  t.fake.addFile("doc-1", png, "documents/file_2.png");

  await t.deliver(t.updates.text(ANH, "/baocao"));
  // A photo while a text question is open is not kept.
  await t.deliver(photo("photo-1", "Ảnh lạc chỗ"));
  expect(t.fake.sentTo(GROUP).at(-2)!.params.text).toMatch(/^Bot không đọc được chữ trong ảnh nên chưa lưu ảnh này\. Vui lòng gõ câu trả lời cho câu hỏi dưới đây[^\n]*Ảnh hoạt động chỉ được lưu khi bot hỏi đến câu cần ảnh\.$/);
  await t.deliver(t.updates.text(ANH, "Đơn vị đã tổ chức tốt các hoạt động."));
  expect(lastText()).toMatch(/Gửi ảnh hoạt động của đơn vị/);
  expect(lastText()).toMatch(/tối đa 3 ảnh/);

  // A text where a photo is expected: a clear answer, nothing changes.
  await t.deliver(t.updates.text(ANH, "ảnh đây"));
  expect(lastText()).toMatch(/^Câu này cần ảnh, không phải chữ/);

  await t.deliver(photo("photo-1", "Lễ khai mạc Tuần lễ"));
  expect(lastText()).toBe("Đã nhận ảnh 1. Gửi thêm ảnh, hoặc gõ Xong để sang câu tiếp.");
  // In a privacy-mode group the next photo must come as a reply: the bot asks for one.
  const markup = t.lastMessage().params.reply_markup;
  expect(typeof markup === "string" ? JSON.parse(markup) : markup).toMatchObject({ force_reply: true, selective: true });
  // The largest size is the one fetched, through getFile then the file URL (the stray photo was
  // fetched too: the file is read before the update's transaction knows what is being asked).
  expect(t.fake.callsOf("getFile").map((c) => c.params.file_id)).toEqual(["photo-1", "photo-1"]);
  expect(t.fake.downloads).toEqual(["photos/file_1.jpg", "photos/file_1.jpg"]);

  await t.deliver(imageFile("doc-1", "hoi-sach.png", "image/png", png.length, "Hội sách của nhà trường"));
  expect(lastText()).toBe("Đã nhận ảnh 2. Gửi thêm ảnh, hoặc gõ Xong để sang câu tiếp.");

  await t.deliver(t.updates.text(ANH, "Xong"));
  expect(lastText()).toMatch(/Ảnh khác \(nếu có\)/);
  await t.deliver(t.updates.text(ANH, "/boqua"));
  expect(lastText()).toMatch(/Đã trả lời xong/);

  await t.deliver(t.updates.text(ANH, "/xem"));
  const review = String(t.fake.sentTo(GROUP).at(-2)!.params.text);
  expect(review).toContain("2 ảnh:\n- Ảnh 1: Lễ khai mạc Tuần lễ\n- Ảnh 2: Hội sách của nhà trường");

  await t.deliver(t.updates.text(ANH, "/nop"));
  await t.deliver(t.updates.text(ANH, "Có"));
  const sent = t.fake.callsOf("sendDocument").find((c) => String(c.params.chat_id) === String(GROUP));
  const docx = Object.values(sent!.files)[0]!.data;
  const { media, drawings, texts } = docxPhotos(docx);
  // The stored bytes, unchanged, are the document's image parts.
  expect(media.some((m) => m.equals(JPEG_16X16))).toBe(true);
  expect(media.some((m) => m.equals(png))).toBe(true);
  expect(drawings).toHaveLength(2);
  // In the appendix, after its heading and after the body's text; each caption right below its image, in italics.
  const heading = texts.findIndex((x) => /^II\. PHỤ LỤC ẢNH$/.test(x));
  expect(heading).toBeGreaterThan(texts.indexOf("Đơn vị đã tổ chức tốt các hoạt động."));
  expect(drawings[0]!.index).toBeGreaterThan(heading);
  expect(drawings[0]!.next).toContain("Lễ khai mạc Tuần lễ");
  expect(drawings[0]!.next).toContain("<w:i/>");
  expect(drawings[1]!.next).toContain("Hội sách của nhà trường");
  expect(drawings[0]!.xml).toContain('<w:jc w:val="center"/>');
  expect(t.fake.violations).toEqual([]);
});

it("refuses a file over 10 MB and a file that is not a JPEG or PNG, keeping nothing", async () => {
  t.fake.addFile("fake-jpg", Buffer.from("this is not an image at all"), "documents/file_3.jpg");
  await t.deliver(t.updates.text(ANH, "/baocao"));
  await t.deliver(t.updates.text(ANH, "Tóm tắt."));

  // Declared too big by Telegram: not even fetched.
  await t.deliver(imageFile("huge", "anh-lon.jpg", "image/jpeg", 11 * 1024 * 1024));
  expect(lastText()).toMatch(/^Tệp quá lớn nên không được lưu: mỗi ảnh tối đa 10 MB/);
  expect(t.fake.callsOf("getFile")).toEqual([]);

  await t.deliver(imageFile("fake-jpg", "anh.jpg", "image/jpeg", 27));
  expect(lastText()).toMatch(/^Tệp này không phải ảnh JPEG hoặc PNG/);

  expect(await t.server.repos.photos.captions(1)).toEqual({});
  // Still on the photo question, with nothing in it: "Xong" asks for a photo.
  await t.deliver(t.updates.text(ANH, "xong"));
  expect(lastText()).toBe("Câu này cần ít nhất 1 ảnh. Vui lòng gửi thêm ảnh.");
  expect(t.fake.violations).toEqual([]);
});

it("tries a photo again when Telegram's getFile and file server fail for a moment, and keeps it; an invalid file_id is not tried again", async () => {
  t.fake.addFile("photo-2", JPEG_16X16, "photos/file_2.jpg");
  await t.deliver(t.updates.text(ANH, "/baocao"));
  await t.deliver(t.updates.text(ANH, "Tóm tắt."));

  // getFile answers 502 once, then the download answers 503 once: the third try gets the bytes.
  t.fake.failNext({ code: 502 }, { method: "getFile" });
  t.fake.failNextDownload(503);
  await t.deliver(photo("photo-2", "Lễ khai mạc"));
  expect(lastText()).toBe("Đã nhận ảnh 1. Gửi thêm ảnh, hoặc gõ Xong để sang câu tiếp.");
  expect(t.fake.calls.filter((c) => c.method === "getFile").map((c) => c.failed ?? false)).toEqual([true, false, false]);
  expect(t.fake.downloads).toEqual(["photos/file_2.jpg", "photos/file_2.jpg"]);

  // Telegram does not know the file: asked once, and the clerk is told at once.
  await t.deliver(photo("no-such-file"));
  expect(t.fake.calls.filter((c) => c.method === "getFile" && c.params.file_id === "no-such-file")).toHaveLength(1);
  expect(lastText()).toBe("Không tải được tệp vừa gửi, nên chưa lưu gì. Vui lòng gửi lại.");
  expect(Object.keys(await t.server.repos.photos.captions(1))).toHaveLength(1);
  expect(t.fake.violations).toEqual([]);
});
