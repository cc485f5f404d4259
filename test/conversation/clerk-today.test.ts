/**
 * "Today" on the paths beside the asked question, through the real server: at 23:30 UTC it is
 * already 06:30 the next morning in Việt Nam, and "hôm nay" typed there is the clerk's day (9
 * October), as the date question itself reads it, not the server's UTC one (8 October).
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text, useTestApps } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { ANH, useTelegramHarnesses } from "../helpers/telegram-harness.ts";

/** 06:30 on 9 October 2026 in Hà Nội; still 8 October in UTC. */
const EARLY_MORNING = "2026-10-08T23:30:00Z";
const apps = useTestApps();
const harnesses = useTelegramHarnesses();

/** The demo early in the morning, Liên Châu's report with the ceremony's date answered "hôm nay" (question 7 asked). */
async function afterTodayAnswered() {
  const server = await apps.start({ now: () => new Date(EARLY_MORNING) });
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 5)) await server.post(LIEN_CHAU, HOA, answer);
  expect(text(await server.post(LIEN_CHAU, HOA, "hôm nay"))).toMatch(/^Đã hiểu «hôm nay» là ngày 09\/10\/2026\./);
  const stored = async () => {
    const submission = await server.repos.submissions.find(1, 1);
    return Object.fromEntries((await server.repos.submissions.listAnswers(submission!.id)).map((a) => [a.fieldId, a.value]));
  };
  return { server, stored };
}

it("asked 'câu 6 là hôm nay phải không?', says question 6 holds that day, not that it holds another", async () => {
  const { server, stored } = await afterTodayAnswered();
  // It read "hôm nay" as 08/10/2026 and said: "đang ghi: 09/10/2026 … nếu muốn sửa thành 08/10/2026".
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 6 là hôm nay phải không?"))).toMatch(/^Đúng ạ: câu 6 «[^»]+» đang ghi 09\/10\/2026; không cần sửa\./);
  expect((await stored()).opening_date).toBe("2026-10-09");
});

it("once every question is answered, 'câu 6: hôm nay' is the answer question 6 already has", async () => {
  const { server, stored } = await afterTodayAnswered();
  for (const answer of FULL_REPORT_ANSWERS.slice(6)) await server.post(LIEN_CHAU, HOA, answer);
  // It said "Câu 6 chưa được thay … Muốn thay bằng «hôm nay», gõ: sửa câu 6: hôm nay".
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 6: hôm nay"))).toBe("Câu 6 đã có đúng câu trả lời này; không cần sửa.");
  expect((await stored()).opening_date).toBe("2026-10-09");
});

it("an answer's message edited to 'hôm nay' stores the clerk's day", async () => {
  const t = await harnesses.start({ startAt: Date.parse(EARLY_MORNING) });
  await t.deliver(t.updates.text(ANH, "/baocao"));
  const answers = FULL_REPORT_ANSWERS.slice(0, 6).map((answer) => t.updates.text(ANH, answer));
  for (const update of answers) await t.deliver(update);
  await t.deliver(t.updates.edited(ANH, "hôm nay", (answers[5]!.message as { message_id: number }).message_id));
  // It stored 2026-10-08, the UTC day, and said "Đã hiểu «hôm nay» là ngày 08/10/2026".
  expect(t.lastMessage().params.text).toMatch(/^Đã hiểu «hôm nay» là ngày 09\/10\/2026\./);
  const stored = Object.fromEntries((await t.server.repos.submissions.listAnswers(1)).map((a) => [a.fieldId, a.value]));
  expect(stored.opening_date).toBe("2026-10-09");
});
