/**
 * Closing a campaign reads where each unit's chat goes in a fixed number of queries, however many
 * units there are (it was one or more per unit: the chat each unfinished report is on, where it goes
 * once closed, and what its notice says). Through the officers' /dotbaocao dong in the demo's local
 * chats, every read the database runs counted by its text (test/bench's counter).
 */
import type BetterSqlite from "better-sqlite3";
import { expect, it } from "vitest";
import { countStatements } from "../bench/load/statement-counts.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { KHA, OFFICERS, useOfficersChat } from "../helpers/officers-chat.ts";
import { TEST_DIALECT } from "../helpers/test-database.ts";

const { server } = useOfficersChat();
const CLERK = { userId: "u1", userName: "Nguyễn Thị Hoa" };

/** A campaign of the demo's report type over these units, stored as the web form stores it, still open. */
async function campaignOver(title: string, unitIds: number[]) {
  const [demo] = await server.repos.directory.listCampaigns().then((all) => all.slice(-1));
  return server.repos.transaction(() => server.repos.directory.insertCampaign({ templateId: demo!.templateId, title, issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2026-10-30T10:00:00Z") }, unitIds));
}

/** By fours, the chats' reports: the first question answered, the report opened only, none started (twice). */
async function startReports(chats: string[]) {
  for (const [i, chat] of chats.entries()) {
    if (i % 4 < 2) await server.post(chat, CLERK, "/baocao");
    if (i % 4 === 0) await server.post(chat, CLERK, FULL_REPORT_ANSWERS[0]!);
  }
}

it("runs no more reads closing a campaign over 40 units than over the demo's 3, with reports answered in part, opened only and not started, and another campaign open", async () => {
  const statements = countStatements(server.database as { sqlite?: BetterSqlite.Database }, TEST_DIALECT === "postgres");
  // Reads, not those of the outbox: its worker sends the notices on its own time, one by one.
  // Nor PostgreSQL's locks: one per chat told (its message queued in order) and per report the close moves, taken to write.
  const isRead = (text: string) => /^\s*(select|with)\b/i.test(text) && !text.includes("outbox") && !text.includes("pg_advisory_xact_lock");
  const readsRun = () => [...statements.counts].filter(([text]) => isRead(text)).reduce((sum, [, n]) => sum + n, 0);
  const close = async (campaignId: number) => {
    const before = readsRun();
    await server.post(OFFICERS, KHA, `/dotbaocao dong ${campaignId} chac`);
    expect((await server.repos.directory.campaignById(campaignId))?.status).toBe("closed");
    return readsRun() - before;
  };

  const demoUnits = (await server.repos.directory.listUnits()).filter((unit) => unit.code !== "UBND-NAM-TRIEU").map((unit) => unit.id);
  await startReports(["th-lien-chau", "thcs-nam-trieu", "mn-hoa-sen"]);
  await campaignOver("Đợt tiếp theo của ba trường", demoUnits);
  const overThree = await close(1);

  const chats = Array.from({ length: 40 }, (_, i) => `truong-${i}`);
  const unitIds = await server.repos.transaction(async () => {
    const ids: number[] = [];
    for (const [i, chat] of chats.entries()) {
      const unit = await server.repos.directory.insertUnit({ code: `U${String(i).padStart(2, "0")}`, name: `Trường số ${i}`, placeName: "Nam Triệu" });
      await server.repos.directory.insertChat({ channel: "local", externalId: chat, title: `Trường số ${i}`, kind: "unit", unitId: unit.id });
      ids.push(unit.id);
    }
    return ids;
  });
  const many = await campaignOver("Đợt của bốn mươi trường", unitIds);
  await startReports(chats);
  await campaignOver("Đợt tiếp theo của bốn mươi trường", unitIds);
  const overMany = await close(many.id);

  expect(overThree).toBeGreaterThan(0);
  expect(overMany).toBeLessThanOrEqual(overThree);
});
