import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { submitThenOpenNext } from "../helpers/next-campaign.ts";
import { type BotMessage, HOA, LIEN_CHAU, MINH, useTestApps } from "../helpers/build-test-app.ts";

const texts = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");
const apps = useTestApps();

describe("last year's report through the real app", () => {
  it("offers the answers of the previous campaign of the same report type, and questions odd figures before storing them", async () => {
    const app = await apps.start();
    const { post, repos } = app;
    // Campaign 1: the unit reports as usual; campaign 2 of the same template key opened as an officer's /dotbaocao would store it.
    const { first, second, units, submitted } = await submitThenOpenNext(app);
    expect(texts(submitted)).toMatch(/Đã nộp báo cáo/);

    expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toBe(
      `Báo cáo "Tuần lễ học tập suốt đời 2027": đợt trước đơn vị đã nộp "${first.title}". Bắt đầu từ báo cáo đợt trước? Trả lời Có để xem lại từng câu trả lời đợt trước (các số liệu vẫn nhập mới), Không để bắt đầu trống.`,
    );
    const started = await post(LIEN_CHAU, HOA, "Có");
    expect(texts(started)).toMatch(/Đã chép 11 câu trả lời đợt trước[\s\S]*Câu 1\/21[\s\S]*Đợt trước: Kế hoạch số 192\/KH-THLC ngày 27\/9\/2026 — gõ Giữ để giữ, hoặc gõ nội dung mới/);
    expect(started.at(-1)).toMatchObject({ choices: ["Giữ"] });
    // Kept by Minh, replaced by Hoa.
    expect(texts(await post(LIEN_CHAU, MINH, "Giữ"))).toMatch(/Câu 2\/21[\s\S]*Đợt trước: Treo băng rôn/);
    await post(LIEN_CHAU, HOA, "Tuyên truyền trên trang thông tin điện tử của trường.");
    await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[2]!);
    await post(LIEN_CHAU, HOA, "Giữ");
    for (const answer of FULL_REPORT_ANSWERS.slice(4, 7)) await post(LIEN_CHAU, HOA, answer);
    // Figures are asked fresh, with nothing from last year under them.
    const lastReply = await post(LIEN_CHAU, HOA, "/xem");
    expect(lastReply.at(-1)!.text).toMatch(/Số buổi tập huấn/);
    expect(lastReply.at(-1)!.text).not.toMatch(/Đợt trước/);
    await post(LIEN_CHAU, HOA, "6");
    // A contradiction the template's check names (and far below last year's 290), then corrected.
    expect(texts(await post(LIEN_CHAU, HOA, "4"))).toMatch(/^Đợt trước đơn vị báo cáo 290; xác nhận 4\?\n4 nhỏ hơn câu trả lời câu 8 «Số buổi tập huấn, sinh hoạt chuyên đề đã tổ chức» \(6\); xác nhận 4\?/);
    expect(texts(await post(LIEN_CHAU, HOA, "290"))).toMatch(/Câu 10\/21/);
    // Ten times last year's 2.000: held in the stored state, not yet an answer.
    expect(texts(await post(LIEN_CHAU, HOA, "20.000"))).toMatch(/^Đợt trước đơn vị báo cáo 2\.000; xác nhận 20\.000\?/);
    const submission = await repos.submissions.find(second.id, units.find((u) => u.code === "TH-LIEN-CHAU")!.id);
    expect((await repos.submissions.listAnswers(submission!.id)).map((a) => a.fieldId)).not.toContain("readers_served");
    const conversation = await repos.conversations.load(`report:${second.id}:${submission!.unitId}`);
    expect(JSON.parse(conversation!.state)).toMatchObject({ pendingFigure: { fieldId: "readers_served", value: 20000 } });
    expect(texts(await post(LIEN_CHAU, MINH, "Có"))).toMatch(/Câu 11\/21/);
    // A tenth of last year's 350, corrected by typing the right figure.
    expect(texts(await post(LIEN_CHAU, HOA, "3"))).toMatch(/^Đợt trước đơn vị báo cáo 350; xác nhận 3\?/);
    expect(texts(await post(LIEN_CHAU, HOA, "300"))).toMatch(/Câu 12\/21/);

    const stored = new Map((await repos.submissions.listAnswers(submission!.id)).map((a) => [a.fieldId, a]));
    expect(stored.get("plan_reference")).toMatchObject({ value: "Kế hoạch số 192/KH-THLC ngày 27/9/2026", answeredByName: MINH.userName });
    expect(stored.get("propaganda")).toMatchObject({ value: "Tuyên truyền trên trang thông tin điện tử của trường.", answeredByName: HOA.userName });
    expect(stored.get("slogans")?.value).toEqual(["Xây dựng năng lực tự học trong kỷ nguyên số", "Học tập suốt đời – chìa khóa của mọi thành công"]);
    expect(stored.get("training_participants")?.value).toBe(290);
    // Typed by Hoa, confirmed by Minh: Hoa's figure.
    expect(stored.get("readers_served")).toMatchObject({ value: 20000, answeredByName: HOA.userName });
    expect(stored.get("books_collected")?.value).toBe(300);
    // Not yet reached: the drafts are not answers.
    expect(stored.has("strengths")).toBe(false);
    // Campaign 1's report is untouched.
    const firstSubmission = await repos.submissions.find(first.id, units.find((u) => u.code === "TH-LIEN-CHAU")!.id);
    const firstAnswers = new Map((await repos.submissions.listAnswers(firstSubmission!.id)).map((a) => [a.fieldId, a.value]));
    expect(firstAnswers.get("readers_served")).toBe(2000);
  });

  it("reads 'để mai em làm tiếp' at the offer as a pause: nothing started, the group's talk left alone, and /baocao offers it again", async () => {
    const app = await apps.start();
    const { post } = app;
    await submitThenOpenNext(app);
    expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Bắt đầu từ báo cáo đợt trước\?/);
    // It was answered "Vui lòng trả lời Có hoặc Không", and the offer asked again.
    const paused = "Tin nhắn này hẹn làm sau nên báo cáo chưa bắt đầu (chưa có gì thay đổi). Khi sẵn sàng, gõ /baocao: bot sẽ hỏi lại có bắt đầu từ báo cáo đợt trước hay không.";
    expect(texts(await post(LIEN_CHAU, MINH, "để mai em làm tiếp"))).toBe(paused);
    // The group's own talk meanwhile is not asked for a yes or no.
    expect(await post(LIEN_CHAU, HOA, "ok em")).toEqual([]);
    expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/^Báo cáo "Tuần lễ học tập suốt đời 2027": đợt trước đơn vị đã nộp "Báo cáo kết quả[^\n]*Bắt đầu từ báo cáo đợt trước\?/);
    expect(texts(await post(LIEN_CHAU, HOA, "Tạm dừng nhé"))).toBe(paused);
    expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Bắt đầu từ báo cáo đợt trước\?/);
    expect(texts(await post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã chép 11 câu trả lời đợt trước[\s\S]*Câu 1\/21/);
  });

  it("starts empty, as before, for a unit whose previous campaign it did not submit", async () => {
    const { post, repos, database } = await apps.start();
    const [first] = await database.db.select().from(database.tables.campaigns);
    await post(LIEN_CHAU, HOA, "/baocao");
    await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
    const units = await repos.directory.listUnits();
    await repos.transaction(() =>
      repos.directory.insertCampaign({ templateId: first!.templateId, title: "Đợt mới", issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2027-10-10T10:00:00Z") }, units.map((u) => u.id)),
    );
    // The previous campaign closed unsubmitted (while open, its draft would be finished first).
    await database.run(sql`update campaigns set status = 'closed' where id = ${first!.id}`);
    // The closed campaign's draft is still taken (late): listed, and the new report starts empty.
    const started = texts(await post(LIEN_CHAU, HOA, "/baocao"));
    expect(started).toMatch(/^Đơn vị đang có 2 đợt báo cáo còn nhận báo cáo của đơn vị:\n[\s\S]*\(đợt đã đóng, vẫn nhận báo cáo này\) — đang làm dở[\s\S]*Bắt đầu báo cáo[\s\S]*Câu 1\/21/);
    expect(started).not.toMatch(/Bắt đầu từ báo cáo đợt trước/);
  });

  it("reads a colleague's 'ok' at the offer as talk, and a late 'có' at question 1 as the offer's answer, never as its text; a colleague's 'ok' or a late 'không' there as before", async () => {
    const app = await apps.start();
    const { post, repos } = app;
    const { second, units } = await submitThenOpenNext(app);
    const answers = async () => {
      const submission = await repos.submissions.find(second.id, units.find((u) => u.code === "TH-LIEN-CHAU")!.id);
      return submission ? await repos.submissions.listAnswers(submission.id) : [];
    };
    const firstQuestion = /\n---\nCâu 1\/21 — [^\n]*\nKế hoạch tổ chức Tuần lễ/;
    await post(LIEN_CHAU, HOA, "/baocao");
    // Another member's "ok" (to someone else) started the report from last year's, and Hoa's "có" was stored as question 1.
    expect(texts(await post(LIEN_CHAU, MINH, "ok"))).toMatch(/^Tin nhắn này có vẻ là lời trao đổi trong nhóm nên chưa được lưu vào báo cáo\. Câu đang hỏi:\n---\nBáo cáo "Tuần lễ học tập suốt đời 2027": đợt trước/);
    // Minh says "Không" plainly: the report starts empty; Hoa's "có" then brings last year's drafts, storing nothing.
    expect(texts(await post(LIEN_CHAU, MINH, "Không"))).toMatch(/Không chép câu trả lời đợt trước: mọi câu để trống\.\n---\nCâu 1\/21/);
    const late = texts(await post(LIEN_CHAU, HOA, "có"));
    expect(late).toMatch(/^Đã chép 11 câu trả lời đợt trước làm bản nháp[^\n]*\n---\nCâu 1\/21/);
    expect(late).toMatch(/Đợt trước: Kế hoạch số 192\/KH-THLC ngày 27\/9\/2026 — gõ Giữ để giữ/);
    const again = texts(await post(LIEN_CHAU, HOA, "dạ có ạ"));
    expect(again).toMatch(/^Báo cáo đã bắt đầu từ báo cáo đợt trước \(chưa lưu gì\)[^\n]*Câu đang hỏi:\n---\nCâu 1\/21[\s\S]*Đợt trước: Kế hoạch số 192/);
    // Figure questions get no draft: it said last year's answer showed under every question.
    expect(again).toMatch(/^[^\n]*: ở các câu trả lời bằng chữ, nội dung đợt trước hiện dưới câu hỏi; gõ Giữ để giữ, hoặc gõ nội dung mới\. Số liệu, ngày và các lựa chọn vẫn nhập mới\. Câu đang hỏi:\n/);
    // A colleague's "ok" there is no yes (it brought the drafts back after a "Không"), and a late
    // "không" is read as before: question 1, optional, left out (it put every draft away).
    expect(texts(await post(LIEN_CHAU, MINH, "ok"))).toMatch(/^Tin nhắn này có vẻ là lời trao đổi trong nhóm nên chưa được lưu vào báo cáo\./);
    expect(texts(await post(LIEN_CHAU, MINH, "ok"))).toMatch(firstQuestion);
    const skipped = texts(await post(LIEN_CHAU, HOA, "không"));
    expect(skipped).toMatch(/^Đã bỏ qua câu này[^\n]*\n---\nCâu 2\/21[\s\S]*Đợt trước: Treo băng rôn/);
    expect((await answers()).map((a) => a.value)).toEqual([null]);
    // Once answered, the report is under way: the answers are the clerk's as before.
    expect(texts(await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[1]!))).toMatch(/Câu 3\/21/);
    expect((await answers()).map((a) => a.value)).toEqual([null, FULL_REPORT_ANSWERS[1]]);
  });
});
