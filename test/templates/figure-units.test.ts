/**
 * What a figure question counts, read from its words (figure-units.ts): "lượt" is people only when
 * people are named after it, or it stands alone; "Số lượt mượn sách" counts loans, and a check of
 * "300 cuốn" against it would have sent the clerk to the books' question.
 */
import { expect, it } from "vitest";
import { questionUnit, typedUnit } from "../../src/templates/figure-units.ts";
import type { Field } from "../../src/templates/template-schema.ts";

const figure = (prompt: string): Field => ({ id: "f", type: "integer", prompt, required: true }) as Field;

it("reads 'lượt' as people when people follow it or nothing does, and as no known unit before other words", () => {
  expect(questionUnit(figure("Tổng số lượt cán bộ, giáo viên tham gia"))?.kind).toBe("people");
  expect(questionUnit(figure("Số lượt"))?.kind).toBe("people");
  expect(questionUnit(figure("Số lượt mượn sách trong tuần"))).toBeUndefined();
  expect(questionUnit(figure("Số buổi tập huấn đã tổ chức"))?.kind).toBe("sessions");
});

it("reads the unit typed after a figure, as typed", () => {
  expect(typedUnit("Dạ 350 cuốn ạ")).toMatchObject({ typed: "350 cuốn", unit: { kind: "books" } });
  expect(typedUnit("200")).toBeUndefined();
});
