/**
 * `npm run build` (and the first step of `npm start`): the sources compiled into dist/, with the
 * files that are not TypeScript (templates, the web page's files, the workers) copied beside them.
 * Plain JavaScript, so that it runs before anything is built.
 *
 * - Nothing is written when dist/ was built from these very sources (the fingerprint of src/, the
 *   tsconfig files, the package's module type and the compiler's version is stored with it) and
 *   holds all it was built with. A restart then costs no build, and an install whose sources do not
 *   change runs from a folder nobody writes to.
 * - Otherwise it builds afresh into a folder of its own and then takes the place of dist/ with two
 *   renames: no file of a source since removed stays behind (a built-in template would still be
 *   offered), and a process reading dist/ never finds it half written. (An instance left running
 *   would load its modules not loaded yet from the new build: an upgrade stops every instance
 *   first, README.)
 * - Emit only (`noCheck`): types are checked by `npm test`; starting the bot needs neither the
 *   checker's memory (about 600 MB) nor the type packages.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = join(root, "dist");
const STAMP = ".sources-fingerprint";
/** A build folder this old is a killed build's (a build takes seconds): removed by the next one. */
const ABANDONED_MS = 60 * 60_000;

/** Every file under `folder` (a link to a file counts as the file), as paths relative to it, in a stable order. */
function filesUnder(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(folder, path))
    .sort();
}

/** What tsc writes for a source file (declarations: nothing), or the file itself when it is copied. */
function outputOf(file) {
  if (/\.d\.[mc]?ts$/.test(file)) return undefined;
  return file.replace(/\.ts$/, ".js").replace(/\.mts$/, ".mjs").replace(/\.cts$/, ".cjs");
}

function fingerprint(compiler, sources) {
  const hash = createHash("sha256");
  const add = (name, bytes) => hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  add("typescript", Buffer.from(compiler.version));
  add("module type", Buffer.from(String(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).type)));
  for (const file of ["tsconfig.json", "tsconfig.build.json"]) add(file, readFileSync(join(root, file)));
  for (const file of sources) add(`src/${file}`, readFileSync(join(root, "src", file)));
  return hash.digest("hex");
}

/** Build folders of builds that were killed (no `finally` ran): they would otherwise stay for good. */
function removeAbandoned() {
  for (const name of readdirSync(root)) {
    if (!/^dist\.(building|old)-/.test(name)) continue;
    const path = join(root, name);
    if (Date.now() - statSync(path).mtimeMs > ABANDONED_MS) rmSync(path, { recursive: true, force: true });
  }
}

/** Puts `fresh` in the place of `target`; another start swapping its own build in meanwhile is retried past. */
function swapInto(target, fresh) {
  const old = mkdtempSync(`${target}.old-`);
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

const require = createRequire(import.meta.url);
const compiler = require("typescript/package.json");
// Listed once: the fingerprint and the check of the outputs both go through them.
const sources = filesUnder(join(root, "src"));
const wanted = fingerprint(compiler, sources);
const built = existsSync(join(dist, STAMP)) ? readFileSync(join(dist, STAMP), "utf8") : undefined;
/** Every output there, in case one was deleted by hand: the fingerprint alone would not see it. */
const complete = () => sources.every((file) => outputOf(file) === undefined || existsSync(join(dist, outputOf(file))));
if (built !== wanted || !complete()) {
  removeAbandoned();
  // Named by mkdtemp, not by the process id: containers sharing a folder reuse process ids.
  const fresh = mkdtempSync(join(root, "dist.building-"));
  try {
    const tsc = join(require.resolve("typescript/package.json"), "..", "bin", "tsc");
    execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", fresh], { cwd: root, stdio: "inherit" });
    cpSync(join(root, "src"), fresh, { recursive: true, dereference: true, filter: (path) => !/\.[mc]?ts$/.test(path) });
    writeFileSync(join(fresh, STAMP), wanted);
    swapInto(dist, fresh);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}
