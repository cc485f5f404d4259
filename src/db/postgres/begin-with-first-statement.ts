/**
 * A transaction's BEGIN sent with its first statement: one round trip instead of two (issue #12).
 * With the database on another machine each round trip adds its latency to the transaction, which
 * holds its pooled connection and its locks meanwhile (through a proxy adding 1 ms each way, the
 * pool did 645 transactions a second instead of 543); on loopback it costs less than the noise.
 *
 * drizzle's transactions run `begin` on a pooled connection, then their statements, then `commit`.
 * On a connection set up here, `begin` is held back (answered at once) and written just ahead of
 * the transaction's first statement, in the extended protocol and before that statement's Sync:
 * the server runs both and answers once. A transaction that runs no statement sends nothing, not
 * even its `commit` or `rollback`.
 *
 * The BEGIN rides only on a statement node-postgres sends in the extended protocol anyway (it has
 * values, or a name), and on a named one only once that name is prepared on the connection:
 * node-postgres records a name as prepared at the first ParseComplete it reads, which would be the
 * BEGIN's. Any other first statement (a migration's SQL, maybe several commands) gets its BEGIN
 * queued alone just before it, as drizzle would. Each connection's `query` is its own from then on:
 * a later patch of `pg.Client.prototype.query` does not reach it.
 */
import pg from "pg";

/** What node-postgres's Query writes to and reads from (not in its types). */
interface Wire {
  parsedStatements: Record<string, string>;
  parse(query: { text: string }): void;
  bind(config: object): void;
  execute(config: object): void;
}
type Callback = (error: Error | null, result?: pg.QueryResult) => void;
const WireQuery = pg.Query as unknown as new (config: unknown, values: unknown, callback: Callback) => pg.Query & {
  prepare(connection: Wire): void;
  handleCommandComplete(message: unknown, connection: Wire): void;
};

/** A statement whose prepare() writes BEGIN first; BEGIN's completion is not this statement's result. */
class AfterBegin extends WireQuery {
  private begun = false;

  // Called by submit() inside its cork(): BEGIN goes out in the same write as the statement.
  override prepare(connection: Wire): void {
    connection.parse({ text: "BEGIN" });
    connection.bind({});
    connection.execute({});
    super.prepare(connection);
  }

  override handleCommandComplete(message: unknown, connection: Wire): void {
    if (!this.begun) {
      this.begun = true;
      return;
    }
    super.handleCommandComplete(message, connection);
  }
}

/** The answer to what was not sent (a fresh one each time: its caller may keep it). */
const nothingSent = (): Promise<pg.QueryResult> => Promise.resolve({ command: "", rowCount: null, oid: 0, rows: [], fields: [] });

/** Sets up a pooled connection (the pool's "connect" event) so that its transactions' BEGIN is sent as above. */
export function sendBeginWithFirstStatement(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (config: unknown, values?: unknown, callback?: unknown) => Promise<pg.QueryResult>;
  const wire = (client as unknown as { connection: Wire }).connection;
  /** A transaction's `begin`, answered but not sent yet. */
  let held = false;
  client.query = ((config: unknown, values?: unknown, callback?: unknown) => {
    const text = typeof config === "string" ? config : (config as { text?: unknown } | null)?.text;
    // drizzle's: `begin` with no values (an empty list), and no callback.
    if (text === "begin" && isEmpty(values ?? (config as { values?: unknown }).values) && callback === undefined) {
      held = true;
      return nothingSent();
    }
    if (!held) return query(config, values, callback);
    held = false;
    if (text === "commit" || text === "rollback") return nothingSent();
    if (callback !== undefined || typeof values === "function" || !carriesBegin(wire, config, values)) {
      // Both queued now, in this order: a statement issued after this one must not pass it.
      const begun = query("begin");
      const result: unknown = query(config, values, callback);
      // A callback or a submittable (a cursor): what node-postgres returns for it, which reports a
      // failed BEGIN itself (a dead connection fails the statement after it too).
      if (!(result instanceof Promise)) {
        void begun.catch(() => {});
        return result;
      }
      return Promise.all([begun, result]).then(([, answer]) => answer as pg.QueryResult);
    }
    const carried = new Promise<pg.QueryResult>((resolve, reject) => {
      query(new AfterBegin(config, values, (error, result) => (error ? reject(error) : resolve(result!))));
    });
    // As node-postgres does for its own promises: a stack that leads back to the caller.
    return carried.catch((error: Error) => {
      Error.captureStackTrace(error);
      throw error;
    });
  }) as typeof client.query;
}

/** Whether node-postgres sends this statement in the extended protocol, with no Parse of a name of its own. */
function carriesBegin(wire: Wire, config: unknown, values: unknown): boolean {
  if (typeof config !== "object" || config === null) return false;
  const statement = config as { name?: string; values?: unknown; submit?: unknown; rows?: unknown };
  if (typeof statement.submit === "function" || statement.rows !== undefined) return false;
  if (statement.name) return wire.parsedStatements[statement.name] !== undefined;
  const bound = values ?? statement.values;
  return Array.isArray(bound) && bound.length > 0;
}

const isEmpty = (values: unknown) => values === undefined || (Array.isArray(values) && values.length === 0);
