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

it("a colleague's question about question 9 typed at question 10 is said to ask about question 9, with /xem to read it, and question 10 asked again; nothing stored", async () => {
  await reportAt(10);
  const before = await storedAnswers();
  const [said, ...rest] = text(await server.post(LIEN_CHAU, MINH, "chị Hoa ơi câu 9 chị ghi bao nhiêu thế?")).split("\n---\n");
  expect(said).toBe("Tin nhắn này hỏi về câu 9 nên chưa được lưu làm câu trả lời. Gõ /xem để xem lại các câu đã trả lời, kèm số của từng câu. Câu đang hỏi ở dưới.");
  expect(rest.join("\n")).toMatch(/^Câu 10\/\d+ /);
  expect(await storedAnswers()).toEqual(before);
});

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
