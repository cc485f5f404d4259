/**
 * A Word file meeting the other flows of the report (pure engine): it starts nothing by itself, its
 * figures get the same second look as typed ones, and a figure held for confirmation is never
 * confirmed unseen.
 */
import { describe, expect, it } from "vitest";
import type { ConversationState } from "../../src/conversation/conversation-state.ts";
import { step } from "../../src/conversation/engine.ts";
import type { ReportInput } from "../../src/conversation/engine-types.ts";
import { parseUserInput } from "../../src/conversation/user-input.ts";
import { INITIAL_STATE } from "../../src/conversation/conversation-state.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { builtInTemplate } from "../helpers/report-transcript.ts";
import { visibleFields } from "../../src/templates/field-visibility.ts";

const template = builtInTemplate();
const NOW = new Date("2026-10-08T03:15:00Z");

function session() {
  let state: ConversationState = INITIAL_STATE;
  const saved: Record<string, unknown> = {};
  const send = (message: ReportInput["message"]) => {
    const result = step(template, state, { message, unitName: "Trường Tiểu học Liên Châu", timeZone: "Asia/Ho_Chi_Minh" }, NOW);
    state = result.state;
    for (const e of result.effects) if (e.type === "save-answer") saved[e.fieldId] = e.value;
    return result.replies.map((r) => (r.kind === "text" ? r.text : "")).join("\n---\n");
  };
  return { send, say: (text: string) => send(parseUserInput(text)), saved, get state() { return state; } };
}

describe("a Word file and the other flows", () => {
  it("starts no report by itself, and changes nothing then", () => {
    const s = session();
    expect(s.send({ kind: "word", answers: { propaganda: "Tuyên truyền qua loa." } })).toMatch(/^Chưa có báo cáo nào đang làm: gõ \/baocao/);
    expect(s.state).toEqual(INITIAL_STATE);
    expect(s.saved).toEqual({});
    expect(s.send({ kind: "word", answers: { propaganda: "Tuyên truyền qua loa." }, start: true })).toMatch(/^Bắt đầu "Báo cáo/);
    expect(s.saved).toEqual({ propaganda: "Tuyên truyền qua loa." });
  });

  it("fills, from one file, the questions its own answers show (the opening's date after its 'Có')", () => {
    const s = session();
    s.say("/baocao");
    s.say(FULL_REPORT_ANSWERS[0]!);
    const reply = s.send({ kind: "word", answers: { held_opening: true, opening_date: "2026-10-02", training_sessions: 6, training_participants: 290 } });
    expect(s.saved).toMatchObject({ held_opening: true, opening_date: "2026-10-02", training_sessions: 6, training_participants: 290 });
    expect(reply).toMatch(/Đã điền 4\//);
  });

  it("names the questions it filled in order, a question its own answers showed among the others (it came last)", () => {
    const s = session();
    s.say("/baocao");
    const reply = s.send({ kind: "word", answers: { held_opening: true, opening_date: "2026-10-02", training_sessions: 6, training_participants: 290, readers_served: 1200 } });
    const number = (id: string) => visibleFields(template, s.state.answers).findIndex((p) => p.field.id === id) + 1;
    const filled = ["held_opening", "opening_date", "training_sessions", "training_participants", "readers_served"].map(number);
    expect(filled).toEqual([...filled].sort((a, b) => a - b));
    expect(reply).toContain(`Đã điền 5/${visibleFields(template, s.state.answers).length} câu từ tệp: câu ${filled.join(", ")}.`);
  });

  it("leaves a figure that breaks its field's check to be asked, and fills the others", () => {
    const s = session();
    s.say("/baocao");
    const reply = s.send({ kind: "word", answers: { training_sessions: 6, training_participants: 2 } });
    expect(s.saved).toEqual({ training_sessions: 6 });
    expect(reply).toMatch(/Đã điền 1\//);
  });

  it("does not confirm a held figure the user was not shown again", () => {
    const s = session();
    s.say("/baocao");
    const answers = [...FULL_REPORT_ANSWERS];
    for (let n = 0; n < 40 && s.state.fieldId !== "training_participants"; n++) s.say(answers.shift()!);
    expect(s.state.fieldId).toBe("training_participants");
    expect(s.say("2")).toMatch(/xác nhận 2\?/);
    expect(s.state.pendingFigure).toMatchObject({ value: 2 });
    // Asked again by number, the question wants a figure afresh: "Có" then is no confirmation of 2.
    const number = visibleFields(template, s.state.answers).findIndex((p) => p.field.id === "training_participants") + 1;
    expect(s.say(`/sua ${number}`)).not.toMatch(/xác nhận/);
    expect(s.state.pendingFigure).toBeUndefined();
    s.say("Có");
    expect(s.saved.training_participants).toBeUndefined();
  });
});
