/**
 * Who is an officer: OFFICER_IDS seeds the database once per id, `/canbo xoa` removes any officer
 * (a configured one included) for good, and the last officer stays. Through the local chat of the
 * demo (officers u7 Kha and u8 Nam in the officers' chat).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { ANH, BINH, useTelegramHarnesses } from "../helpers/telegram-harness.ts";
import { KHA, OFFICERS, text } from "../helpers/officers-chat.ts";

const NAM = { userId: "u8", userName: "Hoàng Văn Nam" };
const ONLY_OFFICERS = "Lệnh này chỉ dành cho cán bộ phụ trách.";

const open: { close: () => Promise<void> }[] = [];
async function start(options: Parameters<typeof buildTestApp>[0] = {}) {
  const server = await buildTestApp(options);
  open.push(server);
  return server;
}
/** Closes one server now (a restart), so that afterEach does not close it a second time. */
async function stop(server: { close: () => Promise<void> }) {
  open.splice(open.indexOf(server), 1);
  await server.close();
}
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});

describe("OFFICER_IDS", () => {
  it("makes an officer of an id that has never written, who keeps the role once they do", async () => {
    const server = await start({ env: { OFFICER_IDS: "local:u42" } });
    expect(await server.repos.officers.member("local", "u42")).toMatchObject({ role: "officer", displayName: "u42" });
    const newcomer = { userId: "u42", userName: "Đinh Văn Mới" };
    expect(text(await server.post(OFFICERS, newcomer, "/thongbao Chào các đơn vị"))).toMatch(/^Đang gửi thông báo tới các đơn vị của đợt 1 "[^"]+": 3 đơn vị, qua 3 nhóm\.$/);
    expect(await server.repos.officers.member("local", "u42")).toMatchObject({ role: "officer", displayName: "Đinh Văn Mới" });
  });

  it("lets /canbo xoa remove a configured officer, and the removal survives a restart", async () => {
    const databasePath = join(mkdtempSync(join(tmpdir(), "officers-")), "bot.sqlite");
    const env = { OFFICER_IDS: "local:u1" };
    const first = await start({ databasePath, env });
    expect(text(await first.post(OFFICERS, HOA, "/thongbao Chào"))).toMatch(/^Đang gửi thông báo/);
    expect(text(await first.post(OFFICERS, KHA, "/canbo xoa u1"))).toBe("Nguyễn Thị Hoa không còn là cán bộ phụ trách.");
    await stop(first);

    const second = await start({ databasePath, env });
    expect((await second.repos.officers.member("local", "u1"))?.role).toBe("staff");
    expect(text(await second.post(OFFICERS, HOA, "/thongbao Chào"))).toBe(ONLY_OFFICERS);
  });

  it("applies an id added to OFFICER_IDS later, on the next start", async () => {
    const databasePath = join(mkdtempSync(join(tmpdir(), "officers-")), "bot.sqlite");
    await stop(await start({ databasePath }));
    const second = await start({ databasePath, env: { OFFICER_IDS: "local:u2" } });
    expect((await second.repos.officers.member("local", "u2"))?.role).toBe("officer");
  });
});

describe("/canbo xoa", () => {
  it("removes any officer, the sender too while another officer remains, once they confirm it", async () => {
    const server = await start();
    expect(text(await server.post(OFFICERS, KHA, "/officer remove u7"))).toBe(
      "Bạn sắp tự bỏ quyền cán bộ phụ trách của chính mình (sẽ không dùng được các lệnh cán bộ và trang cán bộ nữa). Nếu chắc chắn, gõ /canbo xoa u7 chac.",
    );
    expect((await server.repos.officers.member("local", "u7"))?.role).toBe("officer");
    expect(text(await server.post(OFFICERS, KHA, "/canbo xoa u7 chắc"))).toBe("Nguyễn Thị Kha không còn là cán bộ phụ trách.");
    expect(text(await server.post(OFFICERS, KHA, "/thongbao Chào"))).toBe(ONLY_OFFICERS);
    expect(text(await server.post(OFFICERS, NAM, "/thongbao Chào"))).toMatch(/^Đang gửi thông báo/);
  });

  it("refuses to remove the last officer, in Vietnamese, and changes nothing", async () => {
    const server = await start();
    await server.post(OFFICERS, KHA, "/canbo xoa u8");
    expect(text(await server.post(OFFICERS, KHA, "/canbo xoa u7"))).toBe(
      "Không thể bỏ quyền của cán bộ phụ trách cuối cùng. Hãy thêm một cán bộ khác trước (/canbo them MÃ).",
    );
    expect((await server.repos.officers.member("local", "u7"))?.role).toBe("officer");
    expect(await server.repos.officers.countOfficers()).toBe(1);
  });

  it("says so when the member named is no officer", async () => {
    const server = await start();
    expect(text(await server.post(OFFICERS, KHA, "/canbo xoa u1"))).toBe("Nguyễn Thị Hoa không phải là cán bộ phụ trách.");
  });
});

describe("where officers are made and removed", () => {
  const telegram = useTelegramHarnesses();

  it("refuses /canbo them and /canbo xoa in a unit's group, in front of its staff, and changes nothing", async () => {
    const server = await start();
    await server.post(LIEN_CHAU, HOA, "/trogiup");
    const where = "Lệnh này dùng trong nhóm cán bộ phụ trách hoặc trong tin nhắn riêng với bot.";
    expect(text(await server.post(LIEN_CHAU, KHA, "/canbo them u1"))).toBe(where);
    expect((await server.repos.officers.member("local", HOA.userId))?.role).toBe("staff");
    expect(text(await server.post(LIEN_CHAU, KHA, "/canbo xoa u8"))).toBe(where);
    expect((await server.repos.officers.member("local", NAM.userId))?.role).toBe("officer");
    // In the officers' chat, as before.
    expect(text(await server.post(OFFICERS, KHA, "/canbo them u1"))).toBe("Đã thêm Nguyễn Thị Hoa làm cán bộ phụ trách.");
  });

  it("takes them in an officer's private chat with the bot", async () => {
    const t = await telegram.start();
    await t.deliver(t.updates.text(BINH, "/trogiup"));
    await t.deliver(t.updates.text(ANH, "/trogiup", { chatId: ANH.id }));
    await t.server.repos.officers.setRole("telegram", String(ANH.id), "officer");
    await t.deliver(t.updates.text(ANH, `/canbo them ${BINH.id}`, { chatId: ANH.id }));
    expect(t.lastMessage(ANH.id).params.text).toBe("Đã thêm Bình làm cán bộ phụ trách.");
    expect((await t.server.repos.officers.member("telegram", String(BINH.id)))?.role).toBe("officer");
  });
});
