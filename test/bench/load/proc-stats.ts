/**
 * What the kernel says a process costs: CPU time (utime+stime from /proc/<pid>/stat, all its threads,
 * so the bot's render worker counts) and resident memory (VmRSS from /proc/<pid>/status). CPU per
 * update is the figure that transfers between machines better than req/s (performance.md).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second of the stat times (100 on Linux almost everywhere; asked, not assumed). */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime+stime of one process, in microseconds; undefined when it is gone. */
export function cpuMicros(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // fields 14 and 15 of the whole line
  return (ticks * 1_000_000) / CLOCK_TICKS;
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** A process and all its descendants (a PostgreSQL postmaster and its backends). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree: number[] = [];
  const walk = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return tree;
}

/**
 * A CPU meter over a window: `stop()` gives the microseconds the processes used since `start`.
 * Processes that appear later count from zero; ones that exit in between are lost (backends of
 * a connection pool stay for the whole window, so this does not matter here).
 */
export function cpuMeter(pids: () => number[]) {
  const before = new Map(pids().map((pid) => [pid, cpuMicros(pid) ?? 0]));
  return () => {
    let total = 0;
    for (const pid of pids()) total += (cpuMicros(pid) ?? 0) - (before.get(pid) ?? 0);
    return total;
  };
}

/** Resident memory in MB, from VmRSS. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}
