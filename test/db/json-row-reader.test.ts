/**
 * jsonRowReader reads a row as PostgreSQL's to_json gives it (report_after_lock, migration 0010):
 * by column name, into the row the query builder gives; and refuses what it cannot read alike.
 */
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { expect, it } from "vitest";
import { submissions } from "../../src/db/schema.ts";
import { jsonRowReader } from "../../src/db/table-rows.ts";

const byName = {
  id: 7, campaign_id: 2, unit_id: 3, template_id: null, status: "returned", version: 1, submitted_by: "Nguyễn Thị Hoa",
  submitted_at: 1_790_000_000_000, is_late: true, return_comment: "Bổ sung số liệu", updated_at: 1_790_000_100_000, created_at: 1_789_000_000_000,
};

it("reads a submission by its column names into the row the query builder gives, as an object or as JSON text", () => {
  const read = jsonRowReader(submissions);
  const row = { id: 7, campaignId: 2, unitId: 3, templateId: null, status: "returned", version: 1, submittedBy: "Nguyễn Thị Hoa", submittedAt: 1_790_000_000_000, isLate: true, returnComment: "Bổ sung số liệu", updatedAt: 1_790_000_100_000, createdAt: 1_789_000_000_000 };
  expect(read(byName)).toEqual(row);
  expect(read(JSON.stringify(byName))).toEqual(row);
  expect(read(null)).toBeUndefined();
});

it("refuses a value that is no row rather than reading it as a row that is not there", () => {
  expect(() => jsonRowReader(submissions)(42)).toThrow(/must be an object/);
});

it("refuses a table with a column to_json gives otherwise than the driver (a date)", () => {
  const dated = sqliteTable("dated", { id: integer("id").primaryKey(), at: integer("at", { mode: "timestamp" }), name: text("name") });
  expect(() => jsonRowReader(dated)).toThrow(/column at is date/);
});
