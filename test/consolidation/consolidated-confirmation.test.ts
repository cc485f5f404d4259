/**
 * /nop's confirmation of the ward's consolidated report, in the officers' group: the rule a unit's
 * report has (submit-confirmation.ts). Another officer's bare "ok" may be said to someone else in
 * the chat: it submitted the ward's report in the asker's place.
 */
import { describe, expect, it } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU, type TestApp, useTestApps } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { LIEN_CHAU_2023 } from "../fixtures/seed-answers.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const apps = useTestApps();
const NAM = { userId: "u8", userName: "Hoàng Văn Nam" };
const texts = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

/** One school submits; Kha completes the consolidated report up to its "submit?". */
async function askToSubmit(app: TestApp) {
  await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
  await app.post(OFFICERS, KHA, "/tonghop sua 1");
  for (const answer of ["/boqua", "Lan tỏa văn hóa đọc", "Thư viện nhỏ", "Đầu tư thư viện", "/boqua", "/boqua", "/boqua", "/boqua", "CHỦ TỊCH", "Nguyễn Văn Bình"]) await app.post(OFFICERS, KHA, answer);
  expect(texts(await app.post(OFFICERS, KHA, "/nop"))).toMatch(/nộp/i);
}

async function wardSubmission(app: TestApp) {
  const ward = (await app.repos.directory.listUnits()).find((u) => u.code === "UBND-NAM-TRIEU")!;
  return app.repos.submissions.find(1, ward.id);
}

describe("the consolidated report's /nop confirmation", () => {
  it("takes another officer's bare 'ok' for no yes: they are asked to say Có; their Có submits, said as in the asker's place", async () => {
    const app = await apps.start();
    await askToSubmit(app);
    for (const casual of ["ok", "ok c", "dạ"]) {
      expect(texts(await app.post(OFFICERS, NAM, casual))).toBe("Hoàng Văn Nam: nếu muốn nộp báo cáo thay Nguyễn Thị Kha, vui lòng trả lời Có.");
    }
    expect((await wardSubmission(app))?.status).not.toBe("submitted");

    const replies = await app.post(OFFICERS, NAM, "Có");
    expect(texts(replies)).toMatch(/^Hoàng Văn Nam đã xác nhận nộp thay Nguyễn Thị Kha\./);
    expect(replies.some((m) => m.document)).toBe(true);
    expect(await wardSubmission(app)).toMatchObject({ status: "submitted", version: 1 });
  });

  it("still takes the asking officer's own 'ok'", async () => {
    const app = await apps.start();
    await askToSubmit(app);
    const replies = await app.post(OFFICERS, KHA, "ok");
    expect(replies.some((m) => m.document)).toBe(true);
    expect(await wardSubmission(app)).toMatchObject({ status: "submitted", version: 1 });
  });
});
