/**
 * A file named on a command line, found where the operator typed it: npm runs a script in the
 * package's folder, so "npm --prefix /srv/bot run roster -- units.csv" typed in another folder looked
 * for units.csv in /srv/bot. npm says where the command was typed in INIT_CWD; a path found where
 * the script runs (a direct call, or typed in the package's folder) is taken first, since INIT_CWD
 * is also inherited by processes npm did not start (a script run from another npm script).
 */
import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";

export function typedPath(file: string): string {
  if (isAbsolute(file) || existsSync(file)) return file;
  const typedIn = process.env.INIT_CWD;
  const there = typedIn ? resolve(typedIn, file) : undefined;
  return there && existsSync(there) ? there : file;
}

/** The folder a relative path was looked for in, for a message saying it is not there. */
export function typedFolder(): string {
  return process.env.INIT_CWD ?? process.cwd();
}
