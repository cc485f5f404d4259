import { describe, expect, it } from "vitest";
import { REPORT_STATE_VERSION, reportStateJson, restoreReportState, restoreState, STATE_VERSION } from "../../src/conversation/conversation-state.ts";
import { parseUserInput } from "../../src/conversation/user-input.ts";
import { FULL_REPORT_ANSWERS, FULL_REPORT_QUESTION_COUNT } from "../helpers/full-report.ts";
import { createTranscript, sectionTemplate } from "../helpers/report-transcript.ts";
import { templateSchema } from "../../src/templates/template-schema.ts";

/** Starts a report and answers the first `n` questions of the full report. */
function answered(n: number) {
  const t = createTranscript();
  t.say("/baocao");
  for (const answer of FULL_REPORT_ANSWERS.slice(0, n)) t.say(answer);
  return t;
}

describe("a whole report", () => {
  it("asks every question in order with its progress, then submits after confirmation", () => {
    const t = createTranscript();
    expect(t.say("/baocao")).toMatch(/Bắt đầu "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời" của Trường Tiểu học Liên Châu[\s\S]*Câu 1\/21 — I\.1\. Công tác chỉ đạo\nKế hoạch tổ chức Tuần lễ/);
    // Questions some answers rule out are counted until then: the count may shrink, and the greeting says so.
    expect(t.lastReplies[0]).toMatchObject({ text: expect.stringContaining("Có 21 câu hỏi (có thể bớt vài câu tùy theo câu trả lời);") });
    const progress: string[] = [];
    for (const answer of FULL_REPORT_ANSWERS) {
      const reply = t.say(answer);
      progress.push(/Câu (\d+\/\d+)/.exec(reply)?.[1] ?? reply.split("\n")[0]!);
    }
    // The opening's date and the participants were counted from the start: "Có" and 6 keep the total.
    expect(progress.slice(0, 6)).toEqual(["2/21", "3/21", "4/21", "5/21", "6/21", "7/21"]);
    expect(progress.slice(7, 9)).toEqual(["9/21", "10/21"]);
    expect(progress.at(-1)).toMatch(/Đã trả lời xong/);
    const confirm = t.say("/nop");
    expect(confirm).toMatch(/^Xem lại "Báo cáo/);
    expect(confirm).toMatch(/10\. Số lượt bạn đọc[^\n]*\n2\.000/);
    expect(confirm).toMatch(/12\. Tỉ lệ[^\n]*\n95,5%/);
    expect(confirm).toMatch(/Xác nhận nộp báo cáo\?/);
    expect(t.lastReplies.at(-1)).toMatchObject({ choices: ["Có", "Không"] });
    expect(t.say("Có")).toMatch(/Đã nộp báo cáo lúc 10:15 ngày 08\/10\/2026/);
    const submit = t.effects.find((e) => e.type === "submit");
    expect(submit).toMatchObject({ version: 1, answers: { readers_served: 2000, opening_date: "2026-10-02", signer_authority: null } });
    expect(t.state.phase).toBe("submitted");
  });

  it("records one save-answer effect per accepted answer", () => {
    const t = answered(3);
    expect(t.effects).toEqual([
      { type: "save-answer", fieldId: "plan_reference", value: FULL_REPORT_ANSWERS[0] },
      { type: "save-answer", fieldId: "propaganda", value: FULL_REPORT_ANSWERS[1] },
      { type: "save-answer", fieldId: "propaganda_channels", value: ["Băng rôn, khẩu hiệu, áp phích", "Trang thông tin điện tử"] },
    ]);
  });
});

describe("an earlier question left unanswered", () => {
  it("is asked once the last one is answered, saying it was left", () => {
    const t = createTranscript();
    t.say("/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 3)) t.say(answer);
    // "nộp" at the optional question 4 goes to the first required question missing, past it.
    expect(t.say("/nop")).not.toMatch(/Câu 4\//);
    for (const answer of FULL_REPORT_ANSWERS.slice(4)) t.say(answer);
    expect(t.state.fieldId).toBe("slogans");
    expect(t.lastReplies.map((r) => (r.kind === "text" ? r.text : "")).join("\n---\n")).toMatch(/^Còn câu 4 chưa trả lời:\n---\nCâu 4\/21/);
  });

  it("names every one left when there are several: a run of three or more as a range", () => {
    const t = createTranscript();
    t.say("/baocao");
    t.say(FULL_REPORT_ANSWERS[0]!);
    // Questions 2 and 3 left by "/sua 5", then 6-8 by "/sua 9", then the rest answered.
    t.say("/sua 4");
    for (const answer of FULL_REPORT_ANSWERS.slice(3, 5)) t.say(answer);
    t.say("/sua 9");
    for (const answer of FULL_REPORT_ANSWERS.slice(8)) t.say(answer);
    expect(t.lastReplies.map((r) => (r.kind === "text" ? r.text : "")).join("\n---\n")).toMatch(/^Còn câu 2, 3 và 6–8 chưa trả lời:\n---\nCâu 2\/\d+ /);
  });
});

describe("a date typed with the yes that brings its question", () => {
  it("answers the date question too: 'có, khai mạc ngày 3/10/2026' to the opening; a date that does not read is asked", () => {
    const t = createTranscript();
    t.say("/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) t.say(answer);
    // Said stored, with its question: the date question itself was never seen.
    expect(t.say("có, khai mạc ngày 3/10/2026")).toMatch(/^Đã lưu câu 6 «Lễ khai mạc được tổ chức vào ngày nào»: 03\/10\/2026\n---\nCâu 7\/\d+/);
    expect(t.effects.slice(-2)).toEqual([
      { type: "save-answer", fieldId: "held_opening", value: true },
      { type: "save-answer", fieldId: "opening_date", value: "2026-10-03" },
    ]);
    // "ạ" after the yes, and the date without its year (this year's, said).
    const s = createTranscript();
    s.say("/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) s.say(answer);
    expect(s.say("Có tổ chức ạ, ngày 3/10")).toMatch(/^Đã hiểu là ngày 03\/10\/2026\.[^\n]*\n---\nCâu 7\//);
    expect(s.state.answers).toMatchObject({ held_opening: true, opening_date: "2026-10-03" });
    // The hour after the date is no part of it (the question asks the day).
    const h = createTranscript();
    h.say("/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) h.say(answer);
    expect(h.say("co a, to chuc ngay 3/10 luc 8h")).toMatch(/^Đã hiểu là ngày 03\/10\/2026\.[^\n]*\n---\nCâu 7\//);
    expect(h.state.answers).toMatchObject({ held_opening: true, opening_date: "2026-10-03" });
    // The part of the day and the day of the week before the date ("sáng thứ 2 ngày 5/10/2026", a Monday).
    const m = createTranscript();
    m.say("/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) m.say(answer);
    expect(m.say("có, khai mạc sáng thứ 2 ngày 5/10/2026")).toMatch(/^Đã lưu câu 6 [^\n]*: 05\/10\/2026\n---\nCâu 7\//);
    expect(m.state.answers).toMatchObject({ held_opening: true, opening_date: "2026-10-05" });
    // "tôi" folds as "tối", "sáng nay" names no date: the date's question is asked, nothing refused.
    for (const typed of ["Có, tôi đã tổ chức rồi", "Có, sáng nay"]) {
      const n = createTranscript();
      n.say("/baocao");
      for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) n.say(answer);
      expect(n.say(typed), typed).toMatch(/^Câu 6\/\d+ — [^\n]*\nLễ khai mạc được tổ chức vào ngày nào\?/);
    }
    const u = createTranscript();
    u.say("/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) u.say(answer);
    // 31/9 is no day: the date's question is asked, with the yes kept and said so.
    expect(u.say("Có, ngày 31/9/2026")).toMatch(/^Đã lưu câu 5 «[^»]+»: Có\n---\nTháng 9 năm 2026 chỉ có 30 ngày\. Vui lòng kiểm tra lại ngày\.\n---\nCâu 6\/\d+/);
    expect(u.state.fieldId).toBe("opening_date");
    expect(u.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "held_opening", value: true });
    // A correction's own notices stay before the refusal ("Đã sửa", not "Đã lưu").
    const c = createTranscript();
    c.say("/baocao");
    for (const answer of FULL_REPORT_ANSWERS) c.say(answer);
    c.say("/sua 5 Không");
    expect(c.say("/sua 5 có ạ, ngày 31/11/2026")).toMatch(/^Đã sửa câu 5 [^\n]*: Có[\s\S]*Tháng 11 năm 2026 chỉ có 30 ngày/);
    // Read as the date question reads it: a day of the week that is not the date's, a range, a
    // plan's date after other words: never stored as the opening.
    for (const [typed, asked] of [["Có, thứ ba 3/10/2026", /ngày này là thứ Bảy/], ["Có, ngày 2-3/10/2026", /Câu 6\//], ["Có, từ 1/10 đến 7/10/2026", /^Câu 6\//], ["Có, theo KH số 12/KH-THLC ngày 25/9/2026", /^Câu 6\//]] as const) {
      const v = createTranscript();
      v.say("/baocao");
      for (const answer of FULL_REPORT_ANSWERS.slice(0, 4)) v.say(answer);
      expect(v.say(typed), typed).toMatch(asked);
      expect(v.state.fieldId, typed).toBe("opening_date");
      expect(v.effects.filter((e) => e.type === "save-answer" && e.fieldId === "opening_date"), typed).toEqual([]);
    }
    // With its date answered already, the yes given again with a date corrects it, said.
    const w = createTranscript();
    w.say("/baocao");
    for (const answer of FULL_REPORT_ANSWERS) w.say(answer);
    expect(w.say("/sua 5 Có, khai mạc ngày 5/10/2026")).toMatch(/Đã sửa câu 6 «[^»]+»: 05\/10\/2026/);
    expect(w.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "opening_date", value: "2026-10-05" });
  });
});

describe("a question hidden by an edit, then shown again", () => {
  it("is asked again, its old answer removed: it was given for another case", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    expect(t.state.phase).toBe("complete");
    expect(t.state.answers.training_participants).toBe(290);
    // No training: the participants' question goes.
    t.say("/sua 8");
    expect(t.say("0")).toMatch(/Đã trả lời xong/);
    // Training again: how many took part is asked, not taken from the answer given for 6 sessions.
    t.say("/sua 8");
    const effects = t.effects.length;
    expect(t.say("3")).toMatch(/^Đã sửa câu 8 «[^»]+»: 3\n---\nCâu 9\/21 — [^\n]*\nTổng số lượt cán bộ, giáo viên tham gia/);
    expect(t.effects.slice(effects)).toEqual([
      { type: "save-answer", fieldId: "training_sessions", value: 3 },
      { type: "remove-answer", fieldId: "training_participants" },
    ]);
    expect(t.state.answers.training_participants).toBeUndefined();
    expect(t.say("45")).toMatch(/Đã trả lời xong/);
  });

  it("is asked again too when the message that answered is edited (Telegram) instead of /sua", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    t.edit("training_sessions", "0");
    const effects = t.effects.length;
    expect(t.edit("training_sessions", "3")).toMatch(/^Đã cập nhật câu trả lời cho câu 8 theo tin nhắn bạn vừa sửa\.\n---\nCâu 9\/21 — [^\n]*\nTổng số lượt cán bộ, giáo viên tham gia/);
    expect(t.effects.slice(effects)).toEqual([
      { type: "save-answer", fieldId: "training_sessions", value: 3 },
      { type: "remove-answer", fieldId: "training_participants" },
    ]);
    expect(t.state).toMatchObject({ phase: "asking", fieldId: "training_participants" });
  });

  it("after a submission, an edited answer waits to be submitted again, and /nop sends it as version 2", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    t.say("/nop");
    t.say("Có");
    expect(t.edit("readers_served", "2500")).toMatch(/^Đã cập nhật câu trả lời cho câu 10 theo tin nhắn bạn vừa sửa\.\n---\nĐã trả lời xong\. Bản đã nộp chưa thay đổi cho đến khi gõ \/nop/);
    expect(t.state.phase).toBe("complete");
    expect(t.say("/nop")).toMatch(/Xác nhận nộp báo cáo\?/);
    t.say("Có");
    expect(t.effects.filter((e) => e.type === "submit").at(-1)).toMatchObject({ version: 2, answers: { readers_served: 2500 } });
    // Edited back to what was sent: /nop says there is nothing new, and the report is submitted again.
    t.edit("readers_served", "2000");
    t.edit("readers_served", "2500");
    expect(t.say("/nop")).toMatch(/chưa có thay đổi nào/);
    expect(t.state.phase).toBe("submitted");
  });

  it("reads an answer's message edited to 'bỏ qua' or 'Giữ' as those words, never as the answer", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    const effects = t.effects.length;
    expect(t.edit("propaganda", "Giữ")).toBe("Đã giữ nguyên câu trả lời câu 2.");
    expect(t.edit("propaganda", "bỏ qua")).toBe("Chưa sửa được câu 2: Câu này bắt buộc, không thể bỏ qua.");
    expect(t.effects.length).toBe(effects);
    expect(t.state.answers.propaganda).toBe(FULL_REPORT_ANSWERS[1]);
    // Question 4 may be left out.
    expect(t.edit("slogans", "bỏ qua")).toMatch(/^Đã cập nhật câu trả lời cho câu 4/);
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "slogans", value: null });
  });

  it("keeps an answer still shown when the answer it depends on changes but keeps it shown", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    t.say("/sua 8");
    const effects = t.effects.length;
    expect(t.say("10")).toMatch(/Đã trả lời xong/);
    expect(t.effects.slice(effects)).toEqual([{ type: "save-answer", fieldId: "training_sessions", value: 10 }]);
    expect(t.state.answers.training_participants).toBe(290);
  });
});

describe("\"Giữ\" on a question", () => {
  it("asked again by /sua or /quaylai keeps its answer and goes on, storing nothing; with no answer to keep it is refused, not stored", () => {
    const t = answered(3);
    expect(t.say("/sua 1")).toMatch(/Câu trả lời hiện tại: [^\n]+\nGõ Giữ để giữ nguyên, hoặc gõ câu trả lời mới\./);
    const effects = t.effects.length;
    expect(t.say("Giữ nguyên")).toMatch(/^Đã giữ nguyên câu trả lời câu 1\.\n[\s\S]*Câu 4\/21/);
    expect(t.effects.length).toBe(effects);
    expect(t.state.answers.plan_reference).toBe(FULL_REPORT_ANSWERS[0]);
    // Question 4 has no answer: "giữ" is not one (stored, it would be printed in the report).
    expect(t.say("giữ")).toMatch(/^Câu này chưa có câu trả lời để giữ\. Vui lòng gõ câu trả lời\.\n[\s\S]*Câu 4\/21/);
    expect(t.effects.length).toBe(effects);
    t.say("/quaylai");
    expect(t.say("Giu lai.")).toMatch(/^Đã giữ nguyên câu trả lời câu 3\.\n[\s\S]*Câu 4\/21/);
    expect(t.effects.length).toBe(effects);
    // The same answer typed again is said to be kept too, not passed over in silence.
    expect(t.say(`/sua 1 ${FULL_REPORT_ANSWERS[0]}`)).toMatch(/^Câu 1 đã là «Kế hoạch số 192\/KH-THLC ngày 27\/9\/2026», không cần sửa\.\n---\nCâu 4\/21/);
  });
});

describe("\"Giữ nguyên\" as a choice question's option", () => {
  it("is that answer, not the word that keeps an answer", () => {
    const template = templateSchema.parse({
      key: "k",
      version: 1,
      title: "Báo cáo thử",
      document: { type: "BÁO CÁO", typeCode: "BC", summary: "S" },
      sections: [{ heading: "H", fields: [{ id: "plan", type: "single-choice", prompt: "Kế hoạch năm nay?", options: ["Giữ nguyên", "Điều chỉnh"] }, { id: "note", type: "paragraph", prompt: "Ghi chú?" }] }],
      closing: {},
    });
    const t = createTranscript(template);
    t.say("/baocao");
    expect(t.say("Giữ nguyên")).toMatch(/Ghi chú\?/);
    expect(t.effects).toEqual([{ type: "save-answer", fieldId: "plan", value: "Giữ nguyên" }]);
  });
});

describe("/sua N with the answer in the same message", () => {
  it("answers question N at once ('/sua 10 2.500'), asks it on '/sua câu 10', and refuses a bad answer as the question would", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    expect(t.say("/sua câu 10")).toMatch(/^Câu 10\/21 — [^\n]*\nSố lượt bạn đọc/);
    t.say("2.000");
    expect(t.say("/sua 10 2.500")).toMatch(/Đã trả lời xong/);
    expect(t.state.answers.readers_served).toBe(2500);
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "readers_served", value: 2500 });
    const refused = t.say("/sua 10 nhiều lắm");
    expect(refused).not.toMatch(/Đã trả lời xong/);
    expect(refused).toMatch(/Câu 10\/21/);
    expect(t.state).toMatchObject({ phase: "asking", fieldId: "readers_served" });
    expect(t.state.answers.readers_served).toBe(2500);
  });

  it("never gives the answer to another question: a number out of range or a list of numbers is refused, nothing saved", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    const effects = t.effects.length;
    expect(t.say("/sua 99 2.500")).toMatch(/^Không có câu số này\. Vui lòng chọn từ 1 đến 21/);
    expect(t.say("/sua 3, 5")).toBe("Mỗi lần một câu: gõ /sua 3 kèm câu trả lời, gửi, rồi gõ /sua 5 kèm câu trả lời.");
    expect(t.say("/sua 3-5")).toBe("Mỗi lần một câu: gõ /sua 3 kèm câu trả lời, gửi, rồi gõ /sua 5 kèm câu trả lời.");
    // A figure where the number should be is not taken for two questions.
    expect(t.say("/sua 2.500")).toBe("Vui lòng ghi số câu cần sửa, ví dụ /sua 3.");
    expect(t.effects.length).toBe(effects);
    expect(t.state.phase).toBe("complete");
  });

  it("reads 'bỏ qua' after the number as skipping that question, not as its answer", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    // Question 6, the opening's date, is required: the skip is refused, and the date stays.
    expect(t.say("/sua 6 bỏ qua")).toMatch(/^Câu này bắt buộc, không thể bỏ qua\./);
    expect(t.state.answers.opening_date).toBe("2026-10-02");
  });
});

describe("a date far from today", () => {
  it("is kept, with a note naming it and how to correct it, before the next question", () => {
    const t = answered(5);
    expect(t.say("02/10/2023")).toMatch(/^Đã lưu ngày 02\/10\/2023, cách hôm nay hơn một năm\. Nếu gõ nhầm năm, gõ \/sua 6 để sửa\.\n---\nCâu 7\/21/);
    expect(t.state.answers.opening_date).toBe("2023-10-02");
    t.say("/sua 6");
    expect(t.say("02/10/2026")).toMatch(/^Đã sửa câu 6 «[^»]+»: 02\/10\/2026\n---\nCâu 7\/21/);
  });
});

describe("a correction that hides an answered question", () => {
  it("says which answer left the report and that the questions after it moved up", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    expect(t.say("/sua 8 0")).toMatch(
      /^Đã sửa câu 8 «Số buổi tập huấn, sinh hoạt chuyên đề đã tổ chức»: 0\n---\nCâu 9 «Tổng số lượt cán bộ, giáo viên tham gia các buổi tập huấn…» không còn được hỏi với câu trả lời này: câu trả lời trước \(290\) không đưa vào báo cáo; nếu câu này được hỏi lại, gõ Giữ để dùng lại\.\nCác câu sau đó được đánh số lại\./,
    );
    // A correction that hides nothing says nothing of it.
    expect(t.say("/sua 10 2.100")).not.toMatch(/không còn được hỏi/);
  });

  it("keeps a question's own buttons under an answer offered back, and takes an option named 'Giữ nguyên' as that option", () => {
    const template = sectionTemplate("giu", "Giữ", [
      { id: "co", type: "yes-no", prompt: "Có tổ chức không?" },
      { id: "xu_huong", type: "single-choice", prompt: "Số người so với năm trước?", options: ["Tăng", "Giữ nguyên", "Giảm"], showIf: { field: "co", equals: true } },
      { id: "lap_lai", type: "yes-no", prompt: "Có tổ chức lại không?", showIf: { field: "co", equals: true } },
    ]);
    const t = createTranscript(template);
    for (const text of ["/baocao", "Có", "Tăng", "Có", "/sua 1 Không"]) t.say(text);
    expect(t.say("/sua 1 Có")).toMatch(/Câu trả lời trước đây: Tăng — gõ Giữ để dùng lại/);
    expect(t.lastReplies.at(-1)).toMatchObject({ choices: ["Tăng", "Giữ nguyên", "Giảm", "Giữ"] });
    t.say("Giữ nguyên");
    expect(t.state.answers.xu_huong).toBe("Giữ nguyên");
    expect(t.lastReplies.at(-1)).toMatchObject({ choices: ["Có", "Không", "Giữ"] });
  });

  it("offers the hidden answer back with 'Giữ' when a correction shows its question again (a slip undone), and a new one replaces it", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    expect(t.say("/sua 8 0")).toMatch(/câu trả lời trước \(290\) không đưa vào báo cáo; nếu câu này được hỏi lại, gõ Giữ để dùng lại\./);
    const reshown = t.say("/sua 8 6");
    expect(reshown).toMatch(/^Đã sửa câu 8 [^\n]*: 6\n---\nCâu 9\/21 — [^\n]*\nTổng số lượt cán bộ, giáo viên tham gia[\s\S]*\nCâu trả lời trước đây: 290 — gõ Giữ để dùng lại, hoặc gõ câu trả lời mới$/);
    // Asked again, it holds no answer until kept.
    expect(t.state.answers.training_participants).toBeUndefined();
    expect(t.say("Giữ")).toMatch(/^Đã giữ câu trả lời câu 9: 290\n---\nĐã trả lời xong/);
    expect(t.state.answers.training_participants).toBe(290);
    expect(t.state.earlier).toBeUndefined();
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "training_participants", value: 290 });
    // Shown again by an edited message too (the figure's message edited to 6), it is offered back.
    t.say("/sua 8 0");
    expect(t.edit("training_sessions", "6")).toMatch(/Câu trả lời trước đây: 290 — gõ Giữ để dùng lại/);
    expect(t.say("Giữ")).toMatch(/^Đã giữ câu trả lời câu 9: 290\n---\nĐã trả lời xong/);
    expect(t.state.answers.training_participants).toBe(290);
    // Hidden and shown again once more, a new figure replaces it.
    t.say("/sua 8 0");
    t.say("/sua 8 3");
    expect(t.say("120")).toMatch(/^Đã trả lời xong/);
    expect(t.state.answers.training_participants).toBe(120);
    expect(t.state.earlier).toBeUndefined();
  });
});

describe("a date typed without its year", () => {
  it("takes the year nearest to today and says so, with how to correct it, typed or edited", () => {
    const t = answered(5);
    expect(t.say("2/10")).toMatch(/^Đã hiểu là ngày 02\/10\/2026\. Nếu không phải năm này, gõ: sửa câu 6: <ngày\/tháng\/năm>\.\n---\nCâu 7\/21/);
    expect(t.state.answers.opening_date).toBe("2026-10-02");
    expect(t.edit("opening_date", "ngày 3 tháng 10")).toBe("Đã cập nhật câu trả lời cho câu 6 theo tin nhắn bạn vừa sửa.\n---\nĐã hiểu là ngày 03/10/2026. Nếu không phải năm này, gõ: sửa câu 6: <ngày/tháng/năm>.");
    expect(t.state.answers.opening_date).toBe("2026-10-03");
  });
});

describe("bad answers", () => {
  it("gives the reason and the same question again, and changes nothing", () => {
    const t = answered(7);
    const before = JSON.stringify(t.state);
    const reply = t.say("vài buổi");
    expect(reply).toMatch(/^Vui lòng nhập một số/);
    expect(reply).toMatch(/Câu 8\/21 — I\.2\. Tổ chức các hoạt động\nSố buổi tập huấn/);
    expect(JSON.stringify(t.state)).toBe(before);
    expect(t.effects).toHaveLength(7);
  });

  it("takes a figure written in words as that figure ('sáu buổi' is 6), and asks again for one it cannot read whole", () => {
    const t = answered(7);
    expect(t.say("một trăm hai")).toMatch(/^Chưa rõ số «một trăm hai»[\s\S]*Vui lòng gõ số bằng chữ số[\s\S]*Câu 8\/21/);
    expect(t.say("Sáu buổi")).toMatch(/^Câu 9\//);
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: expect.any(String), value: 6 });
  });

  it("re-asks a date in the same way", () => {
    const t = answered(5);
    expect(t.say("31/02/2026")).toMatch(/^Tháng 2 năm 2026 chỉ có 28 ngày\.[\s\S]*Câu 6\/21[\s\S]*Lễ khai mạc được tổ chức vào ngày nào/);
  });
});

describe("conditions", () => {
  it("skips the opening date when there was no ceremony and the participants when there was no training", () => {
    const t = answered(4);
    expect(t.say("không")).toMatch(/Câu 6\/20 — I\.2\. Tổ chức các hoạt động\nCác hoạt động đã tổ chức/);
    t.say(FULL_REPORT_ANSWERS[6]!);
    expect(t.say("0")).toMatch(/Câu 8\/19\n?[\s\S]*Số lượt bạn đọc/);
  });

  it("hides an answered question again when the answer it depends on changes", () => {
    const t = answered(9);
    t.say("/sua 5");
    expect(t.say("Không")).toMatch(/Đã trả lời xong|Câu/);
    expect(t.say("/xem")).not.toMatch(/Lễ khai mạc được tổ chức vào ngày nào/);
  });
});

describe("commands", () => {
  it("skips optional questions and refuses to skip required ones", () => {
    const t = answered(1);
    expect(t.say("/skip")).toMatch(/^Câu này bắt buộc, không thể bỏ qua\.[\s\S]*Câu 2\/21/);
    t.say(FULL_REPORT_ANSWERS[1]!);
    t.say(FULL_REPORT_ANSWERS[2]!);
    expect(t.say("/boqua")).toMatch(/Câu 5\/21/);
    expect(t.state.answers.slogans).toBeNull();
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "slogans", value: null });
  });

  it("says so when /boqua on a question asked again drops its answer", () => {
    const t = answered(4);
    t.say("/sua 4");
    expect(t.say("/boqua")).toMatch(/^Đã sửa câu 4 «[^»]+»: \(bỏ qua\)\n---\nCâu 5\/21/);
    expect(t.state.answers.slogans).toBeNull();
    // Skipped again, nothing is dropped: nothing said.
    t.say("/sua 4");
    expect(t.say("/boqua")).toMatch(/^Câu 5\/21/);
  });

  it("goes back to the previous question and shows its current answer", () => {
    const t = answered(2);
    expect(t.say("/quaylai")).toMatch(/Câu 2\/21[\s\S]*Câu trả lời hiện tại: Treo băng rôn/);
    expect(t.say("/back")).toMatch(/Câu 1\/21/);
    expect(t.say("/back")).toMatch(/^Đây đã là câu đầu tiên\.[\s\S]*Câu 1\/21/);
  });

  it("edits question N, then continues with the first unanswered question", () => {
    const t = answered(3);
    expect(t.say("/sua 1")).toMatch(/Câu 1\/21[\s\S]*Câu trả lời hiện tại: Kế hoạch số 192/);
    expect(t.say("Kế hoạch số 200/KH-THLC ngày 28/9/2026")).toMatch(/Câu 4\/21/);
    expect(t.state.answers.plan_reference).toBe("Kế hoạch số 200/KH-THLC ngày 28/9/2026");
    expect(t.say("/sua 99")).toMatch(/Không có câu số này\. Hiện có 19 câu \(2 câu nữa chỉ hỏi tùy câu trả lời trước\): chọn từ 1 đến 19/);
    expect(t.say("/sua")).toMatch(/ví dụ \/sua 3/);
    expect(t.state.fieldId).toBe("slogans");
  });

  it("reviews all answers, marking the unanswered (a run of three or more as one line), then repeats the current question", () => {
    const t = answered(2);
    const review = t.say("/xem");
    expect(review).toMatch(/1\. Kế hoạch tổ chức[^\n]*\nKế hoạch số 192/);
    expect(review).toMatch(/\n\n3–19\. \(chưa trả lời 17 câu; \/sua N để trả lời câu N\)\n\n\(Ngoài 19 câu trên còn 2 câu chỉ hỏi tùy câu trả lời trước: tổng cộng 21 câu\.\)\n---\nCâu 3\/21/);
    // Two unanswered in a row keep their questions: 3 and 4, skipped over by /sua 5.
    const gaps = answered(2);
    gaps.say("/sua 5");
    gaps.say("Có");
    const gapped = gaps.say("/xem");
    expect(gapped).toMatch(/\n\n3\. Những kênh tuyên truyền[^\n]*\n\(chưa trả lời\)\n\n4\. [^\n]*\n\(chưa trả lời\)\n\n5\. [^\n]*\nCó\n\n6–20\. \(chưa trả lời 15 câu;/);
  });

  it("cancels only after confirmation, and 'no' resumes where it was", () => {
    const t = answered(3);
    expect(t.say("/huy")).toMatch(/Bạn có chắc không\?/);
    expect(t.say("không")).toMatch(/^Không hủy\. Tiếp tục báo cáo\.[\s\S]*Câu 4\/21/);
    expect(t.state.answers.propaganda).toBeDefined();
    t.say("/cancel");
    expect(t.say("có")).toMatch(/Đã hủy báo cáo/);
    expect(t.state).toEqual({ phase: "idle", answers: {}, submittedVersion: 0 });
    expect(t.effects.at(-1)).toEqual({ type: "clear-answers" });
    expect(t.say("/xem")).toMatch(/Chưa bắt đầu báo cáo/);
  });

  it("refuses to submit while required questions are unanswered and asks the first of them", () => {
    const t = answered(3);
    t.say("/sua 19");
    expect(t.say("/nop")).toMatch(/^Chưa thể nộp: còn câu bắt buộc chưa trả lời \(câu 5, câu 6, câu 7, câu 8, câu 11, câu 12, câu 18, câu 19\)\.[\s\S]*Câu 5\/21/);
    expect(t.effects.some((e) => e.type === "submit")).toBe(false);
  });

  it("returns to editing when the submission is not confirmed", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    t.say("/nop");
    expect(t.say("không")).toMatch(/^Chưa nộp\.[\s\S]*Đã trả lời xong/);
    expect(t.state.phase).toBe("complete");
  });

  it("makes a corrected report a new version after a second submission, saying the sent one is unchanged until then", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    t.say("/nop");
    t.say("có");
    expect(t.say("/nop")).toMatch(/chưa có thay đổi nào/);
    expect(t.say("/huy")).toMatch(/không thể hủy/);
    expect(t.say("/sua 10")).toMatch(/Câu 10\/21/);
    // The correction is stored, and the clerk is told what was sent stays as it was until /nop.
    expect(t.say("2.500")).toBe("Đã sửa câu 10 «Số lượt bạn đọc được thư viện, tủ sách phục vụ trong Tuần lễ»: 2.500\n---\nĐã trả lời xong. Bản đã nộp chưa thay đổi cho đến khi gõ /nop để nộp bản sửa; /xem để xem lại. Muốn sửa, gõ: sửa câu N: <câu trả lời mới>.");
    t.say("/nop");
    expect(t.say("có")).toMatch(/Đã nộp bản sửa lần 1/);
    const submits = t.effects.filter((e) => e.type === "submit");
    expect(submits.map((s) => s.type === "submit" && [s.version, s.answers.readers_served])).toEqual([
      [1, 2000],
      [2, 2500],
    ]);
  });

  it("throws away the corrections made after a submission with /huy, after asking, and goes back to the submitted answers", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    t.say("/nop");
    t.say("có");
    t.say("/sua 10");
    // Asked again but not yet answered: nothing differs from what was sent.
    expect(t.say("/huy")).toMatch(/^Các câu trả lời vẫn giống bản đã nộp: không có sửa đổi nào để bỏ\.\n---\nCâu 10\/21/);
    t.say("2.500");
    t.say("/sua 15");
    t.say("Không có.");
    expect(t.say("/huy")).toBe(
      "Đã sửa sau lần nộp gần nhất: câu 10, câu 15.\n---\nBỏ các sửa đổi chưa nộp và giữ nguyên bản đã nộp? Trả lời Có để bỏ, Không để tiếp tục sửa.",
    );
    expect(t.say("không")).toMatch(/^Không hủy\. Tiếp tục báo cáo\.\n---\nĐã trả lời xong\. Bản đã nộp chưa thay đổi/);
    expect(t.state.answers.readers_served).toBe(2500);
    t.say("/huy");
    expect(t.say("có")).toBe("Đã bỏ các sửa đổi chưa nộp. Báo cáo giữ nguyên bản đã nộp; gõ /xem để xem lại.");
    expect(t.effects.at(-1)).toEqual({ type: "restore-answers", values: { readers_served: 2000, lessons: "Cần phát huy tính chủ động của học sinh." }, removed: [] });
    expect(t.state).toMatchObject({ phase: "submitted", submittedVersion: 1 });
    expect(t.state.answers.readers_served).toBe(2000);
    expect(t.say("/nop")).toMatch(/chưa có thay đổi nào/);
    expect(t.effects.filter((e) => e.type === "submit")).toHaveLength(1);
  });

  it("removes an answer given after the submission to a question the correction revealed", () => {
    const answers = [...FULL_REPORT_ANSWERS];
    answers.splice(4, 2, "Không");
    const t = createTranscript();
    t.say("/baocao");
    for (const answer of answers) t.say(answer);
    t.say("/nop");
    t.say("có");
    t.say("/sua 5");
    t.say("Có");
    expect(t.say("03/10/2026")).toMatch(/Đã trả lời xong/);
    expect(t.say("/huy")).toMatch(/^Đã sửa sau lần nộp gần nhất: câu 5, câu 6\./);
    t.say("có");
    expect(t.effects.at(-1)).toEqual({ type: "restore-answers", values: { held_opening: false }, removed: ["opening_date"] });
    expect(t.state.answers).not.toHaveProperty("opening_date");
  });

  it("keeps a returned report returned when its corrections are thrown away, so it can still be submitted again", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    t.say("/nop");
    t.say("có");
    t.returned();
    t.say("/sua 10");
    t.say("2.500");
    t.say("/huy");
    expect(t.say("có")).toMatch(/^Đã bỏ các sửa đổi chưa nộp: các câu trả lời trở lại như bản đã nộp\. Báo cáo vẫn đang được trả lại để sửa/);
    expect(t.state.phase).toBe("complete");
    // Submitting it unchanged is allowed, after a warning: the officer asked for corrections.
    expect(t.say("/nop")).toMatch(/^Lưu ý: báo cáo được trả lại để sửa nhưng chưa có câu nào khác bản đã nộp\.[\s\S]*Xác nhận nộp báo cáo\?/);
    expect(t.say("có")).toMatch(/Đã nộp bản sửa lần 1/);
  });

  it("submits nothing when a correction put back the answer that was sent", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    t.say("/nop");
    t.say("có");
    t.say("/sua 10");
    t.say("2000");
    expect(t.say("/nop")).toBe("Báo cáo chưa có thay đổi nào kể từ lần nộp trước.");
    expect(t.state.phase).toBe("submitted");
    // A real correction still goes through, with no warning.
    t.say("/sua 10");
    t.say("2100");
    expect(t.say("/nop")).toBe(
      "Bản sửa khác bản đã nộp ở 1 câu:\n\n10. Số lượt bạn đọc được thư viện, tủ sách phục vụ trong Tuần lễ?\nBản đã nộp: 2.000\nBản sửa: 2.100\n\nGõ /xem để xem lại toàn bộ báo cáo.\n---\n" +
        "Xác nhận nộp báo cáo? Trả lời Có để nộp, Không để tiếp tục chỉnh sửa.",
    );
  });

  it("shows a new version's /nop only what changed since the version submitted, a question the correction hid included (it printed all 21 questions again)", () => {
    const t = answered(FULL_REPORT_ANSWERS.length);
    t.say("/nop");
    t.say("có");
    t.say("/sua 5");
    t.say("Không");
    // Question 6, the ceremony's date, no longer applies: the 9th is the 8th now.
    t.say("/sua 8");
    t.say("300");
    const shown = t.say("/nop");
    expect(shown).toBe(
      "Bản sửa khác bản đã nộp ở 3 câu:\n\n" +
        "5. Đơn vị có tổ chức Lễ khai mạc (phát động) Tuần lễ không?\nBản đã nộp: Có\nBản sửa: Không\n\n" +
        "8. Tổng số lượt cán bộ, giáo viên tham gia các buổi tập huấn, sinh hoạt chuyên đề?\nBản đã nộp: 290\nBản sửa: 300\n\n" +
        "Lễ khai mạc được tổ chức vào ngày nào? (không còn trong báo cáo theo các câu trả lời mới)\nBản đã nộp: 02/10/2026\n\n" +
        "Gõ /xem để xem lại toàn bộ báo cáo.\n---\nXác nhận nộp báo cáo? Trả lời Có để nộp, Không để tiếp tục chỉnh sửa.",
    );
    expect(t.say("có")).toMatch(/^Đã nộp bản sửa lần 1/);
  });

  it("answers help and unknown commands with the question being asked, without changing the state", () => {
    const t = answered(1);
    const before = JSON.stringify(t.state);
    const effects = t.effects.length;
    // The command list itself is the service's (it depends on who asks).
    expect(t.say("/trogiup")).toMatch(/^Câu 2\/21/);
    expect(t.say("/xoa")).toMatch(/^Không có lệnh \/xoa\. Gõ \/trogiup để xem các lệnh\.\n---\nCâu 2\/21/);
    expect(JSON.stringify(t.state)).toBe(before);
    expect(t.effects).toHaveLength(effects);
  });

  it("asks for /baocao before anything else", () => {
    const t = createTranscript();
    expect(t.say("xin chào")).toMatch(/Gõ \/baocao để bắt đầu/);
    expect(t.say("/nop")).toMatch(/Chưa bắt đầu báo cáo/);
    expect(t.state.phase).toBe("idle");
  });

  it("resumes a started report with the current question", () => {
    const t = answered(2);
    expect(t.say("/report")).toMatch(/^Tiếp tục "Báo cáo[\s\S]*Câu 3\/21/);
  });

  it("offers the options of a single choice as buttons and accepts them by number or text", () => {
    const t = answered(12);
    expect(t.lastReplies.at(-1)).toMatchObject({ choices: ["Hoàn thành tốt", "Hoàn thành", "Chưa hoàn thành"] });
    expect(t.say("chua hoan thanh")).toMatch(/Câu 14\/21/);
    expect(t.state.answers.self_rating).toBe("Chưa hoàn thành");
  });
});

describe("command parsing", () => {
  it("understands aliases, @botname, case and diacritics", () => {
    expect(parseUserInput("/sua@bao_cao_bot 3")).toEqual({ kind: "command", command: "edit", argument: "3" });
    expect(parseUserInput("/SỬA 3")).toEqual({ kind: "command", command: "edit", argument: "3" });
    // The number typed against the command, as on a phone.
    expect(parseUserInput("/sua9")).toEqual({ kind: "command", command: "edit", argument: "9" });
    expect(parseUserInput("/Sửa12@bao_cao_bot")).toEqual({ kind: "command", command: "edit", argument: "12" });
    expect(parseUserInput("/nộp")).toEqual({ kind: "command", command: "submit", argument: "" });
    expect(parseUserInput("/quaylai")).toEqual({ kind: "command", command: "back", argument: "" });
    expect(parseUserInput("/zzz")).toEqual({ kind: "unknown-command", name: "zzz", argument: "" });
    expect(parseUserInput("12/10")).toEqual({ kind: "text", text: "12/10" });
  });
});

describe("stored state", () => {
  it("round-trips through JSON and refuses an unknown version without losing answers", () => {
    const t = answered(3);
    const json = JSON.stringify(t.state);
    expect(restoreState(json, STATE_VERSION)).toEqual({ state: t.state, reset: false });
    const old = restoreState(json, 99);
    expect(old.reset).toBe(true);
    expect(old.state.phase).toBe("idle");
    expect(old.state.answers).toEqual(t.state.answers);
    expect(restoreState("{broken", STATE_VERSION).reset).toBe(true);
  });

  it("stores a report without its answers and reads them back from the answers table", () => {
    const t = answered(3);
    const json = reportStateJson(t.state);
    expect(JSON.parse(json)).not.toHaveProperty("answers");
    expect(restoreReportState(json, REPORT_STATE_VERSION, t.state.answers)).toEqual({ state: t.state, reset: false });
    // A row of the older version still carries its own answers, and they are the ones read.
    expect(restoreReportState(JSON.stringify(t.state), STATE_VERSION, {})).toEqual({ state: t.state, reset: false });
    // An unreadable lean row keeps the table's answers and restarts the phase.
    const broken = restoreReportState(JSON.stringify({ phase: "nowhere" }), REPORT_STATE_VERSION, t.state.answers);
    expect(broken).toEqual({ state: { phase: "idle", answers: t.state.answers, submittedVersion: 0 }, reset: true });
  });
});

it("keeps the full report's question count in step with the template", () => {
  const t = answered(FULL_REPORT_ANSWERS.length);
  expect(t.say("/xem")).toMatch(new RegExp(`\\n${FULL_REPORT_QUESTION_COUNT}\\. Họ và tên người ký`));
});

describe("a Word file the bot could not read yet", () => {
  it("asks to send it again in a few minutes when too many files were waiting, and leaves the question as it was (asked again)", () => {
    const t = answered(2);
    const before = t.state;
    expect(t.send({ kind: "word-refused", reason: "busy" })).toMatch(/^Bot đang đọc nhiều tệp Word cùng lúc nên chưa đọc tệp này; báo cáo không thay đổi\. Vui lòng gửi lại sau ít phút\.\n---\nCâu 3\//);
    expect(t.state).toEqual(before);
  });
});

describe("a required figure skipped", () => {
  it("says that a figure the unit does not have is typed as 0 (a kindergarten without a library had no way past it)", () => {
    const t = createTranscript();
    t.say("/baocao");
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 9)) t.say(answer);
    expect(t.state.fieldId).toBe("readers_served");
    expect(t.say("/boqua")).toMatch(/^Câu này bắt buộc, không thể bỏ qua\. Câu này cần một số\. Nếu không có, gõ 0\.\n---\nCâu 10\//);
    expect(t.say("0")).toMatch(/^Câu 11\//);
  });
});
