/**
 * The demo app for tests of one unit's report typed in its group: a new app before each test, at
 * the demo's clock (the campaign open; a test may move it), with Liên Châu's report started up to a
 * question and its stored answers read back. Built on useTestApps, which closes the app after each test.
 */
import { afterEach, beforeEach } from "vitest";
import { HOA, LIEN_CHAU, type TestApp, useTestApps } from "./build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "./full-report.ts";

/** 10:15 in Hà Nội on 8 October 2026: inside the demo campaign's reporting period. */
const DEMO_NOW = "2026-10-08T03:15:00Z";

/** Call at the top of a test file; `server` is the running test's app. */
export function useDemoReport() {
  const apps = useTestApps();
  let current: TestApp | undefined;
  let now = new Date(DEMO_NOW);
  beforeEach(async () => {
    now = new Date(DEMO_NOW);
    current = await apps.start({ now: () => now });
  });
  afterEach(() => {
    current = undefined;
  });
  const app = (): TestApp => {
    if (!current) throw new Error("the demo app exists only while a test runs");
    return current;
  };
  // A stand-in for the app, made once: each test gets a new app, and the test files go on writing
  // `server.post(…)` as they did with a `let server` of their own, each read going to the current one.
  const server = new Proxy({} as TestApp, { get: (_target, key) => Reflect.get(app(), key) });

  /** Liên Châu's answers as stored, by field id (the demo's first unit; the first campaign unless another is named). */
  const storedAnswers = async (campaignId = 1) => {
    const submission = await app().repos.submissions.find(campaignId, 1);
    return Object.fromEntries((await app().repos.submissions.listAnswers(submission!.id)).map((a) => [a.fieldId, a.value]));
  };

  /** The report started by Hoa and answered up to question `n` (asked, not answered). */
  const reportAt = async (n: number) => {
    await app().post(LIEN_CHAU, HOA, "/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, n - 1)) await app().post(LIEN_CHAU, HOA, answer);
  };

  /** Moves the running test's clock (back to the demo's own before the next test). */
  const setNow = (date: Date) => {
    now = date;
  };

  return { server, storedAnswers, reportAt, setNow };
}
