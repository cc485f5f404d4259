/**
 * Whether an error means the database could not be used (unreachable, restarting, out of space,
 * busy), rather than a bug in our handling. Such an update was not stored: it must not be
 * acknowledged, so the platform delivers it again (processed_updates makes that safe).
 */
const SQLITE_UNAVAILABLE = /^SQLITE_(ABORT|BUSY|LOCKED|IOERR|FULL|READONLY|CANTOPEN|CORRUPT|NOMEM|PROTOCOL)/;
/** SQLSTATE classes: connection (08), resources (53), operator intervention (57), system (58), internal (XX). */
const POSTGRES_UNAVAILABLE = /^(08|53|57|58|XX)|^40001$|^40P01$/;
const NETWORK = /^E(CONNREFUSED|CONNRESET|PIPE|TIMEDOUT|HOSTUNREACH|NETUNREACH|NOTFOUND|AI_AGAIN)$/;
/** node-postgres says these in words only. */
const POOL_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Cannot use a pool after calling end|Client has encountered a connection error/;

/** An error and its causes: drivers' errors arrive wrapped (drizzle's DrizzleQueryError). */
export function* errorChain(error: unknown): Generator<object> {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) yield e;
}

export function isStorageFailure(error: unknown): boolean {
  for (const e of errorChain(error)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (SQLITE_UNAVAILABLE.test(code) || POSTGRES_UNAVAILABLE.test(code) || NETWORK.test(code))) return true;
    if (e instanceof Error && POOL_MESSAGES.test(e.message)) return true;
  }
  return false;
}
