/**
 * The word of /huy's own question typed as its answer ("… hủy báo cáo …? Trả lời Có để hủy"):
 * "hủy", "huỷ", "hủy đi" cancel as "Có" does (each was met with the whole question again, as if
 * not heard); "huy" without its mark does not (Huy is a colleague's name, called in the group), nor
 * "đừng hủy". Through the real server and the local chat, the answers read back from SQLite.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("cancels the report when the clerk answers /huy's question with 'hủy', 'huỷ' or 'hủy đi'", async () => {
  for (const word of ["hủy", "huỷ", "Hủy đi!", "dạ hủy luôn ạ"]) {
    await reportAt(3);
    expect(Object.keys(await storedAnswers(1)), word).toHaveLength(2);
    expect(text(await server.post(LIEN_CHAU, HOA, "/huy")), word).toMatch(/Bạn có chắc không\? Trả lời Có để hủy, Không để tiếp tục\.$/);
    expect(text(await server.post(LIEN_CHAU, HOA, word)), word).toMatch(/^Đã hủy báo cáo đợt 1 "[^"]+" và xóa các câu trả lời\. Gõ \/baocao để bắt đầu lại\.$/);
    expect(await storedAnswers(1), word).toEqual({});
  }
});

it("keeps the report at 'huy' without its mark (a colleague's name), at 'đừng hủy' and at 'hủy?' asked back, asking again", async () => {
  await reportAt(3);
  await server.post(LIEN_CHAU, HOA, "/huy");
  for (const word of ["huy", "đừng hủy", "hủy?", "hủy ạ?"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, word)), word).toMatch(/^Hủy báo cáo đợt 1 "[^"]+" sẽ xóa toàn bộ câu trả lời đã nhập\. Bạn có chắc không\? Trả lời Có để hủy, Không để tiếp tục\.$/);
  }
  expect(Object.keys(await storedAnswers(1))).toHaveLength(2);
  // Another member's "hủy" cancels nothing either: only the one who typed /huy confirms it.
  expect(text(await server.post(LIEN_CHAU, MINH, "hủy"))).toMatch(/^Chỉ [^,]+, người đã gõ \/huy, mới xác nhận được việc hủy\./);
  expect(Object.keys(await storedAnswers(1))).toHaveLength(2);
});
