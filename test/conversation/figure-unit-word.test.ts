/**
 * From the users' retest: at "Số buổi tập huấn, sinh hoạt chuyên đề đã tổ chức" (question 8 of
 * the demo's report), "200 người" was stored as 200 sessions, with no word, and "350 cuốn" typed
 * there after "quay lại" was stored as well ("Đã sửa câu … : 350"). A figure whose unit word names
 * what another question counts is now refused, naming that question, and asked again; a fitting
 * unit ("5 buổi") or none is stored as before. Through the real server and the local chat, on SQLite.
 */
import { expect, it } from "vitest";
import { LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

const SESSIONS = "training_sessions";

it("refuses '200 người' at the sessions, naming the participants' question, and stores nothing", async () => {
  await reportAt(8);
  const reply = text(await server.post(LIEN_CHAU, MINH, "200 người"));
  expect(reply).toMatch(/(?:^|\n)Câu này hỏi số buổi; «200 người» có phải cho câu 9 «Tổng số lượt cán bộ, giáo viên tham gia[^»]*»\? Gõ lại số buổi\.\n---\nCâu 8\//);
  expect((await storedAnswers())[SESSIONS]).toBeUndefined();
});

it("names the books' question for '350 cuốn' at the sessions", async () => {
  await reportAt(8);
  const reply = text(await server.post(LIEN_CHAU, MINH, "350 cuốn"));
  expect(reply).toMatch(/(?:^|\n)Câu này hỏi số buổi; «350 cuốn» có phải cho câu 11 «Số sách quyên góp[^»]*»\? Gõ lại số buổi\./);
  expect((await storedAnswers())[SESSIONS]).toBeUndefined();
});

it("stores '5 buổi' at the sessions and '290 người' at the participants' 'lượt'", async () => {
  await reportAt(8);
  expect(text(await server.post(LIEN_CHAU, MINH, "5 buổi"))).toMatch(/^(?:[\s\S]*\n)?Câu 9\//);
  expect((await storedAnswers())[SESSIONS]).toBe(5);
  expect(text(await server.post(LIEN_CHAU, MINH, "290 người"))).toMatch(/Câu 10\//);
  expect((await storedAnswers()).training_participants).toBe(290);
});

it("refuses '350 cuốn' typed at the sessions after 'quay lại', keeping the figure stored", async () => {
  await reportAt(9);
  expect((await storedAnswers())[SESSIONS]).toBe(6);
  await server.post(LIEN_CHAU, MINH, "quay lại");
  const reply = text(await server.post(LIEN_CHAU, MINH, "350 cuốn"));
  expect(reply).toContain("Câu này hỏi số buổi; «350 cuốn» có phải cho câu 11");
  expect(reply).not.toContain("Đã sửa");
  expect((await storedAnswers())[SESSIONS]).toBe(6);
});

it("refuses '/sua 8 200 người' too, keeping the figure stored", async () => {
  await reportAt(10);
  const reply = text(await server.post(LIEN_CHAU, MINH, "/sua 8 200 người"));
  expect(reply).toContain("Câu này hỏi số buổi; «200 người» có phải cho câu 9");
  expect(reply).not.toContain("Đã sửa");
  expect((await storedAnswers())[SESSIONS]).toBe(6);
});
