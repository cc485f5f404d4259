/**
 * A yes that names the day as a day counted from today ("có, khai mạc sáng hôm qua ạ"), from the
 * users' retest, through the real server and the local chat: the yes was stored and the day the
 * clerk gave dropped, the date question asked as if nothing was said. The day now answers it.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("stores 'có, khai mạc sáng hôm qua ạ' at the opening as yes and yesterday's date, saying the day read", async () => {
  // The demo's clock: Thursday 8 October 2026, in Hà Nội. Question 5 asks whether the opening was held.
  await reportAt(5);
  expect(text(await server.post(LIEN_CHAU, HOA, "có, khai mạc sáng hôm qua ạ"))).toMatch(
    /^Đã hiểu «hôm qua[^»]*» là ngày 07\/10\/2026\. Nếu không đúng, gõ: sửa câu 6: <ngày\/tháng\/năm>\.\n---\nCâu 7\/21/,
  );
  const stored = await storedAnswers();
  expect(stored.held_opening).toBe(true);
  expect(stored.opening_date).toBe("2026-10-07");
});

it("keeps a yes followed by talk that begins with 'hôm qua' to the yes alone, asking the date", async () => {
  await reportAt(5);
  expect(text(await server.post(LIEN_CHAU, HOA, "có, hôm qua em bận nên giờ mới gửi"))).toMatch(/^Câu 6\/21[^\n]*\nLễ khai mạc được tổ chức vào ngày nào\?/);
  const stored = await storedAnswers();
  expect(stored.held_opening).toBe(true);
  expect(stored.opening_date).toBeUndefined();
});

it("stores 'có, tối qua' and 'có, hôm qua rồi' at the opening as yes and yesterday's date (the day was dropped)", async () => {
  for (const typed of ["có, tối qua", "có, hôm qua rồi"]) {
    await reportAt(5);
    expect(text(await server.post(LIEN_CHAU, HOA, typed)), typed).toMatch(/^Đã hiểu «[^»]*qua[^»]*» là ngày 07\/10\/2026\. Nếu không đúng, gõ: sửa câu 6: <ngày\/tháng\/năm>\.\n---\nCâu 7\/21/);
    expect(await storedAnswers(), typed).toMatchObject({ held_opening: true, opening_date: "2026-10-07" });
    await server.post(LIEN_CHAU, HOA, "/huy");
    await server.post(LIEN_CHAU, HOA, "Có");
  }
});
