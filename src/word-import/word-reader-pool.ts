/**
 * Where a user's .docx is read: off the main thread (a 10-page file must not stall other chats),
 * and, since it is untrusted, in a worker of its own with its heap capped and its time bounded, so
 * a zip bomb ends that worker (the user hears "unreadable"), never the bot or its documents.
 */
import { createRenderPool, type RenderPoolOptions } from "../documents/render-pool.ts";
import type { WordReader } from "./read-inbound-word.ts";
import type { WordParagraph } from "./word-paragraph.ts";

/** A 10-page report reads in tens of milliseconds and well under 100 MB. */
const WORD_READER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 };
const WORD_READ_TIMEOUT_MS = 5_000;
/** Files waiting their turn: at 5 s each at worst, a clerk's file waits under a minute, then hears "send it again". */
const WORD_READS_QUEUED = 10;

export function createWordReaderPool(logger: RenderPoolOptions["logger"]) {
  const pool = createRenderPool({ logger, resourceLimits: WORD_READER_LIMITS, timeoutMs: WORD_READ_TIMEOUT_MS, maxQueued: WORD_READS_QUEUED, mainThreadFallback: false });
  const readWord: WordReader = async (bytes) => JSON.parse((await pool.render({ kind: "read-docx", bytes })).toString("utf8")) as WordParagraph[];
  return { readWord, close: () => pool.close() };
}
