/**
 * The consolidated report over 3,000 submitted schools (target < 2 s into the .docx draft), and a
 * webhook's latency while it renders beside the same burst without it: the p99 of local-chat posts
 * answered by the real server, each figure taken in the same run.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { LIFELONG_LEARNING_WEEK } from "../../src/templates/built-in-templates.ts";
import { buildTestApp } from "../helpers/build-test-app.ts";
import { answersFor } from "../helpers/sample-reports.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const UNITS = 3000;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

export async function benchConsolidation(): Promise<void> {
  const server = await buildTestApp({ databasePath: join(mkdtempSync(join(tmpdir(), "bench-")), "consolidation.sqlite") });
  const { repos, database } = server;
  const answers = answersFor(FULL_REPORT_ANSWERS);
  const campaignId = await repos.transaction(async () => {
    const ward = (await repos.directory.listUnits()).find((u) => u.code === "UBND-NAM-TRIEU")!;
    const unitIds: number[] = [];
    for (let i = 0; i < UNITS; i++) unitIds.push((await repos.directory.insertUnit({ code: `T${String(i).padStart(4, "0")}`, name: `Trường số ${i}`, parentUnitId: ward.id })).id);
    const school = (await repos.templates.latestOf([LIFELONG_LEARNING_WEEK]))[0]!;
    const campaign = await repos.directory.insertCampaign({ templateId: school.id, title: "Đợt 3.000 trường", issuerName: ward.name, issuerUnitId: ward.id, deadlineAt: Date.now() + 86_400_000 }, unitIds);
    for (const unitId of unitIds) {
      const submission = await repos.submissions.create(campaign.id, unitId, Date.now());
      await repos.submissions.recordSubmit(submission.id, 1, answers, { id: "x", name: "Người nộp" }, Date.now());
    }
    return campaign.id;
  });
  await database.run(sql`UPDATE campaigns SET status = 'closed' WHERE id != ${campaignId}`);
  const officer = { userId: "u7", userName: "Nguyễn Thị Kha" };
  const draftOnce = async () => {
    const replies = await server.post("can-bo-phuong", officer, `/tonghop ${campaignId}`);
    if (!replies.some((m) => m.document)) throw new Error(`no draft: ${replies.map((m) => m.text).join(" / ")}`);
    const documentId = Number(/\/files\/(\d+)\./.exec(replies.find((m) => m.document)?.document?.url ?? "")?.[1]);
    const t0 = performance.now();
    const rendered = await server.documents.ensureRendered(documentId);
    return { ms: performance.now() - t0, bytes: rendered?.content.length ?? 0 };
  };
  await draftOnce();
  const runs = [await draftOnce(), await draftOnce(), await draftOnce()];
  const best = Math.min(...runs.map((r) => r.ms));
  console.log(`consolidation: ${UNITS} submissions into the draft .docx: ${(best / 1000).toFixed(2)} s (target < 2 s), ${(runs[0]!.bytes / 1024).toFixed(0)} KB`);

  // The webhook's p99 with and without a consolidation rendering beside it (same server, same run).
  const burst = async (label: string) => {
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t0 = performance.now();
      await server.post("th-lien-chau", { userId: "u1", userName: "Nguyễn Thị Hoa" }, "/xem", `${label}-${i}`);
      times.push(performance.now() - t0);
    }
    return { p99: percentile(times, 0.99), max: Math.max(...times) };
  };
  const exportOnce = async () => {
    const replies = await server.post("can-bo-phuong", officer, `/xuat ${campaignId}`);
    await server.documents.ensureRendered(Number(/\/files\/(\d+)\./.exec(replies.find((m) => m.document)?.document?.url ?? "")?.[1]));
  };
  const quiet = await burst("quiet");
  const [busy] = await Promise.all([burst("busy"), draftOnce()]);
  const [exporting] = await Promise.all([burst("export"), exportOnce()]);
  const line = (label: string, b: { p99: number; max: number }) =>
    `${b.p99.toFixed(1)} ms while ${label} (ratio ${(b.p99 / quiet.p99).toFixed(2)}; goal ≤ 1.10; slowest ${b.max.toFixed(0)} ms)`;
  console.log(`consolidation: webhook p99 ${quiet.p99.toFixed(1)} ms alone (slowest ${quiet.max.toFixed(0)} ms), ${line("a draft renders", busy)}, ${line("an export renders", exporting)}`);
  await server.close();
}
