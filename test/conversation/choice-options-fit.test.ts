/**
 * A choice typed so that several options fit it ("ht": "Hoàn thành" and "Hoàn thành tốt"), from the
 * users' retest, through the real server: the options that fit are listed by number, nothing stored.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("lists the options 'ht' fits, numbered as the question numbers them, and takes the number typed next", async () => {
  await reportAt(13);
  // It got the generic "Vui lòng chọn một số từ 1 đến 3 hoặc gõ đúng tên lựa chọn."
  expect(text(await server.post(LIEN_CHAU, HOA, "ht ạ"))).toMatch(/^«ht» khớp với 2 lựa chọn:\n1\. Hoàn thành tốt\n2\. Hoàn thành\nVui lòng gõ số thứ tự của lựa chọn đúng\.\n---\nCâu 13\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "hoàn"))).toMatch(/^«hoàn» khớp với 3 lựa chọn:\n1\. Hoàn thành tốt\n2\. Hoàn thành\n3\. Chưa hoàn thành\n/);
  expect((await storedAnswers()).self_rating).toBeUndefined();
  // What fits no option is refused as before; one that fits one option alone is that option.
  expect(text(await server.post(LIEN_CHAU, HOA, "xuất sắc"))).toMatch(/^Vui lòng chọn một số từ 1 đến 3 hoặc gõ đúng tên lựa chọn\.\n---\nCâu 13\/21/);
  expect(text(await server.post(LIEN_CHAU, HOA, "1"))).toMatch(/^Câu 14\/21/);
  expect((await storedAnswers()).self_rating).toBe("Hoàn thành tốt");
});
