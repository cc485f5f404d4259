/**
 * "ơ em gửi nhầm, câu 2 là của câu 1 ạ" from the member whose answer, sent right after another's,
 * was stored for the next question ("Đã lưu tin vừa gửi làm câu trả lời cho câu 2…"): read as a
 * slip, answered with how to correct it. Through the real server and the local chat.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, reportAt } = useDemoReport();

it("answers 'gửi nhầm' about the crossed answer just stored with how to correct it, never as a choice refused", async () => {
  await reportAt(1);
  await server.post(LIEN_CHAU, HOA, "Kế hoạch số 50/KH-THLC ngày 2/12/2026");
  expect(text(await server.post(LIEN_CHAU, MINH, "Kế hoạch số 51/KH-THLC ngày 3/12/2026"))).toMatch(/^Đã lưu tin vừa gửi làm câu trả lời cho câu 2 /);
  const reply = text(await server.post(LIEN_CHAU, MINH, "ơ em gửi nhầm, câu 2 là của câu 1 ạ"));
  expect(reply).not.toMatch(/Không nhận ra lựa chọn/);
  expect(reply).toMatch(/^Tin này chưa sửa gì\. Muốn sửa một câu đã trả lời, gõ: sửa câu <số câu>: <câu trả lời mới> \(gõ \/xem để xem số của từng câu\)\.\n---\nCâu 3\/21/);
  // Nothing stored by it; the way it gives corrects the answer.
  expect(text(await server.post(LIEN_CHAU, MINH, "sửa câu 1: Kế hoạch số 51/KH-THLC ngày 3/12/2026"))).toMatch(/Đã sửa câu 1/);
});
