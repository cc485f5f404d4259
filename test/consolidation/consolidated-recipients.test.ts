/**
 * "Nơi nhận" left out of the ward's consolidated report: /xem says the lines its document prints.
 * It said a unit report's default, "Như trên; Lưu: VT", while the document printed "Lưu: VT, VHXH"
 * (a People's Committee files with its drafting department) and no "Như trên" with no "Kính gửi".
 */
import { describe, expect, it } from "vitest";
import { type BotMessage, replyText, type TestApp, useTestApps } from "../helpers/build-test-app.ts";
import { readDocx } from "../helpers/docx-reader.ts";
import { HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { LIEN_CHAU_2023 } from "../fixtures/seed-answers.ts";
import { consolidationKey } from "../../src/consolidation/consolidated-report.ts";
import { answerWardReport, KHA, OFFICERS } from "../helpers/ward-report.ts";

const apps = useTestApps();

/** The recipients' answer as /xem shows it: the line after question 13's. */
const reviewedRecipients = (replies: BotMessage[]) => /\n13\. Nơi nhận báo cáo[^\n]*\n([^\n]*)/.exec(replyText(replies))?.[1];

/** The submitted document's lines from "Nơi nhận:" to the signer's authority. */
async function printedRecipients(app: TestApp, replies: BotMessage[]): Promise<string[]> {
  const url = replies.find((m) => m.document)?.document?.url;
  expect(url).toBeDefined();
  const { paragraphs } = readDocx((await app.app.inject(new URL(url!).pathname)).rawPayload);
  const start = paragraphs.indexOf("Nơi nhận:");
  return paragraphs.slice(start + 1).filter((p, i, all) => p.startsWith("- ") && all.slice(0, i).every((q) => q.startsWith("- ")));
}

async function submitted(app: TestApp): Promise<BotMessage[]> {
  await app.post(OFFICERS, KHA, "/nop");
  return app.post(OFFICERS, KHA, "Có");
}

describe("the ward's report's default 'Nơi nhận' in /xem", () => {
  it("with no 'Kính gửi', says the Lưu line alone, with the drafting department, as the document prints it", async () => {
    const app = await apps.start();
    await answerWardReport(app);
    expect(reviewedRecipients(await app.post(OFFICERS, KHA, "/xem"))).toBe("(mặc định: Lưu: VT, VHXH)");
    expect(await printedRecipients(app, await submitted(app))).toEqual(["- Lưu: VT, VHXH."]);
  });

  it("with a 'Kính gửi' typed, says 'Như trên' then the Lưu line, as the document prints them", async () => {
    const app = await apps.start();
    await answerWardReport(app, "Sở Giáo dục và Đào tạo thành phố Hải Phòng");
    expect(reviewedRecipients(await app.post(OFFICERS, KHA, "/xem"))).toBe("(mặc định: Như trên; Lưu: VT, VHXH)");
    expect(await printedRecipients(app, await submitted(app))).toEqual(["- Như trên;", "- Lưu: VT, VHXH."]);
  });
});

it("refuses 'KT. CHỦ TỊCH' typed at 'Nơi nhận báo cáo', saying it is the signature's authority line and where it goes, and stores nothing", async () => {
  const app = await apps.start();
  await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
  await app.post(OFFICERS, KHA, "/tonghop sua 1");
  for (const answer of ["/boqua", "Lan tỏa văn hóa đọc", "Thư viện nhỏ", "Đầu tư thư viện", "/boqua"]) await app.post(OFFICERS, KHA, answer);
  expect(replyText(await app.post(OFFICERS, KHA, "/boqua"))).toMatch(/\nNơi nhận báo cáo/);
  const refused = replyText(await app.post(OFFICERS, KHA, "KT. CHỦ TỊCH"));
  expect(refused).toMatch(/^«KT\. CHỦ TỊCH» là dòng quyền hạn ký ở chữ ký \(ký thay, thay mặt…\), không phải nơi nhận báo cáo, nên chưa được lưu\. Quyền hạn ký ghi ở câu \d+\.[^\n]*\n---\nCâu 13\/\d+ [^\n]*\nNơi nhận báo cáo/);
  const state = (await app.repos.conversations.load(consolidationKey(1)))?.state ?? "";
  expect(state).not.toMatch(/CHỦ TỊCH/);
  // An office is taken as ever.
  expect(replyText(await app.post(OFFICERS, KHA, "UBND quận Hải An"))).toMatch(/^Câu 14\/16/);
});
