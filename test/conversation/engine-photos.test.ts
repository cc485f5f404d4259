/**
 * The photo question on the pure engine: photos arrive as ids (the service stored them), the
 * question stays open until "Xong" or its maxItems, "Xóa ảnh" starts it over, /boqua skips only an
 * optional one, a refused file changes nothing, and the state (ids as numbers) survives a reload.
 */
import { describe, expect, it } from "vitest";
import { consolidateAnswers } from "../../src/consolidation/consolidate-answers.ts";
import { answerCell } from "../../src/consolidation/export-cells.ts";
import { genericConsolidatedTemplate } from "../../src/consolidation/generic-template.ts";
import { type ConversationState, INITIAL_STATE, restoreState, STATE_VERSION } from "../../src/conversation/conversation-state.ts";
import { step } from "../../src/conversation/engine.ts";
import type { ReportInput } from "../../src/conversation/engine-types.ts";
import { photoSlot } from "../../src/conversation/engine-photos.ts";
import { parseUserInput } from "../../src/conversation/user-input.ts";
import { parseTemplate } from "../../src/templates/load-template.ts";
import { PHOTO_TEMPLATE } from "../helpers/photo-template.ts";

const template = parseTemplate(PHOTO_TEMPLATE);
const now = new Date("2026-10-08T03:15:00Z");

function conversation(asked = template) {
  let state: ConversationState = INITIAL_STATE;
  const effects: unknown[] = [];
  const send = (message: ReportInput["message"]) => {
    const result = step(asked, state, { message, unitName: "Trường Tiểu học Liên Châu", timeZone: "Asia/Ho_Chi_Minh" }, now);
    state = result.state;
    effects.push(...result.effects);
    return result.replies.map((r) => (r.kind === "text" ? r.text : r.kind)).join("\n---\n");
  };
  return { say: (text: string) => send(parseUserInput(text)), photo: (photoId: number) => send({ kind: "photo", photoId }), send, state: () => state, effects };
}

function atPhotoQuestion() {
  const c = conversation();
  c.say("/baocao");
  c.say("Tóm tắt.");
  return c;
}

describe("a photo question", () => {
  it("collects photos until Xong, then asks the next question", () => {
    const c = atPhotoQuestion();
    expect(photoSlot(template, c.state())).toMatchObject({ ok: true });
    expect(c.photo(11)).toBe("Đã nhận ảnh 1. Gửi thêm ảnh, hoặc gõ Xong để sang câu tiếp.");
    expect(c.photo(12)).toMatch(/^Đã nhận ảnh 2\./);
    expect(c.state().answers.photos).toEqual([11, 12]);
    expect(c.say("xong.")).toMatch(/Câu 3\/3 — II. Phụ lục ảnh\nẢnh khác \(nếu có\)/);
    expect(c.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "photos", value: [11, 12] });
  });

  it("moves on by itself at maxItems, and then refuses another photo as full", () => {
    const c = atPhotoQuestion();
    c.photo(1);
    c.photo(2);
    expect(c.photo(3)).toMatch(/^Đã nhận ảnh 3: câu này đã đủ số ảnh tối đa\.\n---\nCâu 3\/3/);
    c.say("/sua 2");
    expect(photoSlot(template, c.state())).toEqual({ ok: false, reason: "full" });
    expect(c.send({ kind: "file-refused", reason: "full" })).toMatch(/^Câu này đã đủ 3 ảnh nên ảnh vừa gửi không được lưu/);
    expect(c.say("Xóa ảnh")).toBe("Đã xóa các ảnh của câu này. Vui lòng gửi lại ảnh.");
    expect(c.state().answers.photos).toBeUndefined();
    expect(c.photo(4)).toMatch(/^Đã nhận ảnh 1\./);
  });

  it("answers a text with what it needs and changes nothing", () => {
    const c = atPhotoQuestion();
    c.photo(7);
    const before = JSON.stringify(c.state());
    const effects = c.effects.length;
    expect(c.say("đây là ảnh")).toMatch(/^Câu này cần ảnh, không phải chữ/);
    expect(c.send({ kind: "file-refused", reason: "not-image" })).toMatch(/^Tệp này không phải ảnh JPEG hoặc PNG/);
    expect(c.send({ kind: "file-refused", reason: "too-big" })).toMatch(/tối đa 10 MB/);
    expect(JSON.stringify(c.state())).toBe(before);
    expect(c.effects).toHaveLength(effects);
  });

  it("refuses to skip a required photo question or close it empty; skips an optional one", () => {
    const c = atPhotoQuestion();
    expect(c.say("/boqua")).toMatch(/^Câu này bắt buộc, không thể bỏ qua/);
    expect(c.say("Xong")).toBe("Câu này cần ít nhất 1 ảnh. Vui lòng gửi thêm ảnh.");
    c.photo(1);
    c.say("Xong");
    expect(c.say("/boqua")).toMatch(/Đã trả lời xong/);
    expect(c.state().answers.more_photos).toBeNull();
  });

  it("says an optional photo question is closed empty with Xong, and leaves it out for 'ko có ảnh ạ'", () => {
    const c = atPhotoQuestion();
    c.photo(1);
    c.say("Xong");
    expect(c.say("ảnh em gửi sau")).toMatch(/^Câu này cần ảnh, không phải chữ\. [^\n]*không có ảnh thì gõ Xong để bỏ qua câu này\./);
    expect(c.state().answers.more_photos).toBeUndefined();
    expect(c.say("ko co anh a")).toMatch(/^Đã bỏ qua câu này[^\n]*\n---\nĐã trả lời xong/);
    expect(c.state().answers.more_photos).toBeNull();
    // "xong ạ", "xong nhé" close a photo question as "Xong" does.
    const d = atPhotoQuestion();
    d.photo(2);
    expect(d.say("xong ạ")).toMatch(/^Câu 3\/3/);
    expect(d.say("Xong nhé")).toMatch(/^Đã bỏ qua câu này[^\n]*\n---\nĐã trả lời xong/);
  });

  it("offers the photos back with 'Giữ' when a correction hides their question and another shows it again", () => {
    const [results, appendix] = PHOTO_TEMPLATE.sections;
    const conditional = parseTemplate({
      ...PHOTO_TEMPLATE,
      sections: [results, { ...appendix, fields: [appendix!.fields[0], { id: "co_anh_khac", type: "yes-no", prompt: "Có ảnh khác không?" }, { ...appendix!.fields[1], showIf: { field: "co_anh_khac", equals: true } }] }],
    });
    const c = conversation(conditional);
    c.say("/baocao");
    c.say("Tóm tắt.");
    c.photo(1);
    c.say("Xong");
    c.say("Có");
    c.photo(5);
    c.photo(6);
    expect(c.say("Xong")).toMatch(/Đã trả lời xong/);
    expect(c.say("/sua 3 Không")).toMatch(/Câu 4 «Ảnh khác \(nếu có\)» không còn được hỏi[^\n]*gõ Giữ để dùng lại\./);
    expect(c.say("/sua 3 Có")).toMatch(/Câu 4\/4[\s\S]*\nẢnh trước đây: 2 ảnh — gõ Giữ để dùng lại; gửi ảnh mới thì các ảnh này được thay\.$/);
    expect(c.state().answers.more_photos).toBeUndefined();
    expect(c.say("Giữ")).toMatch(/Đã trả lời xong/);
    expect(c.state().answers.more_photos).toEqual([5, 6]);
    expect(c.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "more_photos", value: [5, 6] });
  });

  it("says a photo outside a photo question is not kept, and repeats the question", () => {
    const c = conversation();
    c.say("/baocao");
    expect(photoSlot(template, c.state())).toEqual({ ok: false, reason: "not-asked" });
    expect(c.send({ kind: "file-refused", reason: "not-asked" })).toMatch(/^Bot không đọc được chữ trong ảnh nên chưa lưu ảnh này\.[\s\S]*---\nCâu 1\/3/);
  });

  it("lists the photos with their captions in the review, and keeps the ids through a reload", () => {
    const c = atPhotoQuestion();
    c.photo(5);
    c.photo(6);
    const result = step(template, c.state(), { message: parseUserInput("/xem"), unitName: "X", timeZone: "Asia/Ho_Chi_Minh", photoCaptions: { 5: "Lễ khai mạc" } }, now);
    expect(result.replies[0]).toMatchObject({ text: expect.stringContaining("2 ảnh:\n- Ảnh 1: Lễ khai mạc\n- Ảnh 2 (không có chú thích)") });
    expect(restoreState(JSON.stringify(c.state()), STATE_VERSION)).toEqual({ state: c.state(), reset: false });
  });
});

describe("a photo question elsewhere", () => {
  it("is counted, not listed, in a generic consolidated report and in the export", () => {
    const ward = genericConsolidatedTemplate(template);
    const units = [
      { unitName: "Trường A", answers: { summary: "x", photos: [1, 2], more_photos: null } },
      { unitName: "Trường B", answers: { summary: "y", photos: [3], more_photos: [4] } },
    ];
    expect(consolidateAnswers(ward, template, units)).toMatchObject({ photos: 2, more_photos: 1 });
    const field = template.sections[1]!.fields[0]!;
    expect(answerCell(field, [3, 4])).toEqual({ value: "2 ảnh", kind: "text" });
  });
});
