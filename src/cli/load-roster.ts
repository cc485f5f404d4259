/**
 * `npm run roster -- units.csv` (or .yaml): loads the units roster into the database named by
 * DATABASE_PATH. Every error is printed with its row and nothing is loaded unless all rows are good.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { createConfig } from "../config.ts";
import { createDb, runMigrations } from "../db/client.ts";
import { createRepositories } from "../db/repositories.ts";
import { parseRoster } from "../officers/roster.ts";

const file = process.argv[2];
if (!file) {
  console.error("Cách dùng: npm run roster -- <tệp .csv hoặc .yaml>");
  process.exit(2);
}
const config = createConfig(process.env);
if (!config.ok) {
  console.error(config.errors.join("\n"));
  process.exit(2);
}
const { db, close } = createDb(config.config.databasePath);
runMigrations(db);
const repos = createRepositories(db);
const format = [".yaml", ".yml"].includes(extname(file).toLowerCase()) ? "yaml" : "csv";
const result = parseRoster(readFileSync(file, "utf8"), format, repos.officers.allUnitCodes());
if (!result.ok) {
  console.error(`Không nạp danh sách đơn vị (chưa có gì thay đổi):\n  ${result.errors.join("\n  ")}`);
  close();
  process.exit(1);
}
repos.transaction(() => repos.officers.upsertUnits(result.units));
console.log(`Đã nạp ${result.units.length} đơn vị vào ${config.config.databasePath}.`);
close();
