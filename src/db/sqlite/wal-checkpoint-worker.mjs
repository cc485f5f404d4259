/**
 * The WAL checkpointer's thread (wal-checkpointer.ts): its own connection to the database file,
 * copying the WAL's frames into the file whenever asked. Plain JavaScript: it needs no TypeScript.
 */
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const db = new Database(workerData.path);
db.pragma("busy_timeout = 5000");

parentPort.on("message", () => {
  try {
    // PASSIVE: copies what no reader needs any more, waits for nobody, blocks no writer.
    const [result] = db.pragma("wal_checkpoint(PASSIVE)");
    parentPort.postMessage({ frames: result.log, copied: result.checkpointed });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
