/**
 * /them N (thêm): one more item added to a list, or a row to a table, without the whole answer
 * typed again with /sua N. Through the local chat on real SQLite (the demo's list, question 7),
 * and as an engine transcript for a table (no built-in report type has one).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HOA, LIEN_CHAU, MINH, replyText, useTestApps } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { createTranscript } from "../helpers/report-transcript.ts";
import { tableTemplate } from "../helpers/table-template.ts";

const { server, storedAnswers, reportAt, setNow } = useDemoReport();
const apps = useTestApps();

const TWO_ACTIVITIES = ["Tổ chức Hội sách", "Tổ chức các sân chơi trực tuyến cho học sinh"];

describe("/them N on a list", () => {
  it("adds the item typed after the number, says what it added and how many the list now has, and asks question 8 again", async () => {
    await reportAt(8);
    const reply = replyText(await server.post(LIEN_CHAU, HOA, "/them 7 Thi kể chuyện về sách"));
    expect(reply).toMatch(/^Đã thêm 1 mục vào câu 7 \(nay có 3 mục\):\n- Thi kể chuyện về sách\n---\nCâu 8\/\d+ /);
    expect((await storedAnswers()).activities).toEqual([...TWO_ACTIVITIES, "Thi kể chuyện về sách"]);
  });

  it("adds items sent on the lines after the command, one per line", async () => {
    await reportAt(9);
    const reply = replyText(await server.post(LIEN_CHAU, HOA, "/them 7\n- Trưng bày sách mới\n- Giao lưu tác giả"));
    expect(reply).toMatch(/^Đã thêm 2 mục vào câu 7 \(nay có 4 mục\):\n- Trưng bày sách mới\n- Giao lưu tác giả\n---\nCâu 9\/\d+ /);
    expect((await storedAnswers()).activities).toEqual([...TWO_ACTIVITIES, "Trưng bày sách mới", "Giao lưu tác giả"]);
    // Question 8's answer is untouched and 9 stays the question asked.
    expect((await storedAnswers()).training_sessions).toBe(6);
  });

  it("reads \"thêm câu 7: …\" typed as /them 7", async () => {
    await reportAt(8);
    const reply = replyText(await server.post(LIEN_CHAU, HOA, "thêm câu 7: Đọc sách cùng bố mẹ"));
    expect(reply).toMatch(/^Đã thêm 1 mục vào câu 7 \(nay có 3 mục\):\n- Đọc sách cùng bố mẹ\n---\nCâu 8\/\d+ /);
    expect((await storedAnswers()).activities).toEqual([...TWO_ACTIVITIES, "Đọc sách cùng bố mẹ"]);
  });

  it("refuses a question that is no list or table, says /sua N is for it, and stores nothing", async () => {
    await reportAt(9);
    const reply = replyText(await server.post(LIEN_CHAU, HOA, "/them 8 7"));
    expect(reply).toMatch(/^Câu 8 không phải là danh sách hay bảng[\s\S]*\/them chỉ dùng cho[\s\S]*gõ \/sua 8\.\n---\nCâu 9\/\d+ /);
    expect((await storedAnswers()).training_sessions).toBe(6);
  });

  it("after the submission adds the item as a correction that waits for /nop", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const reply = replyText(await server.post(LIEN_CHAU, MINH, "/them 7 Thi kể chuyện về sách"));
    expect(reply).toMatch(/^Đã thêm 1 mục vào câu 7 \(nay có 3 mục\):\n- Thi kể chuyện về sách/);
    expect(reply).toMatch(/\/nop/);
    expect((await storedAnswers()).activities).toEqual([...TWO_ACTIVITIES, "Thi kể chuyện về sách"]);
  });

  it("alone asks for the items, and the next message, after a restart on the same database, adds them", async () => {
    const databasePath = join(mkdtempSync(join(tmpdir(), "them-")), "bot.sqlite");
    const first = await apps.start({ databasePath });
    await first.post(LIEN_CHAU, HOA, "/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 8)) await first.post(LIEN_CHAU, HOA, answer);
    const asked = replyText(await first.post(LIEN_CHAU, HOA, "/them 7"));
    expect(asked).toBe(
      "Thêm vào câu 7 «Các hoạt động đã tổ chức trong Tuần lễ (mỗi dòng một hoạt động)».\nĐang có:\n- Tổ chức Hội sách\n- Tổ chức các sân chơi trực tuyến cho học sinh\nGửi các mục cần thêm, mỗi dòng một mục.",
    );
    await apps.stop(first);

    const second = await apps.start({ databasePath });
    const reply = replyText(await second.post(LIEN_CHAU, HOA, "Thi kể chuyện về sách"));
    expect(reply).toMatch(/^Đã thêm 1 mục vào câu 7 \(nay có 3 mục\):\n- Thi kể chuyện về sách\n---\nCâu 9\/\d+ /);
    const stored = Object.fromEntries((await second.repos.submissions.listAnswers(1)).map((a) => [a.fieldId, a.value]));
    expect(stored.activities).toEqual([...TWO_ACTIVITIES, "Thi kể chuyện về sách"]);
    // The wait is over: the next message answers question 9 again.
    expect(replyText(await second.post(LIEN_CHAU, HOA, "290"))).toMatch(/Câu 10\/\d+ /);
  });

  it("alone, takes only its asker's next message as the items: a colleague's talk meanwhile is not stored in the list", async () => {
    await reportAt(9);
    await server.post(LIEN_CHAU, HOA, "/them 7");
    await server.post(LIEN_CHAU, MINH, "Chiều nay 3 giờ cả trường họp hội đồng nhé");
    expect((await storedAnswers()).activities).toEqual(TWO_ACTIVITIES);
    expect(replyText(await server.post(LIEN_CHAU, HOA, "Thi kể chuyện về sách"))).toMatch(/^Đã thêm 1 mục vào câu 7 \(nay có 3 mục\)/);
    expect((await storedAnswers()).activities).toEqual([...TWO_ACTIVITIES, "Thi kể chuyện về sách"]);
  });

  it("alone, drops the wait after ten minutes: the asker's next text answers the question asked", async () => {
    await reportAt(9);
    await server.post(LIEN_CHAU, HOA, "/them 7");
    setNow(new Date("2026-10-08T03:26:00Z"));
    expect(replyText(await server.post(LIEN_CHAU, HOA, "290"))).toMatch(/Câu 10\/\d+ /);
    expect((await storedAnswers()).activities).toEqual(TWO_ACTIVITIES);
  });

  it("alone, followed by a command, drops the wait: the next text answers the question asked", async () => {
    await reportAt(8);
    await server.post(LIEN_CHAU, HOA, "/them 7");
    await server.post(LIEN_CHAU, HOA, "/xem");
    expect(replyText(await server.post(LIEN_CHAU, HOA, "6"))).toMatch(/Câu 9\/\d+ /);
    expect((await storedAnswers()).activities).toEqual(TWO_ACTIVITIES);
  });
});

describe("/them N on a table", () => {
  const answered = () => {
    const t = createTranscript(tableTemplate());
    t.say("/baocao");
    t.say("Hội sách; 2; 120; 3,5; 95; 02/10/2026");
    return t;
  };

  it("adds a row with the table's columns and stores the whole table in one step", () => {
    const t = answered();
    const reply = t.say("/them 1 Thi kể chuyện; 1; 40; 2; 90; 03/10/2026");
    expect(reply).toMatch(/^Đã thêm 1 dòng vào bảng câu 1 \(nay có 2 dòng\):\n/);
    expect(reply).toMatch(/Câu 2\/3 /);
    expect(t.state.answers.activities).toEqual({
      rows: [
        { name: "Hội sách", sessions: 2, participants: 120, hours: 3.5, satisfied: 95, held_on: "2026-10-02" },
        { name: "Thi kể chuyện", sessions: 1, participants: 40, hours: 2, satisfied: 90, held_on: "2026-10-03" },
      ],
    });
    expect(t.effects.filter((e) => e.type === "save-answer" && e.fieldId === "activities")).toHaveLength(2);
  });

  it("refuses a row without the table's columns, keeps the table and the question asked", () => {
    const t = answered();
    const before = t.state.answers.activities;
    const reply = t.say("/them 1 Khối 3; 98");
    expect(reply).toMatch(/^Chưa thêm gì vào câu 1: bảng vẫn giữ các dòng đã có\.\n[\s\S]*Dòng 1 có 2 ô, cần 6 ô[\s\S]*Câu 2\/3 /);
    expect(t.state.answers.activities).toEqual(before);
    expect(t.state.fieldId).toBe("note");
  });
});
