/**
 * A campaign's activity log page (/web/dot/:id/nhat-ky): what officers did in the chat and on the
 * page, what the reminder schedule did, and the units' submissions, with who, where and when,
 * oldest first. Through the real server (inject) over the seeded demo.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { LIEN_CHAU_2023 } from "../fixtures/seed-answers.ts";
import { KHA, OFFICERS_CHAT, signIn, unsealed } from "../helpers/web-session.ts";

const vn = (iso: string) => Date.parse(`${iso}+07:00`);
const MINUTE = 60_000;
const KHA_NAME = KHA.userName;

let server: TestApp;
let now = vn("2026-10-08T10:15:00");
beforeEach(async () => {
  now = vn("2026-10-08T10:15:00");
  server = await buildTestApp({ now: () => new Date(now) });
});
afterEach(() => server.close());

/** The log's rows as [when, who, where, what]. */
async function logRows(kha: Awaited<ReturnType<typeof signIn>>, campaignId: number): Promise<string[][]> {
  const page = await kha.get(`/web/dot/${campaignId}/nhat-ky`);
  expect(page.statusCode).toBe(200);
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(page.body)?.[1] ?? "";
  return [...body.matchAll(/<tr><td[^>]*>(.*?)<\/td><td[^>]*>(.*?)<\/td><td[^>]*>(.*?)<\/td><td[^>]*>(.*?)<\/td><\/tr>/g)].map((m) =>
    m.slice(1).map((cell) => cell.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")),
  );
}

const officer = (text: string) => server.post(OFFICERS_CHAT, KHA, text);

describe("the activity log", () => {
  it("lists, oldest first, a unit's submission, /nhacnho ngay and lich, /xuat and /tonghop in the chat, then the page's reminder, downloads and closing, each with when, who and where", async () => {
    const kha = await signIn(server);
    await submitFullReport(server, LIEN_CHAU, HOA);
    now += MINUTE;
    await officer("/nhacnho ngay");
    now += MINUTE;
    await officer("/nhacnho lich 5, 2, 0");
    now += MINUTE;
    await officer("/xuat");
    now += MINUTE;
    await officer("/tonghop");
    now += MINUTE;
    // Within the hour of /nhacnho ngay the page asks first: pressed again where it asked, it reminds.
    const asked = (await kha.postForm("/web/dot/1/nhac", {}, "/web/dot/1")).headers.location as string;
    expect(asked).toMatch(/tb=remindedRecently/);
    expect(unsealed((await kha.postForm("/web/dot/1/nhac", {}, asked)).headers.location)).toMatch(/tb=reminded&/);
    now += MINUTE;
    expect((await kha.get("/web/dot/1/xuat")).statusCode).toBe(200);
    now += MINUTE;
    expect((await kha.get("/web/dot/1/tong-hop")).statusCode).toBe(200);
    now += MINUTE;
    expect((await kha.postForm("/web/dot/1/dong", { chac: "1" }, "/web/dot/1")).statusCode).toBe(303);

    expect(await logRows(kha, 1)).toEqual([
      ["10:15 ngày 08/10/2026", "Nguyễn Thị Hoa", "trong nhóm chat", "Trường Tiểu học Liên Châu nộp báo cáo."],
      ["10:16 ngày 08/10/2026", KHA_NAME, "trong nhóm chat", "Nhắc 2 đơn vị chưa nộp."],
      ["10:17 ngày 08/10/2026", KHA_NAME, "trong nhóm chat", "Đặt lịch nhắc: 5, 2, 0 ngày trước hạn nộp."],
      ["10:18 ngày 08/10/2026", KHA_NAME, "trong nhóm chat", expect.stringMatching(/^Tải bảng số liệu \(.+\.xlsx\)\.$/)],
      ["10:19 ngày 08/10/2026", KHA_NAME, "trong nhóm chat", expect.stringMatching(/^Lập báo cáo tổng hợp \(.+\.docx\)\.$/)],
      ["10:20 ngày 08/10/2026", KHA_NAME, "trên trang web", "Nhắc 2 đơn vị chưa nộp."],
      ["10:21 ngày 08/10/2026", KHA_NAME, "trên trang web", expect.stringMatching(/^Tải bảng số liệu \(.+\.xlsx\)\.$/)],
      ["10:22 ngày 08/10/2026", KHA_NAME, "trên trang web", expect.stringMatching(/^Lập báo cáo tổng hợp \(.+\.docx\)\.$/)],
      ["10:23 ngày 08/10/2026", KHA_NAME, "trên trang web", "Đóng đợt báo cáo."],
    ]);
  });

  it("shows a campaign opened and closed in the chat, and one opened on the page, by the officer with the number of units", async () => {
    const kha = await signIn(server);
    await officer("/dotbaocao");
    for (const answer of ["1", "Báo cáo năm học", "/boqua", "UBND phường Nam Triệu", "30/10/2026", "17h", "/boqua", "Không", "TH-LIEN-CHAU\nMN-HOA-SEN", "1", "/nop", "Có"]) await officer(answer);
    now += MINUTE;
    const inChat = (await server.repos.directory.listCampaigns()).find((c) => c.title === "Báo cáo năm học")!;
    await officer(`/dotbaocao dong ${inChat.id} chac`);
    expect(await logRows(kha, inChat.id)).toEqual([
      ["10:15 ngày 08/10/2026", KHA_NAME, "trong nhóm chat", "Mở đợt báo cáo cho 2 đơn vị."],
      ["10:16 ngày 08/10/2026", KHA_NAME, "trong nhóm chat", "Đóng đợt báo cáo."],
    ]);

    now += MINUTE;
    const form = { template_title: "1", title: "Đợt mở trên trang", issuer_name: "UBND phường Nam Triệu", deadline_date: "30/10/2026", deadline_time: "17:00", all_units: "Có", late_policy: "1" };
    const opened = await kha.postForm("/web/dot/moi", form, "/web/dot/moi");
    const id = Number(/\/web\/dot\/(\d+)\?/.exec(opened.headers.location as string)?.[1]);
    expect(await logRows(kha, id)).toEqual([["10:17 ngày 08/10/2026", KHA_NAME, "trên trang web", "Mở đợt báo cáo cho 3 đơn vị."]]);
  });

  it("shows the consolidated report submitted in the officers' chat as the ward's submission by the officer, with the document made of it", async () => {
    const kha = await signIn(server);
    await submitFullReport(server, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    now += MINUTE;
    await officer("/tonghop sua");
    for (const answer of ["/boqua", "Phong trào đọc sách lan tỏa", "Thư viện nhỏ", "Đầu tư thư viện phường", "/boqua", "/boqua", "/boqua", "/boqua", "CHỦ TỊCH", "Nguyễn Văn Bình", "/nop"]) await officer(answer);
    expect((await officer("Có")).find((m) => m.document)).toBeDefined();
    expect(await logRows(kha, 1)).toEqual([
      ["10:15 ngày 08/10/2026", "Nguyễn Thị Hoa", "trong nhóm chat", "Trường Tiểu học Liên Châu nộp báo cáo."],
      ["10:16 ngày 08/10/2026", KHA_NAME, "trong nhóm chat", "UBND phường Nam Triệu nộp báo cáo."],
      ["10:16 ngày 08/10/2026", KHA_NAME, "trong nhóm chat", "Lập báo cáo tổng hợp (Báo-cáo-UBND-phường-Nam-Triệu-2026.docx)."],
    ]);
  });

  it("shows a scheduled reminder as done automatically by the reminder schedule, once per step", async () => {
    // The demo's deadline is Thursday 22/10/2026 17:00; Monday 19/10 at 08:00 is the "3 days before" step.
    now = vn("2026-10-19T08:00:00");
    expect(await server.scheduler.tick()).toBe(3);
    now = vn("2026-10-19T11:00:00");
    expect(await server.scheduler.tick()).toBe(0);
    const kha = await signIn(server);
    expect(await logRows(kha, 1)).toEqual([["08:00 ngày 19/10/2026", "Lịch nhắc tự động", "tự động", "Nhắc 3 đơn vị chưa nộp."]]);
  });

  it("says so when nothing has happened yet, and answers 404 for a campaign that does not exist", async () => {
    const kha = await signIn(server);
    const page = await kha.get("/web/dot/1/nhat-ky");
    expect(page.body).toContain("Chưa có hoạt động nào.");
    expect(page.body).toContain("Cũ nhất ở trên, mới nhất ở dưới.");
    expect((await kha.get("/web/dot/99/nhat-ky")).statusCode).toBe(404);
  });
});
