/**
 * Each way a consolidated answer is computed, on small templates: sums, averages, min/max of numbers
 * and dates, yes counted and as a share of the campaign's units, counts per choice, units that
 * answered, and texts listed per unit; and the generic counterpart of a template that names none.
 */
import { describe, expect, it } from "vitest";
import { consolidateAnswers, type UnitAnswers } from "../../src/consolidation/consolidate-answers.ts";
import { genericConsolidatedTemplate } from "../../src/consolidation/generic-template.ts";
import { listFields } from "../../src/templates/template-fields.ts";
import { type Template, templateSchema } from "../../src/templates/template-schema.ts";

const closing = { fields: [{ id: "signer_name", type: "short-text", prompt: "Người ký?" }], signerName: "signer_name" };
const document = { type: "BÁO CÁO", typeCode: "BC", summary: "Kết quả {year}" };
const template = (key: string, fields: unknown[]): Template => templateSchema.parse({ key, version: 1, title: key, document, sections: [{ heading: "I", fields }], closing });

const unit = template("truong", [
  { id: "sessions", type: "integer", prompt: "Số buổi?" },
  { id: "share", type: "percent", prompt: "Tỉ lệ?" },
  { id: "opened_on", type: "date", prompt: "Ngày khai mạc?" },
  { id: "held", type: "yes-no", prompt: "Có tổ chức không?" },
  { id: "rating", type: "single-choice", prompt: "Tự đánh giá?", options: ["Tốt", "Khá", "Đạt"] },
  { id: "channels", type: "multiple-choice", prompt: "Kênh?", options: ["Loa", "Web", "Zalo"] },
  { id: "activities", type: "bullet-list", prompt: "Hoạt động?" },
  { id: "note", type: "paragraph", prompt: "Ghi chú?", required: false },
]);
const ward = template("phuong", [
  { id: "sessions_sum", type: "integer", prompt: "Tổng", from: { field: "sessions", as: "sum" } },
  { id: "sessions_avg", type: "decimal", prompt: "TB", from: { field: "sessions", as: "average" } },
  { id: "sessions_min", type: "integer", prompt: "Min", from: { field: "sessions", as: "min" } },
  { id: "sessions_max", type: "integer", prompt: "Max", from: { field: "sessions", as: "max" } },
  { id: "share_avg", type: "percent", prompt: "Tỉ lệ TB", from: { field: "share", as: "average" } },
  { id: "first_opening", type: "date", prompt: "Sớm nhất", from: { field: "opened_on", as: "min" } },
  { id: "last_opening", type: "date", prompt: "Muộn nhất", from: { field: "opened_on", as: "max" } },
  { id: "mean_opening", type: "date", prompt: "Trung bình", from: { field: "opened_on", as: "average" } },
  { id: "held_count", type: "integer", prompt: "Số đơn vị tổ chức", from: { field: "held", as: "count-yes" } },
  { id: "held_not", type: "integer", prompt: "Số đơn vị không tổ chức", from: { field: "held", as: "count-no" } },
  { id: "held_share", type: "percent", prompt: "Tỉ lệ tổ chức", from: { field: "held", as: "share-yes" } },
  { id: "ratings", type: "bullet-list", prompt: "Đánh giá", from: { field: "rating", as: "per-option" } },
  { id: "channels_used", type: "paragraph", prompt: "Kênh", from: { field: "channels", as: "per-option" } },
  { id: "noted", type: "integer", prompt: "Có ghi chú", from: { field: "note", as: "units-answered" } },
  { id: "all_activities", type: "bullet-list", prompt: "Hoạt động", from: { field: "activities", as: "list" } },
  { id: "notes", type: "paragraph", prompt: "Ghi chú", from: { field: "note", as: "list" } },
  { id: "assessment", type: "paragraph", prompt: "Đánh giá của phường" },
]);
const units: UnitAnswers[] = [
  { unitName: "Trường A", answers: { sessions: 2, share: 90, opened_on: "2026-10-02", held: true, rating: "Tốt", channels: ["Loa", "Web"], activities: ["Hội sách", "Thi kể chuyện"], note: "Thiếu kinh phí" } },
  { unitName: "Trường B", answers: { sessions: 5, share: 81, opened_on: "2026-09-30", held: false, rating: "Tốt", channels: ["Web"], activities: ["Sân chơi trực tuyến"], note: null } },
];

describe("consolidated answers", () => {
  const answers = consolidateAnswers(ward, unit, units);

  it("sums, averages and takes the extremes of figures and dates", () => {
    expect(answers).toMatchObject({ sessions_sum: 7, sessions_avg: 3.5, sessions_min: 2, sessions_max: 5, share_avg: 85.5, first_opening: "2026-09-30", last_opening: "2026-10-02", mean_opening: "2026-10-01" });
  });

  it("counts yes, and gives it as a share of the units that answered (the ones still to report are no 'no')", () => {
    expect(answers).toMatchObject({ held_count: 1, held_not: 1, held_share: 50 });
  });

  it("counts each choice, an item per option chosen (one sentence in a paragraph), and the units that answered a question", () => {
    expect(answers.ratings).toEqual(["Tốt: 2 đơn vị"]);
    // After "; " an option opens in lower case, unless it opens with a name.
    expect(answers.channels_used).toBe("Loa: 1 đơn vị; web: 2 đơn vị");
    const partners = template("truong-doi-tac", [{ id: "partners", type: "multiple-choice", prompt: "Phối hợp với?", options: ["Loa", "Hội Khuyến học", "UBND phường", "Trường THCS Nam Triệu"] }]);
    const counted = template("phuong-doi-tac", [{ id: "partners", type: "paragraph", prompt: "Phối hợp", from: { field: "partners", as: "per-option" } }]);
    const named = consolidateAnswers(counted, partners, [{ unitName: "Trường A", answers: { partners: ["Loa", "Hội Khuyến học", "UBND phường", "Trường THCS Nam Triệu"] } }]);
    expect(named.partners).toBe("Loa: 1 đơn vị; Hội Khuyến học: 1 đơn vị; UBND phường: 1 đơn vị; Trường THCS Nam Triệu: 1 đơn vị");
    expect(answers.noted).toBe(1);
  });

  it("lists each unit's texts labelled with its name, a unit's plain items on one line, a skipped answer left out", () => {
    expect(answers.all_activities).toEqual(["Trường A: Hội sách; thi kể chuyện", "Trường B: Sân chơi trực tuyến"]);
    expect(answers.notes).toBe("Trường A: Thiếu kinh phí");
  });

  it("names a unit once over items with sub-items (each item then with its sub-items on its line), in a list and as '+ ' lines in a paragraph", () => {
    const withSubItems = [units[0]!, { unitName: "Trường B", answers: { ...units[1]!.answers, activities: [{ text: "Tuyên truyền", sub: ["Loa", "Web"] }, "Hội sách"] } }];
    const target = template("phuong-hai", [
      { id: "all_activities", type: "bullet-list", prompt: "Hoạt động", from: { field: "activities", as: "list" } },
      { id: "activity_lines", type: "paragraph", prompt: "Hoạt động", from: { field: "activities", as: "list" } },
    ]);
    const listed = consolidateAnswers(target, unit, withSubItems);
    // "Trường B:" was repeated on each of its items.
    expect(listed.all_activities).toEqual(["Trường A: Hội sách; thi kể chuyện", { text: "Trường B:", sub: ["Tuyên truyền: loa; web", "Hội sách"] }]);
    expect(listed.activity_lines).toBe("Trường A: Hội sách; thi kể chuyện\nTrường B:\n+ Tuyên truyền: loa; web\n+ Hội sách");
    // One item keeps its sub-items under the labelled item.
    const one = consolidateAnswers(target, unit, [{ unitName: "Trường B", answers: { activities: [{ text: "Tuyên truyền", sub: ["Loa", "Web"] }] } }]);
    expect(one.all_activities).toEqual([{ text: "Trường B: Tuyên truyền", sub: ["Loa", "Web"] }]);
  });

  it("keeps a text's '+ ' lines under their '- ' line, also below a leading line (they were its sub-items, all at one level)", () => {
    const target = template("phuong-ba", [{ id: "notes", type: "bullet-list", prompt: "Ghi chú", from: { field: "note", as: "list" } }]);
    const note = "Tuyên truyền qua nhiều hình thức:\n- Trực quan\n+ Băng rôn\n+ Pa nô\n- Trên trang web";
    const listed = consolidateAnswers(target, unit, [{ unitName: "Trường A", answers: { note } }]);
    expect(listed.notes).toEqual([{ text: "Trường A: Tuyên truyền qua nhiều hình thức:", sub: ["Trực quan: băng rôn; pa nô", "Trên trang web"] }]);
  });

  it("leaves the officer's own questions unanswered, and computes nothing before any unit has submitted (no 0 or 0% that reads as a figure)", () => {
    expect(answers.assessment).toBeUndefined();
    expect(consolidateAnswers(ward, unit, [])).toEqual({});
    // A yes/no question no unit answered has no count and no share: no data, not 0 units.
    expect(consolidateAnswers(ward, unit, [{ unitName: "Trường A", answers: {} }])).toEqual({ noted: 0 });
  });
});

describe("a report type with no consolidated counterpart", () => {
  it("consolidates into its own questions: figures summed, shares averaged, yes counted, choices counted, texts listed", () => {
    const generic = genericConsolidatedTemplate(unit);
    expect(templateSchema.safeParse(generic).success).toBe(true);
    const kinds = Object.fromEntries(listFields(generic).map((p) => [p.field.id, p.field.from?.as ?? "officer"]));
    expect(kinds).toEqual({
      sessions: "sum",
      share: "average",
      // Its companion, not printed: the units that gave the figure, which the average's sentence names.
      share_so_don_vi: "units-answered",
      opened_on: "list",
      held: "count-yes",
      rating: "per-option",
      channels: "per-option",
      activities: "list",
      note: "list",
      signer_name: "officer",
    });
    const answers = consolidateAnswers(generic, unit, units);
    expect(answers).toMatchObject({ sessions: 7, share: 85.5, held: 1, opened_on: ["Trường A: 02/10/2026", "Trường B: 30/09/2026"] });
  });

  it("words a share's average without the '(%)' its question wrote, the value printing its own '%'", () => {
    const withUnit = template("truong-ti-le", [{ id: "share", type: "percent", prompt: "Tỉ lệ học sinh lên lớp (%)?" }]);
    const [share] = listFields(genericConsolidatedTemplate(withUnit));
    expect(share!.field.documentText).toBe("Tỉ lệ học sinh lên lớp (bình quân của {share_so_don_vi} đơn vị có số liệu): {value}.");
  });
});
