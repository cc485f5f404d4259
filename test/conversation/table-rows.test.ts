/**
 * A table answered a row per message (engine-table-rows.ts): the rows that follow its answer join
 * it, where the second was stored as the next question's answer, or passed in silence after the
 * last question in a group. On the pure engine, then through the real server's local group chat.
 */
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { continuedTable, FOLLOWING_ROWS_MS, onFollowingRows } from "../../src/conversation/engine-table-rows.ts";
import { buildTestApp, HOA, LIEN_CHAU, MINH, type TestApp } from "../helpers/build-test-app.ts";
import { createTranscript, sectionTemplate } from "../helpers/report-transcript.ts";
import { tableTemplate } from "../helpers/table-template.ts";

const FIRST = "Hội sách; 2; 1.250; 3,5; 95,5; 02/10/2026";
const SECOND = "Thi kể chuyện | 1 | 80 | 2 | 90% | 5/10/2026";
const ROWS = [
  { name: "Hội sách", sessions: 2, participants: 1250, hours: 3.5, satisfied: 95.5, held_on: "2026-10-02" },
  { name: "Thi kể chuyện", sessions: 1, participants: 80, hours: 2, satisfied: 90, held_on: "2026-10-05" },
];

function afterFirstRow() {
  const t = createTranscript(tableTemplate());
  t.say("/baocao");
  expect(t.say(FIRST)).toMatch(/^Câu 2\/3 — I\. Kết quả\nGhi chú\?/);
  return t;
}

describe("rows sent after a table's answer, a message each", () => {
  it("join the table, and the question asked is asked again with nothing stored for it", () => {
    const t = afterFirstRow();
    expect(t.say(SECOND)).toMatch(/^Đã thêm 1 dòng trong bảng của câu 1 \(bảng nay có 2 dòng\)\. Có thể gửi nhiều dòng trong một tin nhắn, mỗi dòng một hàng\.\n---\nCâu 2\/3 — I\. Kết quả\nGhi chú\?/);
    expect(t.state.answers).toEqual({ activities: { rows: ROWS } });
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "activities", value: { rows: ROWS } });
    // Then an answer to the question asked is its answer, and the table is no longer continued.
    expect(t.say("Không có.")).toMatch(/^Câu 3\/3/);
    expect(t.state.answers.note).toBe("Không có.");
    expect(t.state.lastTable).toBeUndefined();
  });

  it("add only the rows the table lacks: the whole table sent again adds nothing twice, a row sent with its texts and date corrects that row", () => {
    const t = afterFirstRow();
    expect(t.say(`${FIRST}\n${SECOND}`)).toMatch(/^Đã thêm 1 dòng trong bảng của câu 1 \(bảng nay có 2 dòng\)/);
    expect(t.state.answers.activities).toEqual({ rows: ROWS });
    // Sent twice (a bad connection): nothing added, and said so.
    expect(t.say(`${FIRST}\n${SECOND}`)).toMatch(/^Bảng của câu 1 đã có các dòng này \(2 dòng\): không thêm gì\.\n---\nCâu 2\/3/);
    // "hoi sach" typed unmarked, same date: that row corrected in its place, its text as first typed; a new row added.
    expect(t.say("hoi sach; 3; 1.300; 3,5; 95,5; 02/10/2026\nSân chơi; 1; 40; 1; 80; 6/10/2026")).toMatch(/^Đã thêm 1 dòng, sửa 1 dòng đã có trong bảng của câu 1 \(bảng nay có 3 dòng\)/);
    expect((t.state.answers.activities as { rows: { name: string; sessions: number }[] }).rows.map((r) => [r.name, r.sessions])).toEqual([["Hội sách", 3], ["Thi kể chuyện", 1], ["Sân chơi", 1]]);
  });

  it("refuse a bad cell or too many rows, saying the rows already there are kept, changing nothing", () => {
    const t = afterFirstRow();
    t.say(SECOND);
    const before = JSON.stringify(t.state.answers);
    expect(t.say("Sân chơi | 1 | 40 | 1 | 180 | 6/10/2026")).toMatch(/^Các dòng gửi thêm cho bảng của câu 1 chưa được ghi nhận; bảng vẫn giữ 2 dòng đã có\.\nCó 1 lỗi \(dòng đếm trong tin nhắn vừa gửi\):\n- Dòng 1, cột «Tỉ lệ hài lòng»: «180» — Số phải nhỏ hơn hoặc bằng 100\.\nVui lòng sửa rồi gửi lại các dòng này\.\n---\nCâu 2\/3/);
    // maxRows is 5: two and four make six.
    const four = Array.from({ length: 4 }, (_, i) => `Buổi ${i}; 1; 10; 1; 80; 6/10/2026`).join("\n");
    expect(t.say(four)).toMatch(/^Các dòng gửi thêm cho bảng của câu 1 chưa được ghi nhận; bảng vẫn giữ 2 dòng đã có\.\nBảng có tối đa 5 dòng \(đang có 6 dòng\)\.\n---\nCâu 2\/3/);
    expect(JSON.stringify(t.state.answers)).toBe(before);
  });

  it("are read so only within a few minutes of the table's answer, and only when every line splits into its columns", () => {
    const t = afterFirstRow();
    const at = t.state.lastTable!.at;
    expect(continuedTable(tableTemplate(), t.state, SECOND, new Date(at + FOLLOWING_ROWS_MS))).toBeDefined();
    expect(continuedTable(tableTemplate(), t.state, SECOND, new Date(at + FOLLOWING_ROWS_MS + 1))).toBeUndefined();
    for (const text of ["Tổ chức 2 buổi; 80 người tham gia", "Không có.", `${SECOND}\nCảm ơn cô`]) expect(continuedTable(tableTemplate(), t.state, text, new Date(at)), text).toBeUndefined();
    // Clauses split by ";" are a paragraph, not a row: a figure's column holds words ("2 lớp"). It answers the question asked.
    expect(continuedTable(tableTemplate(), t.state, "Hội sách; 2 lớp; 80; 1; 90; 5/10/2026", new Date(at))).toBeUndefined();
    const clauses = "Đề nghị bổ sung 10 bình chữa cháy; tập huấn cho 15 giáo viên; lắp chuông báo; kiểm tra 2 lần; mua sách; sửa thư viện";
    expect(continuedTable(tableTemplate(), t.state, clauses, new Date(at))).toBeUndefined();
    expect(t.say(clauses)).toMatch(/^Câu 3\/3/);
    expect(t.state.answers.note).toBe(clauses);
  });
});

describe("a row sent after the table answered last, in a group", () => {
  let server: TestApp;
  afterEach(() => server.close());

  it("joins the table, where it passed in silence (the report complete, nothing calls on the bot)", async () => {
    server = await buildTestApp();
    const template = tableTemplate();
    const { id } = await server.repos.templates.storeTemplate(template.key, template.title, template);
    await server.database.run(sql`UPDATE campaigns SET template_id = ${id}`);
    await server.post(LIEN_CHAU, HOA, "/baocao");
    for (const text of [FIRST, "Không có.", "Nguyễn Văn An"]) await server.post(LIEN_CHAU, HOA, text);
    await server.post(LIEN_CHAU, HOA, "/sua 1");
    expect((await server.post(LIEN_CHAU, HOA, FIRST)).map((m) => m.text).join("\n")).toMatch(/Đã trả lời xong/);
    // Another member's row joins it too; talk still passes in silence.
    expect((await server.post(LIEN_CHAU, MINH, SECOND)).map((m) => m.text)).toEqual([expect.stringMatching(/^Đã thêm 1 dòng trong bảng của câu 1 \(bảng nay có 2 dòng\)/), expect.stringMatching(/^Đã trả lời xong/)]);
    expect(await server.post(LIEN_CHAU, MINH, "ok chị")).toEqual([]);
    const submission = await server.repos.submissions.find(1, 1);
    const answers = await server.repos.submissions.listAnswers(submission!.id);
    expect(answers.find((a) => a.fieldId === "activities")?.value).toEqual({ rows: ROWS });
  });
});

describe("rows that follow a table, where they are not", () => {
  it("never take another table's answer, nor its errors, as rows of the table before (a row of the first was overwritten)", () => {
    const template = sectionTemplate("hai-bang", "Hai bảng", [
      { id: "hs", type: "table", prompt: "Số học sinh?", columns: [{ id: "khoi", title: "Khối", type: "text" }, { id: "so", title: "Số HS", type: "integer" }] },
      { id: "tl", type: "table", prompt: "Tỉ lệ?", columns: [{ id: "khoi", title: "Khối", type: "text" }, { id: "ti_le", title: "Tỉ lệ", type: "percent" }] },
    ]);
    const t = createTranscript(template);
    t.say("/baocao");
    t.say("Khối 6; 250\nKhối 7; 240");
    expect(t.say("Khối 6; 105")).toMatch(/^Bảng chưa được ghi nhận vì có 1 lỗi:\n- Dòng 1, cột «Tỉ lệ»/);
    expect(t.state.answers.hs).toEqual({ rows: [{ khoi: "Khối 6", so: 250 }, { khoi: "Khối 7", so: 240 }] });
  });

  it("compare rows whatever the order of their keys (PostgreSQL's jsonb reorders them): a row sent again is not added twice", () => {
    const template = tableTemplate();
    const stored = { rows: ROWS.map((row) => Object.fromEntries(Object.entries(row).reverse())) };
    const state = { phase: "asking" as const, fieldId: "note", answers: { activities: stored }, submittedVersion: 0, lastTable: { fieldId: "activities", at: 0 } };
    const table = continuedTable(template, state, FIRST, new Date(1000))!;
    const result = onFollowingRows(template, state, table, FIRST, { message: { kind: "text", text: FIRST }, unitName: "Trường", timeZone: "Asia/Ho_Chi_Minh" });
    expect(result.effects).toEqual([]);
    expect(result.replies[0]).toMatchObject({ text: "Bảng của câu 1 đã có các dòng này (2 dòng): không thêm gì." });
  });
});
