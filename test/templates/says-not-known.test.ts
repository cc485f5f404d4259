/**
 * "I don't know" on every kind of question that would store it: refused with what to do, while an
 * answer that merely holds the words is read as before.
 */
import { expect, it } from "vitest";
import { parseAnswer } from "../../src/templates/answer-parsers.ts";
import { saysNotKnown } from "../../src/templates/says-not-known.ts";
import { type Field, fieldSchema } from "../../src/templates/template-schema.ts";

const field = (spec: Record<string, unknown>): Field => fieldSchema.parse({ id: "f", prompt: "?", ...spec });
const NOT_KNOWN = ["em không biết", "không biết", "chưa biết", "em chưa biết ghi gì", "em khong biet ghi gi", "Dạ em không biết ạ.", "ko biết", "chua biet"];

it("reads only a short «don't know» as one; a sentence holding the words, «không có», a name are not", () => {
  for (const typed of NOT_KNOWN) expect(saysNotKnown(typed), typed).toBe(true);
  for (const typed of ["Không có ghi chú", "Em không biết trước lịch nên chưa tham gia được", "không có", "chưa có ạ", "Biết", "không", "Hiệu trưởng biết"]) expect(saysNotKnown(typed), typed).toBe(false);
});

it("refuses it at a text, a list, a figure and a date, offering /boqua only where the question may be skipped, /sua N where its number is known", () => {
  for (const type of ["short-text", "paragraph", "bullet-list", "integer", "date"]) {
    for (const typed of NOT_KNOWN) {
      const optional = parseAnswer(field({ type, required: false }), typed, undefined, 4);
      expect(optional.ok ? optional.value : optional.error, `${type}: ${typed}`).toMatch(/không phải câu trả lời.*\/boqua.*\/sua 4/);
      const required = parseAnswer(field({ type }), typed);
      expect(required.ok ? required.value : required.error, `${type}: ${typed}`).toMatch(/bắt buộc.*hỏi đồng nghiệp.*\/sua kèm số câu/);
    }
  }
  const list = parseAnswer(field({ type: "bullet-list" }), "- Hội sách\n- em không biết");
  expect(list.ok ? list.value : list.error).toMatch(/^«em không biết» không phải câu trả lời/);
});

it("stores an answer that merely holds the words, and leaves an option so named chosen", () => {
  expect(parseAnswer(field({ type: "paragraph", required: false }), "Không có ghi chú")).toEqual({ ok: true, value: "Không có ghi chú" });
  expect(parseAnswer(field({ type: "paragraph" }), "Em không biết trước lịch nên chưa tham gia được").ok).toBe(true);
  expect(parseAnswer(field({ type: "single-choice", options: ["Có", "Không biết"] }), "không biết")).toEqual({ ok: true, value: "Không biết" });
});
