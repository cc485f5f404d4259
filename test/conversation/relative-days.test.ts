/**
 * "hôm nay", "hôm qua" typed at a date question, from the users' retest, through the real server:
 * the day they name by the app's clock in Việt Nam's time zone, said back with the date read.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text, useTestApps } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";

const apps = useTestApps();

/** The demo at `now`, Liên Châu's report at question 6 (the ceremony's date); its stored answers. */
async function atCeremonyDate(now: string) {
  const server = await apps.start({ now: () => new Date(now) });
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 5)) await server.post(LIEN_CHAU, HOA, answer);
  const stored = async () => {
    const submission = await server.repos.submissions.find(1, 1);
    return Object.fromEntries((await server.repos.submissions.listAnswers(submission!.id)).map((a) => [a.fieldId, a.value]));
  };
  return { server, stored };
}

it("reads 'hôm nay' and 'hôm qua ạ' as the days they name, and says the date read", async () => {
  const { server, stored } = await atCeremonyDate("2026-10-08T03:15:00Z");
  // It was refused: "Ngày không hợp lệ. Vui lòng nhập theo dạng ngày/tháng/năm…".
  expect(text(await server.post(LIEN_CHAU, HOA, "hôm nay"))).toMatch(/^Đã hiểu «hôm nay» là ngày 08\/10\/2026\. Nếu không đúng, gõ: sửa câu 6: <ngày\/tháng\/năm>\.\n---\nCâu 7\/21/);
  expect((await stored()).opening_date).toBe("2026-10-08");
  await server.post(LIEN_CHAU, HOA, "/sua 6");
  expect(text(await server.post(LIEN_CHAU, HOA, "hôm qua ạ"))).toMatch(/^Đã sửa câu 6 «[^»]+»: 07\/10\/2026\n---\nĐã hiểu «hôm qua» là ngày 07\/10\/2026\./);
  expect((await stored()).opening_date).toBe("2026-10-07");
});

it("counts 'hôm nay' from Việt Nam's day, not the server's UTC one, early in the morning", async () => {
  // 01:30 on 9 October in Hà Nội is still 8 October in UTC.
  const { server, stored } = await atCeremonyDate("2026-10-08T18:30:00Z");
  expect(text(await server.post(LIEN_CHAU, HOA, "nay"))).toMatch(/^Đã hiểu «nay» là ngày 09\/10\/2026\./);
  expect((await stored()).opening_date).toBe("2026-10-09");
});

it("takes no day from 'qua' alone or 'ngày nay' (nowadays): refused as no date, nothing stored", async () => {
  const { server, stored } = await atCeremonyDate("2026-10-08T03:15:00Z");
  for (const words of ["qua", "quá", "ngày nay"]) {
    expect(text(await server.post(LIEN_CHAU, HOA, words))).not.toMatch(/Đã hiểu/);
    expect((await stored()).opening_date).toBeUndefined();
  }
});
