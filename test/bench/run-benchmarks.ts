/**
 * `npm run bench`: prints figures, asserts nothing. Documents: the median time to build and pack one
 * full report (target < 30 ms here) and the time for 1,000 in a row. Conversation: handled messages
 * per second through the real service and a WAL SQLite file (one transaction per message).
 * Officers: /status and a broadcast over 3,000 units; /xuat over 3,000 units (target < 3 s, < 100 MB).
 * Consolidation: the draft over 3,000 submissions (target < 2 s) and the webhook's p99 beside it.
 */
import { fork } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildReportContent } from "../../src/documents/report-content.ts";
import { renderReportDocx } from "../../src/documents/render-report.ts";
import { LIFELONG_LEARNING_WEEK } from "../../src/templates/built-in-templates.ts";
import { listFields } from "../../src/templates/template-fields.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { buildTestApp } from "../helpers/build-test-app.ts";
import { answersFor, LIEN_CHAU_CONTEXT } from "../helpers/sample-reports.ts";
import { builtInTemplate } from "../helpers/report-transcript.ts";
import { benchConsolidation } from "./bench-consolidation.ts";

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

async function benchConversation() {
  const server = buildTestApp({ databasePath: join(mkdtempSync(join(tmpdir(), "bench-")), "bench.sqlite") });
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
  console.log(`conversation: ${messages} messages through inject() + SQLite file: ${(messages / seconds).toFixed(0)} msg/s, median ${median(times).toFixed(2)} ms, p99 ${percentile(times, 0.99).toFixed(2)} ms`);
  await server.close();
}

/** /status over 3,000 units (a third submitted, a third in progress) and a broadcast to 3,000 chats. */
async function benchOfficers() {
  const server = buildTestApp({ databasePath: join(mkdtempSync(join(tmpdir(), "bench-")), "officers.sqlite") });
  const { repos, sqlite } = server;
  const officer = { userId: "u7", userName: "Nguyễn Thị Kha" };
  const unitIds: number[] = [];
  repos.transaction(() => {
    for (let i = 0; i < 3000; i++) {
      const unit = repos.directory.insertUnit({ code: `U${String(i).padStart(4, "0")}`, name: `Trường số ${i}`, placeName: "Nam Triệu" });
      repos.directory.insertChat({ channel: "local", externalId: `bench-${i}`, title: `Nhóm ${i}`, kind: "unit", unitId: unit.id });
      unitIds.push(unit.id);
    }
  });
  const campaign = repos.transaction(() =>
    repos.directory.insertCampaign({ templateId: 2, title: "Đợt thử 3.000 đơn vị", issuerName: "UBND", deadlineAt: Date.now() + 86_400_000 }, unitIds),
  );
  const state = JSON.stringify({ phase: "asking", fieldId: "propaganda", answers: { plan_reference: "Kế hoạch số 1" }, submittedVersion: 0 });
  repos.transaction(() => {
    for (const [i, unitId] of unitIds.entries()) {
      if (i % 3 === 2) continue;
      const submission = repos.submissions.create(campaign.id, unitId, Date.now());
      repos.conversations.save(`report:${campaign.id}:${unitId}`, state, 1, undefined, Date.now());
      if (i % 3 === 0) repos.submissions.recordSubmit(submission.id, 1, {}, { id: "x", name: "Người nộp" }, Date.now());
    }
  });
  sqlite.prepare("update campaigns set status = 'closed' where id != ?").run(campaign.id);
  const handle = (text: string, key: string) =>
    server.conversations.handle({ channel: "local", chatId: "can-bo-phuong", chatType: "group", updateKey: key, sender: { id: officer.userId, displayName: officer.userName }, text, sentAt: new Date() });
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    handle("/trangthai", `status-${i}`);
    times.push(performance.now() - t0);
  }
  const status = repos.localMessages.history("can-bo-phuong");
  console.log(`officers: /status over 3,000 units: median ${median(times).toFixed(1)} ms (the text queued for the chat, ${status.length === 0 ? "not yet delivered" : "delivered"})`);
  const t0 = performance.now();
  const result = handle("/thongbao Họp giao ban lúc 8 giờ thứ Hai.", "broadcast-1");
  const queued = result.status === "handled" ? result.outboxIds.length : 0;
  console.log(`officers: broadcast to 3,000 chats queued into the outbox (${queued} rows): ${(performance.now() - t0).toFixed(1)} ms`);
  await server.close();
}

/**
 * /xuat over 3,000 units, two thirds submitted with the full report (every answer in the answers
 * table too): the render alone (database read, sheets, zip). Run in a child process of its own, so
 * its peak RSS (the kernel's high-water mark) is the render's and no earlier benchmark's.
 */
async function benchExport() {
  const server = buildTestApp({ databasePath: join(mkdtempSync(join(tmpdir(), "bench-")), "export.sqlite") });
  const { repos, sqlite } = server;
  const template = builtInTemplate();
  const templateId = repos.directory.listTemplates().find((t) => t.key === LIFELONG_LEARNING_WEEK)!.id;
  const answers = answersFor(FULL_REPORT_ANSWERS);
  const author = { id: "u1", name: "Nguyễn Thị Hoa" };
  const now = Date.now();
  let answerRows = 0;
  const campaignId = repos.transaction(() => {
    const unitIds = Array.from({ length: 3000 }, (_, i) => repos.directory.insertUnit({ code: `U${String(i).padStart(4, "0")}`, name: `Trường số ${i}`, placeName: "Nam Triệu" }).id);
    const campaign = repos.directory.insertCampaign({ templateId, title: "Đợt thử xuất 3.000 đơn vị", issuerName: "UBND", deadlineAt: now + 86_400_000 }, unitIds);
    for (const [i, unitId] of unitIds.entries()) {
      if (i % 3 === 2) continue;
      const submission = repos.submissions.create(campaign.id, unitId, now);
      for (const { field } of listFields(template)) {
        if (answers[field.id] === undefined) continue;
        repos.submissions.saveAnswer(submission.id, field.id, answers[field.id], author, now);
        answerRows++;
      }
      repos.submissions.recordSubmit(submission.id, 1, answers, author, now);
    }
    return campaign.id;
  });
  sqlite.prepare("update campaigns set status = 'closed' where id != ?").run(campaignId);
  const render = async () => {
    const t0 = performance.now();
    const file = await server.documents.ensureRendered(repos.documents.createCampaignFile("export", campaignId, "bench.xlsx"));
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
    `export: /xuat over 3,000 units (2,000 submitted, ${answerRows} answers): first ${(first.ms / 1000).toFixed(2)} s, median of 3 ${(median(times) / 1000).toFixed(2)} s (target < 3 s); ` +
      `peak RSS growth ${mb(rssGrowth)} MB, heap growth ${mb(heapGrowth)} MB (target < 100 MB); ${mb(first.bytes)} MB .xlsx`,
  );
  await server.close();
}

/** Runs this file again with `flag` in a child process (tsx's loader comes with execArgv). */
function runIsolated(flag: string): Promise<void> {
  return new Promise((resolve, reject) => {
    fork(fileURLToPath(import.meta.url), [flag], { stdio: "inherit" }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${flag} exited with ${code}`))));
  });
}

if (process.argv.includes("--export-only")) {
  await benchExport();
} else {
  await benchDocuments();
  await benchConversation();
  await benchOfficers();
  await runIsolated("--export-only");
  await benchConsolidation();
}
