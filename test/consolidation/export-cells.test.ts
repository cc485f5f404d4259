/** A list answer as a /xuat cell: one line per item, its sub-items "+ " under it; older plain lists unchanged. */
import { expect, it } from "vitest";
import { answerCell } from "../../src/consolidation/export-cells.ts";
import { fieldSchema } from "../../src/templates/template-schema.ts";

const list = fieldSchema.parse({ id: "hoat_dong", type: "bullet-list", prompt: "?" });

it("writes a list one item a line, sub-items marked '+ ', and a plain string array as it was", () => {
  expect(answerCell(list, [{ text: "Tuyên truyền", sub: ["Loa", "Web"] }, "Hội sách"])).toEqual({ value: "Tuyên truyền\n+ Loa\n+ Web\nHội sách", kind: "wrap" });
  expect(answerCell(list, ["Hội sách", "Sân chơi"])).toEqual({ value: "Hội sách\nSân chơi", kind: "wrap" });
});
