/**
 * The bench's printed figures: one row per server measured, then each goal of issue #12 as a ratio
 * to the baselines of the same run, with whether it is met. Nothing here decides the exit code
 * except what run-load.ts reads from the stored checks.
 */
import type { BotFigures } from "./bot-under-load.ts";
import { type LoadResult, percentile, type Window } from "./load.ts";

export interface BaselineFigures {
  label: string;
  load: LoadResult;
  measured: Window;
  cpuUsPerUpdate: number;
  newConnectionMs: number[];
}

const n = (value: number | undefined, digits = 0) => (value === undefined || Number.isNaN(value) ? "-" : value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  return [line(rows[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}

export function serversTable(baselines: BaselineFigures[], bots: BotFigures[]): string {
  const row = (label: string, w: Window, load: LoadResult, cpu: number, newConnectionMs: number[], extra = "") => [
    label,
    n(w.reqPerSec),
    n(w.p50, 1),
    n(w.p99, 1),
    n(w.p999, 1),
    n(cpu) + extra,
    n(w.acknowledged.length),
    n(load.non2xx + load.errors),
    n(newConnectionMs.at(-1)),
  ];
  return table([
    ["server (50 connections, unique updates)", "req/s", "p50 ms", "p99 ms", "p99.9 ms", "CPU µs/update", "2xx", "not 2xx (run)", "new conn. max ms"],
    ...baselines.map((b) => row(b.label, b.measured, b.load, b.cpuUsPerUpdate, b.newConnectionMs)),
    ...bots.map((b) => row(`this bot, ${b.label}`, b.measured, b.load, b.cpuUsPerUpdate, b.newConnectionMs, b.dbCpuUsPerUpdate === undefined ? "" : ` (+${n(b.dbCpuUsPerUpdate)} postgres)`)),
  ]);
}

export function goalsTable(raw: BaselineFigures, grammy: BaselineFigures, readyRssMb: number, bots: BotFigures[], atScale?: { reports: number; rssMb: number }): string {
  const rows = [["goal (issue #12)", "database", "measured", "ratio", "goal", "met"]];
  const goal = (name: string, db: string, measured: string, ratio: number, target: string, met: boolean) =>
    rows.push([name, db, measured, Number.isFinite(ratio) ? ratio.toFixed(2) : "-", target, met ? "yes" : "NO"]);
  for (const b of bots) {
    const m = b.measured;
    goal("req/s vs minimal grammY bot", b.label, `${n(m.reqPerSec)} / ${n(grammy.measured.reqPerSec)}`, m.reqPerSec / grammy.measured.reqPerSec, ">= 1.0", m.reqPerSec >= grammy.measured.reqPerSec);
    goal("req/s vs raw transaction", b.label, `${n(m.reqPerSec)} / ${n(raw.measured.reqPerSec)}`, m.reqPerSec / raw.measured.reqPerSec, ">= 0.4", m.reqPerSec >= 0.4 * raw.measured.reqPerSec);
    goal("p99 vs raw transaction p99", b.label, `${n(m.p99, 1)} / ${n(raw.measured.p99, 1)} ms`, m.p99 / raw.measured.p99, "<= 2.0", m.p99 <= 2 * raw.measured.p99);
    // The whole run's check (the measured window's is part of it).
    const whole = b.checks.at(-1)!;
    goal("acknowledged updates stored (whole run)", b.label, `${n(whole.stored)} / ${n(whole.acknowledged)}`, whole.stored / whole.acknowledged, "= 1.00", b.checks.every((c) => c.ok));
    const burstP99 = b.burst.window.p99;
    goal("webhook p99, burst of 100 vs none", b.label, `${n(burstP99, 1)} / ${n(m.p99, 1)} ms`, burstP99 / m.p99, "<= 1.10", burstP99 <= 1.1 * m.p99);
    // Not behind the whole reply queue: the 100 reports' documents reach their chats while thousands of replies wait.
    goal("documents delivered (end of drain wait)", b.label, `${n(b.burst.documentsDelivered)} / 100`, b.burst.documentsDelivered / 100, "= 1.00", b.burst.documentsDelivered >= 100);
    goal("replies sent during load vs 30/s", b.label, `${n(b.sentDuringLoadPerS, 1)} msg/s`, b.sentDuringLoadPerS / 30, ">= 0.9 (1.0 = limit)", b.sentDuringLoadPerS >= 27);
    goal("idle RSS vs libraries ready", b.label, `${n(b.idleRssMb)} / ${n(readyRssMb)} MB`, b.idleRssMb / readyRssMb, "<= 1.2", b.idleRssMb <= 1.2 * readyRssMb);
  }
  if (atScale) goal(`RSS, ${n(atScale.reports)} reports in progress`, "SQLite", `${n(atScale.rssMb)} MB`, atScale.rssMb / 200, "< 200 MB", atScale.rssMb < 200);
  return table(rows);
}

export function burstLines(b: BotFigures): string[] {
  const burst = b.burst;
  return [
    `${b.label}: burst of 100 "Có" (submit) sent through the load's connections: ${burst.acknowledged}/100 acknowledged, their own latency p50 ${n(burst.requestP50, 1)} ms, max ${n(burst.requestMax, 1)} ms`,
    `${b.label}: documents rendered: ${burst.rendered}/100${burst.renderedS === undefined ? " (not all by the end of the drain wait)" : ` within ${n(burst.renderedS, 1)} s of the burst`}; webhook p99 in the 10 s with the burst ${n(burst.window.p99, 1)} ms (p99.9 ${n(burst.window.p999, 1)}, max ${n(burst.window.max, 1)}) vs ${n(b.measured.p99, 1)} ms in the 10 s before; ${n(burst.window.reqPerSec)} vs ${n(b.measured.reqPerSec)} req/s`,
    `${b.label}: document messages delivered by the end of the drain wait: ${burst.documentsDelivered}/100`,
    `${b.label}: replies: ${n(b.sentDuringLoadPerS, 1)} msg/s sent during the measured window (Telegram's global limit 30/s); after the load ${n(b.drain.perS, 1)} msg/s, ${b.drain.drained ? `drained in ${n(b.drain.seconds, 1)} s` : `${n(b.drain.left)} still unsent after ${n(b.drain.seconds, 0)} s (at 30/s, ${n(b.drain.left / 30 / 60, 1)} more minutes)`}`,
    `${b.label}: warm-up ${n(b.warmupS, 1)} s (until all 50 connections had an answer; first answers p50 ${n(percentile([...b.load.firstOnConnection].sort((x, y) => x - y), 0.5))} ms, max ${n(Math.max(...b.load.firstOnConnection))} ms); GET /healthz on 10 new connections under the load: ${b.newConnectionMs.map((ms) => n(ms)).join(", ")} ms`,
  ];
}
