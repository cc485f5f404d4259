/**
 * The campaign form's own words when the officer steps back from a confirmation: the form opens a
 * campaign, it submits no report ("Tiếp tục báo cáo", "Chưa nộp" were a unit's report's words).
 */
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

it("says 'Không' to /huy goes on opening the campaign, and 'hủy' at the confirmation opened nothing", async () => {
  await server.post(OFFICERS, KHA, "/dotbaocao");
  await server.post(OFFICERS, KHA, "1");
  expect(text(await server.post(OFFICERS, KHA, "/huy"))).toMatch(/^Thôi mở đợt báo cáo này\?/);
  expect(text(await server.post(OFFICERS, KHA, "Không"))).toMatch(/^Không hủy\. Tiếp tục mở đợt báo cáo\.\n---\nCâu 2\//);
  for (const answer of ["Đợt bổ sung", "/boqua", "UBND phường Nam Triệu", "30/10/2026", "17h", "/boqua", "Có", "1"]) await server.post(OFFICERS, KHA, answer);
  expect(text(await server.post(OFFICERS, KHA, "/nop"))).toMatch(/Mở đợt báo cáo với các thông tin trên/);
  expect(text(await server.post(OFFICERS, KHA, "hủy"))).toMatch(/^Chưa mở đợt báo cáo\.\n---\nĐã đủ thông tin\./);
  expect((await server.repos.officers.openCampaigns()).map((c) => c.title)).not.toContain("Đợt bổ sung");
});
