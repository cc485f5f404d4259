/**
 * The notes said after an answer typed without tone marks, from the users' retest, through the real
 * server: each says what the document prints, and nothing a clerk can see is untrue.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { submittedDocxParagraphs } from "../helpers/submitted-docx.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("says a plan's reference typed without marks is printed with its kind marked, as the document then prints it", async () => {
  await reportAt(1);
  const reply = text(await server.post(LIEN_CHAU, HOA, "Ke hoach so 45/KH-THLC ngay 05-10-2026"));
  expect(reply).toMatch(/^Lưu ý: câu trả lời chưa có dấu tiếng Việt; văn bản sẽ in: «Kế hoạch số 45\/KH-THLC ngay 05-10-2026»\. Muốn sửa, gõ: sửa câu 1: <nội dung có dấu>\.\n---\nCâu 2\/21/);
  expect(reply).not.toContain("in đúng như vậy");
  for (const answer of FULL_REPORT_ANSWERS.slice(1)) await server.post(LIEN_CHAU, HOA, answer);
  await server.post(LIEN_CHAU, HOA, "/nop");
  const paragraphs = await submittedDocxParagraphs(server, await server.post(LIEN_CHAU, HOA, "Có"));
  expect(paragraphs.join("\n")).toContain("Đơn vị đã xây dựng Kế hoạch số 45/KH-THLC ngay 05-10-2026 về việc");
});

it("says nothing of tone marks for a one-word signer's name that needs none ('Lan'), and still does for 'Tran Thi Lan' and 'Nguyen Van Binh'", async () => {
  await reportAt(21);
  for (const name of ["Lan", "Minh", "Hoa", "Nam"]) {
    const reply = text(await server.post(LIEN_CHAU, HOA, name));
    expect(reply, name).not.toMatch(/chưa có dấu/);
    expect((await storedAnswers()).signer_name, name).toBe(name);
    await server.post(LIEN_CHAU, HOA, "/sua 21");
  }
  // Plain syllables all, but a whole name: its family name is mostly marked (Trần).
  expect(text(await server.post(LIEN_CHAU, HOA, "Tran Thi Lan"))).toMatch(/\nLưu ý: họ tên «Tran Thi Lan» chưa có dấu; văn bản sẽ in đúng như vậy\./);
  await server.post(LIEN_CHAU, HOA, "/sua 21");
  expect(text(await server.post(LIEN_CHAU, HOA, "Nguyen Van Binh"))).toMatch(/\nLưu ý: họ tên «Nguyen Van Binh» chưa có dấu; văn bản sẽ in đúng như vậy\./);
});

it("shows the signer's title given back its marks, and says a correction to what is stored needs none", async () => {
  await reportAt(20);
  expect(text(await server.post(LIEN_CHAU, HOA, "HIEU TRUONG"))).toMatch(/^Đã ghi: HIỆU TRƯỞNG\n---\nCâu 21\/21/);
  expect((await storedAnswers()).signer_position).toBe("HIỆU TRƯỞNG");
  // Typed with its marks, the title is stored as typed and nothing is said of it.
  await server.post(LIEN_CHAU, HOA, "/sua 20");
  expect(text(await server.post(LIEN_CHAU, HOA, "PHÓ HIỆU TRƯỞNG"))).not.toMatch(/Đã ghi/);
  await server.post(LIEN_CHAU, HOA, "sửa câu 20: HIỆU TRƯỞNG");
  for (const correction of ["sửa câu 20 thành HIỆU TRƯỞNG", "sửa câu 20: HIỆU TRƯỞNG", "sửa câu 20: HIEU TRUONG"]) {
    const reply = text(await server.post(LIEN_CHAU, HOA, correction));
    expect(reply, correction).toMatch(/^Câu 20 đã là «HIỆU TRƯỞNG», không cần sửa\./);
    expect(reply, correction).not.toContain("Đã giữ nguyên");
  }
  expect((await storedAnswers()).signer_position).toBe("HIỆU TRƯỞNG");
});
