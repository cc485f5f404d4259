/**
 * An authority line typed where the signer's name (or position) is asked, from the users' retest,
 * through the real server and the local chat: not stored, and said where the line goes.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const { server, storedAnswers } = useDemoReport();

/** The demo report of 19 questions (no opening, no training), answered up to the signer's name, question 19. */
async function atTheName() {
  await server.post(LIEN_CHAU, HOA, "/baocao");
  const answers = [...FULL_REPORT_ANSWERS.slice(0, 4), "Không", ...FULL_REPORT_ANSWERS.slice(6, 7), "0", ...FULL_REPORT_ANSWERS.slice(9, -1)];
  for (const answer of answers) await server.post(LIEN_CHAU, HOA, answer);
}

it("refuses 'câu 19: kt hiệu trưởng' and 'KT. Hiệu trưởng' at the signer's name, saying the name is asked and the line goes at question 17", async () => {
  await atTheName();
  const before = await storedAnswers();
  expect(before.signer_position).toBe("HIỆU TRƯỞNG");
  // It was stored as the signer's name and printed under the signature.
  expect(text(await server.post(LIEN_CHAU, HOA, "câu 19: kt hiệu trưởng"))).toMatch(
    /^«kt hiệu trưởng» là quyền hạn ký \(ký thay, thay mặt…\), không phải họ và tên của người ký\. Câu này chỉ hỏi họ và tên người ký, ví dụ Nguyễn Văn An\. Quyền hạn ký ghi ở câu 17; nếu cần, gõ: sửa câu 17: KT\. HIỆU TRƯỞNG\.\n---\nCâu 19\/19/,
  );
  expect(text(await server.post(LIEN_CHAU, HOA, "KT. Hiệu trưởng"))).toMatch(/^«KT\. Hiệu trưởng» là quyền hạn ký[^\n]*sửa câu 17: KT\. HIỆU TRƯỞNG\.\n---\nCâu 19\/19/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Phó hiệu trưởng"))).toMatch(/^Câu này chỉ hỏi họ và tên người ký[^\n]*\n---\nCâu 19\/19/);
  expect(await storedAnswers()).toEqual(before);
  // At the position too, the authority line is told where it goes.
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 18: KT. HIỆU TRƯỞNG"))).toMatch(/^«KT\. HIỆU TRƯỞNG» là quyền hạn ký[^\n]*không phải chức vụ của người ký\. Câu này chỉ hỏi chức vụ của người ký, ví dụ HIỆU TRƯỞNG\. Quyền hạn ký ghi ở câu 17/);
  expect(await storedAnswers()).toEqual(before);
  await server.post(LIEN_CHAU, HOA, "sửa câu 17: KT. HIỆU TRƯỞNG");
  await server.post(LIEN_CHAU, HOA, "sửa câu 18: Phó hiệu trưởng");
  expect(text(await server.post(LIEN_CHAU, HOA, "Trần Văn Minh"))).toMatch(/^Đã trả lời xong/);
  expect(await storedAnswers()).toMatchObject({ signer_authority: "KT. HIỆU TRƯỞNG", signer_position: "Phó hiệu trưởng", signer_name: "Trần Văn Minh" });
});

it("takes 'Q. HIỆU TRƯỞNG' (acting) at the signer's position, where NĐ 30 writes it, and refuses it at the name without pointing to the authority question (from the code review)", async () => {
  await atTheName();
  const before = await storedAnswers();
  const refused = text(await server.post(LIEN_CHAU, HOA, "Q. Hiệu trưởng"));
  expect(refused).toMatch(/^«Q\. Hiệu trưởng» là quyền hạn ký[^\n]*Câu này chỉ hỏi họ và tên người ký, ví dụ Nguyễn Văn An\.\n---\nCâu 19\/19/);
  expect(refused).not.toContain("Quyền hạn ký ghi ở câu 17");
  expect(await storedAnswers()).toEqual(before);
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 18: Q. HIỆU TRƯỞNG"))).toMatch(/^Đã sửa câu 18/);
  expect((await storedAnswers()).signer_position).toBe("Q. HIỆU TRƯỞNG");
});
