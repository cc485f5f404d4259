/**
 * A plain /thongbao with a campaign open names the closed campaigns still taking late reports whose
 * missing units the notice did not reach. The three newest having had it all, an older one whose
 * units had none was not named at all (only the three newest were looked at). Through the local
 * chat of the demo.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

it("a plain /thongbao names an older closed campaign whose missing units it did not reach, though the three newest it did", async () => {
  // Campaign 1 (the demo's, three schools) and 2-4 (Liên Châu only) closed taking late reports; 5 open, Liên Châu only.
  const [lienChau] = await server.repos.officers.unitIdsButIssuers();
  for (const title of ["Đợt hai", "Đợt ba", "Đợt bốn", "Đợt đang mở"]) {
    await server.repos.transaction(() =>
      server.repos.directory.insertCampaign({ templateId: 1, title, issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2026-10-30T10:00:00Z") }, [lienChau!]),
    );
  }
  await server.database.run(sql`update campaigns set status = 'closed', late_policy = 'accept' where id < 5`);
  const reply = text(await server.post(OFFICERS, KHA, "/thongbao Họp giao ban thứ Hai"));
  expect(reply).toMatch(/^Đang gửi thông báo tới/);
  expect(reply).toContain("/thongbao đợt 1 nội dung");
  expect(reply).not.toMatch(/đợt [234] nội dung/);
});
