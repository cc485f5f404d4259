/**
 * Years of campaigns closed still taking late reports: /trangthai, /nhacnho ngay and a plain
 * /thongbao name the newest few only (they listed every one ever closed), with how to reach an
 * older one by its number, which still works. Through the local chat of the demo.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";


const { server } = useOfficersChat();

/** Campaign 1 and four more, over the three schools, all closed still taking late reports, nothing submitted. */
async function fiveClosedTakingLate(): Promise<void> {
  const schools = await server.repos.officers.unitIdsButIssuers();
  for (let year = 2027; year <= 2030; year++) {
    await server.repos.transaction(() =>
      server.repos.directory.insertCampaign({ templateId: 1, title: `Đợt năm ${year}`, issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2026-10-30T10:00:00Z") }, schools),
    );
  }
  await server.database.run(sql`update campaigns set status = 'closed', late_policy = 'accept'`);
}

it("with none open, /trangthai shows the three newest closed campaigns still taking late reports and says how to see an older one", async () => {
  await fiveClosedTakingLate();
  const status = await server.post(OFFICERS, KHA, "/trangthai");
  expect(status[0]!.text).toBe("Hiện không có đợt báo cáo nào đang mở. 3 đợt gần đây nhất dưới đây đã đóng nhưng vẫn nhận báo cáo nộp muộn và còn đơn vị chưa nộp:");
  expect(status.slice(1, -1).map((m) => /^Tình hình "Đợt năm \d+" \(số (\d+), đã đóng, vẫn nhận báo cáo nộp muộn\)/.exec(m.text!)?.[1])).toEqual(["3", "4", "5"]);
  // The older ones are named (the line said "not shown here" without saying which).
  expect(status.at(-1)!.text).toMatch(
    /^Các đợt cũ hơn cũng đã đóng nhưng vẫn nhận báo cáo nộp muộn \(không hiện ở đây\): "Đợt năm 2027" \(số 2\), đợt 1 "[^"]+"\. Để xem tình hình một đợt, gõ \/trangthai đợt N, thay N bằng số đợt\.$/,
  );
  expect(text(await server.post(OFFICERS, KHA, "/trangthai đợt 1"))).toMatch(/^Tình hình "[^"]+" \(số 1[,)]/);
});

it("a bare /nhacnho ngay and a plain /thongbao name the three newest, with the command for an older one, which still reminds", async () => {
  await fiveClosedTakingLate();
  const lines = [3, 4, 5].map((id) => `• "Đợt năm ${2025 + id}" (số ${id}): gõ /nhacnho ngay đợt ${id}`);
  const remind = text(await server.post(OFFICERS, KHA, "/nhacnho ngay")).split("\n");
  expect(remind.slice(0, -1)).toEqual([
    "Hiện không có đợt báo cáo nào đang mở. Các đợt đã đóng gần đây nhất nhưng vẫn nhận báo cáo nộp muộn:",
    ...lines,
    "Mỗi lệnh trên nhắc các đơn vị chưa nộp của đợt đó.",
  ]);
  expect(remind.at(-1)).toMatch(
    /^Các đợt cũ hơn cũng đã đóng nhưng vẫn nhận báo cáo nộp muộn: "Đợt năm 2027" \(số 2\), đợt 1 "[^"]+"\. Để nhắc các đơn vị chưa nộp của một trong các đợt này, gõ \/nhacnho ngay đợt N, thay N bằng số đợt\.$/,
  );
  const notice = text(await server.post(OFFICERS, KHA, "/thongbao Họp giao ban thứ Hai"));
  expect(notice).toMatch(/^Thông báo chưa được gửi/);
  expect(notice).toContain("• \"Đợt năm 2030\" (số 5): gõ /thongbao đợt 5 nội dung");
  expect(notice).not.toContain("(số 2):");
  expect(notice).toContain("gõ /thongbao đợt N nội dung, thay N bằng số đợt.");
  // The oldest is still reached by its number.
  expect(text(await server.post(OFFICERS, KHA, "/nhacnho ngay đợt 1"))).toMatch(/^Đã gửi lời nhắc tới 3 đơn vị chưa nộp/);
});
