/**
 * `npm run roster -- units.csv` (or .yaml): loads the units roster into the database named by
 * DATABASE_PATH (read from .env too, like the server). Every error is printed with its file line
 * and nothing is loaded unless all rows are good; a file that cannot be read is one line.
 */
import { readFileSync } from "node:fs";
import { typedFolder, typedPath } from "./typed-path.ts";
import { extname, isAbsolute } from "node:path";
import { createConfig } from "../config.ts";
import { openDatabase } from "../db/open-database.ts";
import { createRepositories } from "../db/repositories.ts";
import { loadDotEnv } from "../load-dot-env.ts";
import { parseRoster } from "../officers/roster.ts";
import { rosterText } from "../officers/roster-file.ts";
import { vi } from "../sentences/vi.ts";
import { keepFilesPrivate } from "../own-files.ts";

keepFilesPrivate();
const typed = process.argv[2];
const file = typed && typedPath(typed);
if (!file) {
  console.error("Cách dùng: npm run roster -- <tệp .csv hoặc .yaml>");
  process.exit(2);
}
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === "ENOENT" ? `Không tìm thấy tệp ${file}${isAbsolute(file) ? "" : ` trong thư mục ${typedFolder()}`}.` : code === "EISDIR" ? `${file} là thư mục, không phải tệp.` : `Không đọc được tệp ${file}: ${(error as Error).message}`);
  process.exit(1);
}
const read = rosterText(bytes);
if (!read.ok) {
  console.error(read.error);
  process.exit(1);
}
try {
  loadDotEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const config = createConfig(process.env);
if (!config.ok) {
  console.error(config.errors.join("\n"));
  process.exit(2);
}
// With no token set here (the bot's may be in its service's settings), the default database is the
// demo's: a roster loaded there silently never reached the bot.
if (config.config.isDemo && !process.env.DATABASE_PATH && !process.env.DATABASE_URL) {
  console.error(vi.roster.demoDatabase(config.config.databasePath));
  process.exit(2);
}
const database = await openDatabase(config.config);
const repos = createRepositories(database);
const format = [".yaml", ".yml"].includes(extname(file).toLowerCase()) ? "yaml" : "csv";
const result = parseRoster(read.text, format, await repos.officers.allUnitCodes());
if (!result.ok) {
  console.error(`Không nạp danh sách đơn vị (chưa có gì thay đổi):\n  ${result.errors.join("\n  ")}`);
  await database.close();
  process.exit(1);
}
await repos.transaction(() => repos.officers.upsertUnits(result.units));
console.log(`Đã nạp ${result.units.length} đơn vị vào ${database.location}.`);
await database.close();
