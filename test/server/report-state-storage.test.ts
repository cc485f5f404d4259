/**
 * A unit's report state is stored without its answers (REPORT_STATE_VERSION): they live in the
 * answers table and come back with the state in one read. Through the real app, on both databases:
 * the stored row, /xem reading the answers back, a row written by the previous version (answers
 * inside) continued, a cleared photo question unanswered again, not skipped, and no write for a
 * message that moves nothing.
 */
import { describe, expect, it } from "vitest";
import { REPORT_STATE_VERSION, STATE_VERSION } from "../../src/conversation/conversation-state.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { type BotMessage, HOA, LIEN_CHAU, useTestApps } from "../helpers/build-test-app.ts";
import { multipartForm } from "../helpers/multipart-form.ts";
import { usePhotoTemplate } from "../helpers/photo-template.ts";
import { JPEG_16X16 } from "../helpers/tiny-images.ts";

const apps = useTestApps();
const texts = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

async function reportOf(server: Awaited<ReturnType<typeof apps.start>>) {
  const [campaign] = await server.database.db.select().from(server.database.tables.campaigns);
  const unit = (await server.repos.directory.listUnits()).find((u) => u.code === "TH-LIEN-CHAU")!;
  const key = `report:${campaign!.id}:${unit.id}`;
  const submission = await server.repos.submissions.find(campaign!.id, unit.id);
  const stored = await server.repos.conversations.load(key);
  const answers = submission ? await server.repos.submissions.listAnswers(submission.id) : [];
  return { key, stored: stored!, answers, submission: submission! };
}

describe("the stored state of a unit's report", () => {
  it("holds no answers; the answers table's come back with it, for the next question and for /xem", async () => {
    const server = await apps.start();
    await server.post(LIEN_CHAU, HOA, "/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 3)) await server.post(LIEN_CHAU, HOA, answer);
    const { stored, answers } = await reportOf(server);
    expect(stored.stateVersion).toBe(REPORT_STATE_VERSION);
    // In a group, who gave the last answer, and when (engine-crossed-answers.ts); never the answers.
    const lastAnswer = { fieldId: "propaganda_channels", by: "local:u1", name: HOA.userName, at: Date.parse("2026-10-08T03:15:00Z") };
    expect(JSON.parse(stored.state)).toEqual({ phase: "asking", fieldId: "slogans", submittedVersion: 0, lastAnswer });
    expect(answers.map((a) => a.fieldId)).toEqual(["plan_reference", "propaganda", "propaganda_channels"]);
    const review = texts(await server.post(LIEN_CHAU, HOA, "/xem"));
    expect(review).toContain(FULL_REPORT_ANSWERS[0]!);
    expect(review).toContain(FULL_REPORT_ANSWERS[1]!);
    // The report goes on to the end and is submitted whole from the table's answers.
    for (const answer of FULL_REPORT_ANSWERS.slice(3)) await server.post(LIEN_CHAU, HOA, answer);
    await server.post(LIEN_CHAU, HOA, "/nop");
    expect(texts(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp báo cáo/);
    const { submission } = await reportOf(server);
    const [version] = await server.repos.submissions.listVersions(submission.id);
    expect(Object.keys(version!.answers as object)).toHaveLength(FULL_REPORT_ANSWERS.length);
  });

  it("continues a row the previous version wrote, with the answers inside, and stores it the new way", async () => {
    const server = await apps.start();
    await server.post(LIEN_CHAU, HOA, "/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 2)) await server.post(LIEN_CHAU, HOA, answer);
    const before = await reportOf(server);
    // As the previous version stored it: every answer inside the state, which the conversation went
    // by. Its table could differ: here the second answer was changed there, and a stray row added.
    const old = { ...JSON.parse(before.stored.state), answers: Object.fromEntries(before.answers.map((a) => [a.fieldId, a.value])) };
    await server.repos.transaction(async () => {
      await server.repos.conversations.save(before.key, JSON.stringify(old), STATE_VERSION, before.stored.revision, Date.now());
      await server.repos.submissions.saveAnswer(before.submission.id, "propaganda", "Chỉ có trong bảng", { id: "x", name: "x" }, Date.now());
      await server.repos.submissions.saveAnswer(before.submission.id, "activities", null, { id: "x", name: "x" }, Date.now());
    });

    expect(texts(await server.post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[2]!))).toMatch(/Câu 4\/21/);
    const after = await reportOf(server);
    expect(after.stored.stateVersion).toBe(REPORT_STATE_VERSION);
    expect(JSON.parse(after.stored.state)).not.toHaveProperty("answers");
    // The state's answers won, in the table that is now their only copy.
    expect(Object.fromEntries(after.answers.map((a) => [a.fieldId, a.value]))).toEqual({ ...old.answers, propaganda_channels: expect.anything() });
    const review = texts(await server.post(LIEN_CHAU, HOA, "/xem"));
    expect(review).toContain(FULL_REPORT_ANSWERS[1]!);
    expect(review).not.toContain("Chỉ có trong bảng");
  });

  it("makes a cleared photo question unanswered again: its answer row goes", async () => {
    const server = await apps.start();
    await usePhotoTemplate(server);
    await server.post(LIEN_CHAU, HOA, "/baocao");
    await server.post(LIEN_CHAU, HOA, "Đã tổ chức nhiều hoạt động.");
    const form = multipartForm({ ...HOA }, { name: "anh.jpg", type: "image/jpeg", data: JPEG_16X16 });
    expect((await server.app.inject({ method: "POST", url: `/local/chats/${LIEN_CHAU}/files`, ...form })).statusCode).toBe(200);
    expect((await reportOf(server)).answers.map((a) => a.fieldId)).toContain("photos");
    expect(texts(await server.post(LIEN_CHAU, HOA, "Xóa ảnh"))).toBe("Đã xóa các ảnh của câu này. Vui lòng gửi lại ảnh.");
    // Not a skipped answer (null) but none at all, in the table the state is read from: the review
    // shows the question unanswered, not skipped.
    expect((await reportOf(server)).answers.map((a) => a.fieldId)).not.toContain("photos");
    expect(texts(await server.post(LIEN_CHAU, HOA, "/xem"))).toMatch(/Gửi ảnh hoạt động của đơn vị[^\n]*\n?[^\n]*\(chưa trả lời\)/);
  });

  it("writes the row only when the state moves: a plain message to a submitted report leaves it as it was", async () => {
    const server = await apps.start();
    await server.post(LIEN_CHAU, HOA, "/baocao");
    for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
    await server.post(LIEN_CHAU, HOA, "/nop");
    const confirming = (await reportOf(server)).stored;
    await server.post(LIEN_CHAU, HOA, "Có");
    const submitted = (await reportOf(server)).stored;
    expect(submitted.revision).toBe(confirming.revision + 1);

    // The group's own talk gets no answer; a message calling on the bot gets where the report stands.
    expect(await server.post(LIEN_CHAU, HOA, "Cảm ơn cô")).toEqual([]);
    expect(texts(await server.post(LIEN_CHAU, HOA, "@Bot Báo Cáo cảm ơn"))).toMatch(/Báo cáo đã được nộp lúc/);
    expect((await reportOf(server)).stored).toEqual(submitted);
    // A step that does move it is stored as before.
    expect(texts(await server.post(LIEN_CHAU, HOA, "/sua 1"))).toMatch(/Câu 1\/21/);
    expect((await reportOf(server)).stored.revision).toBe(submitted.revision + 1);
  });
});
