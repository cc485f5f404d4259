/**
 * /xem shows the signature block as the document prints it: with "TM. UBND" and "phó chủ tịch"
 * typed, the document adds "KT. CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN" (signer-lines.ts), and the
 * review showed the authority without it. Through the real server: answered in the unit's chat,
 * submitted, /xem read, the .docx read back.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU, replyText, type TestApp } from "../helpers/build-test-app.ts";
import { readDocx } from "../helpers/docx-reader.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp();
});
afterEach(() => server.close());

/** The answer lines shown under the question whose prompt starts with `prompt`, up to the next blank line. */
function answerUnder(review: string, prompt: string): string[] {
  const lines = review.split("\n");
  const at = lines.findIndex((line) => /^\d+\. /.test(line) && line.replace(/^\d+\. /, "").startsWith(prompt));
  if (at < 0) throw new Error(`no question "${prompt}" in the review:\n${review}`);
  const end = lines.indexOf("", at);
  return lines.slice(at + 1, end < 0 ? undefined : end);
}

it("/xem shows the authority lines the document prints above a deputy's position ('KT. CHỦ TỊCH' added)", async () => {
  const answers = [...FULL_REPORT_ANSWERS];
  answers[answers.indexOf("/boqua")] = "TM. UBND";
  answers[answers.indexOf("HIỆU TRƯỞNG")] = "phó chủ tịch";
  const replies = await submitFullReport(server, LIEN_CHAU, HOA, answers);
  await server.documents.renderPending();
  const url = replies.find((m) => m.document)?.document?.url;
  const docx = readDocx((await server.app.inject(new URL(url!).pathname)).rawPayload);
  const review = replyText(await server.post(LIEN_CHAU, HOA, "/xem"));

  const shown = [...answerUnder(review, "Nếu người ký ký thay thủ trưởng"), ...answerUnder(review, "Chức vụ của người ký?")];
  const at = docx.paragraphs.indexOf("TM. ỦY BAN NHÂN DÂN");
  expect(shown).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  expect(docx.paragraphs.slice(at, at + shown.length)).toEqual(shown);
});

it("/nop of a corrected version shows the deputy's authority as the document will print it", async () => {
  await submitFullReport(server, LIEN_CHAU, HOA);
  await server.post(LIEN_CHAU, HOA, "sửa câu 20: phó chủ tịch");
  await server.post(LIEN_CHAU, HOA, "sửa câu 19: TM. UBND");
  const changes = replyText(await server.post(LIEN_CHAU, HOA, "/nop"));
  expect(changes).toContain("Bản sửa: TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n");
});
