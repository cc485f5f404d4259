/**
 * A conversation over a template with sub-lists, run-in and headed points: each question's header
 * names its numbered place in the document, and a list's sub-items survive the state and /xem.
 */
import { describe, expect, it } from "vitest";
import { restoreState, STATE_VERSION } from "../../src/conversation/conversation-state.ts";
import { isConditionMet } from "../../src/templates/field-visibility.ts";
import { OPTIONS_TEMPLATE } from "../helpers/options-template.ts";
import { createTranscript } from "../helpers/report-transcript.ts";

const header = (reply: string) => /Câu \d+\/\d+ — [^\n]*/.exec(reply)?.[0];

describe("the question's header", () => {
  it("shows the numbered heading path, a field's own heading as its point, as the document numbers them", () => {
    const t = createTranscript(OPTIONS_TEMPLATE);
    const headers = [header(t.say("/baocao"))];
    for (const answer of ["Đã chỉ đạo.", "- Hội sách\n+ Sách mới", "/boqua", "/boqua", "/boqua", "Tham gia.", "Tích cực."]) headers.push(header(t.say(answer)));
    expect(headers).toEqual([
      "Câu 1/8 — I.1. Công tác chỉ đạo",
      "Câu 2/8 — I.2. Hoạt động",
      "Câu 3/8 — I.3. Tồn tại, hạn chế (nếu có)",
      "Câu 4/8 — I.4. Đề xuất",
      "Câu 5/8 — I.5. Khác",
      "Câu 6/8 — II.1. Đối với giáo viên",
      "Câu 7/8 — II.2. Đối với học sinh",
      "Câu 8/8 — II.3. Đối với Tổ chuyên môn",
    ]);
  });

  it("labels a closing question (recipients, signer) by the closing part", () => {
    const t = createTranscript(
      { ...OPTIONS_TEMPLATE, closing: { fields: [{ id: "ky", type: "short-text", prompt: "Người ký?", required: true }] } },
    );
    t.say("/baocao");
    let reply = "";
    for (const answer of ["a", "b", "/boqua", "/boqua", "/boqua", "c", "/boqua", "d"]) reply = t.say(answer);
    expect(header(reply)).toBe("Câu 9/9 — Nơi nhận và người ký");
  });
});

describe("a list with sub-items", () => {
  it("is stored as items with sub-items, survives a stored state, and /xem shows the '+' lines indented", () => {
    const t = createTranscript(OPTIONS_TEMPLATE);
    t.say("/baocao");
    t.say("Đã chỉ đạo...");
    t.say("- Tuyên truyền\n+ Loa phát thanh\n+ Băng rôn!\n- Hội sách");
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "hoat_dong", value: [{ text: "Tuyên truyền", sub: ["Loa phát thanh", "Băng rôn!"] }, "Hội sách"] });
    const restored = restoreState(JSON.stringify(t.state), STATE_VERSION);
    expect(restored.reset).toBe(false);
    expect(restored.state.answers.hoat_dong).toEqual(t.state.answers.hoat_dong);
    const review = t.say("/xem");
    expect(review).toContain("Đã chỉ đạo...");
    expect(review).toContain("- Tuyên truyền\n   + Loa phát thanh\n   + Băng rôn!\n- Hội sách");
  });

  it("still satisfies a showIf that names one of its items, with or without sub-items", () => {
    const answers = { hoat_dong: [{ text: "Tuyên truyền", sub: ["Loa"] }, "Hội sách"] };
    expect(isConditionMet({ field: "hoat_dong", equals: "Tuyên truyền" }, answers)).toBe(true);
    expect(isConditionMet({ field: "hoat_dong", in: ["Hội sách"] }, answers)).toBe(true);
    expect(isConditionMet({ field: "hoat_dong", equals: "Loa" }, answers)).toBe(false);
  });
});
