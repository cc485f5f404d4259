/**
 * The consolidated report over more units than one page (unit-pages.ts reads 50 at a time): the
 * real app on a real database, 130 schools of the ward, 120 of them submitted. /tonghop's notice
 * (from the units' statuses) counts them and names the others by code; its draft, rendered by the
 * document service from the pages, sums every submitted school once.
 */
import { sql } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../helpers/build-test-app.ts";
import { readDocx } from "../helpers/docx-reader.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { answersFor } from "../helpers/sample-reports.ts";
import { campaignOverUnitsOutOfOrder } from "../helpers/units-out-of-order.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const UNITS = 130;
const SUBMITTED = 120;

let server: TestApp;
afterEach(() => server.close());

it("drafts the ward's report from every submitted school of a campaign larger than a page, each counted once", async () => {
  server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
  const { repos, database } = server;
  const answers = answersFor(FULL_REPORT_ANSWERS);
  const now = Date.parse("2026-10-08T03:00:00Z");
  const campaignId = await repos.transaction(async () => {
    const ward = (await repos.directory.listUnits()).find((u) => u.code === "UBND-NAM-TRIEU")!;
    // Listed by code, not by id.
    const { campaignId, inserted } = await campaignOverUnitsOutOfOrder(
      repos,
      UNITS,
      (i) => ({ code: `S${String(i).padStart(3, "0")}`, name: `Trường số ${i}`, parentUnitId: ward.id }),
      { title: "Đợt nhiều trang", issuerName: ward.name, issuerUnitId: ward.id, deadlineAt: now + 86_400_000 },
    );
    for (const { unitId } of inserted.filter(({ i }) => i < SUBMITTED)) {
      const submission = await repos.submissions.create(campaignId, unitId, now);
      await repos.submissions.recordSubmit(submission.id, 1, answers, { id: "x", name: "Người nộp" }, now);
    }
    return campaignId;
  });
  await database.run(sql`UPDATE campaigns SET status = 'closed' WHERE id != ${campaignId}`);

  const replies = await server.post(OFFICERS, KHA, `/tonghop ${campaignId}`);
  const notice = replies.map((m) => m.text).join("\n");
  expect(notice).toContain(`đã tổng hợp ${SUBMITTED}/${UNITS} đơn vị`);
  // The schools not submitted: the last codes (the first ids), in code order.
  expect(notice).toContain("Chưa nộp: Trường số 120, Trường số 121, Trường số 122");
  const url = replies.find((m) => m.document)?.document?.url;
  const draft = readDocx((await server.app.inject(new URL(url!).pathname)).rawPayload).paragraphs.join("\n");
  // 2.000 readers a school.
  expect(answers.readers_served).toBe(2000);
  expect(draft).toContain(`thư viện tại các nhà trường đã thu hút ${(SUBMITTED * 2000).toLocaleString("vi-VN")} lượt bạn đọc.`);
});
