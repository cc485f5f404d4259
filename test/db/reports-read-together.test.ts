/**
 * `conversations.loadReports`: several units' reports in one query, each as `loadReport` reads it
 * alone (state, submission, answers) with the answers last submitted, including a report with only a submission and one not started.
 * On SQLite and PostgreSQL.
 */
import { expect, it } from "vitest";
import { reportKey } from "../../src/db/report-key.ts";
import { useTestDbs } from "../helpers/create-test-db.ts";

const dbs = useTestDbs();

it("reads each report asked for as loadReport reads it alone, the ones not started empty", async () => {
  const { repos } = await dbs.open();
  await repos.officers.upsertUnits(["A", "B", "C"].map((code) => ({ code, name: `Trường ${code}`, type: "school" as const })));
  const [a, b, c] = await Promise.all(["A", "B", "C"].map(async (code) => (await repos.officers.unitByCode(code))!.id));
  const { id: templateId } = await repos.templates.storeTemplate("t", "T", {});
  const first = await repos.directory.insertCampaign({ templateId, title: "Đợt 1", issuerName: "UBND", deadlineAt: 1 }, [a!, b!, c!]);
  const second = await repos.directory.insertCampaign({ templateId, title: "Đợt 2", issuerName: "UBND", deadlineAt: 1 }, [a!, b!]);
  const by = { id: "telegram:7", name: "Lan" };
  // A in both campaigns, with a state and answers; B a submission with no state and no answer; C nothing.
  for (const campaign of [first, second]) {
    const submission = await repos.submissions.create(campaign.id, a!, 0);
    await repos.submissions.saveAnswer(submission.id, "q1", campaign.id * 10, by, 3);
    await repos.submissions.saveAnswer(submission.id, "q2", null, by, 4);
    await repos.conversations.save(reportKey(campaign.id, a!), `{"campaign":${campaign.id}}`, 2, undefined, 5);
    // The second campaign's submitted twice: the answers of the latest version come along.
    if (campaign === second) for (const version of [1, 2]) await repos.submissions.recordSubmit(submission.id, version, { q1: version }, by, 6);
  }
  await repos.submissions.create(first.id, b!, 0);
  const wanted = [
    { campaignId: first.id, unitId: a! },
    { campaignId: second.id, unitId: a! },
    { campaignId: first.id, unitId: b! },
    { campaignId: first.id, unitId: c! },
  ];

  const together = await repos.conversations.loadReports(wanted);
  expect([...together.keys()].sort()).toEqual(wanted.map((w) => reportKey(w.campaignId, w.unitId)).sort());
  for (const { campaignId, unitId } of wanted) {
    const key = reportKey(campaignId, unitId);
    const { submitted, ...report } = together.get(key)!;
    expect(report, key).toEqual(await repos.conversations.loadReport(key, campaignId, unitId));
    expect(submitted ?? undefined, key).toEqual(report.submission && (await repos.submissions.versionAnswers(report.submission.id, report.submission.version)));
  }
  expect(together.get(reportKey(second.id, a!))).toMatchObject({ conversation: { state: `{"campaign":${second.id}}` }, submission: { campaignId: second.id, unitId: a }, answers: { q1: second.id * 10, q2: null }, submitted: { q1: 2 } });
  expect(together.get(reportKey(first.id, b!))).toMatchObject({ conversation: undefined, submission: { unitId: b }, answers: {} });
  expect(together.get(reportKey(first.id, c!))).toEqual({ conversation: undefined, submission: undefined, answers: {}, submitted: null });
  expect(await repos.conversations.loadReports([])).toEqual(new Map());
});
