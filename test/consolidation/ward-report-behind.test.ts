/**
 * A unit submitting after the ward's consolidated report was sent: the officers' chat heard only the
 * unit's notice, and learned that the ward's report lacked its figures only at /tonghop sua (the web
 * board said it). The notice now says it, with the command that updates the ward's report; not
 * before the ward's report is sent. Through the demo's local chat.
 */
import { expect, it } from "vitest";
import { MINH, LIEN_CHAU, replyText } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { answerWardReport, KHA, OFFICERS } from "../helpers/ward-report.ts";
import { useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();
const LAN = { userId: "u3", userName: "Lê Thị Lan" };
const BEHIND = /\nBáo cáo tổng hợp của đợt này đã nộp lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}, chưa có số liệu của báo cáo vừa nộp\. Để cập nhật, gõ \/tonghop sua 1 rồi \/nop\.$/;

/** The officers' chat's notices that `unit` submitted, in order. */
const notices = async (unit: string) => (await server.repos.localMessages.history(OFFICERS)).map((m) => m.text).filter((t) => t.startsWith(`${unit} đã nộp`));

it("says under a unit's submission notice that the ward's report sent before it lacks its figures, and how to update it", async () => {
  await answerWardReport(server);
  expect(replyText(await server.post(OFFICERS, KHA, "/nop"))).toContain("Xác nhận nộp báo cáo?");
  expect(replyText(await server.post(OFFICERS, KHA, "Có"))).toMatch(/^Đã nộp báo cáo/);
  // Liên Châu submitted before the ward's report: its notice says nothing of it.
  const [lienChau] = await notices("Trường Tiểu học Liên Châu");
  expect(lienChau).not.toContain("Báo cáo tổng hợp");

  await submitFullReport(server, "thcs-nam-trieu", LAN);
  const [namTrieu] = await notices("Trường THCS Nam Triệu");
  expect(namTrieu).toMatch(/^Trường THCS Nam Triệu đã nộp "Báo cáo[^"]+" lúc [^.]+\. Người nộp: Lê Thị Lan\./);
  expect(namTrieu).toMatch(BEHIND);

  // A correction sent after it too.
  await server.post(LIEN_CHAU, MINH, "/sua 9");
  await server.post(LIEN_CHAU, MINH, "300");
  await server.post(LIEN_CHAU, MINH, "/nop");
  await server.post(LIEN_CHAU, MINH, "Có");
  expect((await notices("Trường Tiểu học Liên Châu"))[1]).toMatch(BEHIND);
});
