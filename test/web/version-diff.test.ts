/** The unit page's "what changed" between two versions: pure, over the built-in template. */
import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/templates/field-visibility.ts";
import { listFields } from "../../src/templates/template-fields.ts";
import { versionDiff } from "../../src/web/version-diff.ts";
import { builtInTemplate } from "../helpers/report-transcript.ts";
import { OPTIONS_TEMPLATE, typedAnswers } from "../helpers/options-template.ts";

describe("versionDiff", () => {
  const before = typedAnswers({ chi_dao: "Ban hành kế hoạch.", hoat_dong: "- Hội sách\n- Thi vẽ", giao_vien: "Tự học.", to_cm: "Sinh hoạt.", ton_tai: null });

  it("finds no change between equal versions, whatever the key order", () => {
    const reordered = Object.fromEntries(Object.entries(before).reverse()) as Answers;
    expect(versionDiff(OPTIONS_TEMPLATE, before, reordered)).toEqual([]);
  });

  it("lists each changed question once, in template order, with both answers as read", () => {
    const after = { ...before, to_cm: "Sinh hoạt chuyên đề.", chi_dao: "Ban hành kế hoạch số 12." };
    expect(versionDiff(OPTIONS_TEMPLATE, before, after)).toEqual([
      { fieldId: "chi_dao", number: 1, prompt: "Chỉ đạo?", before: "Ban hành kế hoạch.", after: "Ban hành kế hoạch số 12." },
      { fieldId: "to_cm", number: 8, prompt: "Tổ chuyên môn?", before: "Sinh hoạt.", after: "Sinh hoạt chuyên đề." },
    ]);
  });

  it("shows a list answer item by item, and an answer given, skipped or taken away", () => {
    const after: Answers = { ...typedAnswers({ hoat_dong: "- Hội sách" }), chi_dao: before.chi_dao!, giao_vien: before.giao_vien!, to_cm: before.to_cm!, ton_tai: typedAnswers({ ton_tai: "Thiếu sách." }).ton_tai!, de_xuat: null };
    const changes = versionDiff(OPTIONS_TEMPLATE, before, after);
    expect(changes.map((c) => [c.fieldId, c.before, c.after])).toEqual([
      ["hoat_dong", "- Hội sách\n- Thi vẽ", "- Hội sách"],
      ["ton_tai", "(bỏ qua)", "Thiếu sách."],
      ["de_xuat", undefined, "(bỏ qua)"],
    ]);
  });

  it("formats numbers the Vietnamese way and numbers questions as the unit saw them", () => {
    const template = builtInTemplate();
    const integer = listFields(template).find((p) => p.field.type === "integer")!;
    const changes = versionDiff(template, { [integer.field.id]: 1250 }, { [integer.field.id]: 2000 });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ fieldId: integer.field.id, before: "1.250", after: "2.000", prompt: integer.field.prompt });
  });
});
