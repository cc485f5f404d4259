/**
 * /web on a production server started without PUBLIC_URL: no link to a guessed address, a clear
 * sentence for the operator instead, and nothing stored (the repositories are not even reached).
 * And /web typed by staff in their unit's chat, through the demo's local chat.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { OfficerDeps, OfficerRequest } from "../../src/officers/officer-context.ts";
import { webCommand } from "../../src/officers/web-command.ts";
import { buildTestApp, HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";

it("answers that PUBLIC_URL is missing, giving no link and storing nothing", async () => {
  const deps = { signInLinks: false, repos: new Proxy({}, { get: () => expect.unreachable("no repository is used") }) } as unknown as OfficerDeps;
  const request = {
    message: { channel: "telegram", chatId: "-100", chatType: "group", sender: { id: "501", displayName: "Lan Anh" }, text: "/web" },
    found: { chat: { kind: "officers" }, unit: null },
    isOfficer: true,
    now: 0,
  } as unknown as OfficerRequest;
  const [reply] = await webCommand(deps, request, "");
  expect(reply).toEqual({ channel: "telegram", chatId: "-100", message: { kind: "text", text: "Trang cán bộ chưa mở được: máy chủ chưa có địa chỉ công khai (PUBLIC_URL). Người quản trị cần đặt PUBLIC_URL rồi khởi động lại bot." } });
});

it("tells staff typing /web in their unit's chat that the page is the officers', from their group, and what the unit can do there by where its report stands (after a submission it said 'gõ /baocao')", async () => {
  const server = await buildTestApp();
  try {
    const web = async () => (await server.post(LIEN_CHAU, HOA, "/web")).map((m) => m.text);
    const page = "Trang web chỉ dành cho cán bộ phụ trách, mở từ nhóm của cán bộ phụ trách.";
    expect(await web()).toEqual([`${page} Báo cáo của đơn vị làm ngay trong nhóm này: gõ /baocao để bắt đầu.`]);
    await server.post(LIEN_CHAU, HOA, "/baocao");
    expect(await web()).toEqual([`${page} Báo cáo của đơn vị làm ngay trong nhóm này: gõ /baocao để tiếp tục, /xem để xem lại các câu đã trả lời.`]);
    await submitFullReport(server, LIEN_CHAU, HOA);
    expect(await web()).toEqual([`${page} Báo cáo của đơn vị đã nộp: gõ /xem để xem lại các câu trả lời, /vanban để nhận văn bản báo cáo.`]);
    // No sign-in link was made for anyone.
    expect((await server.repos.localMessages.history(LIEN_CHAU)).filter((m) => m.fromBot && m.text.includes("/web/login/"))).toEqual([]);
    // A school that had not submitted when the campaign closed refusing late reports: not "gõ /baocao", which it may not.
    await server.post("thcs-nam-trieu", { userId: "u3", userName: "Lê Thị Lan" }, "/baocao");
    await server.database.run(sql`update campaigns set status = 'closed', late_policy = 'refuse'`);
    expect((await server.post("thcs-nam-trieu", { userId: "u3", userName: "Lê Thị Lan" }, "/web")).map((m) => m.text)).toEqual([
      `${page} Đợt báo cáo đã đóng và không nhận báo cáo nộp muộn; nếu cần nộp, vui lòng liên hệ cán bộ phụ trách.`,
    ]);
  } finally {
    await server.close();
  }
});
