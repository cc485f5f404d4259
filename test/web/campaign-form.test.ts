/**
 * Opening a campaign from the officers' web page (/web/dot/moi): the questions of /dotbaocao on one
 * form, read with the chat's parsers and visibility rules, opened by the chat's own function.
 * Through the real server (inject) over the seeded demo (campaign 1, three schools, the ward).
 */
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadOpenCampaignTemplate } from "../../src/templates/built-in-templates.ts";
import { listFields } from "../../src/templates/template-fields.ts";
import { buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { campaignFormValues, WARD_REPORT } from "../helpers/campaign-form-values.ts";
import { KHA, OFFICERS_CHAT, signIn, unsealed } from "../helpers/web-session.ts";
import { foldVietnamese } from "../../src/vietnamese/fold-vietnamese.ts";

const NAM_TRIEU = "thcs-nam-trieu";
const HOA_SEN = "mn-hoa-sen";

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
});
afterEach(() => server.close());

const valid = () => campaignFormValues();

const botTexts = async (chatId: string) => (await server.repos.localMessages.history(chatId)).filter((m) => m.fromBot).map((m) => m.text);
const campaignCount = async () => (await server.repos.directory.listCampaigns()).length;

/** The page's notice after an action, as read. */
const notice = (body: string) => /<p class="notice" role="status">([^<]*)<\/p>/.exec(body)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

/** The refusal printed under a question: after its control, before the next question. */
function errorUnder(body: string, fieldId: string): string | undefined {
  const control = body.indexOf(`name="${fieldId}"`);
  const next = body.indexOf(`class="question"`, control);
  const error = new RegExp(`<p id="f-${fieldId}-error" class="error" role="alert">([^<]*)</p>`).exec(body);
  if (control < 0 || !error || error.index < control || (next >= 0 && error.index > next)) return undefined;
  return error[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

/** Answers the chat's /dotbaocao questions one by one; returns the bot's replies to the last one. */
async function answerInChat(answers: string[]) {
  await server.post(OFFICERS_CHAT, KHA, "/dotbaocao");
  let replies: string[] = [];
  for (const answer of answers) replies = (await server.post(OFFICERS_CHAT, KHA, answer)).map((m) => m.text);
  return replies;
}

describe("the form", () => {
  it("asks every question of /dotbaocao in the chat's order, with the report types in use as the first question's choices", async () => {
    const kha = await signIn(server);
    const page = await kha.get("/web/dot/moi");
    expect(page.statusCode).toBe(200);
    let at = 0;
    for (const { field, index } of listFields(loadOpenCampaignTemplate())) {
      const found = page.body.indexOf(`${index + 1}. ${field.prompt}`, at);
      expect(found, field.id).toBeGreaterThan(at);
      at = found;
    }
    expect(page.body).toContain(`<option value="${WARD_REPORT}">`);
    expect(page.body).toMatch(/Chỉ điền khi câu 10 \(Tất cả các đơn vị đều phải báo cáo\) là «Không»/);
    expect(page.body).toMatch(/Chỉ điền khi đã trả lời câu 3 \(Số, ký hiệu văn bản yêu cầu báo cáo\)/);
    expect(page.body).toMatch(/Bỏ qua để dùng năm học có hạn nộp/);
    expect(page.body).toContain(`name="deadline_date" aria-describedby="f-deadline_date-notes" value="" placeholder="dd/mm/yyyy"`);
  });

  it("lists the roster's codes with their names under the unit codes question, folded, also when the form comes back refused (the codes were shown only in a refusal); not the ward's own office, which reports in no campaign of its own", async () => {
    const kha = await signIn(server);
    const roster =
      '<details class="hint"><summary>Xem mã của 3 đơn vị trong danh sách</summary><ul><li>MN-HOA-SEN: Trường Mầm non Hoa Sen</li><li>TH-LIEN-CHAU: Trường Tiểu học Liên Châu</li>' +
      "<li>THCS-NAM-TRIEU: Trường THCS Nam Triệu</li></ul></details>";
    const question = (body: string) => /<label for="f-unit_codes">[\s\S]*?<\/textarea>/.exec(body)![0];
    expect(question((await kha.get("/web/dot/moi")).body)).toContain(roster);
    const refused = await kha.postForm("/web/dot/moi", { ...valid(), unit_codes: "TH-KHONG-CO" }, "/web/dot/moi");
    expect(refused.statusCode).toBe(400);
    expect(question(refused.body)).toContain(roster);
    expect(refused.body.match(/<details class="hint">/g)).toHaveLength(1);
  });

  it("answers 401 without a session", async () => {
    expect((await server.app.inject("/web/dot/moi")).statusCode).toBe(401);
  });
});

describe("a valid form", () => {
  it("names the issuing office as the roster spells it when it is the roster's unit, whatever the officer typed (it was printed as typed after Kính gửi)", async () => {
    const kha = await signIn(server);
    expect((await kha.postForm("/web/dot/moi", { ...valid(), issuer_name: "ubnd phuong nam trieu" }, "/web/dot/moi")).statusCode).toBe(303);
    const opened = (await server.repos.directory.listCampaigns()).find((c) => c.title === valid().title)!;
    expect(opened).toMatchObject({ issuerName: "UBND phường Nam Triệu", issuerUnitId: expect.any(Number) });
  });

  it("opens the campaign for the listed units with the deadline's school year as period, announces it in their chats only, logs it, and lands on its board", async () => {
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", valid(), "/web/dot/moi");
    expect(response.statusCode).toBe(303);
    const campaigns = await server.repos.directory.listCampaigns();
    const opened = campaigns.find((c) => c.title === "Báo cáo Tuần lễ học tập 2026 (đợt 2)")!;
    expect(unsealed(response.headers.location)).toBe(`/web/dot/${opened.id}?tb=opened&n=2`);
    expect((await kha.get(response.headers.location as string)).body).toMatch(/gửi thông báo tới 2 nhóm/);
    // The notice is the redirect's, sealed to this session: typed into the address, it shows nothing.
    expect((await kha.get(`/web/dot/${opened.id}?tb=opened&n=-5`)).body).not.toMatch(/gửi thông báo tới/);
    expect(opened).toMatchObject({ issuerName: "UBND phường Nam Triệu", referenceText: "", latePolicy: "refuse", period: "năm học 2026 - 2027", status: "open" });
    expect(new Date(opened.deadlineAt).toISOString()).toBe("2026-10-30T10:00:00.000Z");
    expect((await server.repos.officers.campaignUnitIds(opened.id)).length).toBe(2);

    await server.webSettled();
    await server.outboxWorker.deliver();
    expect((await botTexts(LIEN_CHAU)).at(-1)).toBe(
      // The demo's campaign is still open: a plain /baocao might go on with it, so the number is given.
      `Thông báo đợt báo cáo mới: "Báo cáo Tuần lễ học tập 2026 (đợt 2)". Hạn nộp: 17:00 ngày 30/10/2026.\nGõ /baocao ${opened.id} để bắt đầu báo cáo, /trogiup để xem các lệnh.`,
    );
    expect((await botTexts(HOA_SEN)).at(-1)).toMatch(/^Thông báo đợt báo cáo mới: "Báo cáo Tuần lễ học tập 2026 \(đợt 2\)"/);
    expect(await botTexts(NAM_TRIEU)).toEqual([]);
    // The other officers hear of it in their chat, as they would of the chat's /dotbaocao.
    expect((await botTexts("can-bo-phuong")).at(-1)).toBe('Nguyễn Thị Kha đã mở đợt báo cáo "Báo cáo Tuần lễ học tập 2026 (đợt 2)" cho 2 đơn vị trên trang cán bộ.');

    expect(await server.repos.activity.list(opened.id)).toMatchObject([{ action: "opened", detail: "2", source: "web", actorName: "Nguyễn Thị Kha", actorId: "local:u7" }]);
    const board = await kha.get(response.headers.location as string);
    expect(board.body).toContain("Đã mở đợt báo cáo và gửi thông báo tới 2 nhóm.");
  });

  it("says on the board when some of the units have a report in progress in another open campaign", async () => {
    await server.post(LIEN_CHAU, HOA, "/baocao");
    await server.post(LIEN_CHAU, HOA, "Kế hoạch số 192/KH-THLC");
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", valid(), "/web/dot/moi");
    expect(unsealed(response.headers.location)).toMatch(/\?tb=opened&n=2&b=1$/);
    expect((await kha.get(response.headers.location as string)).body).toContain("Đã mở đợt báo cáo và gửi thông báo tới 2 nhóm. Lưu ý: 1 đơn vị đang làm dở báo cáo của đợt khác còn mở;");
  });

  it("ignores unit codes when every unit reports (the chat never asks them) and leaves the issuing ward out of the units", async () => {
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", { ...valid(), all_units: "Có", unit_codes: "KHONG-CO", reference_number: "125/UBND-VHXH", reference_date: "05/10/2026", reference_issuer: "UBND phường Nam Triệu", period: "giai đoạn 2023 - 2025" }, "/web/dot/moi");
    expect(response.statusCode).toBe(303);
    expect(unsealed(response.headers.location)).toMatch(/\?tb=opened&n=3$/);
    const opened = (await server.repos.directory.listCampaigns()).find((c) => c.title === valid().title)!;
    expect(opened).toMatchObject({ referenceText: "Công văn số 125/UBND-VHXH ngày 05/10/2026 của UBND phường Nam Triệu", period: "giai đoạn 2023 - 2025" });
    expect((await server.repos.officers.campaignUnitIds(opened.id)).length).toBe(3);
  });

  it("refuses a request dated after today (a mistyped day or year), under its date, opening nothing", async () => {
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", { ...valid(), reference_number: "125/UBND-VHXH", reference_date: "10/12/2026", reference_issuer: "UBND phường Nam Triệu" }, "/web/dot/moi");
    expect(response.statusCode).toBe(400);
    expect(errorUnder(response.body, "reference_date")).toBe("Ngày ban hành văn bản không thể sau hôm nay: có thể gõ nhầm ngày hoặc năm.");
    expect((await server.repos.directory.listCampaigns()).some((c) => c.title === valid().title)).toBe(false);
  });

  it("cites the request by its kind, typed or read from its symbol, never 'Công văn số Kế hoạch'", async () => {
    const kha = await signIn(server);
    const reference = { reference_date: "05/10/2026", reference_issuer: "UBND phường Nam Triệu" };
    await kha.postForm("/web/dot/moi", { ...valid(), title: "Đợt A", reference_number: "Kế hoạch 45/KH-UBND", ...reference }, "/web/dot/moi");
    await kha.postForm("/web/dot/moi", { ...valid(), title: "Đợt B", reference_number: "12/KH-UBND", ...reference }, "/web/dot/moi");
    const cited = (await server.repos.directory.listCampaigns()).filter((c) => c.title.startsWith("Đợt ")).map((c) => c.referenceText);
    expect(cited.sort()).toEqual(["Kế hoạch số 12/KH-UBND ngày 05/10/2026 của UBND phường Nam Triệu", "Kế hoạch số 45/KH-UBND ngày 05/10/2026 của UBND phường Nam Triệu"]);
  });
});

describe("a form sent twice", () => {
  it("takes 'không' in a box that may stay empty as empty, as the chat does, not as a reference number", async () => {
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", { ...valid(), reference_number: "không", deadline_time: "5h chiều" }, "/web/dot/moi");
    expect(response.statusCode).toBe(303);
    const opened = (await server.repos.directory.listCampaigns()).find((c) => c.title === "Báo cáo Tuần lễ học tập 2026 (đợt 2)")!;
    expect(opened.referenceText).toBe("");
    expect(new Date(opened.deadlineAt).toISOString()).toBe("2026-10-30T10:00:00.000Z");
  });

  it("opens one campaign: the second POST of the same form (a double click, a resent page) opens nothing and goes to the list, which says so", async () => {
    const kha = await signIn(server);
    const page = await kha.get("/web/dot/moi");
    const hidden = Object.fromEntries([...page.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]));
    const cookies = { ...kha.cookies, ...Object.fromEntries(page.cookies.map((c) => [c.name, c.value])) };
    const send = () =>
      server.app.inject({ method: "POST", url: "/web/dot/moi", cookies, payload: new URLSearchParams({ ...hidden, ...valid() }).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } });
    const before = await campaignCount();
    expect(unsealed((await send()).headers.location)).toMatch(/^\/web\/dot\/\d+\?tb=opened/);
    const again = await send();
    expect([again.statusCode, unsealed(again.headers.location)]).toEqual([303, "/web?tb=formSentTwice"]);
    expect(await campaignCount()).toBe(before + 1);
    // The list says why nothing more opened.
    expect((await kha.get(again.headers.location as string)).body).toContain("Biểu mẫu mở đợt này đã được gửi một lần rồi nên không mở thêm đợt nào.");
  });
});

describe("a form with a problem", () => {
  it("refuses an impossible deadline date with the chat's date message under that question, keeps every typed value, and creates nothing", async () => {
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", { ...valid(), deadline_date: "31/02/2026" }, "/web/dot/moi");
    expect(response.statusCode).toBe(400);
    expect(errorUnder(response.body, "deadline_date")).toBe("Tháng 2 năm 2026 chỉ có 28 ngày. Vui lòng kiểm tra lại ngày.");
    expect(response.body).toMatch(/Chưa mở đợt báo cáo: 1 câu cần sửa/);
    expect(response.body).toContain('name="deadline_date" aria-describedby="f-deadline_date-notes f-deadline_date-error" aria-invalid="true" value="31/02/2026"');
    expect(response.body).toContain('value="Báo cáo Tuần lễ học tập 2026 (đợt 2)"');
    expect(response.body).toContain(`<option value="${WARD_REPORT}" selected>`);
    expect(response.body).toContain('<input type="radio" name="all_units" value="Không" checked>');
    expect(response.body).toContain(">TH-LIEN-CHAU\nMN-HOA-SEN</textarea>");
    expect(await campaignCount()).toBe(1);
  });

  it("refuses an unknown unit code under the unit codes question, as /dotbaocao refuses the same code, and neither creates a campaign", async () => {
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", { ...valid(), unit_codes: "TH-LIEN-CHAU\nKHONG-CO" }, "/web/dot/moi");
    expect(response.statusCode).toBe(400);
    expect(errorUnder(response.body, "unit_codes")).toBe("Không có đơn vị mã KHONG-CO. Hãy sửa danh sách mã. Mã các đơn vị: MN-HOA-SEN, TH-LIEN-CHAU, THCS-NAM-TRIEU.");
    expect(response.body).toContain(">TH-LIEN-CHAU\nKHONG-CO</textarea>");

    // Codes separated by commas are codes too: only the unknown one is named.
    const commas = await kha.postForm("/web/dot/moi", { ...valid(), unit_codes: "TH-LIEN-CHAU, KHONG-CO" }, "/web/dot/moi");
    expect(errorUnder(commas.body, "unit_codes")).toMatch(/^Không có đơn vị mã KHONG-CO\./);

    // The chat refuses it as it is typed.
    const chat = await answerInChat(["2", "Báo cáo Tuần lễ học tập 2026 (đợt 2)", "/boqua", "UBND phường Nam Triệu", "30/10/2026", "17h", "/boqua", "Không", "TH-LIEN-CHAU\nKHONG-CO"]);
    expect(chat.at(-1)).toMatch(/^Không có đơn vị nào mã hoặc tên KHONG-CO\./);
    expect(await campaignCount()).toBe(1);
    await server.webSettled();
    await server.outboxWorker.deliver();
    expect(await botTexts(LIEN_CHAU)).toEqual([]);
  });

  it("refuses the ward's office among the unit codes when 'Kính gửi' names another office (it was made a reporting unit), under the unit codes question", async () => {
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", { ...valid(), issuer_name: "Phòng Văn hóa - Xã hội", unit_codes: "TH-LIEN-CHAU\nUBND-NAM-TRIEU" }, "/web/dot/moi");
    expect(response.statusCode).toBe(400);
    expect(errorUnder(response.body, "unit_codes")).toBe("UBND phường Nam Triệu là cơ quan tổng hợp, không phải đơn vị báo cáo. Hãy bỏ khỏi danh sách mã.");
    expect(await campaignCount()).toBe(1);
  });

  it("refuses a deadline already past or more than a year away, under the deadline, and the chat refuses the day as it is typed", async () => {
    const kha = await signIn(server);
    const past = await kha.postForm("/web/dot/moi", { ...valid(), deadline_date: "01/01/2020" }, "/web/dot/moi");
    expect(past.statusCode).toBe(400);
    expect(errorUnder(past.body, "deadline_date")).toBe("Hạn nộp này đã qua: mọi đơn vị sẽ bị tính là nộp muộn ngay từ đầu. Hãy chọn một ngày, giờ sắp tới.");
    // Today, an hour already gone (the test's clock: 10:15 on 08/10/2026).
    const hourGone = await kha.postForm("/web/dot/moi", { ...valid(), deadline_date: "08/10/2026", deadline_time: "8h" }, "/web/dot/moi");
    expect(errorUnder(hourGone.body, "deadline_time")).toMatch(/^Hạn nộp này đã qua/);
    expect(errorUnder(hourGone.body, "deadline_date")).toBeUndefined();
    const far = await kha.postForm("/web/dot/moi", { ...valid(), deadline_date: "15/12/2100" }, "/web/dot/moi");
    expect(errorUnder(far.body, "deadline_date")).toBe("Hạn nộp cách hôm nay hơn một năm: có thể năm bị gõ nhầm. Hãy kiểm tra lại.");
    expect(await campaignCount()).toBe(1);

    // The day's question says the hour comes next, so "30/12/2026 17h" is not typed there.
    expect((await answerInChat(["2", "Báo cáo Tuần lễ học tập 2026 (đợt 2)", "/boqua", "UBND phường Nam Triệu"])).at(-1)).toMatch(
      /Hạn nộp báo cáo \(ngày\)\?\nGợi ý: Chỉ ghi ngày \(ngày\/tháng\/năm\), một ngày sắp tới; giờ nộp được hỏi ở câu sau\./,
    );
    const chat = await answerInChat(["01/01/2020"]);
    expect(chat).toEqual(["Hạn nộp này đã qua: mọi đơn vị sẽ bị tính là nộp muộn ngay từ đầu. Hãy gõ lại ngày (ngày/tháng/năm)."]);
    expect((await answerInChat(["08/10/2026"])).join("\n")).toMatch(/Hạn nộp báo cáo \(giờ/);
    // Today at an hour already gone: refused as it is typed, with the time now, nothing stored.
    expect(await answerInChat(["8h"])).toEqual(["Hạn nộp 08:00 ngày 08/10/2026 đã qua: bây giờ là 10:15 ngày 08/10/2026. Câu trả lời này chưa được lưu: hãy gõ một giờ sau 10:15, hoặc gõ /sua 5 để đổi ngày."]);
    expect(await campaignCount()).toBe(1);
  });

  it("refuses the title of a campaign still open (case and diacritics aside), on the form and in the chat as it is typed", async () => {
    const open = (await server.repos.directory.listCampaigns())[0]!;
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", { ...valid(), title: foldVietnamese(open.title) }, "/web/dot/moi");
    expect(response.statusCode).toBe(400);
    expect(errorUnder(response.body, "title")).toBe(`Đợt báo cáo số ${open.id} đang mở có cùng tên này: hai đợt trùng tên sẽ khó phân biệt trong nhóm của đơn vị. Hãy đặt tên khác.`);
    expect(await campaignCount()).toBe(1);
    expect(await answerInChat(["2", open.title])).toEqual([expect.stringMatching(new RegExp(`^Đợt báo cáo số ${open.id} đang mở có cùng tên này`))]);
    expect((await answerInChat([`${open.title} (đợt 2)`])).join("\n")).toMatch(/Câu 3\//);
  });

  it("says every refusal at once: a title in use, a request dated after today and a past deadline, each under its question", async () => {
    const open = (await server.repos.directory.listCampaigns())[0]!;
    const kha = await signIn(server);
    const typed = { ...valid(), title: open.title, reference_number: "125/UBND-VHXH", reference_date: "20/10/2026", reference_issuer: "UBND phường Nam Triệu", deadline_date: "01/10/2026" };
    const response = await kha.postForm("/web/dot/moi", typed, "/web/dot/moi");
    expect(response.statusCode).toBe(400);
    expect(errorUnder(response.body, "title")).toMatch(/^Đợt báo cáo số \d+ đang mở có cùng tên này/);
    expect(errorUnder(response.body, "reference_date")).toBeDefined();
    expect(errorUnder(response.body, "deadline_date")).toMatch(/^Hạn nộp này đã qua/);
    expect(await campaignCount()).toBe(1);
  });

  it("says a request dated after today and an unknown unit code beside a time it cannot read, in one showing (each came only once the time was fixed)", async () => {
    const kha = await signIn(server);
    const typed = { ...valid(), reference_number: "125/UBND-VHXH", reference_date: "20/10/2026", reference_issuer: "UBND phường Nam Triệu", deadline_time: "25:00", unit_codes: "XYZ, TH-LIEN-CHAU" };
    const response = await kha.postForm("/web/dot/moi", typed, "/web/dot/moi");
    expect(response.statusCode).toBe(400);
    expect(errorUnder(response.body, "deadline_time")).toMatch(/Giờ không hợp lệ/);
    expect(errorUnder(response.body, "reference_date")).toBeDefined();
    expect(errorUnder(response.body, "unit_codes")).toMatch(/^Không có đơn vị mã XYZ\./);
    expect(await campaignCount()).toBe(1);
  });

  it("says on the campaign's page how many units no chat could tell, which are busy elsewhere, and that the issuer typed among them was left out, all at once", async () => {
    await server.repos.directory.insertUnit({ code: "TH-MOI", name: "Trường Tiểu học Mới" });
    await server.post(LIEN_CHAU, HOA, "/baocao");
    await server.post(LIEN_CHAU, HOA, "Kế hoạch số 192/KH-THLC");
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", { ...valid(), unit_codes: "TH-LIEN-CHAU, TH-MOI, UBND-NAM-TRIEU" }, "/web/dot/moi");
    expect(unsealed(response.headers.location)).toMatch(/\?tb=opened&n=1&b=1&u=1&i=1$/);
    expect(notice((await kha.get(response.headers.location as string)).body)).toBe(
      "Đã mở đợt báo cáo và gửi thông báo tới 1 nhóm. Lưu ý: 1 đơn vị đang làm dở báo cáo của đợt khác còn mở; nhóm của đơn vị này hoàn thành báo cáo đó trước, rồi mới sang đợt mới. 1 đơn vị chưa có nhóm chat nào nên chưa nhận được thông báo: gõ /dangky MÃ_ĐƠN_VỊ trong nhóm của đơn vị để gắn nhóm. UBND phường Nam Triệu là cơ quan nhận báo cáo của đợt này nên không phải nộp, dù có trong danh sách mã.",
    );
    // Changed in the address, the notice is not shown at all (it was, with the count typed).
    expect(notice((await kha.get((response.headers.location as string).replace("&b=1&u=1&i=1", "&u=-3"))).body)).toBeUndefined();
  });

  it("refuses a campaign whose only unit typed is its issuer, on the form and in the chat at /nop, and creates nothing", async () => {
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", { ...valid(), unit_codes: "UBND-NAM-TRIEU" }, "/web/dot/moi");
    expect(response.statusCode).toBe(400);
    expect(errorUnder(response.body, "unit_codes")).toBe(
      "Đợt báo cáo này không có đơn vị nào phải nộp: cơ quan nhận báo cáo không tự báo cáo trong đợt của mình. Hãy thêm mã các đơn vị báo cáo.",
    );
    const chat = await answerInChat(["2", "Báo cáo Tuần lễ học tập 2026 (đợt 2)", "/boqua", "UBND phường Nam Triệu", "30/10/2026", "17h", "/boqua", "Không", "UBND-NAM-TRIEU", "1", "/nop", "Có"]);
    expect(chat.at(-1)).toMatch(/^Đợt báo cáo này không có đơn vị nào phải nộp: cơ quan nhận báo cáo không tự báo cáo trong đợt của mình\. Chưa mở được\. Gõ \/sua 9 để sửa rồi \/nop lại\.$/);
    expect(await campaignCount()).toBe(1);
  });

  it("says the roster has no unit to report, rather than blaming the codes, when only the issuing office is in it, on the form and in the chat", async () => {
    const { database } = server;
    for (const statement of ["DELETE FROM campaign_units", "UPDATE chats SET unit_id = NULL", "UPDATE members SET unit_id = NULL", "DELETE FROM units WHERE code <> 'UBND-NAM-TRIEU'"]) {
      await database.run(sql.raw(statement));
    }
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", { ...valid(), all_units: "Có" }, "/web/dot/moi");
    expect(response.statusCode).toBe(400);
    expect(errorUnder(response.body, "all_units")).toBe("Danh sách chưa có đơn vị nào để báo cáo: người quản trị cần nạp danh sách đơn vị (npm run roster -- tệp.csv) trước khi mở đợt.");
    // The chat says the same at /nop, with no /sua to try: nothing in the form can fix it.
    const chat = await answerInChat(["2", "Báo cáo Tuần lễ học tập 2026 (đợt 2)", "/boqua", "UBND phường Nam Triệu", "30/10/2026", "17h", "/boqua", "Có", "1", "/nop", "Có"]);
    expect(chat.at(-1)).toBe("Chưa mở được: danh sách chưa có đơn vị nào để báo cáo. Người quản trị nạp danh sách đơn vị (npm run roster -- tệp.csv) rồi mở lại đợt; gõ /huy để thôi.");
    expect(await campaignCount()).toBe(1);
  });

  it("refuses a missing title with 'Câu này bắt buộc' under the title question and creates nothing", async () => {
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", { ...valid(), title: "   " }, "/web/dot/moi");
    expect(response.statusCode).toBe(400);
    expect(errorUnder(response.body, "title")).toBe("Câu này bắt buộc: vui lòng điền.");
    expect(await campaignCount()).toBe(1);
  });

  it("refuses a reference number without its date and issuer (they apply once it is given), and an unchosen all-units answer, each under its own question", async () => {
    const kha = await signIn(server);
    const response = await kha.postForm("/web/dot/moi", { ...valid(), reference_number: "125/UBND-VHXH", all_units: "" }, "/web/dot/moi");
    expect(response.statusCode).toBe(400);
    expect(errorUnder(response.body, "reference_date")).toBe("Câu này bắt buộc: vui lòng điền.");
    expect(errorUnder(response.body, "reference_issuer")).toBe("Câu này bắt buộc: vui lòng điền.");
    expect(response.body).toMatch(/id="f-all_units-error" class="error" role="alert">Câu này bắt buộc: vui lòng chọn\./);
    // Unit codes apply only after "Không": with no answer to question 10 they are not checked.
    expect(errorUnder(response.body, "unit_codes")).toBeUndefined();
    expect(await campaignCount()).toBe(1);
  });

  it("gives the same message as the chat for the same bad deadline date and time", async () => {
    const kha = await signIn(server);
    const web = await kha.postForm("/web/dot/moi", { ...valid(), deadline_date: "31/02/2026", deadline_time: "25h" }, "/web/dot/moi");
    const before = ["1", "Báo cáo năm học", "/boqua", "UBND phường Nam Triệu"];
    const [dateInChat] = await answerInChat([...before, "31/02/2026"]);
    await server.post(OFFICERS_CHAT, KHA, "/huy");
    await server.post(OFFICERS_CHAT, KHA, "Có");
    const [timeInChat] = await answerInChat([...before, "30/10/2026", "25h"]);
    expect(errorUnder(web.body, "deadline_date")).toBe(dateInChat);
    expect(errorUnder(web.body, "deadline_time")).toBe(timeInChat);
    expect(timeInChat).toBe("Giờ không hợp lệ. Vui lòng nhập theo dạng giờ:phút, ví dụ 17:00 hoặc 17h.");
  });
});
