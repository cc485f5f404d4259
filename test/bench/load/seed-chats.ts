/**
 * Seeds the bot's database before it starts, in this process, through the real application
 * (buildTestApp on that database, then closed): 1,000 Telegram supergroups bound to 1,000 units,
 * each with its report in progress at question 1 (the state `/baocao` leaves), and 100 more whose
 * reports are answered in full and waiting at "submit? Có/Không" (for the document burst). One
 * open campaign over all of them, its deadline ahead, so nothing is late and no reminder is due.
 *
 * The states are made by the real engine (`step`) from the same answers the load sends, so this is
 * also where a drift between the template and those answers shows: it throws here rather than the
 * bench counting "lost" answers later.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INITIAL_STATE, REPORT_STATE_VERSION, reportKey, reportStateJson } from "../../../src/conversation/conversation-state.ts";
import { step } from "../../../src/conversation/engine.ts";
import type { Effect } from "../../../src/conversation/engine-types.ts";
import { parseUserInput } from "../../../src/conversation/user-input.ts";
import { LIFELONG_LEARNING_WEEK, loadBuiltInTemplates } from "../../../src/templates/built-in-templates.ts";
import { buildTestApp } from "../../helpers/build-test-app.ts";
import { answerText, BURST_CHATS, CAMPAIGN_TITLE, chatIdOf, LOAD_CHATS, QUESTIONS, SECRET, TOKEN, unitCodeOf, userIdOf } from "./updates.ts";

const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** `databaseUrl` for PostgreSQL; otherwise the SQLite file at `databasePath`. */
export async function seedChats(database: { databasePath: string; databaseUrl?: string }, counts = { load: LOAD_CHATS, burst: BURST_CHATS }): Promise<void> {
  const app = await buildTestApp({
    databasePath: database.databasePath,
    now: () => new Date(),
    demo: false,
    // A platform token, so the database is a production one (the bot refuses a demo's), and on
    // PostgreSQL the URL given explicitly: buildTestApp reads vitest's inject() only under vitest.
    env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}) },
  });
  try {
    const { repos } = app;
    const template = loadBuiltInTemplates().find((t) => t.key === LIFELONG_LEARNING_WEEK)!;
    const templateId = (await repos.templates.latestOf([LIFELONG_LEARNING_WEEK]))[0]!.id;
    const now = Date.now();
    const run = (state: typeof INITIAL_STATE, text: string, unitName: string) =>
      step(template, state, { message: parseUserInput(text), unitName, timeZone: TIME_ZONE }, new Date(now));

    await repos.transaction(async () => {
      const unitIds: number[] = [];
      for (let c = 0; c < counts.load + counts.burst; c++) {
        const unit = await repos.directory.insertUnit({ code: unitCodeOf(c), name: `Trường số ${c}`, placeName: "Nam Triệu" });
        await repos.directory.insertChat({ channel: "telegram", externalId: String(chatIdOf(c)), title: `Trường số ${c} – báo cáo`, kind: "unit", unitId: unit.id });
        unitIds.push(unit.id);
      }
      const campaign = await repos.directory.insertCampaign(
        { templateId, title: CAMPAIGN_TITLE, issuerName: "UBND phường Nam Triệu", deadlineAt: now + 10 * 86_400_000, createdAt: now },
        unitIds,
      );
      for (const [c, unitId] of unitIds.entries()) {
        const unitName = `Trường số ${c}`;
        let state = run(INITIAL_STATE, "/baocao", unitName).state;
        const submission = await repos.submissions.create(campaign.id, unitId, now);
        if (c >= counts.load) {
          // A burst chat: every question answered (rows too, as the bot would have stored them), then /nop.
          for (let q = 0; q < QUESTIONS; q++) {
            const result = run(state, answerText(q, c, `#seed-${q}`), unitName);
            const saved = result.effects.find((e): e is Extract<Effect, { type: "save-answer" }> => e.type === "save-answer");
            if (!saved) throw new Error(`seed: the engine did not take answer ${q} of chat ${c} (${JSON.stringify(result.replies[0])}); fix answerText`);
            await repos.submissions.saveAnswer(submission.id, saved.fieldId, saved.value, { id: `telegram:${userIdOf(c)}`, name: `Nguyễn Thị Hoa ${c}` }, now);
            state = result.state;
          }
          state = run(state, "/nop", unitName).state;
          // The clerk who answered is known by then, bound to the unit (as the bot leaves them).
          await repos.directory.touchMember("telegram", String(userIdOf(c)), `Nguyễn Thị Hoa ${c}`);
          await repos.officers.claimMemberUnit("telegram", String(userIdOf(c)), unitId);
          if (state.phase !== "confirm-submit") throw new Error(`seed: chat ${c} is at "${state.phase}" after /nop, not confirm-submit`);
        } else if (c === 0) {
          // The load's answers, once, through the engine: each must be taken, and the last completes the report.
          let check = state;
          for (let q = 0; q < QUESTIONS; q++) {
            const result = run(check, answerText(q, c, "#check"), unitName);
            if (!result.effects.some((e) => e.type === "save-answer")) throw new Error(`seed: the engine did not take the load's answer ${q} (${JSON.stringify(result.replies[0])})`);
            check = result.state;
          }
          if (check.phase !== "complete") throw new Error(`seed: after the load's ${QUESTIONS} answers the report is "${check.phase}", not complete`);
        }
        // Stored as the bot stores a report's state now: its answers only in the answers table.
        await repos.conversations.save(reportKey(campaign.id, unitId), reportStateJson(state), REPORT_STATE_VERSION, undefined, now);
      }
    });
  } finally {
    await app.close();
  }
}

/** The temp folders of the run's SQLite files, removed at its end (the logs stay). */
export const tempFolders: string[] = [];

/** A fresh SQLite file path in the temp dir. */
export function tempSqlitePath(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), "bench-load-"));
  tempFolders.push(folder);
  return join(folder, name);
}
