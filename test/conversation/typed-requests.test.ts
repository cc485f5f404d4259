/**
 * What a clerk types in the group, once every question is answered, for what a command does: "cho
 * em xin file word" is /vanban and "ok chị, em nộp nhé" is /nop, through the real server and the
 * local chat. Both passed in silence as the group's own talk.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const { server } = useDemoReport();

it("reads 'ok chị, em nộp nhé' once every question is answered as /nop, and 'cho em xin file word' as /vanban, before and after the submission (both passed in silence)", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  // Not submitted yet: what /vanban says then.
  expect(text(await server.post(LIEN_CHAU, MINH, "cho em xin file word"))).toBe(text(await server.post(LIEN_CHAU, MINH, "/vanban")));
  expect(text(await server.post(LIEN_CHAU, HOA, "ok chị, em nộp nhé"))).toMatch(/^Xem lại "Báo cáo [^"]+" — Trường Tiểu học Liên Châu:[\s\S]*\n---\nXác nhận nộp báo cáo\?/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/^Đã nộp báo cáo/);
  for (const request of ["cho em xin file word", "Gửi em file báo cáo với ạ", "xin lại file word nhé", "chị ơi cho em xin file word"]) {
    expect((await server.post(LIEN_CHAU, MINH, request)).map((m) => m.text), request).toEqual(["Văn bản báo cáo"]);
  }
});

it("leaves the group's sentences that only mention the file or submitting alone, once the report is in", async () => {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
  for (const talk of ["em đang sửa file word", "file word em để trên máy trường", "chị nộp bên phòng chưa ạ", "em nộp bên phòng rồi nhé"]) {
    expect(await server.post(LIEN_CHAU, MINH, talk), talk).toEqual([]);
  }
});
