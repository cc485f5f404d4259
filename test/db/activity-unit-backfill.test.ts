/**
 * The activity log's unit_id (migration 0015 on SQLite, 0012 on PostgreSQL): rows written before it
 * get their unit by its name as it is then, when exactly one unit has that name. Run here on rows
 * written without it, on both databases.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { useTestApps } from "../helpers/build-test-app.ts";

const apps = useTestApps();

it("gives the returns and unit reminders logged before unit_id their unit, by its name, and none when two units share it", async () => {
  const app = await apps.start();
  const { database, repos } = app;
  const file = database.dialect === "postgres" ? "postgres/0012_activity_unit.sql" : "sqlite/0015_activity_unit.sql";
  const backfill = readFileSync(join("migrations", file), "utf8").split("--> statement-breakpoint")[1]!;
  await repos.directory.insertUnit({ code: "TH-A", name: "Trường A" });
  await repos.directory.insertUnit({ code: "TH-B1", name: "Trường B" });
  await repos.directory.insertUnit({ code: "TH-B2", name: "Trường B" });
  const log = async (action: string, detail: string) => repos.activity.record(1, { id: "", name: "Kha", source: "chat" }, action, detail, 1);
  await log("returned", "Trường A: Bổ sung số sách");
  await log("reminded-unit", "Trường A");
  await log("returned", "Trường B: Sửa câu 2");
  await log("reminded", "3");
  await database.run(sql.raw(backfill));
  const units = Object.fromEntries((await repos.directory.listUnits()).map((u) => [u.code, u.id]));
  const rows = (await repos.activity.list(1)).filter((r) => r.actorName === "Kha").map((r) => [r.action, r.unitId]);
  expect(rows).toEqual([
    ["returned", units["TH-A"]],
    ["reminded-unit", units["TH-A"]],
    ["returned", null],
    ["reminded", null],
  ]);
});
