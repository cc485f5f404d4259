/**
 * A colleague's question typed in the group where a table is asked, through the real server and
 * the local chat: "chị Hoa ơi câu 1 chị ghi mấy buổi thế ạ" was read as a bad row ("Bảng chưa được
 * ghi nhận vì có 1 lỗi: - Dòng 1 có 1 ô, cần 2 ô"). One line with no cell separator that reads as
 * talk is now said to be talk, as at any other question; a row typed next is stored.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { sectionTemplate } from "../helpers/report-transcript.ts";

const { server, storedAnswers } = useDemoReport();

const template = sectionTemplate("si-so", "Sĩ số", [
  { id: "hs", type: "table", prompt: "Số học sinh theo khối?", columns: [{ id: "khoi", title: "Khối", type: "text" }, { id: "so", title: "Số học sinh", type: "integer" }] },
  { id: "ghi_chu", type: "paragraph", prompt: "Ghi chú thêm?" },
]);

it("says a colleague's question at a table question is talk, stores nothing, then stores the rows typed next", async () => {
  const { id } = await server.repos.templates.storeTemplate(template.key, template.title, template);
  await server.database.run(sql`UPDATE campaigns SET template_id = ${id}`);
  await server.post(LIEN_CHAU, HOA, "/baocao");
  for (const talk of ["chị Hoa ơi câu 1 chị ghi mấy buổi thế ạ", "ok chị"]) {
    const reply = text(await server.post(LIEN_CHAU, MINH, talk));
    expect(reply, talk).not.toMatch(/Bảng chưa được ghi nhận/);
    expect(reply, talk).toMatch(/^Tin nhắn này .*\n---\nCâu 1\/2/s);
  }
  expect(await storedAnswers()).toEqual({});
  // A row with no separator is still read as a row, and refused as one.
  expect(text(await server.post(LIEN_CHAU, HOA, "Khối 1 120"))).toMatch(/^Bảng chưa được ghi nhận/);
  expect(text(await server.post(LIEN_CHAU, HOA, "Khối 1; 120\nKhối 2; 115"))).toMatch(/^Câu 2\/2/);
  expect((await storedAnswers()).hs).toEqual({ rows: [{ khoi: "Khối 1", so: 120 }, { khoi: "Khối 2", so: 115 }] });
});
