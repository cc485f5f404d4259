/**
 * From the users' retest: at question 10, Minh asked Hoa "chị Hoa ơi câu 9 chị ghi bao nhiêu thế?".
 * The bot answered "Tin nhắn này là câu hỏi về câu đang hỏi…", untrue: it asks about question 9.
 * Through the real server and the local chat.
 */
import { expect, it } from "vitest";
import { LIEN_CHAU, MINH } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { text } from "../helpers/officers-chat.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("a colleague's question about question 9 typed at question 10 is answered with question 9's answer, and question 10 asked again; nothing stored", async () => {
  await reportAt(10);
  const before = await storedAnswers();
  const [said, ...rest] = text(await server.post(LIEN_CHAU, MINH, "chị Hoa ơi câu 9 chị ghi bao nhiêu thế?")).split("\n---\n");
  expect(said).toBe("Tin nhắn này hỏi về câu 9 nên chưa được lưu làm câu trả lời. Câu 9 «Tổng số lượt cán bộ, giáo viên tham gia các buổi tập huấn…»: 290. Câu đang hỏi ở dưới.");
  expect(rest.join("\n")).toMatch(/^Câu 10\/\d+ /);
  expect(await storedAnswers()).toEqual(before);
});

// From the users' retest at 1a1f6ce: "câu 8 chị Hoa ghi bao nhiêu buổi vậy?" was pointed to /xem.
for (const asked of ["câu 8 chị Hoa ghi bao nhiêu buổi vậy?", "câu 8 ghi gì ạ", "câu 8 chị ghi bao nhiêu", "câu 8 điền gì vậy"]) {
  it(`"${asked}" at question 11 is answered with question 8's answer (6), then question 11 asked again; nothing stored`, async () => {
    await reportAt(11);
    const before = await storedAnswers();
    const [said, ...rest] = text(await server.post(LIEN_CHAU, MINH, asked)).split("\n---\n");
    expect(said).toBe("Tin nhắn này hỏi về câu 8 nên chưa được lưu làm câu trả lời. Câu 8 «Số buổi tập huấn, sinh hoạt chuyên đề đã tổ chức»: 6. Câu đang hỏi ở dưới.");
    expect(rest.join("\n")).toMatch(/^Câu 11\/\d+ /);
    expect(await storedAnswers()).toEqual(before);
  });
}

it("a question naming the question asked, question 10, is still said to be about the question asked", async () => {
  await reportAt(10);
  const [said] = text(await server.post(LIEN_CHAU, MINH, "câu 10 ghi bao nhiêu vậy chị?")).split("\n---\n");
  expect(said).toMatch(/^Tin nhắn này là câu hỏi về câu đang hỏi/);
});

it("a question about question 14, not asked yet at question 10, is said to come later, not to be read with /xem", async () => {
  await reportAt(10);
  const [said] = text(await server.post(LIEN_CHAU, MINH, "chị ơi câu 14 ghi gì vậy?")).split("\n---\n");
  expect(said).toBe("Tin nhắn này hỏi về câu 14 nên chưa được lưu làm câu trả lời. Câu 14 chưa đến lượt: bot sẽ hỏi khi tới câu đó. Câu đang hỏi ở dưới.");
});

it("a question about question 7, a list, at question 8 is answered with the list's items on lines of their own", async () => {
  await reportAt(8);
  const [said] = text(await server.post(LIEN_CHAU, MINH, "câu 7 chị ghi những gì vậy?")).split("\n---\n");
  expect(said).toBe(
    "Tin nhắn này hỏi về câu 7 nên chưa được lưu làm câu trả lời. Câu 7 «Các hoạt động đã tổ chức trong Tuần lễ…»:\n- Tổ chức Hội sách\n- Tổ chức các sân chơi trực tuyến cho học sinh\nCâu đang hỏi ở dưới.",
  );
});
