/**
 * Tables in a consolidated report: the units' tables summed row by row (rows with the same text,
 * ignoring case, spacing and diacritics, merged), through consolidateAnswers and the generic
 * counterpart of a template with a table, and printed as a table in the consolidated content.
 */
import { describe, expect, it } from "vitest";
import { consolidateAnswers, type UnitAnswers } from "../../src/consolidation/consolidate-answers.ts";
import { genericConsolidatedTemplate } from "../../src/consolidation/generic-template.ts";
import { buildReportContent } from "../../src/documents/report-content.ts";
import { fieldById } from "../../src/templates/template-fields.ts";
import { LIEN_CHAU_CONTEXT } from "../helpers/sample-reports.ts";
import { ACTIVITY_COLUMNS, tableTemplate } from "../helpers/table-template.ts";

const unitTemplate = tableTemplate();
const units: UnitAnswers[] = [
  {
    unitName: "Trường A",
    answers: {
      activities: {
        rows: [
          { name: "Hội sách", sessions: 2, participants: 1250, hours: 3.5, satisfied: 95.5, held_on: "2026-10-02" },
          { name: "Thi kể chuyện", sessions: 1, participants: 80, hours: 0.25, satisfied: 90, held_on: "2026-10-05" },
        ],
      },
    },
  },
  {
    unitName: "Trường B",
    answers: {
      activities: {
        rows: [
          { name: "hội  SÁCH", sessions: 3, participants: 400, hours: 2, satisfied: 80, held_on: "2026-10-02" },
          { name: "Thi kể chuyện", sessions: 2, participants: 20, hours: 0.3, satisfied: 90, held_on: "2026-10-06" },
          { name: "Sân chơi trực tuyến", sessions: 1, participants: 300, hours: 1, satisfied: 85, held_on: "2026-10-07" },
        ],
      },
    },
  },
  { unitName: "Trường C", answers: { activities: null } },
];

describe("a consolidated table", () => {
  const ward = genericConsolidatedTemplate(unitTemplate);

  it("is a table summed from the units' tables in the generic counterpart, with the same columns and totals", () => {
    expect(fieldById(ward, "activities")).toMatchObject({ type: "table", columns: ACTIVITY_COLUMNS, totals: true, from: { field: "activities", as: "sum" } });
  });

  it("heads the table in the ward's document with the question's words, not the clerks' typing hint '(mỗi dòng: …)'", () => {
    for (const prompt of ["Số học sinh tham gia theo khối (mỗi dòng: khối; số học sinh)?", "Số học sinh tham gia theo khối (mỗi dòng một khối):"]) {
      const hinted = genericConsolidatedTemplate(tableTemplate("hoat-dong", { prompt }));
      expect(fieldById(hinted, "activities")).toMatchObject({ documentText: "Số học sinh tham gia theo khối:" });
    }
  });

  it("merges rows whose text is the same ignoring case, spacing and diacritics, sums their figures, and appends the others", () => {
    const { activities } = consolidateAnswers(ward, unitTemplate, units);
    expect(activities).toEqual({
      rows: [
        // Shares differ, so the merged row has none; the date agrees, so it stays.
        { name: "Hội sách", sessions: 5, participants: 1650, hours: 5.5, held_on: "2026-10-02" },
        // 0,25 + 0,3 is 0,55, not 0.5499999…; the dates differ and are left out, the shares agree.
        { name: "Thi kể chuyện", sessions: 3, participants: 100, hours: 0.55, satisfied: 90 },
        { name: "Sân chơi trực tuyến", sessions: 1, participants: 300, hours: 1, satisfied: 85, held_on: "2026-10-07" },
      ],
    });
  });

  it("is left unanswered when no unit gave a table", () => {
    expect(consolidateAnswers(ward, unitTemplate, [units[2]!])).not.toHaveProperty("activities");
  });

  it("prints as a table whose empty cells stay empty and whose totals add up the merged rows", () => {
    const answers = consolidateAnswers(ward, unitTemplate, units);
    const block = buildReportContent(ward, answers, LIEN_CHAU_CONTEXT).body.find((b) => b.kind === "table");
    if (block?.kind !== "table") throw new Error("no table");
    expect(block.grid.rows[0]).toEqual(["Hội sách", "5", "1.650", "5,5", "", "02/10/2026"]);
    expect(block.grid.totals).toEqual(["Tổng cộng", "9", "2.050", "7,05", "", ""]);
  });

  it("never adds up a column marked sum: false: merged rows keep it only when they agree, and the totals row leaves it empty", () => {
    const columns = ACTIVITY_COLUMNS.map((column) => (column.id === "hours" ? { ...column, sum: false } : column));
    const [unitNoSum, wardNoSum] = [tableTemplate("hoat-dong", { columns }), tableTemplate("tong", { columns, from: { field: "activities", as: "sum" } })];
    const answers = consolidateAnswers(wardNoSum, unitNoSum, units);
    const rows = (answers.activities as { rows: Record<string, unknown>[] }).rows;
    expect(rows.map((row) => [row.name, row.sessions, row.hours])).toEqual([
      ["Hội sách", 5, undefined],
      ["Thi kể chuyện", 3, undefined],
      ["Sân chơi trực tuyến", 1, 1],
    ]);
    const block = buildReportContent(wardNoSum, answers, LIEN_CHAU_CONTEXT).body.find((b) => b.kind === "table");
    if (block?.kind !== "table") throw new Error("no table");
    expect(block.grid.totals).toEqual(["Tổng cộng", "9", "2.050", "", "", ""]);
  });

  it("sums a table without text columns into one row, keeps only the columns the target has, and leaves a column no unit has empty", () => {
    const target = tableTemplate("tong", { columns: [{ id: "sessions", title: "Số buổi", type: "integer" }, { id: "extra", title: "Khác", type: "decimal" }], from: { field: "activities", as: "sum" } });
    expect(consolidateAnswers(target, unitTemplate, units).activities).toEqual({ rows: [{ sessions: 9 }] });
  });
});
