/**
 * One unit's documents in two campaigns of one report type and one year: a clerk with both
 * downloaded must tell them apart by name, whichever campaign the unit submits first. Through the
 * local chats of the demo: the officer opens campaign 2 with /dotbaocao, Liên Châu submits both.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";
import { useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

/** Liên Châu's full report in campaign `number`, submitted; the names of the documents it was sent. */
async function submitIn(number: number): Promise<string[]> {
  const start = replyText(await server.post(LIEN_CHAU, HOA, `/baocao ${number}`));
  // A campaign after a submitted one offers that report as its start: answered afresh here.
  if (/đợt trước đơn vị đã nộp/.test(start)) await server.post(LIEN_CHAU, HOA, "Không");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  return (await server.post(LIEN_CHAU, HOA, "Có")).flatMap((m) => (m.document ? [m.document.name] : []));
}

const PLAIN = "Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026.docx";

it("names campaign 2's document with its number when campaign 1 was submitted first", async () => {
  await openCampaignInChat(server.post);
  expect(await submitIn(1)).toEqual([PLAIN]);
  expect(await submitIn(2)).toEqual(["Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026-đợt-2.docx"]);
});

it("names campaign 1's document with its number when campaign 2 was submitted first", async () => {
  await openCampaignInChat(server.post);
  expect(await submitIn(2)).toEqual([PLAIN]);
  expect(await submitIn(1)).toEqual(["Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026-đợt-1.docx"]);
});
