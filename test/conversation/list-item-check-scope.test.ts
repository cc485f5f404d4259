/**
 * The "one more item of the list?" question (engine-crossed-answers.ts) is for a line sent just as a
 * colleague's answer crossed the question after a list. A users' retest saw it fire on a clerk's own
 * answer several questions later, pointing at a list answered long before, and its "Không" put the
 * text into that list. Whole conversations through the local chat, each answer a few seconds after
 * the last (so the half minute never ran out), on a real database.
 */
import { expect, it } from "vitest";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { HOA, LIEN_CHAU, MINH, replyText, useTestApps } from "../helpers/build-test-app.ts";

const apps = useTestApps();
const TRANG = { userId: "u5", userName: "Đỗ Thu Trang" };
const YEN = { userId: "u6", userName: "Vũ Hải Yến" };

/** A server whose clock moves 5 seconds on at each message, and the answers stored for a chat's report. */
async function quickChat() {
  let clock = Date.parse("2026-10-08T03:15:00Z");
  const server = await apps.start({ now: () => new Date(clock) });
  const post = async (chat: string, user: typeof HOA, text: string) => {
    clock += 5_000;
    return replyText(await server.post(chat, user, text));
  };
  const answers = async (unitId: number) => Object.fromEntries((await server.repos.submissions.listAnswers((await server.repos.submissions.find(1, unitId))!.id)).map((a) => [a.fieldId, a.value]));
  return { server, post, answers };
}

it("th-lien-chau: Hoa's own answer at question 15, after Minh crossed question 8 and Hoa answered 9 to 14 alone, is not asked about as an item of question 7", async () => {
  const { post, answers } = await quickChat();
  await post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 7)) await post(LIEN_CHAU, HOA, answer);
  expect(await post(LIEN_CHAU, MINH, "6 buổi")).toMatch(/^Đã lưu tin vừa gửi làm câu trả lời cho câu 8/);
  for (const answer of FULL_REPORT_ANSWERS.slice(8, 14)) await post(LIEN_CHAU, HOA, answer);
  const reply = await post(LIEN_CHAU, HOA, "Cần phối hợp với cha mẹ học sinh");
  expect(reply).not.toMatch(/một mục của câu 7|là câu trả lời cho câu 15/);
  expect(reply).toMatch(/^Câu 16\/21/);
  const stored = await answers(1);
  expect(stored.activities).toEqual(["Tổ chức Hội sách", "Tổ chức các sân chơi trực tuyến cho học sinh"]);
  expect(stored.lessons).toBe("Cần phối hợp với cha mẹ học sinh");
});

it("mn-hoa-sen: Trang's «mặc định» at question 18, after Yến crossed question 15 and Trang left 16 and 17 out, is not asked about as an item of question 14", async () => {
  const { server, post, answers } = await quickChat();
  const unit = (await server.repos.directory.listUnits()).find((u) => u.code === "MN-HOA-SEN")!;
  await post("mn-hoa-sen", TRANG, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 13)) await post("mn-hoa-sen", TRANG, answer);
  await post("mn-hoa-sen", TRANG, "- Trẻ hứng thú\n- Phụ huynh ủng hộ");
  expect(await post("mn-hoa-sen", YEN, "Cần chuẩn bị sớm")).toMatch(/^Đã lưu tin vừa gửi làm câu trả lời cho câu 15/);
  await post("mn-hoa-sen", TRANG, "ko");
  await post("mn-hoa-sen", TRANG, "ko");
  const reply = await post("mn-hoa-sen", TRANG, "mặc định");
  expect(reply).not.toMatch(/một mục của câu 14|là câu trả lời cho câu 18/);
  expect(reply).toMatch(/^Đã bỏ qua câu 18/);
  const stored = await answers(unit.id);
  expect(stored.strengths).toEqual(["Trẻ hứng thú", "Phụ huynh ủng hộ"]);
  expect(stored.recipients).toBeNull();
});
