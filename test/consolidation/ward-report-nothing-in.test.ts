/**
 * /tonghop before any unit has submitted: it made and sent a draft with no figures at all; it now
 * says that no unit has submitted (with /trangthai N), and makes nothing.
 * /tonghop sua before any unit has submitted: the ward's report would have no figures, and the start
 * of the edit said nothing of it (only which units were left out, as if some were in). It now says
 * that no unit has submitted and the figures will be filled in as units do; and it asks from the
 * first question the units' reports do not fill (it asked question 1, one of theirs, and an answer
 * there became a hand edit that the units' figures no longer replaced). On a campaign closed
 * refusing late reports, that promise was untrue (no unit can submit any more): it says so instead.
 * /quaylai there went back onto those questions (question 6), where /boqua is refused and an answer
 * became the officer's own entry that the units' figures no longer filled: it now goes back to the
 * officer's own question before, or says there is none and asks the same question again.
 * Through the local chat of the demo.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";
import { openCampaignInChat } from "../helpers/new-campaign-chat.ts";

const { server } = useOfficersChat();

it("answers /tonghop before any unit has submitted that none has, with /trangthai, and makes no draft", async () => {
  // Thcs Nam Triệu has started its report: started is not submitted.
  await server.post("thcs-nam-trieu", { userId: "u3", userName: "Lê Thị Lan" }, "/baocao");
  const logged = (await server.repos.activity.list(1)).length;
  const said = await server.post(OFFICERS, KHA, "/tonghop");
  expect(said).toHaveLength(1);
  expect(said[0]!.document).toBeUndefined();
  expect(said[0]!.text).toBe(
    'Đợt 1 "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2026" chưa có đơn vị nào nộp báo cáo (0/3 đơn vị) nên chưa có số liệu để tổng hợp; bot chưa lập dự thảo. Gõ /trangthai 1 để xem tình hình các đơn vị. Phần của cán bộ có thể viết trước: gõ /tonghop sua 1.',
  );
  expect(await server.database.rows(sql`select id from documents where kind = 'consolidated-draft'`)).toEqual([]);
  expect((await server.repos.activity.list(1)).length).toBe(logged);
});

it("says at /tonghop sua's start that no unit has submitted yet, and starts at the first question the units' reports do not fill, an answer there no hand edit", async () => {
  const said = await server.post(OFFICERS, KHA, "/tonghop sua");
  expect(said[0]!.text).toMatch(/^Bắt đầu "Báo cáo kết quả /);
  expect(said[1]!.text).toBe(
    "Lưu ý: chưa có đơn vị nào nộp báo cáo nên báo cáo tổng hợp chưa có số liệu; các câu lấy số liệu từ đơn vị sẽ được tự động điền khi có đơn vị nộp. Gõ /trangthai 1 để xem tình hình các đơn vị.",
  );
  // Questions 1 to 6 are filled from the units' reports; 7 (strengths) is the ward's own.
  expect(text(said.slice(2))).toMatch(/^Câu 7\/15 — [^\n]*\nƯu điểm/);
  // Said at the start only, not with each answer.
  const next = text(await server.post(OFFICERS, KHA, "Các trường hưởng ứng tích cực"));
  expect(next).not.toContain("chưa có đơn vị nào nộp");
  expect(next).toMatch(/Câu 8\/15 — [^\n]*\nHạn chế/);
  // The answer is the ward's own question's, not a hand edit over a unit-sourced one.
  expect(await server.repos.consolidation.editedFields(1)).toEqual([]);
});

it("says at /tonghop sua's start on a campaign closed refusing late reports with none in that no unit's figures will come, not that they will be filled in", async () => {
  await openCampaignInChat(server.post, "Đợt mới", "refuse");
  expect(text(await server.post(OFFICERS, KHA, "/dotbaocao dong 2 chac"))).toMatch(/^Đã đóng đợt báo cáo/);
  const said = await server.post(OFFICERS, KHA, "/tonghop sua 2");
  expect(said[0]!.text).toMatch(/^Bắt đầu báo cáo "Đợt mới"/);
  expect(said[1]!.text).toBe(
    "Lưu ý: đợt 2 đã đóng (không nhận báo cáo nộp muộn) và không có đơn vị nào nộp báo cáo nên báo cáo tổng hợp không có số liệu từ đơn vị; các câu lấy số liệu từ đơn vị sẽ không được tự động điền (muốn tự nhập câu nào, gõ /sua N). Gõ /trangthai 2 để xem tình hình các đơn vị.",
  );
  expect(text(said.slice(2))).toMatch(/^Câu 7\/15 — /);
  // /xem marks those questions the same way, not "when a unit submits".
  const review = text(await server.post(OFFICERS, KHA, "/xem"));
  expect(review).toContain("1. Công tác tuyên truyền đã thực hiện (mỗi dòng một ý)? [không có đơn vị nộp để tổng hợp]\n");
  expect(review).not.toContain("khi có đơn vị nộp");
});

it("goes back with /quaylai, no unit in, only to the officer's own questions: from question 7 it says there is none before and asks 7 again", async () => {
  await server.post(OFFICERS, KHA, "/tonghop sua");
  const back = await server.post(OFFICERS, KHA, "/quaylai");
  expect(back[0]!.text).toBe("Đây đã là câu đầu tiên cán bộ cần viết; các câu trước đó lấy số liệu từ báo cáo của các đơn vị.");
  // At /quaylai the total counts one question more (16) than at the opening and the next question (15): the step back reads the report without the units' empty figures, so a question hanging on one is undecided. Left as is (a unit answering this template directly is asked those questions).
  expect(text(back.slice(1))).toMatch(/^Câu 7\/16 — [^\n]*\nƯu điểm/);
  expect(text(back)).not.toContain("[tự động tổng hợp khi có đơn vị nộp]");
  // The answer typed next is question 7's, no entry over a unit-sourced question.
  expect(text(await server.post(OFFICERS, KHA, "Các trường hưởng ứng tích cực"))).toMatch(/^Câu 8\/15 — /);
  expect(await server.repos.consolidation.editedFields(1)).toEqual([]);
  // From question 8, back to question 7, the officer's own one before it.
  expect(text(await server.post(OFFICERS, KHA, "/quaylai"))).toMatch(/^Câu 7\/16 — [^\n]*\nƯu điểm/);
});
