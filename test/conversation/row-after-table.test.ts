/**
 * A table's row sent late, once other questions are answered (row-after-table.ts): it was stored,
 * in silence, as the answer of the text or list question asked ("- Khối 3 - 98" among the
 * recipients), the table left without it. And a row whose figure is in words, sent right after the
 * table, was refused by the date question asked and lost (engine-table-rows.ts).
 */
import { describe, expect, it } from "vitest";
import { createTranscript, sectionTemplate } from "../helpers/report-transcript.ts";

const template = sectionTemplate("khoi-lop", "Sĩ số", [
  { id: "hs", type: "table", prompt: "Số học sinh theo khối?", columns: [{ id: "khoi", title: "Khối", type: "text" }, { id: "so", title: "Số HS", type: "integer" }] },
  { id: "ngay", type: "date", prompt: "Ngày kiểm tra?" },
  { id: "kho_khan", type: "paragraph", prompt: "Khó khăn?" },
  { id: "nguoi_lap", type: "short-text", prompt: "Người lập báo cáo?" },
  { id: "noi_nhan", type: "bullet-list", prompt: "Nơi nhận báo cáo?" },
  { id: "ghi_chu", type: "paragraph", prompt: "Ghi chú thêm?" },
]);
const TWO_ROWS = { rows: [{ khoi: "Khối 1", so: 120 }, { khoi: "Khối 2", so: 115 }] };

function atRecipients() {
  const t = createTranscript(template);
  t.say("/baocao");
  t.say("Khối 1; 120\nKhối 2; 115");
  expect(t.say("5/10/2026")).toMatch(/^Câu 3\/6/);
  t.say("Không có khó khăn gì.");
  expect(t.say("Trần Thị Hoa")).toMatch(/^Câu 5\/6 — I\. A\nNơi nhận báo cáo\?/);
  return t;
}

describe("a row of a table answered earlier, typed where a text or a list is asked", () => {
  it("is not stored as the recipients: the bot names the table's question and how to add the row, and asks again", () => {
    const t = atRecipients();
    const reply = t.say("Khối 3; 98");
    expect(reply).toMatch(/^«Khối 3; 98» giống một dòng của bảng ở câu 1 «Số học sinh theo khối» \(đang có 2 dòng\), chưa phải câu trả lời cho câu 5, nên chưa được lưu\. Nếu đó là dòng thêm cho bảng, gõ \/sua 1 rồi gửi lại cả bảng, mỗi dòng một hàng\.\n---\nCâu 5\/6 — I\. A\nNơi nhận báo cáo\?/);
    expect(t.state.answers.noi_nhan).toBeUndefined();
    expect(t.state.answers.hs).toEqual(TWO_ROWS);
  });

  it("is not stored as the note either (a free-text question), nor is a row repeating a row's first cell", () => {
    const t = atRecipients();
    t.say("- UBND phường\n- Phòng GD&ĐT");
    expect(t.say("Khối 9; 175")).toMatch(/^«Khối 9; 175» giống một dòng của bảng ở câu 1 .*\n---\nCâu 6\/6 — I\. A\nGhi chú thêm\?/);
    expect(t.say("Khối 2 | 116")).toMatch(/^«Khối 2 \| 116» giống một dòng của bảng ở câu 1/);
    expect(t.state.answers.ghi_chu).toBeUndefined();
  });

  it("at a date asked again, is refused naming the table, where the date's bare reason was all", () => {
    const t = atRecipients();
    t.say("/sua 2");
    expect(t.say("Khối 3; 98")).toMatch(/^«Khối 3; 98» giống một dòng của bảng ở câu 1 .*chưa phải câu trả lời cho câu 2, nên chưa được lưu\..*\n---\nCâu 2\/6 — I\. A\nNgày kiểm tra\?/);
    expect(t.state.answers.ngay).toBe("2026-10-05");
  });

  it("is told apart from real answers split by «;»: recipients, a note whose second part is no bare figure, a name with a phone number, are stored", () => {
    const t = atRecipients();
    expect(t.say("Ủy ban nhân dân phường; Phòng GD&ĐT")).toMatch(/^Câu 6\/6/);
    expect(t.state.answers.noi_nhan).toEqual(["Ủy ban nhân dân phường", "Phòng GD&ĐT"]);
    expect(t.say("Khối 3 thiếu 2 phòng; đã báo cáo 98 lần")).not.toMatch(/giống một dòng/);
    expect(t.state.answers.ghi_chu).toBe("Khối 3 thiếu 2 phòng; đã báo cáo 98 lần");
    // A name and a phone number: a text and a bare figure, but no kin of the table's «Khối …».
    t.say("/sua 4");
    t.say("Trần Thị Hoa; 0912345678");
    expect(t.state.answers.nguoi_lap).toBe("Trần Thị Hoa; 0912345678");
  });
});

describe("a row whose figure is in words, sent right after the table while the date is asked", () => {
  it("joins the table read as the table's own answer reads it, and the next row joins after it", () => {
    const t = createTranscript(template);
    t.say("/baocao");
    expect(t.say("Khối 1; 120\nKhối 2; 115")).toMatch(/^Câu 2\/6/);
    expect(t.say("Khối 8; một trăm tám mươi")).toMatch(/^Đã thêm 1 dòng trong bảng của câu 1 \(bảng nay có 3 dòng\)\..*\n---\nCâu 2\/6 — I\. A\nNgày kiểm tra\?/);
    expect(t.say("Khối 9; 170")).toMatch(/^Đã thêm 1 dòng trong bảng của câu 1 \(bảng nay có 4 dòng\)/);
    expect(t.state.answers.hs).toEqual({ rows: [...TWO_ROWS.rows, { khoi: "Khối 8", so: 180 }, { khoi: "Khối 9", so: 170 }] });
    expect(t.state.answers.ngay).toBeUndefined();
  });

  it("in words read no way («một trăm hai»: 120 or 102?), is refused as the table's row, not as a date, and the table keeps its rows", () => {
    const t = createTranscript(template);
    t.say("/baocao");
    t.say("Khối 1; 120\nKhối 2; 115");
    expect(t.say("Khối 8; một trăm hai")).toMatch(/^Các dòng gửi thêm cho bảng của câu 1 chưa được ghi nhận; bảng vẫn giữ 2 dòng đã có\.\n.*\n- Dòng 1, cột «Số HS»: «một trăm hai»/);
    expect(t.state.answers.hs).toEqual(TWO_ROWS);
  });
});
