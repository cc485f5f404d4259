/**
 * The consolidated report's .docx, opened and its XML read, through the real server and the local
 * chat: a unit's answer of several lines is printed a paragraph a line, as the unit's own document prints it.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU, type TestApp, useTestApps } from "../helpers/build-test-app.ts";
import { paragraphXml, readDocx } from "../helpers/docx-reader.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { buildReportContent } from "../../src/documents/report-content.ts";
import { TRAN_LIEU_CONTEXT, wardAnswers, wardTemplate } from "../documents/support/ward-report.ts";
import { LIEN_CHAU_2023 } from "../fixtures/seed-answers.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const apps = useTestApps();
const NAM_TRIEU = { chat: "thcs-nam-trieu", user: { userId: "u3", userName: "Lê Thị Lan" } };

/** The propaganda question's answer as a clerk writes it: a lead, two items, and a closing line. */
async function documentText(app: TestApp, replies: readonly BotMessage[]) {
  const url = replies.find((m) => m.document)?.document?.url;
  expect(url).toBeDefined();
  return readDocx((await app.app.inject(new URL(url!).pathname)).rawPayload).paragraphs.join("\n");
}

const PROPAGANDA = "Tuyên truyền qua các hình thức:\n- Treo 12 băng rôn, khẩu hiệu tại cổng trường;\n- Phát thanh trên loa của trường\nNgoài ra đăng 5 tin bài trên trang thông tin điện tử của trường.";

describe("the consolidated report's document", () => {
  it("prints a unit's answer of several lines a paragraph a line under the unit's name, never line feeds inside one run", async () => {
    const app = await apps.start();
    const answers = [...FULL_REPORT_ANSWERS];
    answers[1] = PROPAGANDA;
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, answers);
    const replies = await app.post(OFFICERS, KHA, "/tonghop");
    const url = replies.find((m) => m.document)?.document?.url;
    expect(url).toBeDefined();
    const { documentXml, paragraphs } = readDocx((await app.app.inject(new URL(url!).pathname)).rawPayload);
    // The school's name once, its lines under it as the seeds punctuate sub-items; its closing
    // line is no item of the list (it read "+ Ngoài ra …"), but a sentence after them.
    const start = paragraphs.indexOf("- Trường THCS Nam Triệu: Tuyên truyền qua các hình thức:");
    expect(start).toBeGreaterThan(-1);
    expect(paragraphs.slice(start + 1, start + 4)).toEqual([
      "+ Treo 12 băng rôn, khẩu hiệu tại cổng trường;",
      "+ Phát thanh trên loa của trường.",
      "Ngoài ra đăng 5 tin bài trên trang thông tin điện tử của trường.",
    ]);
    // The sub-items set in one more centimetre than the items; the closing sentence as a paragraph of the body.
    expect(paragraphXml(documentXml, "+ Phát thanh trên loa của trường.")).toMatch(/<w:ind [^>]*w:firstLine="1134"/);
    expect(paragraphXml(documentXml, "Ngoài ra đăng 5 tin bài trên trang thông tin điện tử của trường.")).not.toMatch(/w:firstLine="1134"/);
    // Word shows a line feed inside a <w:t> as nothing: the four lines read as one.
    expect([...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].filter((m) => m[1]!.includes("\n"))).toEqual([]);
  });

  it("prints the year the campaign was opened in, not its extended deadline's, when its title names none (an extension into 2027 printed 'năm 2027')", async () => {
    const app = await apps.start({ now: () => new Date("2026-10-08T03:15:00Z") });
    await app.database.run(sql`UPDATE campaigns SET title = 'Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời'`);
    expect((await app.post(OFFICERS, KHA, "/dotbaocao giahan 1 15/01/2027")).map((m) => m.text).join("\n")).toMatch(/^Đã gia hạn đợt 1/);
    await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    await app.post(OFFICERS, KHA, "/tonghop sua 1");
    for (const answer of ["/boqua", "Lan tỏa văn hóa đọc", "Thư viện nhỏ", "Đầu tư thư viện", "/boqua", "/boqua", "/boqua", "/boqua", "CHỦ TỊCH", "Nguyễn Văn Bình", "/nop"]) await app.post(OFFICERS, KHA, answer);
    const submitted = await app.post(OFFICERS, KHA, "Có");
    expect(submitted.find((m) => m.document)?.document?.name).toBe("Báo-cáo-UBND-phường-Nam-Triệu-2026.docx");
    const draft = await app.post(OFFICERS, KHA, "/tonghop 1");
    for (const [name, replies] of [["submitted", submitted], ["draft", draft]] as const) {
      const text = await documentText(app, replies);
      expect(text, name).toContain("Kết quả thực hiện Tuần lễ hưởng ứng học tập suốt đời năm 2026");
      expect(text, name).toMatch(/\nTrên đây là báo cáo kết quả [^\n]* suốt đời năm 2026 của [^\n]*\.\/\./);
      expect(text, name).not.toContain("2027");
    }
  });

  it("says in words that the schools held no training session, when their sum is 0 (the training sentence vanished: it is the participants' question's, asked only above 0)", () => {
    const answers: Record<string, unknown> = { ...wardAnswers(), training_sessions: 0 };
    delete answers.training_participants;
    const texts = buildReportContent(wardTemplate(), answers as ReturnType<typeof wardAnswers>, TRAN_LIEU_CONTEXT).body.map((b) => b.text);
    expect(texts).toContain("- Các trường học trên địa bàn chưa tổ chức buổi tập huấn, sinh hoạt chuyên đề nào trong Tuần lễ.");
    expect(texts.filter((t) => /tập huấn/u.test(t))).toHaveLength(1);
    // Above 0 the sessions still print only inside the participants' sentence.
    const held = buildReportContent(wardTemplate(), wardAnswers(), TRAN_LIEU_CONTEXT).body.map((b) => b.text);
    expect(held.filter((t) => /chưa tổ chức buổi tập huấn/u.test(t))).toEqual([]);
    expect(held.filter((t) => /Tổng số buổi tập huấn được tổ chức là \d+ buổi/u.test(t))).toHaveLength(1);
  });

  it("prints a ward report stored before (a unit's lines inside one item) a paragraph a line too", () => {
    const answers = { ...wardAnswers(), propaganda: [`Trường THCS Nam Triệu: ${PROPAGANDA}`] };
    const blocks = buildReportContent(wardTemplate(), answers, TRAN_LIEU_CONTEXT).body;
    const start = blocks.findIndex((b) => b.text === "- Trường THCS Nam Triệu: Tuyên truyền qua các hình thức:");
    expect(blocks.slice(start + 1, start + 4).map((b) => [b.kind, b.text])).toEqual([
      ["subitem", "+ Treo 12 băng rôn, khẩu hiệu tại cổng trường;"],
      ["subitem", "+ Phát thanh trên loa của trường."],
      ["paragraph", "Ngoài ra đăng 5 tin bài trên trang thông tin điện tử của trường."],
    ]);
    expect(blocks.filter((b) => b.text.includes("\n"))).toEqual([]);
  });
});
