/**
 * Opening a campaign over a ward's every unit reads which report each unit's chat stays on
 * (reports-kept-on.ts) inside the opening's transaction: the units' reachable campaigns are read in
 * one query, however many units there are (it was one per unit). Through the officers' web form of
 * the demo, every statement the database runs counted by its text (test/bench's counter).
 */
import type BetterSqlite from "better-sqlite3";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { countStatements } from "../bench/load/statement-counts.ts";
import { campaignFormValues } from "../helpers/campaign-form-values.ts";
import { useOfficersChat } from "../helpers/officers-chat.ts";
import { TEST_DIALECT } from "../helpers/test-database.ts";
import { signIn } from "../helpers/web-session.ts";

const { server } = useOfficersChat();

/** The list of a unit's campaigns with where its report stands (campaign-choice-repository.ts): its select list, in whichever dialect. */
const isCampaignList = (text: string) => text.includes(`cu.chosen_at AS "chosenAt"`);

it("reads the units' campaign lists as often when a campaign opens over 43 units as over the demo's 3", async () => {
  const statements = countStatements(server.database as { sqlite?: BetterSqlite.Database }, TEST_DIALECT === "postgres");
  const listsRead = () => [...statements.counts].filter(([text]) => isCampaignList(text)).reduce((sum, [, n]) => sum + n, 0);
  const kha = await signIn(server);
  const open = async (title: string) => {
    const before = listsRead();
    const response = await kha.postForm("/web/dot/moi", campaignFormValues({ title, all_units: "Có", unit_codes: "" }), "/web/dot/moi");
    expect(response.statusCode).toBe(303);
    return listsRead() - before;
  };

  const overThree = await open("Báo cáo Tuần lễ học tập 2026 (đợt 2)");
  await server.repos.transaction(async () => {
    for (let i = 0; i < 40; i++) await server.repos.directory.insertUnit({ code: `U${String(i).padStart(2, "0")}`, name: `Trường số ${i}`, placeName: "Nam Triệu" });
  });
  const overMany = await open("Báo cáo Tuần lễ học tập 2026 (đợt 3)");

  const unitsOf = async (title: string) =>
    Number((await server.database.rows<{ n: number | string }>(sql`SELECT count(*) AS n FROM campaign_units cu JOIN campaigns c ON c.id = cu.campaign_id WHERE c.title = ${title}`))[0]?.n);
  expect([await unitsOf("Báo cáo Tuần lễ học tập 2026 (đợt 2)"), await unitsOf("Báo cáo Tuần lễ học tập 2026 (đợt 3)")]).toEqual([3, 43]);
  expect(overThree).toBeGreaterThan(0);
  expect(overMany).toBe(overThree);
});

/** The demo's open campaign (the first) and a clerk who writes in its units' reports. */
const FIRST_CAMPAIGN = 1;
const CLERK = { id: "u1", name: "Nguyễn Thị Hoa" };

/** A unit's report of the demo's campaign answered in part (`submitted`: then sent, its first version). */
async function startReport(unitId: number, submitted: boolean) {
  const now = Date.parse("2026-10-08T03:00:00Z");
  const submission = await server.repos.submissions.create(FIRST_CAMPAIGN, unitId, now);
  await server.repos.submissions.saveAnswer(submission.id, "unit_name", "Trường", CLERK, now);
  if (submitted) await server.repos.submissions.recordSubmit(submission.id, 1, { unit_name: "Trường" }, CLERK, now);
}

it("runs no more reads opening a campaign over 43 units than over the demo's 3, with reports under way, sent, and units with no chat among them", async () => {
  const statements = countStatements(server.database as { sqlite?: BetterSqlite.Database }, TEST_DIALECT === "postgres");
  // Reads, not those of the outbox: its worker sends the announcements on its own time, one by one.
  // Nor PostgreSQL's locks: one per chat told, taken as its message is queued (the outbox's order).
  const isRead = (text: string) => /^\s*(select|with)\b/i.test(text) && !text.includes("outbox") && !text.includes("pg_advisory_xact_lock");
  const readsRun = () => [...statements.counts].filter(([text]) => isRead(text)).reduce((sum, [, n]) => sum + n, 0);
  const kha = await signIn(server);
  const open = async (title: string) => {
    const before = readsRun();
    const response = await kha.postForm("/web/dot/moi", campaignFormValues({ title, all_units: "Có", unit_codes: "" }), "/web/dot/moi");
    expect(response.statusCode).toBe(303);
    return readsRun() - before;
  };

  // Liên Châu's report under way, Nam Triệu's sent, Hoa Sen's not started: in the demo's open campaign.
  await server.repos.transaction(async () => {
    await startReport(1, false);
    await startReport(2, true);
  });
  const overThree = await open("Báo cáo Tuần lễ học tập 2026 (đợt 2)");
  // Closed (refusing late reports), so that the next opening meets as many open campaigns as this one.
  const [second] = (await server.repos.directory.listCampaigns()).filter((c) => c.title.endsWith("(đợt 2)"));
  await server.repos.officers.closeCampaign(second!.id);
  // Forty more units in the demo's campaign, by fours: a report under way, one sent, none, and no chat.
  await server.repos.transaction(async () => {
    for (let i = 0; i < 40; i++) {
      const unit = await server.repos.directory.insertUnit({ code: `U${String(i).padStart(2, "0")}`, name: `Trường số ${i}`, placeName: "Nam Triệu" });
      await server.repos.officers.addCampaignUnits(FIRST_CAMPAIGN, [unit.id]);
      if (i % 4 !== 3) await server.repos.directory.insertChat({ channel: "local", externalId: `truong-${i}`, title: `Trường số ${i}`, kind: "unit", unitId: unit.id });
      if (i % 4 < 2) await startReport(unit.id, i % 4 === 1);
    }
  });
  const overMany = await open("Báo cáo Tuần lễ học tập 2026 (đợt 3)");

  const unitsOf = async (title: string) =>
    Number((await server.database.rows<{ n: number | string }>(sql`SELECT count(*) AS n FROM campaign_units cu JOIN campaigns c ON c.id = cu.campaign_id WHERE c.title = ${title}`))[0]?.n);
  expect([await unitsOf("Báo cáo Tuần lễ học tập 2026 (đợt 2)"), await unitsOf("Báo cáo Tuần lễ học tập 2026 (đợt 3)")]).toEqual([3, 43]);
  expect(overThree).toBeGreaterThan(0);
  // No more: the first opening also reads the report type's definition, which later ones find read.
  expect(overMany).toBeLessThanOrEqual(overThree);
});
