/**
 * Reads `.env` from the working directory into process.env at start-up, as `.env.example` suggests;
 * used by main.ts and the roster command so both see the same DATABASE_PATH.
 */

/**
 * Loads the file if it exists. Node's loadEnvFile never overwrites a variable that is already set,
 * so the real environment wins over the file. Returns whether a file was read.
 */
export function loadDotEnv(path = ".env"): boolean {
  try {
    process.loadEnvFile(path);
    return true;
  } catch (error) {
    // No .env is the normal case; anything else (unreadable, a directory) must not pass silently.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}
