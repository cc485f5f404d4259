/**
 * "sửa câu N: …" typed in the officers' chat while the ward's consolidated report is edited
 * (/tonghop sua): once every question is answered the bot itself says "Muốn sửa, gõ: sửa câu N: …",
 * and the text passed in silence as chatter, nothing changed. It is /sua N … there, at /nop's
 * confirmation and once the report is submitted.
 */
import { describe, expect, it } from "vitest";
import { type BotMessage, type TestApp, useTestApps } from "../helpers/build-test-app.ts";
import { answerWardReport, KHA, OFFICERS } from "../helpers/ward-report.ts";
import { consolidationKey } from "../../src/consolidation/consolidated-report.ts";

const apps = useTestApps();
const texts = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

const signerName = async (app: TestApp) => (JSON.parse((await app.repos.conversations.load(consolidationKey(1)))!.state) as { answers: Record<string, unknown> }).answers.signer_name;

describe("'sửa câu N: …' typed in the ward's consolidated report", () => {
  it("corrects question N once every question is answered, as /sua N … does", async () => {
    const app = await apps.start();
    await answerWardReport(app);
    expect(texts(await app.post(OFFICERS, KHA, "sửa câu 16: Trần Văn An"))).toMatch(/^Đã sửa câu 16 «Họ và tên người ký»: Trần Văn An/);
    expect(await signerName(app)).toBe("Trần Văn An");
  });

  it("corrects it at /nop's confirmation and once the report is submitted (then /nop sends the correction)", async () => {
    const app = await apps.start();
    await answerWardReport(app);
    expect(texts(await app.post(OFFICERS, KHA, "/nop"))).toContain("Xác nhận nộp báo cáo?");
    expect(texts(await app.post(OFFICERS, KHA, "sửa câu 16: Trần Văn An"))).toMatch(/^Đã sửa câu 16 «Họ và tên người ký»: Trần Văn An/);
    expect(await signerName(app)).toBe("Trần Văn An");
    await app.post(OFFICERS, KHA, "/nop");
    expect(texts(await app.post(OFFICERS, KHA, "Có"))).toMatch(/^Đã nộp báo cáo/);
    expect(texts(await app.post(OFFICERS, KHA, "sửa câu 16: Lê Văn Cường"))).toMatch(/^Đã sửa câu 16 «Họ và tên người ký»: Lê Văn Cường[\s\S]*gõ \/nop để nộp bản sửa/);
    expect(await signerName(app)).toBe("Lê Văn Cường");
  });

  it("still lets other talk in the officers' chat pass in silence", async () => {
    const app = await apps.start();
    await answerWardReport(app);
    expect(await app.post(OFFICERS, KHA, "Chiều nay họp giao ban lúc 14 giờ nhé")).toEqual([]);
    expect(await signerName(app)).toBe("Nguyễn Văn Bình");
  });
});
