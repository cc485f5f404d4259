/**
 * /tonghop sua before any unit has submitted: the ward's report would have no figures, and the start
 * of the edit said nothing of it (only which units were left out, as if some were in). It now says
 * that no unit has submitted and the figures will be filled in as units do. Through the local chat
 * of the demo.
 */
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

it("says at /tonghop sua's start that no unit has submitted yet", async () => {
  const said = await server.post(OFFICERS, KHA, "/tonghop sua");
  expect(said[0]!.text).toMatch(/^Bắt đầu báo cáo /);
  expect(said[1]!.text).toBe(
    "Lưu ý: chưa có đơn vị nào nộp báo cáo nên báo cáo tổng hợp chưa có số liệu; các câu lấy số liệu từ đơn vị sẽ được tự động điền khi có đơn vị nộp. Gõ /trangthai 1 để xem tình hình các đơn vị.",
  );
  expect(text(said.slice(2))).toMatch(/^Câu 1\/15/);
  // Said at the start only, not with each answer.
  expect(text(await server.post(OFFICERS, KHA, "Treo băng rôn tại trụ sở"))).not.toContain("chưa có đơn vị nào nộp");
});
