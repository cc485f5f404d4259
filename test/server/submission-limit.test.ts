/**
 * A member looping /sua, /nop, Có floods the officers' chats (two messages and a document a
 * version): past ten versions in an hour a new submission waits, said, and nothing is lost.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { MAX_SUBMISSIONS_PER_HOUR } from "../../src/conversation/engine-commands.ts";
import { type BotMessage, buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";

const text = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");
let now = Date.parse("2026-10-08T03:15:00Z");
let server: TestApp;
beforeEach(async () => {
  now = Date.parse("2026-10-08T03:15:00Z");
  server = await buildTestApp({ now: () => new Date(now) });
});
afterEach(() => server.close());

const correctAndSubmit = async (sessions: number) => {
  await server.post(LIEN_CHAU, HOA, `/sua 8 ${sessions}`);
  return text(await server.post(LIEN_CHAU, HOA, "/nop"));
};

it(`takes at most ${MAX_SUBMISSIONS_PER_HOUR} versions of a unit's report in an hour, keeping the correction that waits`, async () => {
  await submitFullReport(server, LIEN_CHAU, HOA);
  for (let version = 2; version <= MAX_SUBMISSIONS_PER_HOUR; version++) {
    now += 60_000;
    expect(await correctAndSubmit(version)).toMatch(/Xác nhận nộp báo cáo\?/);
    expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/^Đã nộp bản sửa/);
  }
  now += 60_000;
  expect(await correctAndSubmit(50)).toMatch(/^Báo cáo đã được nộp 10 lần trong một giờ qua nên chưa nộp thêm được/);
  const school = (await server.repos.directory.listUnits()).find((u) => u.code === "TH-LIEN-CHAU")!;
  const submission = (await server.repos.submissions.find(1, school.id))!;
  expect(submission.version).toBe(MAX_SUBMISSIONS_PER_HOUR);
  // The correction is kept, and goes once the hour has passed since the first of those versions.
  now += 60 * 60_000;
  expect(await correctAndSubmit(50)).toMatch(/Xác nhận nộp báo cáo\?/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/^Đã nộp bản sửa/);
});
