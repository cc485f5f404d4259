/**
 * A correction typed as a question ("câu 10 là 1520 đúng không ạ"), from the users' retest, through
 * the real server and the local chat: answered with what the report holds, nothing changed.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("answers 'câu 10 là 1520 đúng không ạ' with what question 10 holds and how to correct it, storing nothing and keeping the question asked", async () => {
  await reportAt(12);
  const before = await storedAnswers();
  // It was read as "sửa câu 10: 1520 đúng không" and refused for the words after the figure.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 10 là 1520 đúng không ạ"))).toMatch(
    /^Câu 10 «Số lượt bạn đọc[^»]*» đang ghi: 2\.000\. Tin nhắn này chưa sửa gì; nếu muốn sửa thành 1\.520, gõ: sửa câu 10: 1\.520\.\n---\nCâu 12\/21/,
  );
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 10 là 2.000 phải không?"))).toMatch(/^Đúng ạ: câu 10 «Số lượt bạn đọc[^»]*» đang ghi 2\.000; không cần sửa\.\n---\nCâu 12\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 11: 40 không ạ?"))).toMatch(/^Câu 11 «Số sách quyên góp[^»]*» đang ghi: 350\. Tin nhắn này chưa sửa gì; nếu muốn sửa thành 40, gõ: sửa câu 11: 40\.\n---\nCâu 12\/21/);
  // A yes/no asked about: "không?" is the answer asked about, not the question's word.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 5 là không?"))).toMatch(/^Câu 5 «Đơn vị có tổ chức Lễ khai mạc[^»]*» đang ghi: Có\. Tin nhắn này chưa sửa gì; nếu muốn sửa thành Không, gõ: sửa câu 5: Không\./);
  expect(await storedAnswers()).toEqual(before);
  // Without the question's words it is still the correction it was.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 10 là 1520"))).toMatch(/^Đã sửa câu 10 «[^»]+»: 1\.520\n---\nCâu 12\/21/);
  expect((await storedAnswers()).readers_served).toBe(1520);
});

it("once every question is answered and after the submission, a correction asked about changes nothing and says how to correct", async () => {
  await reportAt(1);
  for (const answer of FULL_REPORT_ANSWERS) await server.post(LIEN_CHAU, HOA, answer);
  const before = await storedAnswers();
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 9 là 300, câu 10 là 1520 đúng không ạ"))).toBe(
    [
      "Câu 9 «Tổng số lượt cán bộ, giáo viên tham gia các buổi tập huấn…» đang ghi: 290. Tin nhắn này chưa sửa gì; nếu muốn sửa thành 300, gõ: sửa câu 9: 300.",
      "Câu 10 «Số lượt bạn đọc được thư viện, tủ sách phục vụ trong Tuần lễ» đang ghi: 2.000. Tin nhắn này chưa sửa gì; nếu muốn sửa thành 1.520, gõ: sửa câu 10: 1.520.",
    ].join("\n"),
  );
  await server.post(LIEN_CHAU, HOA, "/nop");
  await server.post(LIEN_CHAU, HOA, "Có");
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 10 là 1520?"))).toMatch(/^Câu 10 «[^»]+» đang ghi: 2\.000\. Tin nhắn này chưa sửa gì; nếu muốn sửa thành 1\.520, gõ: sửa câu 10: 1\.520, rồi \/nop để nộp bản sửa\.$/);
  expect(await storedAnswers()).toEqual(before);
});

it("reads a message opening with a figure as an answer, not as '/sua' of that number: '6 buổi phải không ạ' at a count is no question about question 6", async () => {
  await reportAt(8);
  const before = await storedAnswers();
  const reply = text(await server.post(LIEN_CHAU, HOA, "6 buổi phải không ạ"));
  expect(reply).not.toMatch(/Câu 6|sửa câu 6/);
  expect(reply).toMatch(/Vui lòng chỉ gõ con số[^\n]*\n---\nCâu 8\/21/);
  expect(await storedAnswers()).toEqual(before);
  // After "/sua" the leading number is the question's.
  expect(text(await server.post(LIEN_CHAU, HOA, "/sua 10 1.520?"))).toMatch(/^Câu 10 «[^»]+» chưa có câu trả lời\. Tin nhắn này chưa lưu gì; nếu muốn trả lời 1\.520, gõ: sửa câu 10: 1\.520\./);
});

it("does not advise a value the question would refuse: 'câu 12 là 1520 đúng không ạ' at a percent says why 1520 cannot be written there", async () => {
  await reportAt(14);
  const before = await storedAnswers();
  // It said "nếu muốn sửa thành 1520, gõ: sửa câu 12: 1520", which is then refused (above 100).
  const reply = text(await server.post(LIEN_CHAU, HOA, "câu 12 là 1520 đúng không ạ"));
  expect(reply).toMatch(/^Câu 12 «Tỉ lệ cán bộ[^»]*» đang ghi: 95,5%\. Tin nhắn này chưa sửa gì; «1520» không ghi được vào câu này\. Số phải nhỏ hơn hoặc bằng 100\.\n---\nCâu 14\/21/);
  expect(reply).not.toMatch(/sửa câu 12: 1520/);
  // Unanswered, and a date that does not exist: why, no "gõ: sửa câu …".
  expect(text(await server.post(LIEN_CHAU, HOA, "/sua 12 150?"))).toMatch(/không ghi được vào câu này\. Số phải nhỏ hơn hoặc bằng 100\./);
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 6 là 31/9/2026 phải không?"))).toMatch(/^Câu 6 «[^»]+» đang ghi: 02\/10\/2026\. Tin nhắn này chưa sửa gì; «31\/9\/2026» không ghi được vào câu này\. Tháng 9 năm 2026 chỉ có 30 ngày[^\n]*\n---\nCâu 14\/21/);
  // A valid value is still advised as before.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 12 là 90 đúng không ạ"))).toMatch(/^Câu 12 «[^»]+» đang ghi: 95,5%\. Tin nhắn này chưa sửa gì; nếu muốn sửa thành 90%, gõ: sửa câu 12: 90%\./);
  expect(await storedAnswers()).toEqual(before);
});
