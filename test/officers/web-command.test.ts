/**
 * /web on a production server started without PUBLIC_URL: no link to a guessed address, a clear
 * sentence for the operator instead, and nothing stored (the repositories are not even reached).
 */
import { expect, it } from "vitest";
import type { OfficerDeps, OfficerRequest } from "../../src/officers/officer-context.ts";
import { webCommand } from "../../src/officers/web-command.ts";

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
