/**
 * The "dạ" a clerk's reply opens with, from the users' retest, through the real server and the local
 * chat: "dạ Kế hoạch số 7/KH-THLC…" was stored and printed "Đơn vị đã xây dựng Kế hoạch số dạ Kế
 * hoạch số 7…", and "sửa câu 20: dạ Nguyễn Văn Bình ạ" made "dạ Nguyễn Văn Bình" the signer.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("stores an answer without the 'dạ' it opens with, typed at its question or in a correction", async () => {
  await reportAt(1);
  expect(text(await server.post(LIEN_CHAU, HOA, "dạ Kế hoạch số 7/KH-THLC ngày 1/12/2026 ạ"))).toMatch(/^Câu 2\//);
  expect((await storedAnswers()).plan_reference).toBe("Kế hoạch số 7/KH-THLC ngày 1/12/2026");
  expect(text(await server.post(LIEN_CHAU, HOA, "Dạ trường em treo băng rôn ở cổng trường ạ"))).toMatch(/^Câu 3\//);
  expect((await storedAnswers()).propaganda).toBe("Trường em treo băng rôn ở cổng trường");
  expect(text(await server.post(LIEN_CHAU, HOA, "sửa câu 1: dạ Kế hoạch số 8/KH-THLC ạ"))).toMatch(/^Đã sửa câu 1 [^\n]*: Kế hoạch số 8\/KH-THLC\n/);
  expect((await storedAnswers()).plan_reference).toBe("Kế hoạch số 8/KH-THLC");
});
