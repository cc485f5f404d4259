/**
 * Opening a campaign reads the reports its units' chats may stay on, the submitted ones (a
 * correction may be under way) together in one query, not one per unit; what each chat is told
 * stays as it was. Through the real server and the local chat.
 */
import { expect, it, vi } from "vitest";
import { HOA } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();
const LAN = { userId: "u3", userName: "Lê Thị Lan" };
const [LIEN_CHAU, NAM_TRIEU] = ["th-lien-chau", "thcs-nam-trieu"];

it("reads the submitted reports of every unit at once as a campaign opens, and still keeps on its report only the chat correcting it", async () => {
  await submitFullReport(server, LIEN_CHAU, HOA);
  await submitFullReport(server, NAM_TRIEU, LAN);
  await server.post(LIEN_CHAU, HOA, "sửa câu 9: 300");
  await server.post(OFFICERS, KHA, "/dotbaocao");
  for (const answer of ["1", "Đợt mới", "/boqua", "UBND phường Nam Triệu", "30/10/2026", "17h", "/boqua", "Có", "1"]) await server.post(OFFICERS, KHA, answer);
  expect(text(await server.post(OFFICERS, KHA, "/nop"))).toMatch(/Có|Không/);

  const one = vi.spyOn(server.repos.conversations, "loadReport");
  const together = vi.spyOn(server.repos.conversations, "loadReports");
  const versions = vi.spyOn(server.repos.submissions, "versionAnswers");
  expect(text(await server.post(OFFICERS, KHA, "Có"))).toMatch(/Lưu ý: 1 đơn vị đang làm dở báo cáo của đợt khác còn mở/);
  expect(one).not.toHaveBeenCalled();
  expect(versions).not.toHaveBeenCalled();
  expect(together).toHaveBeenCalledTimes(1);
  const ids = await Promise.all(["TH-LIEN-CHAU", "THCS-NAM-TRIEU"].map(async (code) => (await server.repos.officers.unitByCode(code))!.id));
  expect(together.mock.calls[0]![0].map((r) => r.unitId).sort()).toEqual(ids.sort());

  const last = async (chat: string) => (await server.repos.localMessages.history(chat)).at(-1)?.text;
  expect(await last(LIEN_CHAU)).toMatch(/^Thông báo đợt báo cáo mới: "Đợt mới"[^\n]*\nNhóm đang sửa báo cáo đợt 1 "/);
  expect(await last(NAM_TRIEU)).toBe('Thông báo đợt báo cáo mới: "Đợt mới". Hạn nộp: 17:00 ngày 30/10/2026.\nGõ /baocao 2 để bắt đầu báo cáo, /trogiup để xem các lệnh.');
});
