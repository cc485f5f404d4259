/**
 * `npm run build` (src/cli/build-dist.mjs), the first step of `npm start`, on a copy of the project
 * in a temporary folder (its node_modules linked): what it builds, when it writes nothing, and that
 * a source removed since the last build leaves nothing behind in dist/.
 */
import { execFile, execFileSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
let project: string;
const build = () => execFileSync(process.execPath, [join(project, "src", "cli", "build-dist.mjs")], { cwd: project, stdio: "pipe" });
const dist = (...path: string[]) => join(project, "dist", ...path);

beforeAll(() => {
  // A folder name with a space and Vietnamese letters: a path taken from a URL without decoding breaks there.
  project = mkdtempSync(join(tmpdir(), "bản dựng "));
  cpSync(join(ROOT, "src"), join(project, "src"), { recursive: true });
  for (const file of ["package.json", "tsconfig.json", "tsconfig.build.json"]) cpSync(join(ROOT, file), join(project, file));
  symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"));
  build();
}, 120_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("npm run build", () => {
  it("compiles every source with its imports rewritten to .js, and copies the files that are not TypeScript", () => {
    const main = readFileSync(dist("main.js"), "utf8");
    expect(main).toContain('from "./create-application.js"');
    expect(main).not.toMatch(/from "\.\/[\w-]+\.ts"/);
    // Dynamic imports too: the Zalo channels are loaded only when configured.
    expect(readFileSync(dist("create-channels.js"), "utf8")).toContain('import("./create-zalo-channels.js")');
    for (const file of ["templates/built-in/tuan-le-hoc-tap-suot-doi.json", "web/static/web.css", "documents/render-worker.mjs", "db/sqlite/wal-checkpoint-worker.mjs"]) {
      expect(readFileSync(dist(file))).toEqual(readFileSync(join(project, "src", file)));
    }
    expect(readdirSync(join(project, "src"), { recursive: true }).filter((f) => String(f).endsWith(".ts") && !existsSync(dist(String(f).replace(/\.ts$/, ".js"))))).toEqual([]);
    expect(readdirSync(dist(), { recursive: true }).filter((f) => String(f).endsWith(".ts"))).toEqual([]);
  });

  it("writes nothing when dist/ was built from the same sources", () => {
    const before = statSync(dist("main.js")).mtimeMs;
    build();
    expect(statSync(dist("main.js")).mtimeMs).toBe(before);
  });

  it("builds again when a source's content changes, its name the same", () => {
    appendFileSync(join(project, "src", "main.ts"), "\n// changed: marker-7f3a\n");
    build();
    expect(readFileSync(dist("main.js"), "utf8")).toContain("marker-7f3a");
  }, 60_000);

  it("counts a declaration file (no output of its own) as built, and removes a killed build's folder", () => {
    writeFileSync(join(project, "src", "ambient.d.ts"), "declare const ambientForTheTest: number;\n");
    const killed = join(project, "dist.building-killed");
    mkdirSync(killed);
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(killed, twoHoursAgo, twoHoursAgo);
    build();
    expect(existsSync(killed)).toBe(false);
    const before = statSync(dist("main.js")).mtimeMs;
    build();
    expect(statSync(dist("main.js")).mtimeMs).toBe(before);
    rmSync(join(project, "src", "ambient.d.ts"));
  }, 60_000);

  it("builds again when an output was deleted, though the sources are the same", () => {
    rmSync(dist("documents", "render-jobs.js"));
    build();
    expect(existsSync(dist("documents", "render-jobs.js"))).toBe(true);
  }, 60_000);

  it("builds again after a change, and a source removed since leaves nothing behind", () => {
    const extra = join(project, "src", "templates", "built-in", "zz-removed-later.json");
    writeFileSync(extra, "{}");
    build();
    expect(existsSync(dist("templates", "built-in", "zz-removed-later.json"))).toBe(true);
    rmSync(extra);
    build();
    expect(existsSync(dist("templates", "built-in", "zz-removed-later.json"))).toBe(false);
    // No folder of a build is left beside dist/.
    expect(readdirSync(project).filter((name) => name.startsWith("dist"))).toEqual(["dist"]);
  }, 60_000);

  it("lets two starts build at once: both succeed, and dist/ is whole with no build folder left", async () => {
    writeFileSync(join(project, "src", "templates", "built-in", "zz-both.json"), "{}");
    const script = join(project, "src", "cli", "build-dist.mjs");
    await Promise.all([1, 2].map(() => promisify(execFile)(process.execPath, [script], { cwd: project })));
    expect(existsSync(dist("templates", "built-in", "zz-both.json"))).toBe(true);
    expect(existsSync(dist("main.js"))).toBe(true);
    expect(readdirSync(project).filter((name) => name.startsWith("dist"))).toEqual(["dist"]);
    rmSync(join(project, "src", "templates", "built-in", "zz-both.json"));
  }, 60_000);
});
