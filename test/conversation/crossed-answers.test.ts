import { describe, expect, it } from "vitest";
import { type ConversationState, conversationStateSchema, INITIAL_STATE } from "../../src/conversation/conversation-state.ts";
import type { OutboundMessage } from "../../src/channels/channel.ts";
import { step } from "../../src/conversation/engine.ts";
import type { Effect, ReportInput } from "../../src/conversation/engine-types.ts";
import { parseUserInput } from "../../src/conversation/user-input.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { checkTemplateData } from "../../src/templates/check-template.ts";
import type { Template } from "../../src/templates/template-schema.ts";
import { builtInTemplate } from "../helpers/report-transcript.ts";

const HOA = { id: "local:u1", name: "Nguyễn Thị Hoa" };
const LAN = { id: "local:u3", name: "Lê Thị Lan" };
const START = Date.parse("2026-10-08T03:15:00Z");

/** Two yes/no questions in a row. */
function yesNoTemplate(): Template {
  const checked = checkTemplateData({
    key: "co-khong",
    title: "Hai câu có/không",
    document: { type: "BÁO CÁO", typeCode: "BC", summary: "Thử" },
    sections: [{ heading: "A", fields: [{ id: "a", type: "yes-no", prompt: "Có A không?" }, { id: "b", type: "yes-no", prompt: "Có B không?" }, { id: "c", type: "short-text", prompt: "Ghi chú?" }] }],
    closing: { fields: [] },
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.template;
}

/** A group's report where each message has its sender and its second (from START), as the service gives them. */
function groupTranscript(template: Template = builtInTemplate()) {
  let state: ConversationState = INITIAL_STATE;
  const effects: Effect[] = [];
  let lastReplies: OutboundMessage[] = [];
  return {
    get state() {
      return state;
    },
    effects,
    get lastReplies() {
      return lastReplies;
    },
    say(sender: ReportInput["sender"], text: string, second: number, extra: Partial<ReportInput> = {}): string {
      const result = step(template, state, { message: parseUserInput(text), sender, unitName: "Trường Tiểu học Liên Châu", timeZone: "Asia/Ho_Chi_Minh", ...extra }, new Date(START + second * 1000));
      state = conversationStateSchema.parse(JSON.parse(JSON.stringify(result.state)));
      effects.push(...result.effects);
      lastReplies = result.replies;
      return result.replies.map((r) => (r.kind === "text" ? r.text : "")).join("\n---\n");
    },
  };
}

/** Hoa has answered up to the sessions' figure (question 8), which both members now answer. */
function atTheSessionsQuestion() {
  const t = groupTranscript();
  t.say(HOA, "/baocao", 0);
  for (const answer of FULL_REPORT_ANSWERS.slice(0, 7)) t.say(HOA, answer, 0);
  expect(t.state.fieldId).toBe("training_sessions");
  return t;
}

const saved = (effects: Effect[], fieldId: string) => effects.filter((e) => e.type === "save-answer" && e.fieldId === fieldId);

describe("two members answering one question at once", () => {
  it("holds another member's same answer that comes seconds after the last one, and Không drops it", () => {
    const t = atTheSessionsQuestion();
    expect(t.say(HOA, "6", 100)).toMatch(/^Câu 9\/21/);
    // Lan typed her answer to question 8 too; it reaches the bot once question 9 is asked. (Typed
    // "6 buổi", it names sessions, which question 9 does not count: figure-unit-word.test.ts.)
    expect(t.say(LAN, "6", 104)).toBe(
      "Nguyễn Thị Hoa vừa trả lời câu 8: 6.\nLê Thị Lan: «6» là câu trả lời cho câu 9 «Tổng số lượt cán bộ, giáo viên tham gia các buổi tập huấn, sinh hoạt chuyên đề»? Trả lời Có để lưu, Không để bỏ tin này.",
    );
    expect(saved(t.effects, "training_participants")).toEqual([]);
    expect(t.state).toMatchObject({ phase: "asking", fieldId: "training_participants", heldAnswer: { text: "6", by: LAN.id } });
    expect(t.say(LAN, "Không", 110)).toMatch(/^Đã bỏ «6»\. Nếu câu 8 cần sửa, gõ: sửa câu 8: <câu trả lời>\.\n---\nCâu 9\/21/);
    expect(t.state.heldAnswer).toBeUndefined();
    expect(saved(t.effects, "training_participants")).toEqual([]);
    // Then question 9 is answered as ever.
    expect(t.say(HOA, "290", 130)).toMatch(/^Câu 10\/21/);
    expect(saved(t.effects, "training_participants")).toEqual([{ type: "save-answer", fieldId: "training_participants", value: 290 }]);
  });

  it("drops the held answer on a 'không' followed by why ('không, em trả lời câu 8 thôi'), whose question number is no figure", () => {
    const t = atTheSessionsQuestion();
    t.say(HOA, "6", 100);
    t.say(LAN, "6", 104);
    expect(t.state.heldAnswer).toMatchObject({ text: "6", by: LAN.id });
    expect(t.say(LAN, "không, em trả lời câu 8 thôi", 110)).toMatch(/^Đã bỏ «6»\. Nếu câu 8 cần sửa, gõ: sửa câu 8: <câu trả lời>\.\n---\nCâu 9\/21/);
    expect(t.state.heldAnswer).toBeUndefined();
    expect(saved(t.effects, "training_participants")).toEqual([]);
    // Typed where question 9 is asked, the "8" of "câu 8" is not offered back as its figure.
    expect(t.say(LAN, "em trả lời câu 8 thôi", 115)).not.toMatch(/ví dụ 8/);
    expect(saved(t.effects, "training_participants")).toEqual([]);
  });

  it("stores the held answer on Có, or when it is typed again, as its author's", () => {
    const t = atTheSessionsQuestion();
    t.say(HOA, "6", 100);
    t.say({ ...LAN, messageId: "12" }, "6", 103);
    // Said stored, as whose, before the next question.
    expect(t.say(HOA, "Có", 106)).toMatch(/^Đã lưu câu trả lời của Lê Thị Lan cho câu 9\.\n---\nCâu 10\/21/);
    // Lan's answer, though Hoa confirmed it, given by her message (whose edit corrects it).
    expect(saved(t.effects, "training_participants")).toEqual([{ type: "save-answer", fieldId: "training_participants", value: 6, by: { ...LAN, messageId: "12" } }]);
    // The stored answer is Lan's: Hoa's same figure right after it is held as well, and typed again, stored.
    expect(t.state.lastAnswer).toMatchObject({ fieldId: "training_participants", by: LAN.id });
    expect(t.say(HOA, "6", 108)).toMatch(/^Lê Thị Lan vừa trả lời câu 9: 6\.\nNguyễn Thị Hoa: «6» là câu trả lời cho câu 10/);
    // Said to Hoa herself: not named to her in the third person.
    expect(t.say(HOA, "6", 112)).toMatch(/^Đã lưu «6» làm câu trả lời cho câu 10\.\n---\nCâu 11\/21/);
    expect(saved(t.effects, "readers_served")).toEqual([{ type: "save-answer", fieldId: "readers_served", value: 6, by: HOA }]);
  });

  it("asks about a held 'không' with Có/Bỏ, as a 'no' again cannot drop it: drops it on Bỏ, stores it on Có or Không", () => {
    const template = yesNoTemplate();
    const storedNo = [{ type: "save-answer", fieldId: "b", value: false, by: LAN }];
    for (const [reply, stored] of [["Bỏ", []], ["Có", storedNo], ["Không", storedNo]] as const) {
      const t = groupTranscript(template);
      t.say(HOA, "/baocao", 0);
      t.say(HOA, "Không", 100);
      expect(t.say(LAN, "không", 102)).toMatch(/Lê Thị Lan: «không» là câu trả lời cho câu 2 «[^»]+»\? Trả lời Có hoặc gõ lại «không» để lưu, Bỏ để bỏ tin này\.$/);
      t.say(HOA, reply, 104);
      expect(saved(t.effects, "b"), reply).toEqual(stored);
    }
  });

  it("reads any other reply to the held answer as the answer, without holding it again", () => {
    const t = atTheSessionsQuestion();
    t.say(HOA, "6", 100);
    t.say(LAN, "6", 102);
    expect(t.say(LAN, "290", 105)).toMatch(/^Câu 10\/21/);
    expect(saved(t.effects, "training_participants")).toEqual([{ type: "save-answer", fieldId: "training_participants", value: 290 }]);
    expect(t.state.heldAnswer).toBeUndefined();
  });

  it("holds another option of the last choice question typed by another member where a text is asked, but not a text of its own", () => {
    const t = groupTranscript();
    t.say(HOA, "/baocao", 0);
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 12)) t.say(HOA, answer, 0);
    expect(t.state.fieldId).toBe("self_rating");
    expect(t.say(HOA, "hoàn thành tốt", 100)).toMatch(/^Câu 14\/21/);
    expect(t.say(LAN, "Hoàn thành", 103)).toMatch(/^Nguyễn Thị Hoa vừa trả lời câu 13: Hoàn thành tốt\.\nLê Thị Lan: «Hoàn thành» là câu trả lời cho câu 14 «[^»]+»\? Trả lời Có để lưu, Không để bỏ tin này\.$/);
    expect(saved(t.effects, "strengths")).toEqual([]);
    t.say(LAN, "Không", 106);
    // A text of its own, at once after, is stored as ever.
    expect(t.say(LAN, "Học sinh tích cực tham gia", 110)).toMatch(/^Câu 15\/21/);
    expect(saved(t.effects, "strengths")).toEqual([{ type: "save-answer", fieldId: "strengths", value: ["Học sinh tích cực tham gia"] }]);
  });

  it("says the held answer is dropped when another member answers instead", () => {
    const t = atTheSessionsQuestion();
    t.say(HOA, "6", 100);
    t.say(LAN, "6", 102);
    expect(t.say(HOA, "290", 105)).toMatch(/^Đã bỏ tin «6» của Lê Thị Lan \(chưa được trả lời Có hay Không\)\.\n---\nCâu 10\/21/);
    expect(saved(t.effects, "training_participants")).toEqual([{ type: "save-answer", fieldId: "training_participants", value: 290 }]);
    expect(t.state.heldAnswer).toBeUndefined();
  });

  it("stores at once: another answer (said where it went), the same member, after the window, a reply to the question, a private chat", () => {
    const cases: [string, string, (t: ReturnType<typeof groupTranscript>) => string][] = [
      ["another member's other figure (members taking turns)", "290", (t) => t.say(LAN, "290", 101)],
      ["same member", "6", (t) => t.say(HOA, "6", 101)],
      ["after the window", "6", (t) => t.say(LAN, "6", 100 + 30)],
      ["reply to question 9", "6", (t) => t.say(LAN, "6", 101, { repliedTo: "training_participants" })],
      ["private chat", "6", (t) => t.say(undefined, "6", 101)],
    ];
    for (const [name, typed, answer] of cases) {
      const t = atTheSessionsQuestion();
      t.say(HOA, "6", 100);
      // Another member's answer just after is said stored, with its question (it may have been meant
      // for the last one), on the next question's own message: no message more.
      const where = name.startsWith("another member") ? "Đã lưu tin vừa gửi làm câu trả lời cho câu 9 «[^»]+»\\. Nếu cần sửa, gõ: sửa câu 9: <câu trả lời>\\.\\n" : "";
      expect(answer(t), name).toMatch(new RegExp(`^${where}Câu 10\\/21`));
      expect(saved(t.effects, "training_participants"), name).toEqual([{ type: "save-answer", fieldId: "training_participants", value: Number(typed) }]);
    }
    // A question asked again by "/sua 8" just after Hoa's answer to 9 is meant by whoever answers it:
    // said once, as a correction (it was also "Đã lưu câu trả lời của Lê Thị Lan cho câu 8").
    const asked = atTheSessionsQuestion();
    asked.say(HOA, "6", 100);
    asked.say(HOA, "290", 100);
    asked.say(LAN, "/sua 8", 101);
    expect(asked.say(LAN, "5", 102)).toMatch(/^Đã sửa câu 8 «[^»]+»: 5\n---\nCâu 10\/21/);
    // Two members taking turns through the whole report, in the same second, are never asked.
    const t = groupTranscript();
    t.say(HOA, "/baocao", 0);
    for (const [i, answer] of FULL_REPORT_ANSWERS.entries()) expect(t.say(i % 2 === 0 ? HOA : LAN, answer, 0)).not.toMatch(/là câu trả lời cho câu/);
    expect(t.state.phase).toBe("complete");
  });

  it("holds another member's same choice typed shortened ('ht tot' after 'hoan thanh tot a'), which was stored as the next question's text", () => {
    const t = groupTranscript();
    t.say(HOA, "/baocao", 0);
    for (const answer of FULL_REPORT_ANSWERS) {
      if (t.state.fieldId === "self_rating") break;
      t.say(HOA, answer, 0);
    }
    expect(t.state.fieldId).toBe("self_rating");
    t.say(LAN, "hoan thanh tot a", 10);
    expect(t.say(HOA, "ht tot", 14)).toMatch(/là câu trả lời cho câu/);
    expect(saved(t.effects, "strengths")).toEqual([]);
  });

  it("says another member's 'ko có ạ' left the question out, once, not 'stored' then 'left out'", () => {
    const t = groupTranscript();
    t.say(HOA, "/baocao", 0);
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 3)) t.say(HOA, answer, 0);
    expect(t.state.fieldId).toBe("slogans");
    const reply = t.say(LAN, "ko có ạ", 5);
    expect(reply).toMatch(/^Theo tin vừa gửi, đã bỏ qua câu 4 «[^»]+» \(không có nội dung để đưa vào báo cáo\)\. Nếu cần trả lời, gõ: sửa câu 4: <câu trả lời>\.\n---\nCâu 5\/21/);
    expect(reply).not.toMatch(/Đã lưu|Đã bỏ qua câu này/);
    expect(saved(t.effects, "slogans")).toEqual([{ type: "save-answer", fieldId: "slogans", value: null }]);
  });

  it("never holds an answer given with its question's number, nor a held figure's Có", () => {
    const t = atTheSessionsQuestion();
    t.say(HOA, "6", 100);
    expect(t.say(LAN, "/sua 9 6", 102)).toMatch(/Câu 10\/21/);
    expect(saved(t.effects, "training_participants")).toEqual([{ type: "save-answer", fieldId: "training_participants", value: 6 }]);

    // Hoa's figure below question 8's is questioned; Lan's Có confirms it.
    const u = atTheSessionsQuestion();
    u.say(HOA, "6", 100);
    expect(u.say(HOA, "5", 101)).toMatch(/xác nhận 5\?/);
    expect(u.say(LAN, "Có", 103)).toMatch(/^Câu 10\/21/);
    // Hoa's figure, though Lan confirmed it.
    expect(saved(u.effects, "training_participants")).toEqual([{ type: "save-answer", fieldId: "training_participants", value: 5, by: HOA }]);
  });

  it("says the answer a question replied to already has, and at the report's end nothing more", () => {
    const t = groupTranscript();
    t.say(HOA, "/baocao", 0);
    for (const answer of FULL_REPORT_ANSWERS) t.say(HOA, answer, 0);
    expect(t.state.phase).toBe("complete");
    // Lan replied to the last question with the same name, at the same moment.
    expect(t.say(LAN, "Nguyễn Văn An", 1, { repliedTo: "signer_name" })).toBe("Câu 21 đã có câu trả lời: Nguyễn Văn An. Muốn đổi, gõ: sửa câu 21: <câu trả lời>.");
    // A button of a question no longer asked, with no answer to say.
    expect(t.say(LAN, "Có", 2, { repliedTo: "confirm-submit" })).toBe("Câu hỏi này đã qua nên câu trả lời chưa được ghi nhận.");
  });

  it("keeps a held answer for the next message only: after a command or a late button the question asked is the plain one, and its Có is the answer", () => {
    for (const interruption of ["/xem", "late button"]) {
      const t = groupTranscript(yesNoTemplate());
      t.say(HOA, "/baocao", 0);
      t.say(HOA, "Không", 100);
      t.say(LAN, "không", 102);
      t.say(HOA, interruption === "/xem" ? "/xem" : "Có", 103, interruption === "/xem" ? {} : { repliedTo: "a" });
      expect(t.state.heldAnswer, interruption).toBeUndefined();
      expect(t.say(HOA, "Có", 104), interruption).toMatch(/^Câu 3\//);
      expect(saved(t.effects, "b"), interruption).toEqual([{ type: "save-answer", fieldId: "b", value: true }]);
    }
  });

  it("holds another member's same skip ('không' to a question just left out), takes the numbered 1 and 2 as its Có and Bỏ, and says when a held answer is dropped unasked", () => {
    const t = groupTranscript();
    t.say(HOA, "/baocao", 0);
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 3)) t.say(HOA, answer, 0);
    expect(t.say(HOA, "không", 100)).toMatch(/^Đã bỏ qua câu này/);
    expect(t.say(LAN, "không", 102)).toMatch(/Lê Thị Lan: «không» là câu trả lời cho câu 5/);
    expect(t.lastReplies.at(-1)).toMatchObject({ choices: ["Có", "Bỏ"] });
    expect(t.lastReplies.at(-1)).not.toHaveProperty("typedChoices");
    // "2" is the numbered Bỏ (Zalo numbers the choices), and "1" the numbered Có.
    expect(t.say(LAN, "2", 104)).toMatch(/^Đã bỏ «không»/);
    expect(saved(t.effects, "held_opening")).toEqual([]);
    const yes = groupTranscript(yesNoTemplate());
    yes.say(HOA, "/baocao", 0);
    yes.say(HOA, "Không", 100);
    yes.say(LAN, "không", 102);
    expect(yes.say(HOA, "1", 104)).toMatch(/^Đã lưu câu trả lời của Lê Thị Lan cho câu 2\.\n---\nCâu 3\//);
    expect(saved(yes.effects, "b")).toEqual([{ type: "save-answer", fieldId: "b", value: false, by: LAN }]);

    const u = atTheSessionsQuestion();
    u.say(HOA, "6", 100);
    u.say(LAN, "6", 102);
    expect(u.say(HOA, "/xem", 104)).toMatch(/^Đã bỏ tin «6» của Lê Thị Lan \(chưa được trả lời Có hay Không\)\./);
  });

  it("measures the half minute by when the messages were sent, not when a backlog was handled", () => {
    const t = atTheSessionsQuestion();
    t.say({ ...HOA, at: START }, "6", 300);
    // Sent a minute after Hoa's, handled the same second (the bot was catching up): not at once.
    expect(t.say({ ...LAN, at: START + 60_000 }, "6", 300)).toMatch(/^Câu 10\/21/);
    expect(saved(t.effects, "training_participants")).toEqual([{ type: "save-answer", fieldId: "training_participants", value: 6 }]);
  });

  it("says nothing of a hidden question's old answer when its message is replied to", () => {
    const t = groupTranscript();
    t.say(HOA, "/baocao", 0);
    for (const answer of FULL_REPORT_ANSWERS.slice(0, 7)) t.say(HOA, answer, 0);
    // "Không" to question 5 hides the opening date (question 6) it had answered.
    t.say(HOA, "/sua 5 Không", 1);
    const reply = t.say(LAN, "03/10/2026", 100, { repliedTo: "opening_date" });
    expect(reply).not.toMatch(/Câu 0/);
    expect(reply).toMatch(/^Tin nhắn này trả lời một câu hỏi cũ/);
  });

  it("drops a held answer once its question is left", () => {
    const t = atTheSessionsQuestion();
    t.say(HOA, "6", 100);
    t.say(LAN, "6", 102);
    expect(t.say(HOA, "/quaylai", 104)).toMatch(/Câu 8\/21/);
    expect(t.state.heldAnswer).toBeUndefined();
    expect(saved(t.effects, "training_participants")).toEqual([]);
  });

  it("answers the question itself, setting the held answer aside, when its own button is pressed or it is corrected by number", () => {
    const template = yesNoTemplate();
    // Hoa presses Có under question 2 itself (a reply to its message), not under the question about Lan's "không".
    const pressed = groupTranscript(template);
    pressed.say(HOA, "/baocao", 0);
    pressed.say(HOA, "Không", 100);
    expect(pressed.say(LAN, "không", 102)).toMatch(/là câu trả lời cho câu 2/);
    expect(pressed.lastReplies.at(-1)).toMatchObject({ questionId: "held:b" });
    expect(pressed.say(HOA, "Có", 104, { repliedTo: "b" })).toMatch(/^Đã bỏ tin «không» của Lê Thị Lan .*\n---\nCâu 3\//s);
    expect(saved(pressed.effects, "b")).toEqual([{ type: "save-answer", fieldId: "b", value: true }]);
    // A press on the held question's own Có is its confirmation; a late one is an old question's.
    const confirmed = groupTranscript(template);
    confirmed.say(HOA, "/baocao", 0);
    confirmed.say(HOA, "Không", 100);
    confirmed.say(LAN, "không", 102);
    expect(confirmed.say(HOA, "Có", 104, { repliedTo: "held:b" })).toMatch(/^Đã lưu câu trả lời của Lê Thị Lan cho câu 2\.\n---\nCâu 3\//);
    expect(saved(confirmed.effects, "b")).toEqual([{ type: "save-answer", fieldId: "b", value: false, by: LAN }]);
    expect(confirmed.say(HOA, "Có", 105, { repliedTo: "held:b" })).toMatch(/^Tin nhắn này trả lời một câu hỏi/);
    expect(saved(confirmed.effects, "b")).toHaveLength(1);
    // "/sua 2 Có" and "/sua 9 1" name the question: their answers, not the reply to the held one.
    const named = groupTranscript(template);
    named.say(HOA, "/baocao", 0);
    named.say(HOA, "Không", 100);
    named.say(LAN, "không", 102);
    expect(named.say(HOA, "/sua 2 Có", 104)).toMatch(/^Đã bỏ tin «không» của Lê Thị Lan/);
    expect(saved(named.effects, "b")).toEqual([{ type: "save-answer", fieldId: "b", value: true }]);
    for (const figure of ["1", "2"]) {
      const t = atTheSessionsQuestion();
      t.say(HOA, "6", 100);
      t.say(LAN, "6", 102);
      // Below question 8's 6 sessions, the figure named is questioned: it is the one asked about, not Lan's 6.
      expect(t.say(HOA, `/sua 9 ${figure}`, 104), figure).toMatch(new RegExp(`^Đã bỏ tin «6» của Lê Thị Lan .*xác nhận ${figure}\\?`, "s"));
      expect(saved(t.effects, "training_participants"), figure).toEqual([]);
      expect(t.say(HOA, "Có", 106), figure).toMatch(/^Câu 10\/21/);
      expect(saved(t.effects, "training_participants"), figure).toEqual([{ type: "save-answer", fieldId: "training_participants", value: Number(figure) }]);
    }
  });

  it("holds another member's same figure when it is also doubtful, and keeps it theirs through both confirmations", () => {
    const previous = { campaignTitle: "2025", answers: { training_participants: 290 } };
    const t = atTheSessionsQuestion();
    t.say(HOA, "6", 100, { previous });
    // 6 is far from last year's 290 for question 9: but first, it is question 8's answer again.
    expect(t.say({ ...LAN, messageId: "12" }, "6", 102, { previous })).toMatch(/Lê Thị Lan: «6» là câu trả lời cho câu 9/);
    expect(t.say(HOA, "Có", 104, { previous })).toMatch(/Đợt trước đơn vị báo cáo 290; xác nhận 6\?/);
    expect(t.say(HOA, "Có", 106, { previous })).toMatch(/^Câu 10\/21/);
    expect(saved(t.effects, "training_participants")).toEqual([{ type: "save-answer", fieldId: "training_participants", value: 6, by: { ...LAN, messageId: "12" } }]);
  });

  it("names the figure's author as the last to answer once another member confirmed it, and keeps an author's own confirmed figure tied to its message", () => {
    const t = atTheSessionsQuestion();
    t.say(HOA, "6", 100);
    t.say({ ...HOA, messageId: "20" }, "5", 101);
    t.say(LAN, "Có", 103);
    expect(t.state.lastAnswer).toMatchObject({ fieldId: "training_participants", by: HOA.id, name: HOA.name });
    // Hoa's next "5" is her own answer to question 10, not a crossing of Lan's.
    expect(t.say(HOA, "5", 105)).toMatch(/^Câu 11\/21/);
    const own = atTheSessionsQuestion();
    own.say(HOA, "6", 100);
    own.say({ ...HOA, messageId: "20" }, "5", 101);
    own.say({ ...HOA, messageId: "21" }, "Có", 103);
    expect(saved(own.effects, "training_participants")).toEqual([{ type: "save-answer", fieldId: "training_participants", value: 5, by: { ...HOA, messageId: "20" } }]);
  });
});

describe("a labelled answer to another question, refused", () => {
  it("leaves the chat on the question asked when another member typed it, naming the question and how to type it again, which works", () => {
    const t = groupTranscript();
    t.say(HOA, "/baocao", 0);
    t.say(HOA, FULL_REPORT_ANSWERS[0]!, 2);
    expect(t.state.fieldId).toBe("propaganda");
    const reply = t.say(LAN, "/sua 11 450", 5);
    expect(reply).toMatch(/^Chưa lưu được câu 11 «Đơn vị tự đánh giá mức độ hoàn thành kế hoạch Tuần lễ»:\nVui lòng chọn một số từ 1 đến 3[^\n]*\nGõ lại: sửa câu 11: <câu trả lời>\. Câu đang hỏi vẫn là câu dưới đây\.\n---\nCâu 2\/21/);
    expect(t.state).toMatchObject({ phase: "asking", fieldId: "propaganda" });
    // Typed again as said, it is stored, and the chat is still on question 2.
    expect(t.say(LAN, "/sua 11 1", 8)).toMatch(/\n---\nCâu 2\/\d+/);
    expect(saved(t.effects, "self_rating")).toHaveLength(1);
    expect(t.state.fieldId).toBe("propaganda");
    // Hoa's answer to question 2 goes to question 2.
    t.say(HOA, FULL_REPORT_ANSWERS[1]!, 10);
    expect(saved(t.effects, "propaganda")).toHaveLength(1);
  });

  it("moves to the question named when the member who is answering typed it, so the next reply goes to it", () => {
    const t = groupTranscript();
    t.say(HOA, "/baocao", 0);
    t.say(HOA, FULL_REPORT_ANSWERS[0]!, 5);
    expect(t.say(HOA, "/sua 11 450", 10)).toMatch(/\n---\nCâu 11\/21/);
    expect(t.state.fieldId).not.toBe("propaganda");
  });
});

describe("a confirmation in a group", () => {
  it("is the asker's to confirm for a cancellation: another member's 'ok' deletes nothing, and their answer meanwhile is said to be unsaved", () => {
    const t = atTheSessionsQuestion();
    expect(t.say(HOA, "/huy", 100)).toMatch(/^Hủy báo cáo sẽ xóa toàn bộ/);
    expect(t.say(LAN, "ok", 101)).toBe("Chỉ Nguyễn Thị Hoa, người đã gõ /huy, mới xác nhận được việc hủy. Nguyễn Thị Hoa: trả lời Có để hủy, Không để tiếp tục.");
    expect(t.say(LAN, "6 buổi", 102)).toBe(
      "Tin nhắn của bạn chưa được lưu: Nguyễn Thị Hoa đang được hỏi có hủy báo cáo không. Chờ Nguyễn Thị Hoa trả lời Có hoặc Không rồi gửi lại (trả lời Không để tiếp tục báo cáo ngay).",
    );
    expect(t.effects.filter((e) => e.type === "clear-answers")).toEqual([]);
    expect(t.state).toMatchObject({ phase: "confirm-cancel", confirmBy: { id: HOA.id } });
    // Another member's Không keeps the report (nothing is lost by it); the confirmer is forgotten.
    // Hoa learns who kept it (her Có after it was read as the group's talk).
    expect(t.say(LAN, "Không", 103)).toMatch(/^Lê Thị Lan đã trả lời Không nên báo cáo không bị hủy \(Nguyễn Thị Hoa đã gõ \/huy\)\. Tiếp tục báo cáo\.\n---\nCâu 8\/\d+/);
    expect(t.state.confirmBy).toBeUndefined();
    // Asked again by another member, it is theirs to confirm.
    t.say(HOA, "/huy", 104);
    t.say(LAN, "/huy", 104);
    expect(t.state.confirmBy).toMatchObject({ id: LAN.id });
    expect(t.say(HOA, "Có", 104)).toMatch(/^Chỉ Lê Thị Lan, người đã gõ \/huy/);
    t.say(LAN, "Không", 104);
    // The asker's own Có cancels.
    t.say(HOA, "/huy", 104);
    expect(t.say(HOA, "Có", 105)).toMatch(/^Đã hủy báo cáo/);
    expect(t.effects.filter((e) => e.type === "clear-answers")).toHaveLength(1);
  });

  it("takes another member's Có to a submission, saying whose it was, and tells them when their other message is not stored", () => {
    const t = groupTranscript();
    t.say(HOA, "/baocao", 0);
    for (const answer of FULL_REPORT_ANSWERS) t.say(HOA, answer, 0);
    t.say(HOA, "/nop", 100);
    // Told that their own Có submits (it said to wait for Hoa, then took Lan's Có at once).
    expect(t.say(LAN, "Trẻ hứng thú với sách", 101)).toMatch(/^Tin nhắn của bạn chưa được lưu: Nguyễn Thị Hoa đang được hỏi có nộp báo cáo không\. Muốn nộp thay Nguyễn Thị Hoa, bạn trả lời Có; nếu không, chờ Nguyễn Thị Hoa trả lời rồi gửi lại\./);
    expect(t.effects.filter((e) => e.type === "submit")).toEqual([]);
    expect(t.say(LAN, "Có", 102)).toMatch(/^Lê Thị Lan đã xác nhận nộp thay Nguyễn Thị Hoa\.\n---\n/);
    expect(t.effects.filter((e) => e.type === "submit")).toHaveLength(1);
    expect(t.state.confirmBy).toBeUndefined();
  });
});
