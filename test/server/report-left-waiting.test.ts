/**
 * What a unit's chat hears when it moves to another campaign's report ("/baocao 2") while the one
 * it leaves still waits on the clerk: a report returned by the ward, or a submitted report with a
 * question asked again. Through the real server and the local chat.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { submitThenOpenNext } from "../helpers/next-campaign.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const { server } = useDemoReport();

it("says a report returned by the ward is still to be corrected and sent again when the chat moves to another campaign (it said nothing)", async () => {
  const { first } = await submitThenOpenNext(server, "Đợt mới");
  await server.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU đợt 1 Thiếu ảnh");
  await server.post(LIEN_CHAU, HOA, "/baocao 1");
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 2"))).toMatch(
    new RegExp(`^Lưu ý: "${first.title}" đang được trả lại để sửa và chưa được nộp lại; muốn sửa, gõ /baocao 1, sửa các câu cần sửa rồi /nop\\.\nĐã chuyển sang báo cáo "Đợt mới"`),
  );
});

it("says which question of a submitted report is being asked again when the chat moves to another campaign (it said nothing, the correction unfinished)", async () => {
  const { first } = await submitThenOpenNext(server, "Đợt mới");
  await server.post(LIEN_CHAU, HOA, "/baocao 1");
  await server.post(LIEN_CHAU, HOA, "/sua 11");
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 2"))).toMatch(
    new RegExp(`^Lưu ý: "${first.title}" đang sửa dở: câu 11 đang chờ câu trả lời mới; bản đã nộp vẫn giữ nguyên\\. Muốn sửa tiếp, gõ /baocao 1\\.\nĐã chuyển sang báo cáo "Đợt mới"`),
  );
  // A correction stored before the question asked again: said that it waits for /nop too.
  await server.post(LIEN_CHAU, HOA, "/baocao 1");
  await server.post(LIEN_CHAU, HOA, "sửa câu 9: 300");
  await server.post(LIEN_CHAU, HOA, "/sua 11");
  expect(text(await server.post(LIEN_CHAU, HOA, "/baocao 2"))).toMatch(
    new RegExp(`^Lưu ý: "${first.title}" đang sửa dở: câu 11 đang chờ câu trả lời mới và các sửa đổi chưa được nộp\\. Muốn sửa tiếp và nộp, gõ /baocao 1, trả lời câu 11 rồi /nop\\.\nĐã chuyển sang báo cáo "Đợt mới"`),
  );
});

it("gives /vanban the document of the report just submitted, named, once the chat moved to another campaign's not started (it said only 'Chưa bắt đầu báo cáo', then to type /baocao 1 first)", async () => {
  const { first } = await submitThenOpenNext(server, "Đợt mới");
  const document = await server.post(LIEN_CHAU, HOA, "/vanban");
  expect(text(document)).toMatch(new RegExp(`^"${first.title.replace(/[()]/g, "\\$&")}" \\(đợt số 1; `));
  expect(document.flatMap((m) => (m.document ? [m.document.name] : []))).toHaveLength(1);
});
