/**
 * A unit asking, in its group, to correct the report of another campaign than the one the chat
 * works on ("em muốn sửa báo cáo đợt trước"): told how, or whom to ask when that campaign is closed,
 * and nothing is stored. It got no reply before the new report was started, and was stored as the
 * answer to the question asked once it was.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { submitThenOpenNext } from "../helpers/next-campaign.ts";
import { type BotMessage, HOA, LIEN_CHAU, MINH, useTestApps } from "../helpers/build-test-app.ts";

const texts = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");
const apps = useTestApps();
const SECOND = "Tuần lễ học tập suốt đời 2027";
const THIS_ONE = `Nhóm đang làm báo cáo "${SECOND}"`;

describe("a correction asked for of another campaign's report", () => {
  it("says how (/baocao N) or, that campaign closed, whom to ask; the question asked is repeated and nothing is stored as its answer", async () => {
    const app = await apps.start();
    const { post, repos, database } = app;
    const { db, tables } = database;
    const { first, second, units, submitted } = await submitThenOpenNext(app, SECOND);
    expect(texts(submitted)).toMatch(/Đã nộp báo cáo/);
    const how = `${THIS_ONE}. Để sửa báo cáo đợt 1 "${first.title}", gõ /baocao 1, rồi gõ "sửa câu <số câu>: <câu trả lời mới>" và /nop để nộp lại.`;

    // Before the new report is started (it passed in silence as the group's talk).
    expect(texts(await post(LIEN_CHAU, MINH, "em muốn sửa báo cáo đợt trước ạ"))).toBe(how);
    await post(LIEN_CHAU, HOA, "/baocao");
    const started = texts(await post(LIEN_CHAU, HOA, "Không"));
    expect(started).toMatch(/Câu 1\/21/);
    // At a question: told, the question again, nothing stored (it was stored as question 1's answer).
    const asked = await post(LIEN_CHAU, MINH, "sửa báo cáo đợt 1 kiểu gì ạ");
    expect(asked[0]!.text).toBe(how);
    expect(texts(asked.slice(1))).toMatch(/^Câu 1\/21/);
    const submission = await repos.submissions.find(second.id, units.find((u) => u.code === "TH-LIEN-CHAU")!.id);
    expect(await repos.submissions.listAnswers(submission!.id)).toEqual([]);
    // A campaign the unit was never in, typed without marks.
    expect(texts(await post(LIEN_CHAU, MINH, "cho em sua bao cao dot 7"))).toMatch(new RegExp(`^Đơn vị không có báo cáo đợt 7\\. ${THIS_ONE}; để sửa một câu của báo cáo này, gõ "sửa câu <số câu>: <câu trả lời mới>"\\.\\n---\\nCâu 1/21`));

    // The first campaign closed, refusing late reports: its submitted report is kept; the officers are named.
    await db.update(tables.campaigns).set({ status: "closed", latePolicy: "refuse" }).where(eq(tables.campaigns.id, first.id));
    expect((await post(LIEN_CHAU, HOA, "em cần chỉnh sửa lại bc năm ngoái"))[0]!.text).toBe(
      `Báo cáo đợt 1 "${first.title}" đã nộp và đợt đã đóng, nên đơn vị không tự sửa được nữa; nếu cần sửa, vui lòng liên hệ cán bộ phụ trách của ${first.issuerName} để được trả lại báo cáo.`,
    );
    expect(await repos.submissions.listAnswers(submission!.id)).toEqual([]);

    // Answers that hold the words are answers: repairs ("sửa chữa", "sửa 3 phòng học"), and a request about this campaign.
    expect(texts(await post(LIEN_CHAU, HOA, "Cần sửa chữa thư viện đợt trước"))).toMatch(/Câu 2\/21/);
    expect(texts(await post(LIEN_CHAU, HOA, "Sửa 3 phòng học trong đợt 1"))).toMatch(/Câu 3\/21/);
    expect((await repos.submissions.listAnswers(submission!.id)).map((a) => a.value)).toEqual(["Cần sửa chữa thư viện đợt trước", "Sửa 3 phòng học trong đợt 1"]);
    expect(texts(await post(LIEN_CHAU, HOA, `em muốn sửa câu 1 đợt ${second.id}`))).not.toMatch(/Để sửa báo cáo đợt/);
  });
});
