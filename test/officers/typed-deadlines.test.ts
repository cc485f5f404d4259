/**
 * Deadlines as ward officers type them, read by one reader wherever one is typed: "/dotbaocao
 * giahan đến hết ngày 28/12/2026" got the usage line alone; the /dotbaocao deadline question took
 * "ngày 28 tháng 12 năm 2026" but not "hết ngày 28/12" nor "trước 17h ngày 28/12/2026"; and a date
 * typed where the office after "Kính gửi" is asked was stored as that office's name. Through the
 * real server and the local chat, on 8 October 2026 (campaign 1 due 17:00 on 22/10/2026).
 */
import { expect, it } from "vitest";
import { useTestApps } from "../helpers/build-test-app.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const apps = useTestApps();

async function officerChat(now?: string) {
  const app = await apps.start(now ? { now: () => new Date(now) } : {});
  const say = async (text: string) => (await app.post(OFFICERS, KHA, text)).map((m) => m.text).join("\n---\n");
  const deadline = async (id = 1) => new Date((await app.repos.directory.campaignById(id))!.deadlineAt).toISOString();
  return { ...app, say, deadline };
}

it("extends to the end of the day with 'đến hết ngày', to the hour of 'trước 17h ngày …', and says how the hour and the year were read", async () => {
  const { say, deadline } = await officerChat();
  expect(await say("/dotbaocao giahan đến hết ngày 28/12/2026")).toMatch(/^Đã gia hạn đợt 1 .* từ 17:00 ngày 22\/10\/2026 đến 23:59 ngày 28\/12\/2026\. [^\n]*\n"Hết ngày" được tính đến 23:59 của ngày đó\.$/);
  expect(await deadline()).toBe("2026-12-28T16:59:00.000Z");
  expect(await say("/dotbaocao giahan trước 17h ngày 29/12/2026")).toMatch(/ từ 23:59 ngày 28\/12\/2026 đến 17:00 ngày 29\/12\/2026\. [^\n]*$/);
  expect(await deadline()).toBe("2026-12-29T10:00:00.000Z");
  // Without the year: the next 30 December, said; the campaign's number before it, as before.
  expect(await say("/dotbaocao giahan 1 hết ngày 30/12")).toMatch(/ đến 23:59 ngày 30\/12\/2026\. [^\n]*\n"Hết ngày" được tính đến 23:59 của ngày đó\.\nKhông ghi năm nên hiểu là ngày 30\/12\/2026 sắp tới\.$/);
  // A day alone keeps the deadline's hour, and says so with how to set another.
  expect(await say("/dotbaocao giahan ngày 31 tháng 12 năm 2026")).toMatch(/ đến 23:59 ngày 31\/12\/2026\. [^\n]*\nKhông ghi giờ nên giữ giờ của hạn cũ \(23:59\)\. Muốn giờ khác, gõ kèm giờ/);
  expect(await say("/dotbaocao giahan đợt 1 trước 16h30, 2/1")).toMatch(/ đến 16:30 ngày 02\/01\/2027\. [^\n]*\nKhông ghi năm nên hiểu là ngày 02\/01\/2027 sắp tới\.$/);
  expect(await deadline()).toBe("2027-01-02T09:30:00.000Z");
  // "Hạn nộp: …", the colon after "hạn" (from the code review: the usage line alone).
  expect(await say("/dotbaocao giahan Hạn nộp: 4/1/2027 17:00")).toMatch(/ đến 17:00 ngày 04\/01\/2027\. /);
  expect(await say("/dotbaocao giahan hạn: 5/1/2027 17:00")).toMatch(/ đến 17:00 ngày 05\/01\/2027\. /);
  // A bare number before the day is still the campaign's, not an hour.
  expect(await say("/dotbaocao giahan 2 03/01/2027")).toMatch(/^Không có đợt số 2 đang mở/);
});

/** /dotbaocao up to the deadline's day question (question 5), no reference document. */
async function upToDeadline(say: (text: string) => Promise<string>) {
  await say("/dotbaocao");
  for (const answer of ["1", "Đợt mới", "/boqua"]) await say(answer);
  expect(await say("UBND phường Nam Triệu")).toMatch(/^Câu 5\/\d+ .*\nHạn nộp báo cáo \(ngày\)\?/);
}

it("takes the hour with the day at the /dotbaocao deadline question ('hết ngày', 'trước 17h ngày …'), asks it otherwise, and opens the campaign with it", async () => {
  const { say, deadline, repos } = await officerChat();
  await upToDeadline(say);
  expect(await say("đến hết ngày 28/12/2026")).toMatch(/^Đã hiểu hạn nộp là 23:59 ngày 28\/12\/2026 \("hết ngày" được tính đến 23:59\), nên không hỏi giờ nữa\.\n---\nCâu 7\/\d+ /);
  // Corrected with /sua, the day brings its hour again, replacing the one stored.
  await say("/sua 5");
  expect(await say("trước 17h ngày 20/12")).toMatch(/^Không ghi năm nên hiểu là ngày 20\/12\/2026 sắp tới\.\n---\nĐã hiểu hạn nộp là 17:00 ngày 20\/12\/2026, nên không hỏi giờ nữa\./);
  for (const answer of ["/boqua", "Có", "1", "/nop"]) await say(answer);
  expect(await say("Có")).toMatch(/Đã mở "Đợt mới" \(số 2\)/);
  expect(await deadline(2)).toBe("2026-12-20T10:00:00.000Z");
  expect((await repos.directory.campaignById(2))!.issuerName).toBe("UBND phường Nam Triệu");
});

it("reads 'thứ 6 tuần sau' at the /dotbaocao deadline question as the Friday of next week in Việt Nam, says so, and opens the campaign with it (it was refused as no date)", async () => {
  // 06:30 on Monday 12 October 2026 in Việt Nam, still Sunday in UTC (whose next week's Friday is the 16th).
  const { say, deadline } = await officerChat("2026-10-11T23:30:00Z");
  await upToDeadline(say);
  expect(await say("thứ 6 tuần sau")).toMatch(/^Đã hiểu «thứ 6 tuần sau» là ngày 23\/10\/2026\. Nếu không đúng, gõ: sửa câu 5: <ngày\/tháng\/năm>\.\n---\nCâu 6\/\d+ .*\nHạn nộp báo cáo \(giờ/);
  // With the hour, in one line: the hour question is not asked.
  await say("/sua 5");
  expect(await say("trước 17h T6 tuần sau")).toMatch(/^Đã hiểu «trước 17h T6 tuần sau» là ngày 23\/10\/2026\. [^\n]*\n---\nĐã hiểu hạn nộp là 17:00 ngày 23\/10\/2026, nên không hỏi giờ nữa\./);
  for (const answer of ["/boqua", "Có", "1", "/nop"]) await say(answer);
  expect(await say("Có")).toMatch(/Đã mở "Đợt mới" \(số 2\)/);
  expect(await deadline(2)).toBe("2026-10-23T10:00:00.000Z");
});

it("asks the hour after a day typed alone, the year taken as the next one", async () => {
  const { say } = await officerChat();
  await upToDeadline(say);
  expect(await say("20/12")).toMatch(/^Không ghi năm nên hiểu là ngày 20\/12\/2026 sắp tới\.\n---\nCâu 6\/\d+ .*\nHạn nộp báo cáo \(giờ/);
  expect(await say("/xem")).toMatch(/5\. Hạn nộp báo cáo \(ngày\)\?\n20\/12\/2026\n\n6–9\. \(chưa trả lời/);
});

it("never takes a date for the office after 'Kính gửi': typed a question early or with the office in one line, it is asked again and nothing is stored", async () => {
  const { say } = await officerChat();
  await say("/dotbaocao");
  for (const answer of ["1", "Đợt mới", "/boqua"]) await say(answer);
  const again = "có ngày tháng nên không được ghi làm tên cơ quan. Câu này chỉ ghi tên cơ quan, ví dụ: UBND phường Nam Triệu; ngày tháng ghi ở câu hỏi về ngày. Câu trả lời này chưa được lưu: hãy gõ lại tên cơ quan.";
  for (const typed of ["15/12/2026", "hạn 15/12/2026", "đến hết ngày 15/12", "UBND phường Nam Triệu, hạn nộp 15/12/2026", "UBND phường Nam Triệu, hạn 15/12", "UBND phường Nam Triệu trước ngày 15/12"]) expect(await say(typed), typed).toBe(`«${typed}» ${again}`);
  expect(await say("/xem")).toMatch(/3\. Số, ký hiệu văn bản yêu cầu báo cáo\?\n\(bỏ qua\)\n\n4–9\. \(chưa trả lời/);
  // A school named after a day and month is a name.
  expect(await say("Trường THCS 19/5")).toMatch(/^Câu 5\/\d+ /);
});

it("gives the period question's hint and example from the deadline just typed (it named 30/10/2026 whatever the deadline), with its hour too", async () => {
  const { say } = await officerChat();
  await upToDeadline(say);
  await say("15/01/2027");
  const period = await say("17:00");
  expect(period).toMatch(/^Câu 7\/\d+ .*\nThời gian báo cáo, như văn bản sẽ ghi/);
  expect(period).toMatch(/\nGợi ý: Bỏ qua để dùng năm học có hạn nộp: hạn 15\/01\/2027 thì là năm học 2026 - 2027\.\nVí dụ: năm học 2026 - 2027$/);
  // Typed with its hour, the deadline goes straight on to the period question, which names it too.
  await say("/sua 5");
  expect(await say("trước 17h ngày 20/06/2027")).toMatch(/\n---\nCâu 7\/\d+ [^]*\nGợi ý: Bỏ qua để dùng năm học có hạn nộp: hạn 20\/06\/2027 thì là năm học 2026 - 2027\.\nVí dụ: năm học 2026 - 2027/);
  await say("/sua 5");
  expect(await say("hết ngày 30/09/2027")).toMatch(/\nGợi ý: Bỏ qua để dùng năm học có hạn nộp: hạn 30\/09\/2027 thì là năm học 2027 - 2028\.\nVí dụ: năm học 2027 - 2028/);
});

it("takes '10.10' at the /dotbaocao hour question right after the deadline's day as 10:10, not as a day correcting it (from the code review: refused as 10/10)", async () => {
  const { say, deadline } = await officerChat();
  await upToDeadline(say);
  expect(await say("20/12/2026")).toMatch(/^Câu 6\/\d+ .*\nHạn nộp báo cáo \(giờ, /);
  expect(await say("10.10")).toMatch(/^Câu 7\/\d+ /);
  for (const answer of ["/boqua", "Có", "1", "/nop"]) await say(answer);
  expect(await say("Có")).toMatch(/Đã mở "Đợt mới" \(số 2\)/);
  expect(await deadline(2)).toBe("2026-12-20T03:10:00.000Z");
});

it("refuses at the hour question a deadline today at an hour already gone, saying the time now, and stores nothing (it went on to the period question and was refused only after the final 'Có')", async () => {
  const { say } = await officerChat();
  await upToDeadline(say);
  // The demo's clock is 10:15 on 08/10/2026: today is a day not past, 3h sáng of it is.
  expect(await say("08/10/2026")).toMatch(/^Câu 6\/\d+ .*\nHạn nộp báo cáo \(giờ, /);
  expect(await say("3h sáng")).toBe("Hạn nộp 03:00 ngày 08/10/2026 đã qua: bây giờ là 10:15 ngày 08/10/2026. Câu trả lời này chưa được lưu: hãy gõ một giờ sau 10:15, hoặc gõ /sua 5 để đổi ngày.");
  expect(await say("/xem")).toMatch(/5\. Hạn nộp báo cáo \(ngày\)\?\n08\/10\/2026\n\n6–9\. \(chưa trả lời/);
  // Typed with the day in one line at the day question: the same, nothing stored.
  await say("/sua 5");
  expect(await say("trước 9h ngày 08/10/2026")).toBe("Hạn nộp 09:00 ngày 08/10/2026 đã qua: bây giờ là 10:15 ngày 08/10/2026. Câu trả lời này chưa được lưu: hãy gõ lại hạn nộp với giờ sau 10:15, hoặc một ngày khác.");
  // An hour still to come today is taken.
  await say("/sua 6");
  expect(await say("17h")).toMatch(/^Câu 7\/\d+ .*\nThời gian báo cáo/);
});

it("does not store a bare hour typed at the period question as the period: it says how to correct the deadline's hour (it was printed as the report's period)", async () => {
  const { say } = await officerChat();
  await upToDeadline(say);
  await say("20/12/2026");
  expect(await say("9h")).toMatch(/^Câu 7\/\d+ .*\nThời gian báo cáo/);
  for (const typed of ["17h", "17:00", "5 giờ chiều"]) {
    expect(await say(typed), typed).toBe(`«${typed}» là một giờ, không phải thời gian báo cáo, nên chưa được lưu. Muốn sửa giờ hạn nộp, gõ /sua 6. Ở câu này hãy gõ thời gian báo cáo (ví dụ: năm học 2026 - 2027), hoặc /boqua.`);
  }
  expect(await say("/xem")).toMatch(/6\. Hạn nộp báo cáo \(giờ, theo giờ Việt Nam\)\?\n09:00\n\n7–9\. \(chưa trả lời/);
  // A period with figures in it is a period.
  expect(await say("năm học 2026 - 2027")).toMatch(/^Câu 8\/\d+ /);
});
