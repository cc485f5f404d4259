/**
 * The names /trogiup lists, typed alone without their slash where a unit's report asks a question,
 * through the real server and the local chat: "trangthai", "vanban", "xem", "huy", "sua" are those
 * commands, never the answer (stored, they were printed in the report).
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it("reads 'trangthai' at a list question as /trangthai, and stores no item", async () => {
  await reportAt(7);
  const status = text(await server.post(LIEN_CHAU, HOA, "trangthai"));
  expect(status).toBe(text(await server.post(LIEN_CHAU, HOA, "/trangthai")));
  expect(status).toMatch(/^Báo cáo "[^"]+": đang làm 6\/20\. Hạn nộp: /);
  expect((await storedAnswers()).activities).toBeUndefined();
  // The list question is still the one asked: its first item is stored as ever.
  expect(text(await server.post(LIEN_CHAU, HOA, "- Tổ chức Hội sách"))).toMatch(/Câu 8\/20/);
  expect((await storedAnswers()).activities).toEqual(["Tổ chức Hội sách"]);
});

it("reads 'vanban', 'xem', 'huy' and 'sua' at a text question as those commands, and stores none of them", async () => {
  await reportAt(2);
  expect(text(await server.post(LIEN_CHAU, HOA, "vanban"))).toMatch(/^Chưa có văn bản: báo cáo "[^"]+" chưa được nộp\./);
    expect(text(await server.post(LIEN_CHAU, HOA, "Xem"))).toMatch(/^Xem lại báo cáo [^\n]*\n\n1\. [^]*\n---\nCâu 2\/\d+/);
  expect(text(await server.post(LIEN_CHAU, HOA, "huy"))).toMatch(/^Hủy báo cáo sẽ xóa toàn bộ câu trả lời đã nhập\./);
  expect(text(await server.post(LIEN_CHAU, HOA, "Không"))).toMatch(/^Không hủy\. Tiếp tục báo cáo\.\n---\nCâu 2\/\d+/);
  expect(text(await server.post(LIEN_CHAU, HOA, "sua"))).toMatch(/^Vui lòng ghi số câu cần sửa, ví dụ \/sua 3\./);
  expect(Object.keys(await storedAnswers())).toEqual(["plan_reference"]);
});
