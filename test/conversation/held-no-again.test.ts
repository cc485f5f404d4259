/**
 * A member's "không" held as maybe the last question's answer again, through the local chat: the
 * held text is itself a "no", so the question about it cannot be answered with Có/Không. Typed
 * again, "không" stores it (as the same text again does); "Bỏ" drops it.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

/** Minh leaves out question 4 (the slogans) with "k"; Hoa's "không" to question 5 is held: it reads as question 4's answer again. */
async function heldNo(): Promise<string> {
  await reportAt(4);
  expect(text(await server.post(LIEN_CHAU, MINH, "k"))).toMatch(/Câu 5\/\d+/);
  return text(await server.post(LIEN_CHAU, HOA, "không"));
}

it("stores a held 'không' when its author types 'không' again, and says how to drop it instead", async () => {
  const asked = await heldNo();
  expect(asked).toMatch(/«không» là câu trả lời cho câu 5 «[^»]+»\? Trả lời Có hoặc gõ lại «không» để lưu, Bỏ để bỏ tin này\.$/);
  expect(text(await server.post(LIEN_CHAU, HOA, "không"))).toMatch(/^Đã lưu «không» làm câu trả lời cho câu 5\.\n---\nCâu 6\//);
  expect((await storedAnswers()).held_opening).toBe(false);
});

it("drops a held 'không' on 'Bỏ', and asks question 5 again", async () => {
  await heldNo();
  expect(text(await server.post(LIEN_CHAU, HOA, "Bỏ"))).toMatch(/^Đã bỏ «không»\.[^\n]*\n---\nCâu 5\//);
  expect((await storedAnswers()).held_opening).toBeUndefined();
});
