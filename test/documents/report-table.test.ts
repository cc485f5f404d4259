/**
 * A table answer in the .docx: typed in the chat with bad cells, then corrected, submitted, and the
 * document opened as a checker would: a bordered table the width of the text, Times New Roman 14,
 * a bold header row repeated across pages, figures right-aligned, the bold "Tổng cộng" row.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildReportContent } from "../../src/documents/report-content.ts";
import { renderReportDocx } from "../../src/documents/render-report.ts";
import { TEXT_WIDTH } from "../../src/documents/nd30-layout.ts";
import { paragraphXmls, readDocx, textOf } from "../helpers/docx-reader.ts";
import { createTranscript } from "../helpers/report-transcript.ts";
import { LIEN_CHAU_CONTEXT } from "../helpers/sample-reports.ts";
import { tableTemplate } from "../helpers/table-template.ts";

const template = tableTemplate();
let xml: string;
let table: string;
const rowsOf = (tableXml: string) => [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
const cellsOf = (rowXml: string) => [...rowXml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);

beforeAll(async () => {
  const t = createTranscript(template);
  t.say("/baocao");
  expect(t.say("Hội sách; vài; 1.250; 3,5; 95,5; 02/10/2026")).toMatch(/^Bảng chưa được ghi nhận vì có 1 lỗi:\n- Dòng 1, cột «Số buổi»: «vài» không phải là số\./);
  t.say("Hội sách; 2; 1.250; 3,5; 95,5; 02/10/2026\nThi kể chuyện | 1 | 80 | 2 | 90 | 05/10/2026");
  t.say("Không có.");
  t.say("Nguyễn Văn An");
  t.say("/nop");
  t.say("Có");
  const submitted = t.effects.find((e) => e.type === "submit");
  if (submitted?.type !== "submit") throw new Error("not submitted");
  const docx = readDocx(await renderReportDocx(buildReportContent(template, submitted.answers, LIEN_CHAU_CONTEXT)));
  xml = docx.documentXml;
  // The header table comes first, the signature table last: the answer's table is the second.
  table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)][1]?.[0] ?? "";
});

describe("a table answer in the document", () => {
  it("stands under its section heading, before the next answer, as a table of its own", () => {
    const texts = paragraphXmls(xml).map(textOf).filter((t) => t.trim() !== "");
    // The template's one part: not numbered "I." with no "II." after it.
    const heading = texts.indexOf("KẾT QUẢ");
    expect(texts.slice(heading, heading + 3)).toEqual(["KẾT QUẢ", "Tên hoạt động", "Số buổi"]);
    expect(texts).toContain("Không có.");
    expect(xml.indexOf("Tổng cộng")).toBeLessThan(xml.indexOf("Không có."));
    // Something stands between it and the signature table, so Word does not join them.
    expect(xml).not.toMatch(/<\/w:tbl>\s*<w:tbl>/);
  });

  it("is bordered all round and inside, as wide as the text, with DXA widths on the grid and every cell, shared by what the columns hold", () => {
    for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"]) expect(table).toMatch(new RegExp(`<w:${side} w:val="single" w:color="000000" w:sz="4"/>`));
    expect(table).toContain(`<w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/>`);
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(6);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    // Text gets the most room, a date less, a figure the least.
    expect(grid[0]).toBeGreaterThan(grid[5]!);
    expect(grid[5]).toBeGreaterThan(grid[1]!);
    expect(cellsOf(rowsOf(table)[1]!).map((cell) => /<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(cell)?.[1])).toEqual(grid.map(String));
  });

  it("has a bold, centred header row of the column titles, repeated on every page", () => {
    const header = rowsOf(table)[0]!;
    expect(header).toContain("<w:tblHeader/>");
    const cells = cellsOf(header);
    expect(cells.map((cell) => textOf(cell))).toEqual(["Tên hoạt động", "Số buổi", "Số người tham gia", "Số giờ", "Tỉ lệ hài lòng", "Ngày tổ chức"]);
    for (const cell of cells) {
      expect(cell).toContain("<w:b/>");
      expect(cell).toContain('<w:jc w:val="center"/>');
    }
  });

  it("prints the rows as the chat does, figures right-aligned and text left, in Times New Roman 14", () => {
    const row = cellsOf(rowsOf(table)[1]!);
    expect(row.map((cell) => textOf(cell))).toEqual(["Hội sách", "2", "1.250", "3,5", "95,5%", "02/10/2026"]);
    expect(row.map((cell) => /<w:jc w:val="(\w+)"\/>/.exec(cell)?.[1])).toEqual(["left", "right", "right", "right", "right", "left"]);
    for (const cell of row) {
      expect(cell).not.toContain("<w:b/>");
      expect(cell).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
      expect(cell).toContain('<w:sz w:val="28"/>');
    }
    expect(cellsOf(rowsOf(table)[2]!).map((cell) => textOf(cell))).toEqual(["Thi kể chuyện", "1", "80", "2", "90%", "05/10/2026"]);
  });

  it("ends with the bold totals row: whole numbers and decimals summed, percentages and dates left empty", () => {
    const rows = rowsOf(table);
    expect(rows).toHaveLength(4);
    const totals = cellsOf(rows[3]!);
    expect(totals.map((cell) => textOf(cell))).toEqual(["Tổng cộng", "3", "1.330", "5,5", "", ""]);
    for (const cell of totals.slice(0, 4)) expect(cell).toContain("<w:b/>");
    expect(totals[2]).toContain('<w:jc w:val="right"/>');
  });
});

describe("a table in the report's content", () => {
  it("is left out when empty, and led by its documentText without a placeholder", () => {
    const withText = tableTemplate("k", { documentText: "Các hoạt động đã tổ chức: {value}" });
    const value = { rows: [{ name: "Hội sách", sessions: 2, participants: 10, hours: 1, satisfied: 90, held_on: "2026-10-02" }] };
    const body = buildReportContent(withText, { activities: value }, LIEN_CHAU_CONTEXT).body;
    expect(body.map((b) => b.kind)).toEqual(["heading", "paragraph", "table"]);
    expect(body[1]).toEqual({ kind: "paragraph", text: "Các hoạt động đã tổ chức:" });
    expect(buildReportContent(withText, { activities: { rows: [] }, note: "x" }, LIEN_CHAU_CONTEXT).body.map((b) => b.kind)).toEqual(["heading", "paragraph"]);
  });

  it("has no totals row unless the template asks for one", () => {
    const plain = tableTemplate("k", { totals: false });
    const value = { rows: [{ name: "Hội sách", sessions: 2, participants: 10, hours: 1, satisfied: 90, held_on: "2026-10-02" }] };
    const block = buildReportContent(plain, { activities: value }, LIEN_CHAU_CONTEXT).body.find((b) => b.kind === "table");
    expect(block?.kind === "table" && block.grid.totals).toBeUndefined();
  });
});
