/**
 * Transcripts of every officer command and role through the local chat (the demo: three schools,
 * staff u1-u6, officers u7 and u8 in the officers' chat), refusals included.
 */
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU, MINH, type TestApp } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { LIFELONG_LEARNING_WEEK } from "../../src/templates/built-in-templates.ts";
import { KHA, OFFICERS, text } from "../helpers/officers-chat.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";

const LAN = { userId: "u3", userName: "Lê Thị Lan" };
const NAM_TRIEU = "thcs-nam-trieu";

let server: TestApp;
let now = Date.parse("2026-10-08T03:15:00Z");
beforeEach(async () => {
  now = Date.parse("2026-10-08T03:15:00Z");
  server = await buildTestApp({ now: () => new Date(now) });
});
afterEach(() => server.close());

const latestPeriod = async () => (await server.database.rows<{ period: string | null }>(sql`select period from campaigns order by id desc limit 1`))[0]?.period;
const history = async (chatId: string) => (await server.repos.localMessages.history(chatId)).filter((m) => m.fromBot).map((m) => m.text);
describe("roles", () => {
  it("lists only the commands the asker may use", async () => {
    expect(text(await server.post(LIEN_CHAU, HOA, "/trogiup"))).not.toMatch(/\/thongbao/);
    expect(text(await server.post(OFFICERS, KHA, "/help"))).toMatch(/\/thongbao[\s\S]*\/tralai/);
  });

  it("refuses officer commands to staff with a clear message, changing nothing", async () => {
    for (const command of ["/thongbao Họp lúc 8 giờ", "/nhacnho ngay", "/dotbaocao", "/tralai TH-LIEN-CHAU sửa", "/canbo them u4", "/broadcast hi"]) {
      expect(text(await server.post(LIEN_CHAU, HOA, command)), command).toBe("Lệnh này chỉ dành cho cán bộ phụ trách.");
    }
    expect((await server.repos.outbox.countByStatus()).find((r) => r.status === "pending")).toBeUndefined();
  });

  it("refuses a request document dated after today as the officer types it, and asks the date again", async () => {
    await server.post(OFFICERS, KHA, "/dotbaocao");
    for (const answer of ["1", "Đợt có văn bản", "125/UBND-VHXH"]) await server.post(OFFICERS, KHA, answer);
    expect(text(await server.post(OFFICERS, KHA, "10/12/2026"))).toBe("Ngày ban hành văn bản không thể sau hôm nay: có thể gõ nhầm ngày hoặc năm. Hãy gõ lại ngày (ngày/tháng/năm).");
    expect(text(await server.post(OFFICERS, KHA, "05/10/2026"))).toMatch(/Cơ quan ban hành văn bản đó\?/);
  });

  it("reads 'sửa câu N: …' in the campaign's form as a correction of question N, where another question is asked", async () => {
    await server.post(OFFICERS, KHA, "/dotbaocao");
    for (const answer of ["1", "Đợt có văn bản", "125/UBND-VHXH"]) await server.post(OFFICERS, KHA, answer);
    // The request's date is asked; the title (question 2) corrected in passing, then the date asked again.
    expect(text(await server.post(OFFICERS, KHA, "sửa câu 2: Đợt tháng Mười"))).toMatch(/^Đã sửa câu 2[^\n]*\n---\n[^]*ngày/i);
    await server.post(OFFICERS, KHA, "05/10/2026");
    expect(text(await server.post(OFFICERS, KHA, "/xem"))).toContain("Đợt tháng Mười");
  });

  it("keeps staff to their own unit's report, until an officer frees them for another with /canbo chuyen", async () => {
    await server.post(LIEN_CHAU, HOA, "/baocao");
    expect(text(await server.post(NAM_TRIEU, HOA, "/baocao"))).toBe(
      "Bạn đang tham gia báo cáo của Trường Tiểu học Liên Châu nên không thao tác được trên báo cáo của đơn vị này. Nếu bạn đã chuyển sang đơn vị này, nhờ cán bộ phụ trách gõ /canbo chuyen Nguyễn Thị Hoa rồi gõ lại lệnh.",
    );
    expect(await server.repos.submissions.find(1, 2)).toBeUndefined();
    expect(text(await server.post(OFFICERS, KHA, "/canbo chuyen Ai Đó"))).toMatch(/^Chưa thấy ai tên hoặc mã «Ai Đó»/);
    expect(text(await server.post(OFFICERS, KHA, "/canbo chuyen nguyen thi hoa"))).toBe(
      "Nguyễn Thị Hoa không còn gắn với Trường Tiểu học Liên Châu: lần tới người này làm báo cáo ở nhóm đơn vị nào thì gắn với đơn vị đó.",
    );
    expect(text(await server.post(NAM_TRIEU, HOA, "/baocao"))).toMatch(/^Bắt đầu "Báo cáo kết quả/);
    expect((await server.repos.officers.member("local", HOA.userId))?.unitId).toBe(2);
    expect(text(await server.post(OFFICERS, KHA, "/canbo chuyen u1"))).toMatch(/^Nguyễn Thị Hoa không còn gắn với Trường THCS Nam Triệu/);
    expect(text(await server.post(OFFICERS, KHA, "/canbo chuyen u1"))).toBe("Nguyễn Thị Hoa chưa gắn với đơn vị nào.");
    // Staff cannot free anyone, themselves included.
    expect(text(await server.post(LIEN_CHAU, LAN, "/canbo chuyen u1"))).toBe("Lệnh này chỉ dành cho cán bộ phụ trách.");
  });

  it("lets an officer add and remove officers", async () => {
    await server.post(NAM_TRIEU, LAN, "/baocao");
    expect(text(await server.post(OFFICERS, KHA, "/canbo them u3"))).toBe("Đã thêm Lê Thị Lan làm cán bộ phụ trách.");
    expect(text(await server.post(NAM_TRIEU, LAN, "/trangthai"))).toMatch(/^"Báo cáo kết quả[^"]*": /);
    expect(text(await server.post(OFFICERS, LAN, "/trangthai"))).toMatch(/^Tình hình/);
    expect(text(await server.post(OFFICERS, KHA, "/canbo xoa u3"))).toBe("Lê Thị Lan không còn là cán bộ phụ trách.");
    expect(text(await server.post(OFFICERS, LAN, "/thongbao Chào"))).toBe("Lệnh này chỉ dành cho cán bộ phụ trách.");
    expect(text(await server.post(OFFICERS, KHA, "/canbo them u99"))).toBe("Chưa thấy ai tên hoặc mã «u99» nhắn với bot. Người đó cần nhắn với bot một tin trước (ví dụ /trogiup).");
  });

  it("answers a name with the ids of the people who have it, never making an officer by a name anyone may take; removes by name among officers", async () => {
    expect(text(await server.post(OFFICERS, KHA, "/canbo them le thi lan"))).toBe("Người có tên này: Lê Thị Lan (mã u3). Để thêm, gõ lại lệnh với mã người dùng, ví dụ /canbo them u3.");
    expect((await server.repos.officers.member("local", "u3"))?.role).not.toBe("officer");
    // Someone else takes the same name: both are listed, neither is added.
    await server.post(LIEN_CHAU, { userId: "u9", userName: "Lê Thị Lan" }, "/trogiup");
    expect(text(await server.post(OFFICERS, KHA, "/canbo them Lê Thị Lan"))).toBe("Người có tên này: Lê Thị Lan (mã u3); Lê Thị Lan (mã u9). Để thêm, gõ lại lệnh với mã người dùng, ví dụ /canbo them u3.");
    expect(text(await server.post(OFFICERS, KHA, "/canbo them u3"))).toBe("Đã thêm Lê Thị Lan làm cán bộ phụ trách.");
    // Among officers, the name is one person.
    expect(text(await server.post(OFFICERS, KHA, "/canbo xoa Lê Thị Lan"))).toBe("Lê Thị Lan không còn là cán bộ phụ trách.");
    expect((await server.repos.officers.member("local", "u3"))?.role).toBe("staff");
  });
});

describe("binding chats", () => {
  beforeEach(async () => {
    await server.repos.directory.insertChat({ channel: "local", externalId: "nhom-moi", title: "Nhóm mới", kind: "unbound" });
  });

  it("binds a chat when an officer gives a unit code, and refuses staff without a code", async () => {
    expect(text(await server.post("nhom-moi", HOA, "/dangky MN-HOA-SEN"))).toMatch(/^Chỉ cán bộ phụ trách/);
    expect(text(await server.post("nhom-moi", KHA, "/bind MN-HOA-SEN"))).toBe("Đã gắn nhóm này với Trường Mầm non Hoa Sen. Thành viên gõ /baocao để bắt đầu báo cáo.");
    expect((await server.repos.directory.findChat("local", "nhom-moi"))?.unit?.code).toBe("MN-HOA-SEN");
    expect(text(await server.post("nhom-moi", KHA, "/dangky KHONG-CO"))).toBe("Không có đơn vị mã KHONG-CO. Mã các đơn vị: MN-HOA-SEN, TH-LIEN-CHAU, THCS-NAM-TRIEU, UBND-NAM-TRIEU.");
    // A code typed as its words: "mn hoa sen" is MN-HOA-SEN.
    expect(text(await server.post("nhom-moi", KHA, "/dangky mn hoa sen"))).toMatch(/^Đã gắn nhóm này với Trường Mầm non Hoa Sen\./);
    // "/dangky moi" without a unit says how it is used.
    expect(text(await server.post(OFFICERS, KHA, "/dangky moi"))).toBe("Cách dùng: /dangky MÃ_ĐƠN_VỊ, /dangky canbo hoặc /dangky moi MÃ_ĐƠN_VỊ.");
  });

  it("lets staff bind with a one-time code an officer handed out, and only an officer can move it", async () => {
    const reply = text(await server.post(OFFICERS, KHA, "/dangky moi MN-HOA-SEN"));
    const code = /\/dangky (MN-HOA-SEN-[0-9A-HJKMNP-TV-Z]{8})/.exec(reply)?.[1];
    expect(code).toBeDefined();
    const staff = { userId: "u5", userName: "Đỗ Thu Trang" };
    expect(text(await server.post("nhom-moi", staff, `/dangky ${code}`))).toMatch(/^Đã gắn nhóm này với Trường Mầm non Hoa Sen/);
    expect(text(await server.post("nhom-moi", staff, `/dangky ${code}`))).toMatch(/^Nhóm này đã được gắn/);
    expect(text(await server.post(LIEN_CHAU, HOA, "/dangky MN-HOA-SEN"))).toMatch(/^Nhóm này đã được gắn với một đơn vị. Chỉ cán bộ/);
    expect((await server.repos.directory.findChat("local", LIEN_CHAU))?.unit?.code).toBe("TH-LIEN-CHAU");
  });

  it("refuses a bind code after 7 days, saying how to get a new one", async () => {
    const reply = text(await server.post(OFFICERS, KHA, "/dangky moi MN-HOA-SEN"));
    const code = /\/dangky (MN-HOA-SEN-[0-9A-HJKMNP-TV-Z]{8})/.exec(reply)![1]!;
    expect(reply).toContain("(dùng được một lần, trong 7 ngày)");
    now += 7 * 86_400_000;
    const staff = { userId: "u5", userName: "Đỗ Thu Trang" };
    expect(text(await server.post("nhom-moi", staff, `/dangky ${code}`))).toBe(
      "Mã không đúng, đã được dùng hoặc đã quá 7 ngày. Cán bộ phường có thể tạo mã mới bằng /dangky moi <mã đơn vị>.",
    );
    expect((await server.repos.directory.findChat("local", "nhom-moi"))?.unit).toBeNull();
  });

  it("makes a chat the officers' chat on /dangky canbo by an officer", async () => {
    expect(text(await server.post("nhom-moi", HOA, "/dangky canbo"))).toBe("Lệnh này chỉ dành cho cán bộ phụ trách.");
    expect(text(await server.post("nhom-moi", KHA, "/dangky canbo"))).toMatch(/^Đã đặt nhóm này làm nhóm cán bộ/);
    expect((await server.repos.directory.findChat("local", "nhom-moi"))?.chat.kind).toBe("officers");
  });

  it("turns the officers' chat into a unit's, or a unit's into the officers', only when confirmed with 'chắc'", async () => {
    const kindOf = async (chatId: string) => (await server.repos.directory.findChat("local", chatId))?.chat.kind;
    expect(text(await server.post(OFFICERS, KHA, "/dangky MN-HOA-SEN"))).toBe(
      "Nhóm này đang là nhóm cán bộ phụ trách. Gắn nhóm với Trường Mầm non Hoa Sen thì nhóm không còn nhận thông báo nộp báo cáo, văn bản của các đơn vị và không dùng được các lệnh của cán bộ ở đây nữa. Nếu đúng ý bạn, gõ /dangky MN-HOA-SEN chac.",
    );
    expect(await kindOf(OFFICERS)).toBe("officers");
    expect(text(await server.post(LIEN_CHAU, KHA, "/dangky canbo"))).toMatch(/^Nhóm này đang là nhóm của Trường Tiểu học Liên Châu\. Đặt làm nhóm cán bộ phụ trách thì mọi thành viên[^]*gõ \/dangky canbo chac\.$/);
    expect(await kindOf(LIEN_CHAU)).toBe("unit");
    expect(text(await server.post(LIEN_CHAU, KHA, "/dangky canbo chắc"))).toMatch(/^Đã đặt nhóm này làm nhóm cán bộ/);
    expect(await kindOf(LIEN_CHAU)).toBe("officers");
    expect(text(await server.post(OFFICERS, KHA, "/dangky MN-HOA-SEN chac"))).toMatch(/^Đã gắn nhóm này với Trường Mầm non Hoa Sen\./);
    expect(await kindOf(OFFICERS)).toBe("unit");
  });
});

describe("/status", () => {
  it("shows counts and one line per unit, late ones first, and a unit its own progress", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    await server.post(NAM_TRIEU, LAN, "/baocao");
    await server.post(NAM_TRIEU, LAN, "/boqua");
    const status = text(await server.post(OFFICERS, KHA, "/trangthai"));
    expect(status).toMatch(/^Tình hình "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026" \(số 1\) — hạn 17:00 ngày 22\/10\/2026/);
    expect(status).toMatch(/Đã nộp: 1 · Đang làm: 1 · Chưa bắt đầu: 1 · Quá hạn: 0 · Trả lại: 0/);
    const lines = status.split("\n").filter((l) => / — Trường/.test(l));
    expect(lines).toEqual([
      "MN-HOA-SEN — Trường Mầm non Hoa Sen: chưa bắt đầu",
      "THCS-NAM-TRIEU — Trường THCS Nam Triệu: đang làm 1/21",
      "TH-LIEN-CHAU — Trường Tiểu học Liên Châu: đã nộp — Nguyễn Thị Hoa, 10:15 ngày 08/10/2026",
    ]);
    expect(text(await server.post(NAM_TRIEU, LAN, "/trangthai"))).toBe(
      '"Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026": đang làm 1/21. Hạn nộp: 17:00 ngày 22/10/2026.',
    );
    now = Date.parse("2026-10-23T03:00:00Z");
    const late = text(await server.post(OFFICERS, KHA, "/status"));
    expect(late).toMatch(/Quá hạn: 2/);
    expect(late.split("\n").filter((l) => / — Trường/.test(l))[0]).toBe("MN-HOA-SEN — Trường Mầm non Hoa Sen: QUÁ HẠN, chưa bắt đầu");
  });
});

describe("/campaign", () => {
  it("opens a campaign through a conversation and announces it in every bound unit chat", async () => {
    // The demo's campaign is open: the officer hears that a new one runs beside it, then the form.
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao"))).toMatch(
      /^Lưu ý: đợt báo cáo này vẫn đang mở:\n1\. "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026" \(hạn 17:00 ngày 22\/10\/2026\)\nĐợt mới sẽ mở thêm bên cạnh, không thay đợt cũ\. Gõ \/huy nếu không muốn mở thêm; \/dotbaocao dong kèm số đợt để đóng một đợt\.\n[\s\S]*Mở đợt báo cáo mới[\s\S]*Câu 1\/\d+[\s\S]*Mẫu báo cáo/,
    );
    // Asked again mid-form, it resumes without the note.
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao"))).not.toContain("Lưu ý");
    // Due before the demo's campaign (22/10/2026), so the new one is where a plain /baocao goes.
    const typed = ["2", "Báo cáo Tuần lễ học tập 2026 (đợt 2)", "/boqua", "UBND phường Nam Triệu", "20/10/2026", "17h", "giai đoạn 2023 - 2025", "Không", "TH-LIEN-CHAU\nKHONG-CO"];
    const replies = [];
    for (const answer of typed) replies.push(text(await server.post(OFFICERS, KHA, answer)));
    expect(replies[5]).toMatch(/Thời gian báo cáo[\s\S]*không bắt buộc[\s\S]*Bỏ qua để dùng năm học có hạn nộp/);
    // A code that names no unit is refused as it is typed, and the question stays open.
    expect(replies[8]).toBe(
      "Không có đơn vị nào mã hoặc tên KHONG-CO. Mã các đơn vị: MN-HOA-SEN, TH-LIEN-CHAU, THCS-NAM-TRIEU. Hãy gõ lại danh sách, mỗi dòng một mã hoặc tên đơn vị, hoặc cách nhau bởi dấu phẩy.",
    );
    // Codes on one line separated by commas, and as their words, as /tralai takes them.
    expect(text(await server.post(OFFICERS, KHA, "th liên châu, mn-hoa-sen"))).toMatch(/^Câu 10\/10/);
    await server.post(OFFICERS, KHA, "1");
    await server.post(OFFICERS, KHA, "/nop");
    expect(text(await server.post(OFFICERS, KHA, "Có"))).toMatch(/Đã mở "Báo cáo Tuần lễ học tập 2026 \(đợt 2\)" \(số \d+\) cho 2 đơn vị; đã thông báo tới 2 nhóm\./);
    expect((await history(LIEN_CHAU)).at(-1)).toMatch(/^Thông báo đợt báo cáo mới: "Báo cáo Tuần lễ học tập 2026 \(đợt 2\)". Hạn nộp: 17:00 ngày 20\/10\/2026/);
    expect(await history(NAM_TRIEU)).toEqual([]);
    // The new campaign, due first, is the one the school now reports on, named by its title (its template, the
    // ward's, may have 16 questions; the school's 21); the first, still open, is listed after it as the other to send.
    expect(text(await server.post(LIEN_CHAU, HOA, "/baocao"))).toMatch(
      /^Đơn vị đang có 2 đợt báo cáo mở:\n2\. Báo cáo Tuần lễ học tập 2026 \(đợt 2\) — nhóm đang ở đợt này, chưa trả lời câu nào\n1\. [^\n]+ — chưa bắt đầu\nMuốn chuyển sang báo cáo khác, gõ \/baocao kèm số đợt, ví dụ \/baocao 1\.\n---\nBắt đầu "Báo cáo Tuần lễ học tập 2026 \(đợt 2\)" của Trường Tiểu học Liên Châu\. Có 16 câu hỏi \(có thể bớt vài câu tùy theo câu trả lời\)/,
    );
    expect(text(await server.post(LIEN_CHAU, HOA, "/xem"))).toMatch(/^Xem lại "Báo cáo Tuần lễ học tập 2026 \(đợt 2\)" — Trường Tiểu học Liên Châu:/);
    expect(await latestPeriod()).toBe("giai đoạn 2023 - 2025");
  });

  it("says when the issuing office was typed among the units (left out) and which units no chat could tell", async () => {
    await server.repos.directory.insertUnit({ code: "TH-MOI", name: "Trường Tiểu học Mới" });
    await server.post(OFFICERS, KHA, "/dotbaocao");
    for (const answer of ["2", "Đợt có mã lạ", "/boqua", "UBND phường Nam Triệu", "30/10/2026", "17h", "/boqua", "Không", "TH-LIEN-CHAU, UBND-NAM-TRIEU, TH-MOI", "1", "/nop"]) await server.post(OFFICERS, KHA, answer);
    expect(text(await server.post(OFFICERS, KHA, "Có")).split("\n---\n").at(-1)).toBe(
      [
        'Đã mở "Đợt có mã lạ" (số 2) cho 2 đơn vị; đã thông báo tới 1 nhóm.',
        "UBND phường Nam Triệu là cơ quan nhận báo cáo của đợt này nên không phải nộp, dù có trong danh sách mã.",
        "1 đơn vị chưa có nhóm chat nào nên chưa nhận được thông báo (TH-MOI — Trường Tiểu học Mới): gõ /dangky MÃ_ĐƠN_VỊ trong nhóm của đơn vị để gắn nhóm, rồi đơn vị gõ /baocao.",
      ].join("\n"),
    );
  });

  it("reviews the form without an empty unit name, and says how to start again after cancelling: /dotbaocao, not the unit's /baocao", async () => {
    await server.post(OFFICERS, KHA, "/dotbaocao");
    await server.post(OFFICERS, KHA, "1");
    // Its review has no unit to name.
    expect(text(await server.post(OFFICERS, KHA, "/xem"))).toMatch(/^Xem lại "Mở đợt báo cáo mới":\n/);
    expect(text(await server.post(OFFICERS, KHA, "/huy"))).toBe("Thôi mở đợt báo cáo này? Các câu đã trả lời sẽ bị xóa. Trả lời Có để thôi, Không để tiếp tục.");
    expect(text(await server.post(OFFICERS, KHA, "Có"))).toBe("Đã hủy, chưa mở đợt báo cáo nào. Gõ /dotbaocao để bắt đầu lại.");
    expect(Number((await server.database.rows<{ n: number | string }>(sql`select count(*) as n from campaigns`))[0]?.n)).toBe(1);
  });

  it("answers an unknown word after /dotbaocao with the command's usage, not a new campaign's form", async () => {
    const usage = text(await server.post(OFFICERS, KHA, "/dotbaocao hoãn 25/12/2026"));
    expect(usage).toMatch(/^Cách dùng: \/dotbaocao \(mở đợt mới\), \/dotbaocao dong N[\s\S]*\/dotbaocao giahan N dd\/mm\/yyyy/);
    expect(usage).not.toMatch(/Mở đợt báo cáo mới/);
    expect(text(await server.post(OFFICERS, KHA, "/trogiup"))).toMatch(/\/dotbaocao giahan/);
  });

  it("stores the school year of the deadline as the period when the officer skips it", async () => {
    await openCampaignInChat(server.post, "Báo cáo năm học");
    expect(await latestPeriod()).toBe("năm học 2026 - 2027");
  });

  it("asks to close, and extends, a campaign every unit has submitted without speaking of units not submitted, nor of a next reminder", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    await submitFullReport(server, NAM_TRIEU, LAN);
    await submitFullReport(server, "mn-hoa-sen", { userId: "u5", userName: "Phạm Thị Trang" });
    // It said "… dù hạn nộp chưa đến, các đơn vị chưa nộp sẽ được báo tin" with none left.
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong"))).toBe(
      'Đóng đợt 1 "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026"? Hạn nộp (17:00 ngày 22/10/2026) chưa đến. Mọi đơn vị đã nộp. Đã đóng thì không mở lại được. Nếu chắc chắn, gõ /dotbaocao dong 1 chac (hoặc trả lời "có").',
    );
    // It said "Đã báo hạn mới tới 0 nhóm", then named the next reminder with nobody left to remind.
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao giahan 30/10/2026"))).toMatch(/ đến 17:00 ngày 30\/10\/2026\. Không có nhóm nào của đơn vị chưa nộp cần báo\.\nKhông ghi giờ nên giữ giờ của hạn cũ \(17:00\)\./);
  });

  it("closes a campaign: late reports are accepted and flagged, or refused, as chosen", async () => {
    await server.post(LIEN_CHAU, HOA, "/baocao");
    // Asked first, as the web page asks: closing cannot be undone, and the deadline is a fortnight away.
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong"))).toBe(
      'Đóng đợt 1 "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026"? Hạn nộp (17:00 ngày 22/10/2026) chưa đến. Còn 3 đơn vị chưa nộp; sau khi đóng, báo cáo nộp sau đó vẫn được nhận nhưng ghi là nộp muộn, dù hạn nộp chưa đến. Các đơn vị chưa nộp sẽ được báo tin. Đã đóng thì không mở lại được. Nếu chắc chắn, gõ /dotbaocao dong 1 chac (hoặc trả lời "có").',
    );
    expect((await server.repos.officers.openCampaigns()).map((c) => c.id)).toEqual([1]);
    // The question's own words answer it ("Nếu chắc chắn, …"): it was "Không hiểu".
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 1 Chắc chắn."))).toMatch(/^Đã đóng đợt báo cáo .*vẫn nhận và đánh dấu nộp muộn/);
    const replies = text(await submitFullReport(server, LIEN_CHAU, HOA));
    expect(replies).toMatch(/Đợt báo cáo đã được cán bộ phụ trách đóng trước hạn nộp \(17:00 ngày 22\/10\/2026\), nên báo cáo được nhận nhưng ghi là nộp muộn\./);
    expect((await server.repos.submissions.find(1, 1))?.isLate).toBe(true);
    // The officers are told so, as /trangthai says "đã nộp (muộn)".
    expect((await history(OFFICERS)).find((m) => m.includes("Người nộp"))).toMatch(/^Trường Tiểu học Liên Châu đã nộp "Báo cáo[^"]+" lúc [^.]+ \(nộp muộn\)\. Người nộp: Nguyễn Thị Hoa\.$/);
    await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
    expect(text(await server.post(NAM_TRIEU, LAN, "/baocao"))).toMatch(/^Đợt báo cáo "[^"]+" đã đóng\. Đợt này không nhận báo cáo nộp muộn/);
  });
});

describe("/campaign them, /campaign bot", () => {
  const MOI = { userId: "u9", userName: "Phạm Văn Mới" };
  it("adds a unit loaded after the campaign opened, announcing it in its chat, and takes out one that has not started, refusing one that has", async () => {
    await server.repos.directory.insertUnit({ code: "TH-MOI", name: "Trường Tiểu học Mới" });
    await server.repos.directory.insertUnit({ code: "TH-NHAM", name: "Trường Nạp Nhầm" });
    await server.repos.directory.insertChat({ channel: "local", externalId: "nhom-moi", title: "Nhóm mới", kind: "unbound" });
    await server.post("nhom-moi", KHA, "/dangky TH-MOI");
    expect(text(await server.post("nhom-moi", MOI, "/baocao"))).toBe("Hiện không có đợt báo cáo nào đang mở cho đơn vị.");

    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao them"))).toMatch(/^Gõ \/dotbaocao them kèm mã đơn vị/);
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao them KHONG-CO th-moi"))).toMatch(/^Không có đơn vị mã KHONG-CO trong danh sách\./);
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao them UBND-NAM-TRIEU"))).toMatch(/là đơn vị ban hành đợt này/);
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao them th moi TH-NHAM"))).toBe(
      "Đã thêm vào đợt 1: Trường Tiểu học Mới, Trường Nạp Nhầm. Chưa có nhóm chat nào gắn với Trường Nạp Nhầm: gõ /dangky mã đơn vị trong nhóm của đơn vị để thông báo tới được.",
    );
    expect((await history("nhom-moi")).at(-1)).toMatch(/^Thông báo đợt báo cáo mới: "Báo cáo kết quả Tuần lễ/);
    expect(text(await server.post("nhom-moi", MOI, "/baocao"))).toMatch(/^Bắt đầu "Báo cáo kết quả /);
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao them TH-MOI"))).toBe("Không thêm gì: Trường Tiểu học Mới đã có trong đợt 1.");

    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao bot TH-MOI TH-NHAM"))).toBe("Không bỏ được: Trường Tiểu học Mới đã bắt đầu hoặc đã nộp báo cáo của đợt này. Chưa có gì thay đổi.");
    // By words of its name, as other commands take a unit; its chat is told.
    await server.repos.directory.insertChat({ channel: "local", externalId: "nhom-nham", title: "Nhóm nhầm", kind: "unbound" });
    await server.post("nhom-nham", KHA, "/dangky TH-NHAM");
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao bỏ nạp nhầm"))).toMatch(/^Đã bỏ khỏi đợt 1: Trường Nạp Nhầm\. Đơn vị không còn được nhắc/);
    expect((await history("nhom-nham")).at(-1)).toMatch(/^Đơn vị không còn trong danh sách báo cáo của đợt "Báo cáo kết quả Tuần lễ/);
    expect(text(await server.post(OFFICERS, KHA, "/trangthai"))).not.toMatch(/Nạp Nhầm/);
    expect(text(await server.post(OFFICERS, KHA, "/trangthai"))).toMatch(/Trường Tiểu học Mới/);
    const log = (await server.repos.activity.list(1)).map((entry) => [entry.action, entry.detail]);
    expect(log).toEqual(expect.arrayContaining([["units-added", "Trường Tiểu học Mới, Trường Nạp Nhầm"], ["units-removed", "Trường Nạp Nhầm"]]));
  });
});

describe("/return", () => {
  it("returns a submission with a comment; the unit corrects it and a new version is kept", async () => {
    expect(text(await server.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU Thiếu số liệu"))).toBe("Trường Tiểu học Liên Châu chưa nộp báo cáo đợt \"Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026\" (đợt đơn vị đang làm) nên chưa thể trả lại.");
    // Activities with a sub-item: read back from PostgreSQL's jsonb with its keys reordered, an
    // unchanged item was named among the questions a correction changed.
    await submitFullReport(server, LIEN_CHAU, HOA, FULL_REPORT_ANSWERS.map((answer, i) => (i === 6 ? `${answer}\n+ Hội sách cấp lớp` : answer)));
    expect(text(await server.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU Bổ sung số sách quyên góp"))).toMatch(/^Đã trả lại "Báo cáo[^"]+" của Trường Tiểu học Liên Châu để sửa\.$/);
    expect((await history(LIEN_CHAU)).at(-1)).toMatch(/trả lại để sửa. Nhận xét: Bổ sung số sách quyên góp/);
    expect((await server.repos.activity.list(1)).at(-1)).toMatchObject({ action: "returned", detail: "Trường Tiểu học Liên Châu: Bổ sung số sách quyên góp", actorName: "Nguyễn Thị Kha", source: "chat" });
    // A second officer returning it a moment later learns who did, when and with which comment, and that hers was not sent.
    now += 60_000;
    expect(text(await server.post(OFFICERS, { userId: "u8", userName: "Hoàng Văn Nam" }, "/tralai TH-LIEN-CHAU Ghi rõ ngày tổ chức"))).toBe(
      "Nguyễn Thị Kha đã trả lại báo cáo của Trường Tiểu học Liên Châu lúc 10:15 ngày 08/10/2026 với nhận xét «Bổ sung số sách quyên góp»; báo cáo đang chờ đơn vị sửa, nộp lại. Nhận xét của bạn không được gửi tới đơn vị; nếu cần bổ sung, hãy trao đổi với người đã trả lại hoặc nhắn trực tiếp trong nhóm của đơn vị.",
    );
    expect((await history(LIEN_CHAU)).join("\n")).not.toContain("Ghi rõ ngày tổ chức");
    expect(text(await server.post(OFFICERS, KHA, "/trangthai"))).toMatch(/Trả lại: 1[\s\S]*TH-LIEN-CHAU — Trường Tiểu học Liên Châu: trả lại/);
    // The comment came once; whoever opens the report later reads it again on /baocao and /xem.
    const stillReturned = "Báo cáo đang được trả lại để sửa. Nhận xét của cán bộ phụ trách: Bổ sung số sách quyên góp";
    expect(text(await server.post(LIEN_CHAU, MINH, "/baocao"))).toMatch(new RegExp(`^Tiếp tục[^\n]*\n---\n${stillReturned}\n---\n`));
    expect(text(await server.post(LIEN_CHAU, MINH, "/xem"))).toMatch(new RegExp(`^${stillReturned}\n---\n`));
    expect(text(await server.post(LIEN_CHAU, MINH, "/trangthai"))).toMatch(/: trả lại để sửa, đã trả lời 21\/21 câu\. Hạn nộp: [^.]+\. Nhận xét của cán bộ phụ trách: Bổ sung số sách quyên góp$/);
    await server.post(LIEN_CHAU, MINH, "/sua 11");
    await server.post(LIEN_CHAU, MINH, "400");
    await server.post(LIEN_CHAU, MINH, "/nop");
    expect(text(await server.post(LIEN_CHAU, MINH, "Có"))).toMatch(/Đã nộp bản sửa lần 1/);
    // The officers hear which questions the correction changed.
    expect((await history(OFFICERS)).find((m) => m.includes("bản sửa lần 1"))).toMatch(/^Trường Tiểu học Liên Châu đã nộp bản sửa lần 1 của "Báo cáo[^"]+" lúc [^.]+\. Người nộp: [^.]+\. Các câu đã sửa: 11\.$/);
    expect((await server.repos.submissions.listVersions(1)).map((v) => v.version)).toEqual([2, 1]);
    // Submitted again: the comment is no longer said.
    expect(text(await server.post(LIEN_CHAU, MINH, "/xem"))).not.toContain("trả lại");
    expect(text(await server.post(OFFICERS, KHA, "/tralai"))).toBe("Cách dùng: /tralai MÃ_ĐƠN_VỊ nhận xét, hoặc /tralai MÃ_ĐƠN_VỊ đợt SỐ_ĐỢT nhận xét khi có nhiều đợt đang mở.");
  });

  it("lets the unit throw away its corrections with /huy: the stored answers go back to the submitted ones, and a returned report stays returned", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const readers = async () => (await server.repos.submissions.listAnswers(1)).find((a) => a.fieldId === "readers_served")?.value;
    await server.post(LIEN_CHAU, HOA, "/sua 10");
    await server.post(LIEN_CHAU, HOA, "2.500");
    expect(await readers()).toBe(2500);
    expect(text(await server.post(LIEN_CHAU, HOA, "/huy"))).toMatch(/^Đã sửa sau lần nộp gần nhất: câu 10\./);
    expect(text(await server.post(LIEN_CHAU, HOA, "Có"))).toBe("Đã bỏ các sửa đổi chưa nộp. Báo cáo giữ nguyên bản đã nộp; gõ /xem để xem lại.");
    expect(await readers()).toBe(2000);
    expect(text(await server.post(LIEN_CHAU, HOA, "/nop"))).toBe("Báo cáo chưa có thay đổi nào kể từ lần nộp trước.");
    // Returned, corrected, then the corrections thrown away: still returned, to be submitted again.
    await server.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU Bổ sung số sách quyên góp");
    await server.post(LIEN_CHAU, MINH, "/sua 11");
    await server.post(LIEN_CHAU, MINH, "400");
    await server.post(LIEN_CHAU, MINH, "/huy");
    expect(text(await server.post(LIEN_CHAU, MINH, "có"))).toMatch(/^Đã bỏ các sửa đổi chưa nộp: các câu trả lời trở lại như bản đã nộp\. Báo cáo vẫn đang được trả lại/);
    expect((await server.repos.submissions.listAnswers(1)).find((a) => a.fieldId === "books_collected")?.value).toBe(350);
    expect((await server.repos.submissions.find(1, 1))?.status).toBe("returned");
    expect(text(await server.post(LIEN_CHAU, MINH, "/nop"))).toMatch(/^Lưu ý: báo cáo được trả lại để sửa nhưng chưa có câu nào khác bản đã nộp/);
    expect(text(await server.post(LIEN_CHAU, MINH, "Có"))).toMatch(/Đã nộp bản sửa lần 1/);
    // Sent again unchanged: the officers' notice names no question.
    expect((await history(OFFICERS)).find((m) => m.includes("bản sửa lần 1"))).toMatch(/^Trường Tiểu học Liên Châu đã nộp bản sửa lần 1 của "Báo cáo[^"]+" lúc [^.]+\. Người nộp: [^.]+\.$/);
    expect((await server.repos.submissions.listVersions(1)).map((v) => v.version)).toEqual([2, 1]);
  });

  it("lists at most 30 codes after a wrong one, counting the others", async () => {
    for (let i = 1; i <= 30; i++) await server.repos.directory.insertUnit({ code: `A-${String(i).padStart(2, "0")}`, name: `Trường ${i}` });
    const reply = text(await server.post(OFFICERS, KHA, "/tralai KHONG-CO thiếu"));
    expect(reply).toMatch(/^Không có đơn vị mã KHONG-CO\. Mã các đơn vị: A-01, A-02, [^]*, A-30 và 4 mã khác\.$/);
  });

  it("takes the unit by words of its name when they name one unit only", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    // Words in several units' names: none taken, those units listed with their codes.
    expect(text(await server.post(OFFICERS, KHA, "/tralai Nam Triệu thiếu số liệu"))).toBe(
      "«Nam Triệu» có trong tên của nhiều đơn vị: Trường THCS Nam Triệu (THCS-NAM-TRIEU), UBND phường Nam Triệu (UBND-NAM-TRIEU). Vui lòng gõ mã đơn vị.",
    );
    expect(text(await server.post(OFFICERS, KHA, "/tralai Liên Châu thiếu số liệu câu 8"))).toMatch(/^Đã trả lại "Báo cáo[^"]+" của Trường Tiểu học Liên Châu để sửa\.$/);
    expect((await history(LIEN_CHAU)).at(-1)).toMatch(/Nhận xét: thiếu số liệu câu 8/);
  });

  it("takes the unit's code as its words, keeps a comment's lines, and lists the codes after a wrong one", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    expect(text(await server.post(OFFICERS, KHA, "/tralai th liên châu thiếu số liệu\ncâu 8"))).toMatch(/^Đã trả lại "Báo cáo[^"]+" của Trường Tiểu học Liên Châu để sửa\.$/);
    expect((await history(LIEN_CHAU)).at(-1)).toMatch(/Nhận xét: thiếu số liệu\ncâu 8/);
    // A code typed whole is that unit, even where its words and the next one make another's code.
    await server.repos.directory.insertUnit({ code: "TH-LIEN-CHAU-2", name: "Trường Liên Châu 2" });
    // (Returned already: the answer names the unit the code was read as.)
    expect(text(await server.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU 2 bảng chưa khớp"))).toMatch(/^Nguyễn Thị Kha đã trả lại báo cáo của Trường Tiểu học Liên Châu/);
    expect(text(await server.post(OFFICERS, KHA, "/tralai LIEN-CHAU thiếu"))).toBe("Không có đơn vị mã LIEN-CHAU. Mã các đơn vị: MN-HOA-SEN, TH-LIEN-CHAU, TH-LIEN-CHAU-2, THCS-NAM-TRIEU, UBND-NAM-TRIEU.");
  });
});

describe("/broadcast and /remind", () => {
  it("broadcasts through the outbox, reports the delivery back to the officer naming the notice, logs it in the open campaign, and reaches every unit but the officers' own office with tatca (or no campaign open, said)", async () => {
    await server.repos.directory.setChatActive("local", "mn-hoa-sen", false);
    // Whom it went to is said in the reply: there is no question before sending.
    expect(text(await server.post(OFFICERS, KHA, "/thongbao Họp giao ban lúc 8 giờ thứ Hai."))).toBe(
      'Đang gửi thông báo tới các đơn vị của đợt 1 "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026": 3 đơn vị, qua 2 nhóm; 1 đơn vị chưa có nhóm nên không nhận được.',
    );
    expect((await history(LIEN_CHAU)).at(-1)).toBe("Thông báo từ cán bộ phụ trách Nguyễn Thị Kha (UBND phường Nam Triệu):\nHọp giao ban lúc 8 giờ thứ Hai.");
    await server.scheduler.tick();
    expect((await history(OFFICERS)).at(-1)).toBe("Kết quả gửi thông báo «Họp giao ban lúc 8 giờ thứ Hai.»: 2 nhóm đã nhận, 0 nhóm gửi không được, 1 đơn vị chưa có nhóm.");
    await server.scheduler.tick();
    expect((await history(OFFICERS)).filter((t) => t.startsWith("Kết quả gửi"))).toHaveLength(1);
    expect(text(await server.post(OFFICERS, KHA, "/thongbao"))).toMatch(/^Cách dùng: \/thongbao/);
    // To every unit: the ward's own office, which issued the campaign and has no group, is not one to reach.
    expect(text(await server.post(OFFICERS, KHA, "/thongbao tatca Nghỉ lễ từ thứ Sáu."))).toBe("Đang gửi thông báo tới tất cả các đơn vị: 3 đơn vị, qua 2 nhóm; 1 đơn vị chưa có nhóm nên không nhận được.");
    expect((await server.repos.activity.list(1)).map((a) => [a.action, a.detail, a.actorName])).toEqual([["broadcast", "Họp giao ban lúc 8 giờ thứ Hai.", "Nguyễn Thị Kha"]]);
    // With no campaign open (nor one closed still taking late reports), a plain /thongbao goes to
    // every unit too, and says so; the notice still names the office.
    await server.database.run(sql`update campaigns set late_policy = 'refuse'`);
    expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong chac"))).toMatch(/^Đã đóng đợt báo cáo/);
    expect(text(await server.post(OFFICERS, KHA, "/thongbao Nghỉ lễ từ thứ Hai."))).toBe(
      "Không có đợt báo cáo nào đang mở. Đang gửi thông báo tới tất cả các đơn vị: 3 đơn vị, qua 2 nhóm; 1 đơn vị chưa có nhóm nên không nhận được.",
    );
    expect((await history(LIEN_CHAU)).at(-1)).toBe("Thông báo từ cán bộ phụ trách Nguyễn Thị Kha (UBND phường Nam Triệu):\nNghỉ lễ từ thứ Hai.");
  });

  it("aims a broadcast starting with 'đợt N' at that campaign's units only, without those words; 'đợt N' alone is no notice", async () => {
    // A second campaign open, for Liên Châu alone.
    const templateId = (await server.repos.templates.latestOf([LIFELONG_LEARNING_WEEK]))[0]!.id;
    const lienChau = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
    const second = await server.repos.directory.insertCampaign({ templateId, title: "Đợt riêng", issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2026-10-30T10:00:00Z") }, [lienChau.id]);
    expect(text(await server.post(OFFICERS, KHA, "/thongbao đợt 7 Họp chiều nay"))).toMatch(/^Không có đợt số 7 đang mở/);
    expect(text(await server.post(OFFICERS, KHA, `/thongbao đợt ${second.id}`))).toMatch(/^Cách dùng: \/thongbao nội dung, \/thongbao đợt N nội dung/);
    expect(text(await server.post(OFFICERS, KHA, `/thongbao đợt ${second.id}: Họp chiều nay, báo cáo đợt 1 vẫn nộp như cũ`))).toBe('Đang gửi thông báo tới các đơn vị của "Đợt riêng" (số 2): 1 đơn vị, qua 1 nhóm.');
    // It names the campaign it is about, with its number: Liên Châu has two open.
    expect((await history(LIEN_CHAU)).at(-1)).toBe('Thông báo từ cán bộ phụ trách Nguyễn Thị Kha (UBND phường Nam Triệu) về đợt báo cáo "Đợt riêng" (đợt 2):\nHọp chiều nay, báo cáo đợt 1 vẫn nộp như cũ');
    expect((await history("mn-hoa-sen")).join("\n")).not.toContain("Họp chiều nay");
    expect((await history("thcs-nam-trieu")).join("\n")).not.toContain("Họp chiều nay");
    // Campaign 1's units: its title for all, its number only where the unit has another open.
    expect(text(await server.post(OFFICERS, KHA, "/thongbao đợt 1 Nộp trước thứ Sáu"))).toMatch(/^Đang gửi thông báo tới các đơn vị của đợt 1 ".*": 3 đơn vị, qua 3 nhóm\.$/);
    const campaign1 = '"Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026"';
    expect((await history("mn-hoa-sen")).at(-1)).toBe(`Thông báo từ cán bộ phụ trách Nguyễn Thị Kha (UBND phường Nam Triệu) về đợt báo cáo ${campaign1}:\nNộp trước thứ Sáu`);
    expect((await history(LIEN_CHAU)).at(-1)).toBe(`Thông báo từ cán bộ phụ trách Nguyễn Thị Kha (UBND phường Nam Triệu) về đợt báo cáo ${campaign1} (đợt 1):\nNộp trước thứ Sáu`);
    // A plain /thongbao, to every open campaign's units, is about none in particular.
    expect(text(await server.post(OFFICERS, KHA, "/thongbao Chúc mừng 20/11"))).toBe("Đang gửi thông báo tới các đơn vị của 2 đợt đang mở, đợt 1 và đợt 2: 3 đơn vị, qua 3 nhóm.");
    expect((await history(LIEN_CHAU)).at(-1)).toBe("Thông báo từ cán bộ phụ trách Nguyễn Thị Kha (UBND phường Nam Triệu):\nChúc mừng 20/11");
    // The delivery summary still quotes the notice's own words, not its heading.
    await server.scheduler.tick();
    expect((await history(OFFICERS)).filter((t) => t.startsWith("Kết quả gửi"))).toEqual(expect.arrayContaining([expect.stringMatching(/^Kết quả gửi thông báo «Nộp trước thứ Sáu»/)]));
  });

  it("names a closed campaign as closed when a command for open ones is aimed at it by number, and changes nothing", async () => {
    const templateId = (await server.repos.templates.latestOf([LIFELONG_LEARNING_WEEK]))[0]!.id;
    const lienChau = (await server.repos.officers.unitByCode("TH-LIEN-CHAU"))!;
    const second = await server.repos.directory.insertCampaign({ templateId, title: "Đợt riêng", issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2026-10-30T10:00:00Z") }, [lienChau.id]);
    // Closed refusing late reports: /thongbao and /nhacnho ngay, which a closed campaign taking them still takes, say why not.
    await server.database.run(sql`update campaigns set late_policy = 'refuse' where id = ${second.id}`);
    expect(text(await server.post(OFFICERS, KHA, `/dotbaocao dong ${second.id} chac`))).toMatch(/^Đã đóng đợt báo cáo "Đợt riêng"/);
    const heard = (await history(LIEN_CHAU)).length;
    const closed = `"Đợt riêng" (số ${second.id}) đã đóng; lệnh này chỉ dùng cho đợt đang mở. Các đợt đang mở:\n1. Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026 (hạn 17:00 ngày 22/10/2026)`;
    for (const typed of [`/nhacnho lich 2 đợt ${second.id}`, `/dotbaocao dong ${second.id}`, `/dotbaocao them MN-HOA-SEN đợt ${second.id}`]) {
      expect(text(await server.post(OFFICERS, KHA, typed)), typed).toBe(closed);
    }
    expect(text(await server.post(OFFICERS, KHA, `/thongbao đợt ${second.id} Cảm ơn`))).toMatch(/^"Đợt riêng" \(số 2\) đã đóng và không nhận báo cáo nộp muộn nên không gửi thông báo/);
    expect(text(await server.post(OFFICERS, KHA, `/nhacnho ngay đợt ${second.id}`))).toMatch(/^"Đợt riêng" \(số 2\) đã đóng và không nhận báo cáo nộp muộn: các đơn vị chưa nộp/);
    expect((await history(LIEN_CHAU)).length).toBe(heard);
    expect((await server.repos.directory.campaignById(second.id))?.reminderDays).toEqual([3, 1, 0]);
    // With none open, it says so.
    await server.post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
    expect(text(await server.post(OFFICERS, KHA, `/nhacnho lich 2 đợt ${second.id}`))).toBe(`"Đợt riêng" (số ${second.id}) đã đóng; lệnh này chỉ dùng cho đợt đang mở. Hiện không có đợt nào đang mở.`);
  });

  it("reminds a unit whose report was returned of the return and the officer's comment, not of a progress it completed", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    expect(text(await server.post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU Số buổi tập huấn chưa đúng"))).toMatch(/^Đã trả lại/);
    await server.post(OFFICERS, KHA, "/nhacnho ngay");
    expect((await history(LIEN_CHAU)).at(-1)).toBe(
      'Nhắc nộp lại "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026" (hạn 17:00 ngày 22/10/2026): báo cáo của đơn vị đã được trả lại để sửa, với nhận xét «Số buổi tập huấn chưa đúng» và chưa được nộp lại.\nGõ /baocao để sửa, /nop để nộp lại.',
    );
  });

  it("reminds the units that have not submitted now, with their progress, asks before reminding again within the hour, and sets the schedule", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    await server.post(NAM_TRIEU, LAN, "/baocao");
    await server.post(NAM_TRIEU, LAN, "/boqua");
    expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay"))).toBe("Đã gửi lời nhắc tới 2 đơn vị chưa nộp (Trường Mầm non Hoa Sen, Trường THCS Nam Triệu).");
    expect((await history(NAM_TRIEU)).at(-1)).toMatch(/^Nhắc nộp "Báo cáo .*Tiến độ của đơn vị: 1\/21 câu\.\nGõ \/baocao để tiếp tục,/);
    expect((await history("mn-hoa-sen")).at(-1)).toMatch(/Tiến độ của đơn vị: 0\/21 câu\.\nGõ \/baocao để bắt đầu,/);
    expect((await history(LIEN_CHAU)).at(-1)).not.toMatch(/Nhắc nộp/);
    // Again within the hour: asked to confirm with "lai", so no unit gets the same message twice by a double tap.
    now += 10 * 60_000;
    const reminders = async () => (await history(NAM_TRIEU)).filter((t) => t.startsWith("Nhắc nộp")).length;
    expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay"))).toBe("Các đơn vị chưa nộp vừa được nhắc lúc 10:15 ngày 08/10/2026 (2 đơn vị). Gõ /nhacnho ngay lai để nhắc thêm lần nữa.");
    expect(await reminders()).toBe(1);
    expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay lại"))).toBe("Đã gửi lời nhắc tới 2 đơn vị chưa nộp (Trường Mầm non Hoa Sen, Trường THCS Nam Triệu).");
    expect(await reminders()).toBe(2);
    // Everyone has submitted: nobody to remind, said so.
    await submitFullReport(server, NAM_TRIEU, LAN);
    await submitFullReport(server, "mn-hoa-sen", { userId: "u5", userName: "Đỗ Thu Trang" });
    // Within the hour of the last reminder too: said before "reminded a moment ago, type lai".
    expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay"))).toBe("Không còn đơn vị nào chưa nộp để nhắc.");
    expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay lai"))).toBe("Không còn đơn vị nào chưa nộp để nhắc.");
    expect(text(await server.post(OFFICERS, KHA, "/nhacnho lich 5, 2,0"))).toBe(
      "Đã đặt lịch nhắc cho đợt \"Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026\": 5 ngày trước hạn, 2 ngày trước hạn, sáng ngày hết hạn. Lần nhắc tiếp theo: 08:00 ngày 16/10/2026; các mốc nhắc đã qua không gửi bù.",
    );
    expect(text(await server.post(OFFICERS, KHA, "/remind"))).toMatch(/^Lịch nhắc: 5 ngày trước hạn, 2 ngày trước hạn, sáng ngày hết hạn;/);
    expect(text(await server.post(OFFICERS, KHA, "/nhacnho lich hai"))).toMatch(/^Cách dùng/);
  });

  it("counts as reminded only the units a reminder reached, naming those without a group", async () => {
    // The bot was removed from every unit's group: nothing reaches them, and nothing is counted.
    for (const chat of [LIEN_CHAU, NAM_TRIEU, "mn-hoa-sen"]) await server.repos.directory.setChatActive("local", chat, false);
    expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay"))).toBe("Không gửi được lời nhắc nào; 3 đơn vị chưa nộp không có nhóm nào đang nhận tin của bot nên không nhận được.");
    // Nothing was sent, so nothing stands in the way of reminding a minute later.
    now += 60_000;
    await server.repos.directory.setChatActive("local", NAM_TRIEU, true);
    expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay"))).toBe("Đã gửi lời nhắc tới 1 đơn vị chưa nộp (Trường THCS Nam Triệu); 2 đơn vị chưa nộp không có nhóm nào đang nhận tin của bot nên không nhận được.");
    now += 60_000;
    expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay"))).toMatch(/vừa được nhắc lúc [^(]*\(1 đơn vị\)/);
  });
});

describe("the first officers", () => {
  it("come from OFFICER_IDS per platform", async () => {
    const configured = await buildTestApp({ env: { OFFICER_IDS: "local:u1, telegram:42" } });
    try {
      expect(text(await configured.post(OFFICERS, HOA, "/thongbao Chào các đơn vị"))).toMatch(/^Đang gửi thông báo/);
      expect(text(await configured.post(OFFICERS, MINH, "/thongbao Chào"))).toBe("Lệnh này chỉ dành cho cán bộ phụ trách.");
    } finally {
      await configured.close();
    }
  });

  it("or from a one-time bootstrap code, only while no officer has written to the bot", async () => {
    const configured = await buildTestApp({ env: { BOOTSTRAP_CODE: "khoi-tao-2026" } });
    try {
      // The demo has an officer: the code, even unused, makes nobody one.
      const closed = "Đã có cán bộ phụ trách nên mã khởi tạo không còn dùng được. Hãy nhờ một cán bộ thêm bạn bằng /canbo them.";
      expect(text(await configured.post(LIEN_CHAU, MINH, "/canbo nhan khoi-tao-2026"))).toBe(closed);
      expect((await configured.repos.officers.member("local", "u2"))?.role).toBe("staff");
      for (const officer of [KHA.userId, "u8"]) await configured.repos.officers.setRole("local", officer, "staff");
      // An OFFICER_IDS id nobody has written from (mistyped: "telegram:@kha") leaves the code open.
      await configured.repos.officers.ensureOfficer("telegram", "@kha");
      expect(text(await configured.post(LIEN_CHAU, MINH, "/canbo nhan sai-ma"))).toBe("Mã không đúng hoặc đã được dùng.");
      expect(text(await configured.post(LIEN_CHAU, MINH, "/canbo nhan khoi-tao-2026"))).toMatch(/^Mã khởi tạo đúng/);
      expect(text(await configured.post(LIEN_CHAU, HOA, "/canbo nhan khoi-tao-2026"))).toBe(closed);
      expect(text(await configured.post(OFFICERS, MINH, "/nhacnho"))).toMatch(/^Lịch nhắc/);
      expect((await configured.repos.officers.member("local", "u2"))?.role).toBe("officer");
      expect((await configured.repos.officers.member("local", "u1"))?.role).toBe("staff");
    } finally {
      await configured.close();
    }
  });
});

describe("/canbo alone", () => {
  it("lists the officers by name and id, then how to add or remove one", async () => {
    await server.post(OFFICERS, { userId: "u8", userName: "Hoàng Văn Nam" }, "/trogiup");
    expect(text(await server.post(OFFICERS, KHA, "/canbo"))).toMatch(/^Cán bộ phụ trách \(2\): Hoàng Văn Nam \(mã u8\); Nguyễn Thị Kha \(mã u7\)\.\nCách dùng: \/canbo them MÃ/);
  });

  it("lists no one in a unit's group, where the whole school would read the officers' ids", async () => {
    expect(text(await server.post(LIEN_CHAU, KHA, "/canbo"))).toBe("Lệnh này dùng trong nhóm cán bộ phụ trách hoặc trong tin nhắn riêng với bot.");
  });
});
