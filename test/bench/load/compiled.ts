/**
 * The bench runs every server the way `npm start` runs the bot: compiled JavaScript on plain node,
 * not TypeScript through tsx (whose loader keeps a thread and every module's source in memory: on
 * the bot about 38 MB of its idle RSS). The bot is built by its own `npm run build` into dist/;
 * the baselines (one file each, libraries only) by tsc into test-output/, so that the memory
 * baseline and the bot are measured alike.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** What `npm start` runs once it has built. */
export const BOT_MAIN = join(ROOT, "dist", "main.js");
const BASELINES_OUT = join(ROOT, "test-output", "bench-baselines");
const BASELINES = ["ready-baseline.ts", "raw-baseline.ts", "grammy-baseline.ts"];

/** `npm run build`, as `npm start` does before it starts. */
export function buildBot(): void {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
}

/** Compiles the baseline servers; returns where each one's JavaScript is, by its .ts file name. */
export function compileBaselines(): (script: string) => string {
  const here = join(ROOT, "test", "bench", "load");
  const options = ["--noEmit", "false", "--noCheck", "--outDir", BASELINES_OUT, "--rootDir", here, "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext"];
  const more = ["--resolveJsonModule", "--esModuleInterop", "--skipLibCheck", "--types", "node", "--verbatimModuleSyntax"];
  execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), ...options, ...more, ...BASELINES.map((file) => join(here, file))], { cwd: ROOT, stdio: "inherit" });
  return (script) => {
    if (!BASELINES.includes(script)) throw new Error(`${script} is not a compiled baseline`);
    return join(BASELINES_OUT, script.replace(/\.ts$/, ".js"));
  };
}
