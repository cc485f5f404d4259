/**
 * The consolidated report through the real server and the local chat: schools submit, the ward's
 * officers get the draft with the computed figures and who is missing, complete it as a
 * conversation (computed answers marked, hand edits kept while untouched ones follow new data),
 * submit the ward's own document, and that submission counts one level up.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { REPORT_STATE_VERSION } from "../../src/conversation/conversation-state.ts";
import { type BotMessage, HOA, LIEN_CHAU, type TestApp, useTestApps } from "../helpers/build-test-app.ts";
import { readDocx } from "../helpers/docx-reader.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { LIEN_CHAU_2023 } from "../fixtures/seed-answers.ts";
import { signIn } from "../helpers/web-session.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const apps = useTestApps();
const NAM_TRIEU = { chat: "thcs-nam-trieu", user: { userId: "u3", userName: "Lê Thị Lan" } };
const HOA_SEN = { chat: "mn-hoa-sen", user: { userId: "u5", userName: "Đỗ Thu Trang" } };
const texts = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

async function documentText(app: TestApp, replies: BotMessage[]) {
  const url = replies.find((m) => m.document)?.document?.url;
  expect(url).toBeDefined();
  return readDocx((await app.app.inject(new URL(url!).pathname)).rawPayload).paragraphs.join("\n");
}

/** The demo's ward, and a campaign of the Department that requires the ward's report. */
async function withCampaignOneLevelUp(options: Parameters<typeof apps.start>[0] = {}) {
  const app = await apps.start(options);
  const { repos } = app;
  const ward = (await repos.directory.listUnits()).find((u) => u.code === "UBND-NAM-TRIEU")!;
  const wardTemplate = (await repos.templates.latestOf(["tuan-le-hoc-tap-suot-doi-cap-phuong"]))[0]!;
  const upper = await repos.transaction(() =>
    repos.directory.insertCampaign({ templateId: wardTemplate.id, title: "Báo cáo gửi Sở GDĐT", issuerName: "Sở GDĐT Hải Phòng", deadlineAt: Date.parse("2026-10-30T10:00:00Z") }, [ward.id]),
  );
  return { app, repos, ward, upper };
}

/** One school submits; the ward's officer completes the consolidated report up to its "submit?". */
async function submitConsolidatedReport(app: TestApp) {
  await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
  await app.post(OFFICERS, KHA, "/tonghop sua 1");
  for (const answer of ["/boqua", "Lan tỏa văn hóa đọc", "Thư viện nhỏ", "Đầu tư thư viện", "/boqua", "/boqua", "/boqua", "/boqua", "CHỦ TỊCH", "Nguyễn Văn Bình", "/nop"]) await app.post(OFFICERS, KHA, answer);
}

describe("the consolidated report", () => {
  it("drafts the ward's report from the submitted schools, says who is missing (in the draft too), and counts a re-submission once", async () => {
    const app = await apps.start();
    await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, FULL_REPORT_ANSWERS);

    const first = await app.post(OFFICERS, KHA, "/tonghop");
    expect(texts(first)).toMatch(/đã tổng hợp 2\/3 đơn vị\.\nChưa nộp: Trường Mầm non Hoa Sen\./);
    // Named by its campaign: two campaigns' drafts of one day are two files.
    expect(first.find((m) => m.document)?.document?.name).toMatch(/^Dự-thảo-báo-cáo-tổng-hợp-đợt-1-\d{2}-\d{2}-\d{4}\.docx$/);
    const draft = await documentText(app, first);
    // The issuer in full, as Decree 30 writes it (only the parent body's words may be shortened).
    expect(draft).toContain("ỦY BAN NHÂN DÂN");
    expect(draft).not.toContain("UBND PHƯỜNG NAM TRIỆU");
    // The document says too whose figures are missing: they would read as the whole ward's.
    expect(draft).toContain("(Dự thảo: số liệu của 2/3 đơn vị; chưa có số liệu của Trường Mầm non Hoa Sen.)");
    // The ward issued the campaign: its report is addressed to nobody rather than to itself.
    expect(draft).not.toContain("Kính gửi");
    expect(draft).toMatch(/Số:\s+\/BC-UBND/);
    // Liên Châu 1.200 + Nam Triệu 2.000 readers; both schools in held the opening (the preschool has not reported);
    // 2 + 6 sessions, 85 + 290 teachers.
    expect(draft).toContain("thư viện tại các nhà trường đã thu hút 3.200 lượt bạn đọc.");
    expect(draft).toContain("100% trường học trên địa bàn đã tổ chức phát động Tuần lễ (tính trên 2/3 đơn vị có số liệu).");
    expect(draft).toContain("Tổng số buổi tập huấn được tổ chức là 8 buổi, với sự tham gia của 375 lượt cán bộ, giáo viên.");
    // The books as given, in no other programme's words (the seed ward's book drive was printed as every ward's).
    expect(draft).toContain("- Các nhà trường đã vận động giáo viên, phụ huynh, học sinh quyên góp được 350 cuốn sách cho thư viện và tủ sách.");
    expect(draft).not.toContain("Góp một cuốn sách nhỏ");
    // A People's Committee's header names no parent body.
    expect(draft).toMatch(/^ỦY BAN NHÂN DÂN\nPHƯỜNG NAM TRIỆU\n/);
    // Each school's texts, labelled with its name.
    // A school's activities on one line, its name once (it was repeated on each of its lines).
    expect(draft).toMatch(/\n- Trường Tiểu học Liên Châu: Tổ chức các hoạt động thông tin[^\n]*; tổ chức các sân chơi online\./);
    expect(draft).toContain("- Trường THCS Nam Triệu: Tổ chức Hội sách; tổ chức các sân chơi trực tuyến cho học sinh.");
    // The officers' own part, not written yet, is marked where it goes (the draft had no ĐÁNH GIÁ
    // CHUNG nor ĐỀ XUẤT section and no signature).
    expect(draft).toMatch(/\nII\. ĐÁNH GIÁ CHUNG\n1\. Ưu điểm\n- \[Phần này cán bộ phụ trách viết: gõ \/tonghop sua 1 trong nhóm cán bộ\.\]\n/);
    expect(draft).toMatch(/III\. ĐỀ XUẤT, KIẾN NGHỊ\n[^\n]*\n- \[Phần này cán bộ phụ trách viết/);
    expect(draft).toMatch(/\[CHỨC VỤ NGƯỜI KÝ\][\s\S]*\[Họ và tên người ký\]/);

    // Returned: left out and named; re-submitted: counted once, with its latest version.
    await app.post(OFFICERS, KHA, "/tralai THCS-NAM-TRIEU Số bạn đọc chưa đúng");
    expect(texts(await app.post(OFFICERS, KHA, "/tonghop"))).toMatch(/đã tổng hợp 1\/3 đơn vị\.[\s\S]*Đang bị trả lại để sửa: Trường THCS Nam Triệu\./);
    await app.post(NAM_TRIEU.chat, NAM_TRIEU.user, "/sua 10");
    await app.post(NAM_TRIEU.chat, NAM_TRIEU.user, "2.500");
    await app.post(NAM_TRIEU.chat, NAM_TRIEU.user, "/nop");
    await app.post(NAM_TRIEU.chat, NAM_TRIEU.user, "Có");
    const again = await documentText(app, await app.post(OFFICERS, KHA, "/tonghop"));
    expect(again).toContain("đã thu hút 3.700 lượt bạn đọc.");
    // Every unit in: still marked a draft, or it reads as the report submitted.
    await submitFullReport(app, HOA_SEN.chat, HOA_SEN.user, FULL_REPORT_ANSWERS);
    expect(await documentText(app, await app.post(OFFICERS, KHA, "/tonghop"))).toContain("(Dự thảo: số liệu của cả 3/3 đơn vị; chưa phải báo cáo đã nộp.)");

    // Closed, the campaign is no longer what a bare /tonghop means: the notice's commands name it. (Every unit in, none is said to come later.)
    expect(texts(await app.post(OFFICERS, KHA, "/dotbaocao dong chac"))).toMatch(/^Đã đóng đợt báo cáo/);
    expect(texts(await app.post(OFFICERS, KHA, "/tonghop 1"))).toMatch(/đã tổng hợp 3\/3 đơn vị\.\nGõ \/tonghop sua 1 để hoàn thiện/);
    expect(texts(await app.post(OFFICERS, KHA, "/tonghop sua"))).toMatch(/không có đợt báo cáo nào đang mở/);
    expect(texts(await app.post(OFFICERS, KHA, "/tonghop sua 1"))).toMatch(/Câu \d+\/16/);
  });

  it("says in the draft of a campaign closed refusing late reports that the units not in did not submit, not that their figures are still to come", async () => {
    const app = await apps.start();
    await app.database.run(sql`UPDATE campaigns SET late_policy = 'refuse'`);
    await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, FULL_REPORT_ANSWERS);
    // Returned before the close: it may still come back corrected.
    await app.post(OFFICERS, KHA, "/tralai THCS-NAM-TRIEU Số bạn đọc chưa đúng");
    expect(texts(await app.post(OFFICERS, KHA, "/dotbaocao dong 1 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
    const draft = await documentText(app, await app.post(OFFICERS, KHA, "/tonghop 1"));
    expect(draft).toContain("(Dự thảo: số liệu của 1/3 đơn vị; chưa có số liệu của Trường THCS Nam Triệu; không nộp báo cáo: Trường Mầm non Hoa Sen.)");
  });

  it("completes the report as a conversation: officer's questions asked, edits kept, untouched figures follow new submissions", async () => {
    const app = await apps.start();
    await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    const opened = texts(await app.post(OFFICERS, KHA, "/tonghop sua"));
    // Named by its campaign, as the schools' reports are (it was the ward template's "(cấp phường, xã)").
    expect(opened).toMatch(/^[^\n]*"Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026"/);
    expect(opened).not.toContain("(cấp phường, xã)");
    // Every computed answer is filled in; asked first is what the data leaves open (no school gave its books).
    expect(opened).toMatch(/Câu 4\/16 — I\.2\. Kết quả hoạt động\nCác nhà trường trên địa bàn đã quyên góp được bao nhiêu cuốn sách/);
    // What the schools' reports answered is said first: the first question asked is no longer question 1.
    expect(opened).toMatch(/\n---\n\d+ câu đã được tự động tổng hợp từ báo cáo của 1 đơn vị \(gõ \/xem để xem\); bot hỏi các câu còn lại\.\n---\nCâu 4\/16/);
    await app.post(OFFICERS, KHA, "/boqua");
    // Then the ward's own assessment and proposals, and the closing questions.
    expect(texts(await app.post(OFFICERS, KHA, "Phong trào đọc sách lan tỏa"))).toMatch(/^Câu 9\/16 — II\.2\. Hạn chế/);
    await app.post(OFFICERS, KHA, "Thư viện nhỏ");
    // Whom the ward reports to, and the request it answers: the campaign's own letter is the ward's.
    expect(texts(await app.post(OFFICERS, KHA, "Đầu tư thư viện phường"))).toMatch(/^Câu 11\/16 — Nơi nhận và người ký\nBáo cáo gửi cơ quan nào \(dòng Kính gửi\)/);
    await app.post(OFFICERS, KHA, "Sở Giáo dục và Đào tạo thành phố Hải Phòng");
    await app.post(OFFICERS, KHA, "Công văn số 7418/SGDĐT-GDTX ngày 07/10/2026 của Sở Giáo dục và Đào tạo thành phố Hải Phòng");
    await app.post(OFFICERS, KHA, "/boqua");
    await app.post(OFFICERS, KHA, "/boqua");
    await app.post(OFFICERS, KHA, "CHỦ TỊCH");
    expect(texts(await app.post(OFFICERS, KHA, "Nguyễn Văn Bình"))).toMatch(/Đã trả lời xong/);

    // The officer corrects one computed figure by hand (question 3: readers).
    const review = texts(await app.post(OFFICERS, KHA, "/xem"));
    expect(review).toMatch(/3\. Trong thời gian triển khai Tuần lễ[^\n]*\[tự động tổng hợp\]\n1\.200/);
    await app.post(OFFICERS, KHA, "/sua 3");
    await app.post(OFFICERS, KHA, "1.500");
    // Another school submits: the untouched sums follow, the hand-edited readers stay (with what the units' data now computes).
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, FULL_REPORT_ANSWERS);
    const after = texts(await app.post(OFFICERS, KHA, "/xem"));
    expect(after).toMatch(/3\. Trong thời gian[^\n]*\[đã sửa tay; số tổng hợp từ các đơn vị nay là 3\.200\]\n1\.500/);
    expect(after).toMatch(/\[tự động tổng hợp\]\n375/);

    // The confirmation says which unit the report leaves out.
    expect(texts(await app.post(OFFICERS, KHA, "/nop"))).toMatch(
      /\n---\nLưu ý: báo cáo tổng hợp chỉ có số liệu của 2\/3 đơn vị; [^\n]*\n- chưa nộp: Trường Mầm non Hoa Sen.\nCó thể chờ các đơn vị nộp rồi gõ \/tonghop sua 1 và \/nop\.\n---\n[^\n]*Có/,
    );
    const submitted = await app.post(OFFICERS, KHA, "Có");
    const final = await documentText(app, submitted);
    expect(final).toContain("đã thu hút 1.500 lượt bạn đọc.");
    expect(final).toContain("với sự tham gia của 375 lượt cán bộ, giáo viên.");
    expect(final).toContain("Nguyễn Văn Bình");
    // The proposals open with whom they ask, as the seed's do.
    expect(final).toMatch(/\nĐể các hoạt động học tập suốt đời ngày càng đạt hiệu quả cao, Ủy ban nhân dân phường Nam Triệu trân trọng đề nghị:\n- Đầu tư thư viện phường\./);
    expect(final).toMatch(/Kính gửi: Sở Giáo dục và Đào tạo thành phố Hải Phòng/);
    expect(final).toContain("Thực hiện Công văn số 7418/SGDĐT-GDTX ngày 07/10/2026 của Sở Giáo dục và Đào tạo thành phố Hải Phòng về việc báo cáo kết quả");
    expect(final).not.toContain("125/UBND-VHXH");
    expect(submitted.find((m) => m.document)?.document?.name).toBe("Báo-cáo-UBND-phường-Nam-Triệu-2026.docx");
    // The chat is back to ordinary talk once submitted, but /sua N works, as the submission's reply says.
    expect(texts(submitted)).toMatch(/Có thể sửa bằng \/sua N rồi \/nop lại\./);
    // The officers are not thanked as a unit would be.
    expect(texts(submitted)).not.toContain("Cảm ơn đơn vị");
    expect(await app.post(OFFICERS, KHA, "Cảm ơn mọi người")).toEqual([]);
    expect(texts(await app.post(OFFICERS, KHA, "/sua 3"))).toMatch(/^Câu 3\/16/);
    await app.post(OFFICERS, KHA, "1.500");
    // A mistyped command is named, not taken for a unit's command in the officers' chat.
    expect(texts(await app.post(OFFICERS, KHA, "/tonghp"))).toMatch(/^Không có lệnh \/tonghp\. Có phải ý bạn là \/tonghop\? Gõ \/trogiup để xem các lệnh\./);

    // A school submits afterwards: the report has changes again, and /nop makes version 2.
    await submitFullReport(app, HOA_SEN.chat, HOA_SEN.user, FULL_REPORT_ANSWERS);
    await app.post(OFFICERS, KHA, "/tonghop sua");
    expect(texts(await app.post(OFFICERS, KHA, "/xem"))).toMatch(/\[tự động tổng hợp\]\n665/);
    await app.post(OFFICERS, KHA, "/nop");
    const second = await app.post(OFFICERS, KHA, "Có");
    expect(texts(second)).toMatch(/bản sửa lần 1/);
    expect(await documentText(app, second)).toContain("với sự tham gia của 665 lượt cán bộ, giáo viên.");
  });

  it("before any school has submitted, computes no figure (no 0 or 0%) and says the figures come when they do", async () => {
    const app = await apps.start();
    await app.post(OFFICERS, KHA, "/tonghop sua");
    const review = texts(await app.post(OFFICERS, KHA, "/xem"));
    expect(review).toMatch(/3\. Trong thời gian triển khai Tuần lễ[^\n]*\[tự động tổng hợp khi có đơn vị nộp\]\n\(chưa trả lời\)/);
    expect(review).not.toMatch(/\n0(%| |\n)|\[tự động tổng hợp\]/);
  });

  it("cancelling the completion drops the hand edits and points to /tonghop sua, not the unit's /baocao", async () => {
    const app = await apps.start();
    await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    await app.post(OFFICERS, KHA, "/tonghop sua");
    await app.post(OFFICERS, KHA, "/sua 3");
    await app.post(OFFICERS, KHA, "1.500");
    expect(texts(await app.post(OFFICERS, KHA, "/huy"))).toMatch(/^Hủy sẽ bỏ mọi câu đã trả lời và đã sửa tay; số liệu trở về như tự động tổng hợp\./);
    expect(texts(await app.post(OFFICERS, KHA, "Có"))).toBe("Đã hủy: các câu đã sửa tay được bỏ, số liệu trở về như tự động tổng hợp. Gõ /tonghop sua 1 để làm lại.");
    await app.post(OFFICERS, KHA, "/tonghop sua");
    expect(texts(await app.post(OFFICERS, KHA, "/xem"))).toMatch(/3\. Trong thời gian triển khai Tuần lễ[^\n]*\[tự động tổng hợp\]\n1\.200/);
  });

  it("says on the board when units were returned after the ward's consolidated report, which holds their figures, and /tonghop that its draft is not what was sent", async () => {
    let now = Date.parse("2026-10-08T03:15:00Z");
    const app = await apps.start({ now: () => new Date(now) });
    await submitConsolidatedReport(app);
    await app.post(OFFICERS, KHA, "Có");
    now += 60 * 60_000;
    await app.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU thiếu số liệu");
    const board = (await (await signIn(app)).get("/web/dot/1")).body;
    expect(/<p class="hint state-overdue" id="consolidated-behind">([^<]*)<\/p>/.exec(board)?.[1]).toMatch(
      /^Báo cáo tổng hợp đã nộp lúc 10:15 ngày 08\/10\/2026; sau đó 1 đơn vị bị trả lại để sửa, nên nút tải vẫn cho bản đã nộp[^]*Khi các đơn vị bị trả lại đã nộp lại, gõ \/tonghop sua 1 rồi \/nop/,
    );
    // The download says which report it gives.
    expect(board).toContain("Tải báo cáo tổng hợp đã nộp (Word)");
    // The chat's draft says it is not what was sent.
    expect(texts(await app.post(OFFICERS, KHA, "/tonghop 1"))).toMatch(/Lưu ý: báo cáo tổng hợp đã nộp lúc 10:15 ngày 08\/10\/2026; dự thảo này là số liệu hiện nay, chưa phải bản đã nộp\./);
  });

  it("says on the board when units submitted after the ward's consolidated report, whose download is still the submitted one", async () => {
    let now = Date.parse("2026-10-08T03:15:00Z");
    const app = await apps.start({ now: () => new Date(now) });
    await submitConsolidatedReport(app);
    await app.post(OFFICERS, KHA, "Có");
    const kha = await signIn(app);
    expect((await kha.get("/web/dot/1")).body).not.toContain('id="consolidated-behind"');
    now += 60 * 60_000;
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, FULL_REPORT_ANSWERS);
    const board = (await kha.get("/web/dot/1")).body;
    expect(/<p class="hint state-overdue" id="consolidated-behind">([^<]*)<\/p>/.exec(board)?.[1]).toMatch(
      /^Báo cáo tổng hợp đã nộp lúc 10:15 ngày 08\/10\/2026; sau đó 1 đơn vị đã nộp hoặc nộp lại, nên nút tải vẫn cho bản đã nộp, chưa có số liệu mới\. Để cập nhật, gõ \/tonghop sua 1 rồi \/nop trong nhóm cán bộ\.$/,
    );
    // Opened again, the report says which of its computed answers the new report changed (it said
    // only "the submitted version has not changed").
    const reopened = texts(await app.post(OFFICERS, KHA, "/tonghop sua 1"));
    expect(reopened).toMatch(/Báo cáo của các đơn vị đã thay đổi so với bản tổng hợp đã nộp:\n(?:• Câu \d+ «[^»]+»: [^\n]+ → [^\n]+\n)+Gõ \/nop để nộp bản mới\./);
    expect(reopened).toMatch(/• Câu \d+ «[^»]*bạn đọc[^»]*»: 1\.200 → 3\.200\n/);
  });

  it("cites no letter of the ward's own campaign and addresses it to nobody when the campaign spells the ward another way", async () => {
    const app = await apps.start();
    // Typed in full when the campaign was opened; the roster has "UBND phường Nam Triệu".
    await app.database.run(sql`UPDATE campaigns SET issuer_name = 'Ủy ban nhân dân phường Nam Triệu', reference_text = 'Công văn số 125/UBND-VHXH ngày 25/9/2026 của Ủy ban nhân dân phường Nam Triệu'`);
    await submitConsolidatedReport(app);
    const final = await documentText(app, await app.post(OFFICERS, KHA, "Có"));
    const draft = await documentText(app, await app.post(OFFICERS, KHA, "/tonghop 1"));
    for (const [name, text] of [["submitted", final], ["draft", draft]]) {
      expect(text, name).not.toContain("125/UBND-VHXH");
      expect(text, name).not.toContain("Kính gửi");
    }
  });

  it("counts the submitted consolidated report as the ward's own report in the campaign one level up", async () => {
    const { app, repos, ward, upper } = await withCampaignOneLevelUp();
    await submitConsolidatedReport(app);
    const replies = await app.post(OFFICERS, KHA, "Có");
    expect(texts(replies)).toContain(`cũng được tính là báo cáo của UBND phường Nam Triệu trong đợt "Báo cáo gửi Sở GDĐT"`);
    // Its copy in that campaign is addressed to the Department; none to the ward itself.
    const documents = await Promise.all(
      [...new Set(replies.flatMap((m) => (m.document ? [m.document.url] : [])))].map(async (url) => readDocx((await app.app.inject(new URL(url).pathname)).rawPayload).paragraphs.join("\n")),
    );
    expect(documents.filter((d) => d.includes("Kính gửi: Sở GDĐT Hải Phòng."))).toHaveLength(1);
    expect(documents.some((d) => d.includes("Kính gửi: UBND phường Nam Triệu"))).toBe(false);
    // Nơi nhận skipped: "Như trên" points to the Kính gửi above it, so only the copy that has one says it.
    const [upward, own] = [documents.find((d) => d.includes("Kính gửi"))!, documents.find((d) => !d.includes("Kính gửi"))!];
    expect(upward).toMatch(/Nơi nhận:\n- Như trên;\n- Lưu: VT, VHXH\./);
    expect(own).toMatch(/Nơi nhận:\n- Lưu: VT, VHXH\./);

    // Two campaigns of one year: the copy one level up carries its campaign's number, not the same name.
    expect(new Set(replies.flatMap((m) => (m.document ? [m.document.name] : [])))).toEqual(new Set(["Báo-cáo-UBND-phường-Nam-Triệu-2026.docx", `Báo-cáo-UBND-phường-Nam-Triệu-2026-đợt-${upper.id}.docx`]));
    const submission = (await repos.submissions.find(upper.id, ward.id))!;
    expect(submission).toMatchObject({ status: "submitted", version: 1 });
    const [version] = await repos.submissions.listVersions(submission.id);
    expect(version!.answers).toMatchObject({ readers_served: 1200, training_participants: 85, strengths: ["Lan tỏa văn hóa đọc"] });
    // That campaign's /status shows the ward as submitted.
    expect(texts(await app.post(OFFICERS, KHA, "/trangthai"))).toMatch(/UBND-NAM-TRIEU — UBND phường Nam Triệu: đã nộp/);
    // The ward's own conversation there is submitted too, its answers the report's, in the answers table.
    const stored = (await repos.conversations.load(`report:${upper.id}:${ward.id}`))!;
    expect(stored.stateVersion).toBe(REPORT_STATE_VERSION);
    expect(JSON.parse(stored.state)).toMatchObject({ phase: "submitted", submittedVersion: 1 });
    const current = Object.fromEntries((await repos.submissions.listAnswers(submission.id)).map((a) => [a.fieldId, a.value]));
    expect(current).toEqual(version!.answers);
  });

  it("marks the ward's report one level up late by its first version only: sent after that deadline, or corrected after it", async () => {
    let now = Date.parse("2026-10-08T03:15:00Z");
    const { app, repos, ward, upper } = await withCampaignOneLevelUp({ now: () => new Date(now) });
    await submitConsolidatedReport(app);
    await app.post(OFFICERS, KHA, "Có");
    // Sent before the Department's deadline (30/10), then corrected after it: still on time.
    now = Date.parse("2026-11-02T03:15:00Z");
    await app.post(OFFICERS, KHA, "/sua 3");
    await app.post(OFFICERS, KHA, "1.500");
    await app.post(OFFICERS, KHA, "/nop");
    expect(texts(await app.post(OFFICERS, KHA, "Có"))).toMatch(/bản sửa lần 1/);
    expect(await repos.submissions.find(upper.id, ward.id)).toMatchObject({ version: 2, isLate: false });

    // A second campaign of the Department whose deadline has passed: the first version there is late.
    const overdue = await repos.transaction(() =>
      repos.directory.insertCampaign({ templateId: upper.templateId, title: "Báo cáo bổ sung gửi Sở", issuerName: "Sở GDĐT Hải Phòng", deadlineAt: Date.parse("2026-10-31T10:00:00Z") }, [ward.id]),
    );
    await app.post(OFFICERS, KHA, "/sua 3");
    await app.post(OFFICERS, KHA, "1.600");
    await app.post(OFFICERS, KHA, "/nop");
    await app.post(OFFICERS, KHA, "Có");
    expect(await repos.submissions.find(overdue.id, ward.id)).toMatchObject({ version: 1, isLate: true });
    expect(await repos.submissions.find(upper.id, ward.id)).toMatchObject({ version: 3, isLate: false });
    // Its correction is still a late report there, and said so; on time where the first was.
    await app.post(OFFICERS, KHA, "/sua 3");
    await app.post(OFFICERS, KHA, "1.700");
    await app.post(OFFICERS, KHA, "/nop");
    const notices = texts(await app.post(OFFICERS, KHA, "Có"));
    expect(notices).toMatch(/bản sửa lần 1 của "Báo cáo bổ sung gửi Sở" lúc [^\n]*\(nộp muộn\)/);
    expect(notices).not.toMatch(/bản sửa lần 3 của [^\n]*\(nộp muộn\)/);
  });

  it("leaves the ward's report one level up as it is while someone is typing it by hand", async () => {
    const { app, repos, ward, upper } = await withCampaignOneLevelUp();
    // Someone in the ward's chat has answered one question of that report and is on the next.
    const key = `report:${upper.id}:${ward.id}`;
    await repos.transaction(async () => {
      const draft = await repos.submissions.create(upper.id, ward.id, Date.now());
      await repos.submissions.saveAnswer(draft.id, "readers_served", 999, { id: "local:u9", name: "Người gõ tay" }, Date.now());
      await repos.conversations.save(key, JSON.stringify({ phase: "asking", fieldId: "books_collected", submittedVersion: 0 }), REPORT_STATE_VERSION, undefined, Date.now());
    });
    await submitConsolidatedReport(app);
    expect(texts(await app.post(OFFICERS, KHA, "Có"))).toContain(`cũng được tính là báo cáo của UBND phường Nam Triệu trong đợt "Báo cáo gửi Sở GDĐT"`);

    // The version is recorded; the typed draft, its state and its one answer, is untouched.
    const submission = (await repos.submissions.find(upper.id, ward.id))!;
    expect((await repos.submissions.listVersions(submission.id))[0]!.answers).toMatchObject({ readers_served: 1200 });
    expect(JSON.parse((await repos.conversations.load(key))!.state)).toMatchObject({ phase: "asking", fieldId: "books_collected" });
    expect((await repos.submissions.listAnswers(submission.id)).map((a) => [a.fieldId, a.value])).toEqual([["readers_served", 999]]);
  });
});
