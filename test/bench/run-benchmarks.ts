/**
 * `npm run bench`: prints figures, asserts nothing. Documents: the median time to build and pack one
 * full report (target < 30 ms here) and the time for 1,000 in a row. Conversation: handled messages
 * per second and their p99 through the real service, on a WAL SQLite file and on PostgreSQL (a
 * server started for the run, as the tests do), one transaction per message.
 * Officers: /status and a broadcast over 3,000 units, and the web page's board, its change stamp and
 * the campaigns list over them; /xuat over 3,000 units (target < 3 s, < 100 MB).
 * Consolidation: the draft over 3,000 submissions (target < 2 s) and the webhook's p99 beside it.
 * Word file: reading and matching a 10-page .docx (target < 300 ms), and through the render worker.
 */
import { fork } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { buildReportContent } from "../../src/documents/report-content.ts";
import { renderReportDocx } from "../../src/documents/render-report.ts";
import { LIFELONG_LEARNING_WEEK } from "../../src/templates/built-in-templates.ts";
import { listFields } from "../../src/templates/template-fields.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { buildTestApp } from "../helpers/build-test-app.ts";
import { answersFor, LIEN_CHAU_CONTEXT } from "../helpers/sample-reports.ts";
import { builtInTemplate } from "../helpers/report-transcript.ts";
import { createDatabase, startPostgres } from "../helpers/postgres-server.ts";
import { benchConsolidation } from "./bench-consolidation.ts";
import { benchWordImport } from "./bench-word-import.ts";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function benchDocuments() {
  const template = builtInTemplate();
  const answers = answersFor(FULL_REPORT_ANSWERS);
  const once = async () => renderReportDocx(buildReportContent(template, answers, LIEN_CHAU_CONTEXT));
  for (let i = 0; i < 20; i++) await once();
  const times: number[] = [];
  let bytes = 0;
  const start = performance.now();
  for (let i = 0; i < 1000; i++) {
    const t0 = performance.now();
    bytes = (await once()).length;
    times.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  console.log(`document: full report, median ${median(times).toFixed(1)} ms, p99 ${percentile(times, 0.99).toFixed(1)} ms (target < 30 ms), ${(bytes / 1024).toFixed(1)} KB`);
  console.log(`document: 1,000 full reports in a row: ${(total / 1000).toFixed(2)} s`);
}

async function benchConversation(database: { label: string; databaseUrl?: string }) {
  const server = await buildTestApp({
    databasePath: join(mkdtempSync(join(tmpdir(), "bench-")), "bench.sqlite"),
    env: database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {},
  });
  const chats = ["th-lien-chau", "thcs-nam-trieu", "mn-hoa-sen"];
  const user = { userId: "u1", userName: "Nguyễn Thị Hoa" };
  let messages = 0;
  const times: number[] = [];
  const start = performance.now();
  for (let round = 0; round < 20; round++) {
    for (const chat of chats) {
      for (const text of ["/baocao", ...FULL_REPORT_ANSWERS.slice(0, 10), "/xem", "/huy", "có"]) {
        const t0 = performance.now();
        await server.post(chat, user, text);
        times.push(performance.now() - t0);
        messages++;
      }
    }
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(`conversation: ${messages} messages through inject() + ${database.label}: ${(messages / seconds).toFixed(0)} msg/s, median ${median(times).toFixed(2)} ms, p99 ${percentile(times, 0.99).toFixed(2)} ms`);
  await server.close();
}

/** /status over 3,000 units (a third submitted, a third in progress) and a broadcast to 3,000 chats. */
async function benchOfficers() {
  const server = await buildTestApp({ databasePath: join(mkdtempSync(join(tmpdir(), "bench-")), "officers.sqlite") });
  const { repos, database } = server;
  const officer = { userId: "u7", userName: "Nguyễn Thị Kha" };
  const unitIds: number[] = [];
  await repos.transaction(async () => {
    for (let i = 0; i < 3000; i++) {
      const unit = await repos.directory.insertUnit({ code: `U${String(i).padStart(4, "0")}`, name: `Trường số ${i}`, placeName: "Nam Triệu" });
      await repos.directory.insertChat({ channel: "local", externalId: `bench-${i}`, title: `Nhóm ${i}`, kind: "unit", unitId: unit.id });
      unitIds.push(unit.id);
    }
  });
  const campaign = await repos.transaction(() =>
    repos.directory.insertCampaign({ templateId: 2, title: "Đợt thử 3.000 đơn vị", issuerName: "UBND", deadlineAt: Date.now() + 86_400_000 }, unitIds),
  );
  const state = JSON.stringify({ phase: "asking", fieldId: "propaganda", answers: { plan_reference: "Kế hoạch số 1" }, submittedVersion: 0 });
  await repos.transaction(async () => {
    for (const [i, unitId] of unitIds.entries()) {
      if (i % 3 === 2) continue;
      const submission = await repos.submissions.create(campaign.id, unitId, Date.now());
      await repos.conversations.save(`report:${campaign.id}:${unitId}`, state, 1, undefined, Date.now());
      if (i % 3 === 0) await repos.submissions.recordSubmit(submission.id, 1, {}, { id: "x", name: "Người nộp" }, Date.now());
    }
  });
  await database.run(sql`update campaigns set status = 'closed' where id != ${campaign.id}`);
  const handle = (text: string, key: string) =>
    server.conversations.handle({ channel: "local", chatId: "can-bo-phuong", chatType: "group", updateKey: key, sender: { id: officer.userId, displayName: officer.userName }, text, sentAt: new Date() });
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    await handle("/trangthai", `status-${i}`);
    times.push(performance.now() - t0);
  }
  const status = await repos.localMessages.history("can-bo-phuong");
  console.log(`officers: /status over 3,000 units: median ${median(times).toFixed(1)} ms (the text queued for the chat, ${status.length === 0 ? "not yet delivered" : "delivered"})`);
  const t0 = performance.now();
  const result = await handle("/thongbao Họp giao ban lúc 8 giờ thứ Hai.", "broadcast-1");
  const queued = result.status === "handled" ? result.outboxIds.length : 0;
  console.log(`officers: broadcast to 3,000 chats queued into the outbox (${queued} rows): ${(performance.now() - t0).toFixed(1)} ms`);
  await benchWebBoard(server, campaign.id);
  await server.close();
}

/** The officers' web page over the same 3,000 units: the board, the change stamp it polls, the campaigns list. */
async function benchWebBoard(server: Awaited<ReturnType<typeof buildTestApp>>, campaignId: number) {
  const sessionId = "b".repeat(43);
  await server.repos.webSessions.createSession(sessionId, { channel: "local", externalId: "u7" }, Date.now() + 3_600_000);
  const time = async (url: string) => {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 9; i++) {
      const t0 = performance.now();
      const response = await server.app.inject({ url, cookies: { phien_can_bo: sessionId } });
      times.push(performance.now() - t0);
      if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
      bytes = response.rawPayload.length;
    }
    return `median ${median(times).toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KB`;
  };
  console.log(`web: board of 3,000 units (GET /web/dot/${campaignId}): ${await time(`/web/dot/${campaignId}`)}`);
  console.log(`web: its change stamp, polled every 3 s per open board: ${await time(`/web/dot/${campaignId}/moc`)}`);
  console.log(`web: campaigns list with counts (2 campaigns): ${await time("/web")}`);
}

/**
 * /xuat over 3,000 units, two thirds submitted with the full report (every answer in the answers
 * table too): the render alone (database read, sheets, zip). The data is written by one child
 * process and the render measured in another, so its peak RSS (the kernel's high-water mark) is the
 * render's, not the seeding's or an earlier benchmark's.
 */
const EXPORT_CAMPAIGN = "Đợt thử xuất 3.000 đơn vị";

async function seedExport(databasePath: string) {
  const server = await buildTestApp({ databasePath });
  const { repos, database } = server;
  const template = builtInTemplate();
  const templateId = (await repos.templates.latestOf([LIFELONG_LEARNING_WEEK]))[0]!.id;
  const answers = answersFor(FULL_REPORT_ANSWERS);
  const author = { id: "u1", name: "Nguyễn Thị Hoa" };
  const now = Date.now();
  let answerRows = 0;
  const campaignId = await repos.transaction(async () => {
    const unitIds: number[] = [];
    for (let i = 0; i < 3000; i++) unitIds.push((await repos.directory.insertUnit({ code: `U${String(i).padStart(4, "0")}`, name: `Trường số ${i}`, placeName: "Nam Triệu" })).id);
    const campaign = await repos.directory.insertCampaign({ templateId, title: EXPORT_CAMPAIGN, issuerName: "UBND", deadlineAt: now + 86_400_000 }, unitIds);
    for (const [i, unitId] of unitIds.entries()) {
      if (i % 3 === 2) continue;
      const submission = await repos.submissions.create(campaign.id, unitId, now);
      for (const { field } of listFields(template)) {
        if (answers[field.id] === undefined) continue;
        await repos.submissions.saveAnswer(submission.id, field.id, answers[field.id], author, now);
        answerRows++;
      }
      await repos.submissions.recordSubmit(submission.id, 1, answers, author, now);
    }
    return campaign.id;
  });
  await database.run(sql`update campaigns set status = 'closed' where id != ${campaignId}`);
  console.log(`export: seeded 3,000 units, 2,000 submitted, ${answerRows} answers`);
  await server.close();
}

async function benchExport(databasePath: string) {
  const server = await buildTestApp({ databasePath });
  const { repos } = server;
  const campaignId = (await repos.directory.listCampaigns()).find((c) => c.title === EXPORT_CAMPAIGN)!.id;
  const render = async () => {
    const t0 = performance.now();
    const file = await server.documents.ensureRendered(await repos.documents.createCampaignFile("export", campaignId, "bench.xlsx"));
    return { ms: performance.now() - t0, bytes: file!.content.length };
  };
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const first = await render();
  // maxRSS is in KiB; from the RSS just before, it bounds the render's growth from above.
  const rssGrowth = process.resourceUsage().maxRSS * 1024 - rssBefore;
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  const times = [first.ms, (await render()).ms, (await render()).ms];
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(
    `export: /xuat over 3,000 units: first ${(first.ms / 1000).toFixed(2)} s, median of 3 ${(median(times) / 1000).toFixed(2)} s (target < 3 s); ` +
      `peak RSS growth ${mb(rssGrowth)} MB, heap growth ${mb(heapGrowth)} MB (target < 100 MB); ${mb(first.bytes)} MB .xlsx`,
  );
  await server.close();
}

/** The conversation on both databases (alone: npm run bench -- --conversation). */
async function benchConversations() {
  await benchConversation({ label: "SQLite file" });
  const postgres = await startPostgres();
  try {
    await benchConversation({ label: "PostgreSQL", databaseUrl: await createDatabase(postgres.url) });
  } finally {
    await postgres.stop();
  }
}

/** Runs this file again with `flag` in a child process (tsx's loader comes with execArgv). */
function runIsolated(flag: string, argument: string): Promise<void> {
  return new Promise((resolve, reject) => {
    fork(fileURLToPath(import.meta.url), [flag, argument], { stdio: "inherit" }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${flag} exited with ${code}`))));
  });
}

const [flag, argument] = process.argv.slice(2);
if (flag === "--export-seed") {
  await seedExport(argument!);
} else if (flag === "--export-only") {
  await benchExport(argument!);
} else if (flag === "--officers") {
  // One part alone while working on it: npm run bench -- --officers
  await benchOfficers();
} else if (flag === "--conversation") {
  await benchConversations();
} else {
  await benchDocuments();
  await benchWordImport();
  await benchConversations();
  await benchOfficers();
  const exportDatabase = join(mkdtempSync(join(tmpdir(), "bench-")), "export.sqlite");
  await runIsolated("--export-seed", exportDatabase);
  await runIsolated("--export-only", exportDatabase);
  await benchConsolidation();
}
