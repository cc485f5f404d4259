/**
 * "hủy" typed with its mark where an answer is expected does what "huy" typed there does: asks to
 * confirm the cancel, and is never stored. It was stored as the answer during /sua ("Đã sửa câu 4
 * «Ghi chú thêm»: hủy"), refused as no authority line at an optional question, and as no date in
 * the officers' campaign form. Through the real server and the local chat, read back from SQLite.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

const ASKS_TO_CANCEL = /^Hủy báo cáo đợt 1 "[^"]+" sẽ xóa toàn bộ câu trả lời đã nhập\. Bạn có chắc không\? Trả lời Có để hủy, Không để tiếp tục\.$/;
const MARKED = ["hủy", "huỷ", "Hủy", "hủy bỏ", "hủy báo cáo", "Huỷ báo cáo ạ"];

it("asks to confirm the cancel at 'hủy', 'huỷ', 'hủy bỏ', 'hủy báo cáo' typed at a question, as at 'huy', and stores none of them", async () => {
  await reportAt(2);
  const unmarked = text(await server.post(LIEN_CHAU, HOA, "huy"));
  expect(unmarked).toMatch(ASKS_TO_CANCEL);
  await server.post(LIEN_CHAU, HOA, "Không");
  for (const word of MARKED) {
    expect(text(await server.post(LIEN_CHAU, HOA, word)), word).toBe(unmarked);
    expect(text(await server.post(LIEN_CHAU, HOA, "Không")), word).toMatch(/^Không hủy\. Tiếp tục báo cáo\.\n---\nCâu 2\/\d+/);
  }
  expect(Object.keys(await storedAnswers())).toEqual(["plan_reference"]);
  // Confirmed, it cancels as /huy does.
  await server.post(LIEN_CHAU, HOA, "hủy báo cáo");
  expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toMatch(/^Đã hủy báo cáo đợt 1 /);
  expect(await storedAnswers()).toEqual({});
});

it("asks to confirm the cancel at 'hủy' typed during /sua, as at 'huy', and leaves the answer being corrected as it was", async () => {
  await reportAt(4);
  const before = await storedAnswers();
  await server.post(LIEN_CHAU, HOA, "/sua 2");
  const unmarked = text(await server.post(LIEN_CHAU, HOA, "huy"));
  expect(unmarked).toMatch(ASKS_TO_CANCEL);
  await server.post(LIEN_CHAU, HOA, "Không");
  for (const word of MARKED) {
    expect(text(await server.post(LIEN_CHAU, HOA, word)), word).toBe(unmarked);
    expect(text(await server.post(LIEN_CHAU, HOA, "Không")), word).toMatch(/^Không hủy\. Tiếp tục báo cáo\.\n---\nCâu 2\/\d+[^]*Câu trả lời hiện tại: Treo băng rôn/);
  }
  expect(await storedAnswers()).toEqual(before);
});

it("asks to confirm the cancel at 'hủy báo cáo' typed at the signer's authority line, where it was refused as no authority", async () => {
  await reportAt(19);
  expect(text(await server.post(LIEN_CHAU, HOA, "/xem"))).toMatch(/Câu 19\/\d+[^]*quyền hạn ký/);
  for (const word of MARKED) {
    expect(text(await server.post(LIEN_CHAU, HOA, word)), word).toMatch(ASKS_TO_CANCEL);
    expect(text(await server.post(LIEN_CHAU, HOA, "Không")), word).toMatch(/^Không hủy\. Tiếp tục báo cáo\.\n---\nCâu 19\//);
  }
  expect((await storedAnswers()).signer_authority).toBeUndefined();
});

it("stores an answer that merely begins with 'Hủy' and goes on", async () => {
  await reportAt(2);
  await server.post(LIEN_CHAU, HOA, "Hủy buổi mít tinh do mưa, thay bằng loa phát thanh");
  expect((await storedAnswers()).propaganda).toBe("Hủy buổi mít tinh do mưa, thay bằng loa phát thanh");
});

it("asks to stop opening the campaign at 'hủy' typed at the officers' deadline question, as at 'huy'", async () => {
  for (const answer of ["/dotbaocao", "1", "Đợt mới", "/boqua", "UBND phường Nam Triệu"]) await server.post(OFFICERS, KHA, answer);
  const stop = "Thôi mở đợt báo cáo này? Các câu đã trả lời sẽ bị xóa. Trả lời Có để thôi, Không để tiếp tục.";
  for (const word of ["huy", ...MARKED]) {
    expect(text(await server.post(OFFICERS, KHA, word)), word).toBe(stop);
    expect(text(await server.post(OFFICERS, KHA, "Không")), word).toMatch(/^Không hủy\. Tiếp tục mở đợt báo cáo\.\n---\nCâu 5\/\d+[^]*Hạn nộp báo cáo \(ngày\)\?/);
  }
  await server.post(OFFICERS, KHA, "hủy");
  expect(text(await server.post(OFFICERS, KHA, "Có"))).toMatch(/^Đã hủy, chưa mở đợt báo cáo nào\./);
});
