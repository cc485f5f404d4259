/**
 * For in-process.ts (COUNT=1): every statement the bot runs, counted by its text, and on SQLite
 * timed (better-sqlite3 runs them on this thread), with each COMMIT's time apart. On PostgreSQL,
 * what is sent to the server: each line one round trip, a BEGIN that rides on a transaction's
 * first statement (begin-with-first-statement.ts) counted with it. Tests read `counts` (how many
 * times each text ran so far) to show a number of statements that does not grow with the data.
 */
import type BetterSqlite from "better-sqlite3";
import pg from "pg";

export function countStatements(database: { sqlite?: BetterSqlite.Database }, postgres: boolean) {
  const counts = new Map<string, number>();
  const times = new Map<string, number>();
  const commits: number[] = [];
  const timed = <T>(source: string, work: () => T): T => {
    const t0 = performance.now();
    try {
      return work();
    } finally {
      const ms = performance.now() - t0;
      counts.set(source, (counts.get(source) ?? 0) + 1);
      times.set(source, (times.get(source) ?? 0) + ms);
      if (source === "COMMIT") commits.push(ms);
    }
  };
  const { sqlite } = database;
  if (sqlite) {
    const proto = Object.getPrototypeOf(sqlite.prepare("SELECT 1")) as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ["get", "all", "run"]) {
      const original = proto[method]!;
      proto[method] = function (this: { source: string }, ...args: unknown[]) {
        return timed(this.source, () => original.apply(this, args));
      };
    }
    const exec = sqlite.exec.bind(sqlite);
    sqlite.exec = (source: string) => timed(source, () => exec(source));
  }
  if (postgres) {
    // Every query node-postgres sends goes through its Query's submit(), one round trip each.
    const proto = pg.Query.prototype as unknown as { submit: (this: { text: string }, connection: unknown) => unknown };
    const submit = proto.submit;
    proto.submit = function (connection) {
      const source = `${this.constructor.name === "AfterBegin" ? "BEGIN + " : ""}${this.text}`;
      counts.set(source, (counts.get(source) ?? 0) + 1);
      return submit.call(this, connection);
    };
  }

  /** The counts per update (and times, on SQLite), slowest in all first; then the COMMITs. */
  const report = (updates: number): string[] => {
    const lines = [...counts]
      .sort((a, b) => (times.get(b[0]) ?? 0) - (times.get(a[0]) ?? 0) || b[1] - a[1])
      .map(([source, n]) => `${(n / updates).toFixed(3).padStart(7)} ${sqlite ? `${(((times.get(source) ?? 0) * 1000) / updates).toFixed(1).padStart(6)} µs ` : ""}${source.replace(/\s+/g, " ").slice(0, 120)}`);
    if (commits.length === 0) return lines;
    const sorted = commits.sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!.toFixed(2);
    const total = sorted.reduce((a, b) => a + b, 0);
    return [...lines, `COMMIT: ${sorted.length}, median ${at(0.5)} ms, p99 ${at(0.99)}, max ${at(1)}; over 5 ms: ${sorted.filter((t) => t > 5).length}; ${total.toFixed(0)} ms in all`];
  };
  return Object.assign(report, { counts });
}
