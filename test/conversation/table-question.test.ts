/**
 * A table question in a transcript: how the bot asks it, every bad cell named by row and column in
 * one reply with nothing saved, then a good answer (typed with ";" and "|", or pasted from a
 * spreadsheet with its header row) saved as typed rows, shown by /xem, and refused when too long.
 */
import { describe, expect, it } from "vitest";
import { parseAnswer } from "../../src/templates/answer-parsers.ts";
import { fieldById } from "../../src/templates/template-fields.ts";
import { templateSchema } from "../../src/templates/template-schema.ts";
import { tableTemplate } from "../helpers/table-template.ts";
import { createTranscript } from "../helpers/report-transcript.ts";

const GOOD_ROWS = [
  { name: "Hội sách", sessions: 2, participants: 1250, hours: 3.5, satisfied: 95.5, held_on: "2026-10-02" },
  { name: "Thi kể chuyện", sessions: 1, participants: 80, hours: 2, satisfied: 90, held_on: "2026-10-05" },
];

function started() {
  const t = createTranscript(tableTemplate());
  const first = t.say("/baocao");
  return { t, first };
}

describe("a table question", () => {
  it("says how to answer: the columns in order, the separators, a spreadsheet paste, and an example line", () => {
    const { first } = started();
    expect(first).toContain("Câu 1/3 — I. Kết quả\nCác hoạt động đã tổ chức?");
    expect(first).toContain(
      "Trả lời mỗi dòng một hàng, các ô cách nhau bằng dấu ; hoặc |, hoặc dán từ Excel. Các cột theo thứ tự: Tên hoạt động; Số buổi; Số người tham gia; Số giờ; Tỉ lệ hài lòng; Ngày tổ chức.",
    );
    expect(first).toContain("Ví dụ: Nội dung; 12; 12; 2,5; 95,5; 15/10/2026");
  });

  it("names every bad cell and short row by row and column in one reply, saves nothing, and asks again", () => {
    const { t } = started();
    const before = JSON.stringify(t.state);
    const reply = t.say(["Hội sách; 2; 1.250; 3,5; 95,5; 02/10/2026", "Thi kể chuyện | vài | 80 | 2 | 120 | 41/02/2026", "", "Sân chơi; 1; 40"].join("\n"));
    expect(reply).toMatch(/^Bảng chưa được ghi nhận vì có 4 lỗi:\n/);
    expect(reply).toContain("- Dòng 2, cột «Số buổi»: «vài» không phải là số.");
    expect(reply).toContain("- Dòng 2, cột «Tỉ lệ hài lòng»: «120» — Số phải nhỏ hơn hoặc bằng 100.");
    expect(reply).toContain("- Dòng 2, cột «Ngày tổ chức»: «41/02/2026» không phải là ngày hợp lệ (ngày/tháng/năm, ví dụ 15/10/2026).");
    // The empty line is not a row: the third line typed is row 3.
    expect(reply).toContain("- Dòng 3 có 3 ô, cần 6 ô (Tên hoạt động; Số buổi; Số người tham gia; Số giờ; Tỉ lệ hài lòng; Ngày tổ chức).");
    expect(reply).toContain("Vui lòng sửa rồi gửi lại cả bảng.");
    expect(reply).toContain("Câu 1/3 — I. Kết quả\nCác hoạt động đã tổ chức?");
    expect(JSON.stringify(t.state)).toBe(before);
    expect(t.effects).toEqual([]);
  });

  it("saves a corrected table as typed rows and goes on to the next question", () => {
    const { t } = started();
    t.say("Hội sách; 2; 1.250; 3,5; 95,5; 02/10/2026\nThi kể chuyện | vài | 80 | 2 | 90 | 05/10/2026");
    const reply = t.say("Hội sách; 2; 1.250; 3,5; 95,5; 02/10/2026;\n| Thi kể chuyện | 1 | 80 | 2 | 90% | 5/10/2026 |");
    expect(reply).toContain("Câu 2/3 — I. Kết quả\nGhi chú?");
    expect(t.effects).toEqual([{ type: "save-answer", fieldId: "activities", value: { rows: GOOD_ROWS } }]);
    expect(t.state.answers.activities).toEqual({ rows: GOOD_ROWS });
  });

  it("reads a paste from a spreadsheet: tab-separated cells, its header row left out", () => {
    const { t } = started();
    const pasted = ["Tên hoạt động\tSố buổi\tSố người tham gia\tSố giờ\tTỉ lệ hài lòng\tNgày tổ chức", "Hội sách\t2\t1250\t3,5\t95,5%\t02/10/2026", "Thi kể chuyện\t1\t80\t2\t90\t05/10/2026", ""].join("\r\n");
    t.say(pasted);
    expect(t.state.answers.activities).toEqual({ rows: GOOD_ROWS });
  });

  it("shows the table in /xem one row per line, with the totals row, in a form that can be pasted back", () => {
    const { t } = started();
    t.say("Hội sách; 2; 1.250; 3,5; 95,5; 02/10/2026\nThi kể chuyện; 1; 80; 2; 90; 05/10/2026");
    const review = t.say("/xem");
    const shown = [
      "Tên hoạt động | Số buổi | Số người tham gia | Số giờ | Tỉ lệ hài lòng | Ngày tổ chức",
      "Hội sách | 2 | 1.250 | 3,5 | 95,5% | 02/10/2026",
      "Thi kể chuyện | 1 | 80 | 2 | 90% | 05/10/2026",
      "Tổng cộng | 3 | 1.330 | 5,5 |  | ",
    ].join("\n");
    expect(review).toContain(`1. Các hoạt động đã tổ chức?\n${shown}`);
    const field = fieldById(tableTemplate(), "activities")!;
    expect(parseAnswer(field, shown.split("\n").slice(0, 3).join("\n"))).toEqual({ ok: true, value: { rows: GOOD_ROWS } });
  });

  it("refuses more rows than maxRows and fewer than minRows, and an empty cell", () => {
    const field = fieldById(tableTemplate("t", { minRows: 2, maxRows: 2 }), "activities")!;
    const row = "Hội sách; 2; 1.250; 3,5; 95,5; 02/10/2026";
    expect(parseAnswer(field, row)).toMatchObject({ ok: false, error: expect.stringContaining("- Bảng cần ít nhất 2 dòng (mới có 1 dòng).") });
    expect(parseAnswer(field, [row, row, row].join("\n"))).toMatchObject({ ok: false, error: expect.stringContaining("- Bảng có tối đa 2 dòng (đang có 3 dòng).") });
    expect(parseAnswer(field, `${row}\nThi;;80;2;90;05/10/2026`)).toMatchObject({ ok: false, error: expect.stringContaining("- Dòng 2, cột «Số buổi»: ô đang trống.") });
  });
});

describe("a table in a template file", () => {
  const template = (field: Record<string, unknown>) =>
    templateSchema.safeParse({ key: "k", version: 1, title: "T", document: { type: "BÁO CÁO", typeCode: "BC", summary: "S" }, sections: [{ heading: "H", fields: [field] }], closing: {} });
  const base = { id: "t", type: "table", prompt: "Bảng?" };

  it("needs at least one column, of a known type, with distinct ids, and minRows not above maxRows", () => {
    expect(template({ ...base, columns: [{ id: "a", title: "A", type: "integer" }], totals: true, minRows: 1, maxRows: 3 }).success).toBe(true);
    expect(template({ ...base, columns: [] }).success).toBe(false);
    expect(template({ ...base, columns: [{ id: "a", title: "A", type: "money" }] }).success).toBe(false);
    expect(template({ ...base, columns: [{ id: "a", title: "A", type: "text" }, { id: "a", title: "B", type: "text" }] }).success).toBe(false);
    expect(template({ ...base, columns: [{ id: "a", title: "A", type: "text" }], minRows: 3, maxRows: 2 }).success).toBe(false);
  });
});
