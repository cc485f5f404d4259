/**
 * `npm run build` (and the first step of `npm start`): the sources compiled into dist/, with the
 * files that are not TypeScript (templates, the web page's files, the workers) copied beside them.
 * Plain JavaScript, so that it runs before anything is built.
 *
 * - Nothing is written when dist/ was built from these very sources (the fingerprint of src/, the
 *   tsconfig files and the compiler's version is stored with it) and holds all it was built with.
 *   A restart then costs no build, and an install whose sources do not change runs from a folder
 *   nobody writes to.
 * - Otherwise it builds afresh into a folder of its own and then takes the place of dist/ with two
 *   renames: no file of a source since removed stays behind (a built-in template would still be
 *   offered), and an instance already running from dist/ never finds it half written.
 * - Emit only (`noCheck`): types are checked by `npm test`; starting the bot needs neither the
 *   checker's memory (about 600 MB) nor the type packages.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = join(root, "dist");
const STAMP = ".sources-fingerprint";

/** Every file under `folder`, as paths relative to it, in a stable order. */
function filesUnder(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

function fingerprint(compiler) {
  const hash = createHash("sha256").update(`typescript ${compiler.version}\n`);
  for (const file of ["tsconfig.json", "tsconfig.build.json"]) hash.update(`${file}\n`).update(readFileSync(join(root, file)));
  for (const file of filesUnder(join(root, "src"))) hash.update(`src/${file}\n`).update(readFileSync(join(root, "src", file)));
  return hash.digest("hex");
}

const require = createRequire(import.meta.url);
const compiler = require("typescript/package.json");
const wanted = fingerprint(compiler);
const built = existsSync(join(dist, STAMP)) ? readFileSync(join(dist, STAMP), "utf8") : undefined;
/** Every output there, in case one was deleted by hand: the fingerprint alone would not see it. */
const complete = () => filesUnder(join(root, "src")).every((file) => existsSync(join(dist, file.replace(/\.ts$/, ".js"))));
if (built !== wanted || !complete()) {
  const fresh = join(root, `dist.building-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  try {
    const tsc = join(require.resolve("typescript/package.json"), "..", "bin", "tsc");
    execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", fresh], { cwd: root, stdio: "inherit" });
    cpSync(join(root, "src"), fresh, { recursive: true, filter: (path) => !path.endsWith(".ts") });
    writeFileSync(join(fresh, STAMP), wanted);
    swapInto(dist, fresh);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

/** Puts `fresh` in the place of `target`; another start swapping its own build in meanwhile is retried past. */
function swapInto(target, fresh) {
  const old = `${target}.old-${process.pid}`;
  for (let attempt = 1; ; attempt++) {
    rmSync(old, { recursive: true, force: true });
    try {
      renameSync(target, old);
    } catch (error) {
      // No dist/ yet, or another start has just moved it away: this build goes in its place all the same.
      if (error.code !== "ENOENT") throw error;
    }
    try {
      renameSync(fresh, target);
      break;
    } catch (error) {
      if (attempt >= 5 || (error.code !== "ENOTEMPTY" && error.code !== "EEXIST")) throw error;
    }
  }
  rmSync(old, { recursive: true, force: true });
}
