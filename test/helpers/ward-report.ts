/**
 * The ward's consolidated report answered in the officers' chat: Liên Châu submits, then Kha opens
 * /tonghop sua 1 and answers the sixteen questions the units' reports leave (the signer's name last).
 */
import { expect } from "vitest";
import { HOA, LIEN_CHAU, replyText, type TestApp } from "./build-test-app.ts";
import { submitFullReport } from "./full-report.ts";
import { LIEN_CHAU_2023 } from "../fixtures/seed-answers.ts";
import { KHA, OFFICERS } from "./officers-chat.ts";

export { KHA, OFFICERS } from "./officers-chat.ts";

/** `addressedTo`: the "Kính gửi" line typed (question 11), or skipped; "Nơi nhận" (13) is left out. */
export async function answerWardReport(app: TestApp, addressedTo = "/boqua"): Promise<void> {
  await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
  await app.post(OFFICERS, KHA, "/tonghop sua 1");
  for (const answer of ["/boqua", "Lan tỏa văn hóa đọc", "Thư viện nhỏ", "Đầu tư thư viện", addressedTo, "/boqua", "/boqua", "/boqua", "CHỦ TỊCH"]) await app.post(OFFICERS, KHA, answer);
  expect(replyText(await app.post(OFFICERS, KHA, "Nguyễn Văn Bình"))).toContain("Muốn sửa, gõ: sửa câu N: <câu trả lời mới>.");
}
