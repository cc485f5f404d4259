/** The units roster: parsed from CSV or YAML, validated whole, loaded all or nothing by the CLI. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRoster } from "../../src/officers/roster.ts";
import { createTestDb } from "../helpers/create-test-db.ts";
import { TEST_DIALECT, testDatabaseSettings } from "../helpers/test-database.ts";

const CSV = [
  "code,name,type,parent,parent_body,place",
  "UBND-NAM-TRIEU,UBND phường Nam Triệu,ward,,UBND thành phố Hải Phòng,Nam Triệu",
  'TH-LIEN-CHAU,"Trường Tiểu học Liên Châu, cơ sở 1",school,UBND-NAM-TRIEU,,Nam Triệu',
  "MN-HOA-SEN,Trường Mầm non Hoa Sen,school,ubnd-nam-trieu,,Nam Triệu",
].join("\n");

describe("parsing a roster", () => {
  it("reads CSV with quoted commas, and YAML", () => {
    const csv = parseRoster(CSV, "csv");
    expect(csv).toMatchObject({ ok: true, units: [{ code: "UBND-NAM-TRIEU", parentBody: "UBND thành phố Hải Phòng" }, { name: "Trường Tiểu học Liên Châu, cơ sở 1", parent: "UBND-NAM-TRIEU" }, { parent: "UBND-NAM-TRIEU" }] });
    const yaml = parseRoster("units:\n  - code: TH-A\n    name: Trường A\n  - code: TH-B\n    name: Trường B\n    parent: TH-A\n", "yaml");
    expect(yaml).toMatchObject({ ok: true, units: [{ code: "TH-A", type: "school" }, { code: "TH-B", parent: "TH-A" }] });
  });

  it("reports duplicate codes, empty names and unknown parents with their rows", () => {
    const bad = parseRoster(["code,name,parent", "TH-A,Trường A,", "TH-A,Trường A2,", "TH-C,,", "TH-D,Trường D,KHONG-CO"].join("\n"), "csv");
    expect(bad).toEqual({
      ok: false,
      errors: ["Dòng 3: mã TH-A trùng với dòng 2", "Dòng 4: tên đơn vị (name) trống", "Dòng 5: đơn vị cấp trên KHONG-CO không có trong danh sách"],
    });
    expect(parseRoster("code,name,parent\nTH-E,Trường E,TH-OLD", "csv", new Set(["TH-OLD"])).ok).toBe(true);
    expect(parseRoster("units: 5", "yaml")).toMatchObject({ ok: false });
  });

  it("names the file's line of each error, past blank lines and quoted line breaks", () => {
    const csv = ["code,name,parent", "", "TH-A,\"Trường A", "cơ sở 2\",", "", "TH-B,,"].join("\r\n");
    expect(parseRoster(csv, "csv")).toEqual({ ok: false, errors: ["Dòng 6: tên đơn vị (name) trống"] });
    const yaml = ["units:", "  - code: TH-A", "    name: Trường A", "", "  # a comment", "  - code: TH-B", "    parent: KHONG-CO"].join("\n");
    expect(parseRoster(yaml, "yaml")).toEqual({ ok: false, errors: ["Dòng 6: tên đơn vị (name) trống; đơn vị cấp trên KHONG-CO không có trong danh sách"] });
  });

  it("says a YAML file's first syntax error in words, with its line: a Tab (three English parser messages before)", () => {
    expect(parseRoster("units:\n  - code: TH-A\n\tplace: Nam Triệu\n    name: Trường A\n", "yaml")).toEqual({ ok: false, errors: ["Không đọc được tệp, dòng 3: thụt lề bằng phím Tab (YAML chỉ nhận dấu cách)"] });
  });

  it("shows every error of a row, not only the first", () => {
    const csv = ["code,name,parent", "TH-A,Trường A,", "th-a,,KHONG-CO", "TH C,Trường C,TH-C,thừa"].join("\n");
    expect(parseRoster(csv, "csv")).toEqual({
      ok: false,
      errors: [
        "Dòng 3: tên đơn vị (name) trống; mã TH-A trùng với dòng 2; đơn vị cấp trên KHONG-CO không có trong danh sách",
        "Dòng 4: có 4 ô nhưng tiêu đề chỉ có 3 cột (ô có dấu phẩy cần đặt trong ngoặc kép); mã đơn vị chỉ gồm chữ không dấu, số, - và _; đơn vị cấp trên TH-C không có trong danh sách",
      ],
    });
  });

  it("reads the separator Excel writes: ';' (Vietnamese settings) or a tab, quoted separators kept", () => {
    for (const separator of [";", "\t"]) {
      const csv = CSV.split("\n").map((line) => line.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, separator)).join("\n");
      expect(parseRoster(csv, "csv"), JSON.stringify(separator)).toMatchObject({ ok: true, units: [{ code: "UBND-NAM-TRIEU" }, { name: "Trường Tiểu học Liên Châu, cơ sở 1" }, { code: "MN-HOA-SEN" }] });
    }
  });

  it("refuses a header without the code or name column in one line", () => {
    expect(parseRoster("ma,ten\nTH-A,Trường A", "csv")).toEqual({ ok: false, errors: ["Dòng 1: thiếu cột code, name ở dòng tiêu đề"] });
  });
});

describe("the roster command", () => {
  const run = async (file: string, databasePath: string) => {
    // The same database createTestDb(databasePath) opens (on PostgreSQL, the one that path names).
    const { databaseUrl } = await testDatabaseSettings(databasePath);
    const env = { ...process.env, DATABASE_PATH: databasePath, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    try {
      return { code: 0, out: execFileSync("npx", ["tsx", "src/cli/load-roster.ts", file], { env, encoding: "utf8", stdio: "pipe" }) };
    } catch (error) {
      const e = error as { status: number; stderr: string };
      return { code: e.status, out: e.stderr };
    }
  };

  it("loads nothing from a file with an error, and everything from a good one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-"));
    const databasePath = join(dir, "bot.sqlite");
    writeFileSync(join(dir, "bad.csv"), `${CSV}\nTH-X,,school,,,`);
    const bad = await run(join(dir, "bad.csv"), databasePath);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/Không nạp danh sách đơn vị \(chưa có gì thay đổi\):\n {2}Dòng 5: tên đơn vị \(name\) trống/);
    const before = await createTestDb(databasePath);
    try {
      expect(await before.repos.directory.countUnits()).toBe(0);
    } finally {
      await before.close();
    }

    writeFileSync(join(dir, "good.csv"), CSV);
    expect(await run(join(dir, "good.csv"), databasePath)).toMatchObject({ code: 0, out: expect.stringMatching(/Đã nạp 3 đơn vị/) });
    // The database the tool made is the bot's own, as the server's is (it was 0644: every account read it).
    if (TEST_DIALECT === "sqlite") expect(statSync(databasePath).mode & 0o777).toBe(0o600);
    const { repos, close } = await createTestDb(databasePath);
    try {
      expect(await repos.officers.unitByCode("TH-LIEN-CHAU")).toMatchObject({ parentName: "UBND PHƯỜNG NAM TRIỆU", placeName: "Nam Triệu", parentUnitId: 1 });
      expect(await repos.officers.unitByCode("UBND-NAM-TRIEU")).toMatchObject({ parentName: "UBND THÀNH PHỐ HẢI PHÒNG" });
    } finally {
      await close();
    }
    // Loaded again with Hoa Sen's parent left empty: it has none, neither its id nor its name.
    writeFileSync(join(dir, "again.csv"), CSV.replace("MN-HOA-SEN,Trường Mầm non Hoa Sen,school,ubnd-nam-trieu,", "MN-HOA-SEN,Trường Mầm non Hoa Sen,school,,"));
    expect(await run(join(dir, "again.csv"), databasePath)).toMatchObject({ code: 0 });
    const after = await createTestDb(databasePath);
    try {
      expect(await after.repos.officers.unitByCode("MN-HOA-SEN")).toMatchObject({ parentUnitId: null, parentName: null });
      expect(await after.repos.officers.unitByCode("TH-LIEN-CHAU")).toMatchObject({ parentUnitId: 1 });
    } finally {
      await after.close();
    }
  }, 60_000);

  it("refuses an Excel file and a CSV not in UTF-8, saying how to save it, and loads Excel's Unicode Text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-"));
    const databasePath = join(dir, "bot.sqlite");
    writeFileSync(join(dir, "units.xlsx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect(await run(join(dir, "units.xlsx"), databasePath)).toEqual({ code: 1, out: expect.stringMatching(/^Đây là tệp Excel \(\.xlsx\), không phải CSV\. Trong Excel chọn Lưu Như \(Save As\) → CSV UTF-8/) });
    // "Trường" in Windows-1258: "Tr" then 0xF0 0xFD (ư, ờ) and "ng".
    writeFileSync(join(dir, "ansi.csv"), Buffer.concat([Buffer.from("code,name\nTH-A,Tr"), Buffer.from([0xf0, 0xec]), Buffer.from("ng A\n")]));
    expect(await run(join(dir, "ansi.csv"), databasePath)).toEqual({ code: 1, out: expect.stringMatching(/^Tệp không được lưu bằng mã UTF-8/) });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("code\tname\r\nTH-A\tTrường A\r\n", "utf16le")]);
    writeFileSync(join(dir, "unicode.txt"), utf16);
    expect(await run(join(dir, "unicode.txt"), databasePath)).toMatchObject({ code: 0, out: expect.stringMatching(/Đã nạp 1 đơn vị/) });
    const { repos, close } = await createTestDb(databasePath);
    try {
      expect(await repos.officers.unitByCode("TH-A")).toMatchObject({ name: "Trường A" });
    } finally {
      await close();
    }
  }, 60_000);

  it("refuses the demo's database when no platform token and no database is set here", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-"));
    writeFileSync(join(dir, "good.csv"), CSV);
    let out = "";
    try {
      execFileSync(join(process.cwd(), "node_modules/.bin/tsx"), [join(process.cwd(), "src/cli/load-roster.ts"), join(dir, "good.csv")], { cwd: dir, env: { PATH: process.env.PATH ?? "" }, encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      out = (error as { stderr: string }).stderr;
    }
    expect(out).toMatch(/^Chưa đặt token nền tảng nào \(TELEGRAM_BOT_TOKEN, ZALO_OA_ACCESS_TOKEN, ZALO_BOT_TOKEN\) ở đây nên cơ sở dữ liệu mặc định là của bản demo \(\.\/data\/demo\.sqlite\)/);
    expect(existsSync(join(dir, "data"))).toBe(false);
  }, 60_000);

  it("answers a missing file with one line and exit code 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-"));
    const missing = await run(join(dir, "khong-co.csv"), join(dir, "bot.sqlite"));
    expect(missing).toEqual({ code: 1, out: `Không tìm thấy tệp ${join(dir, "khong-co.csv")}.\n` });
    // A relative name is looked for where npm was typed (INIT_CWD), and the message says where.
    const typedElsewhere = (() => {
      try {
        // Not through npx, which sets INIT_CWD itself.
        return execFileSync(join(process.cwd(), "node_modules/.bin/tsx"), ["src/cli/load-roster.ts", "khong-co.csv"], { env: { ...process.env, INIT_CWD: dir }, encoding: "utf8", stdio: "pipe" });
      } catch (error) {
        return (error as { stderr: string }).stderr;
      }
    })();
    expect(typedElsewhere).toBe(`Không tìm thấy tệp khong-co.csv trong thư mục ${dir}.\n`);
  }, 60_000);
});
