import { describe, expect, it } from "vitest";
import { isFarFromLastYear } from "../../src/conversation/figure-doubts.ts";
import { draftsFrom, type PreviousReport } from "../../src/conversation/last-year-drafts.ts";
import { checkTemplateData } from "../../src/templates/check-template.ts";
import type { Answers } from "../../src/templates/field-visibility.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { builtInTemplate, createTranscript } from "../helpers/report-transcript.ts";

/** Last year's report: the full report as submitted, with the figures the test needs. */
function lastYear(figures: Answers = {}): PreviousReport {
  const t = createTranscript();
  t.say("/baocao");
  for (const answer of FULL_REPORT_ANSWERS) t.say(answer);
  t.say("/nop");
  t.say("Có");
  const submit = t.effects.find((e) => e.type === "submit");
  if (submit?.type !== "submit") throw new Error("not submitted");
  return { campaignTitle: "Tuần lễ học tập suốt đời 2025", answers: { ...submit.answers, ...figures } };
}

/** A new report offered last year's, answered up to (not including) question `fieldId`. */
function startedFrom(previous: PreviousReport, upTo: string) {
  const t = createTranscript(undefined, undefined, { previous });
  t.say("/baocao");
  t.say("Không");
  const answers = [...FULL_REPORT_ANSWERS];
  while (t.state.fieldId !== upTo) t.say(answers.shift()!);
  return t;
}

describe("last year's answers", () => {
  it("offers last year's report at /baocao, and 'Không' starts empty as before", () => {
    const t = createTranscript(undefined, undefined, { previous: lastYear() });
    expect(t.say("/baocao")).toBe(
      'Đợt trước đơn vị đã nộp báo cáo "Tuần lễ học tập suốt đời 2025". Bắt đầu từ báo cáo đợt trước? Trả lời Có để xem lại từng câu trả lời đợt trước (các số liệu vẫn nhập mới), Không để bắt đầu trống.',
    );
    expect(t.lastReplies[0]).toMatchObject({ choices: ["Có", "Không"], questionId: "last-year-offer" });
    expect(t.state.phase).toBe("idle");
    expect(t.say("mai nhé")).toMatch(/^Vui lòng trả lời Có hoặc Không[\s\S]*Bắt đầu từ báo cáo đợt trước\?/);
    const reply = t.say("Không");
    expect(reply).toMatch(/^Bắt đầu "Báo cáo [^"]+"[^\n]*\n---\nKhông chép câu trả lời đợt trước: mọi câu để trống\.\n---\nCâu 1\/21/);
    expect(reply).not.toMatch(/Đợt trước:/);
    expect(t.state.drafts).toBeUndefined();
    expect(t.effects).toEqual([]);
  });

  it("shows each copied answer under its question: 'Giữ' keeps it, new text replaces it, /boqua skips", () => {
    const t = createTranscript(undefined, undefined, { previous: lastYear() });
    t.say("/baocao");
    const first = t.say("Có");
    expect(first).toMatch(/Đã chép 11 câu trả lời đợt trước làm bản nháp/);
    expect(first).toMatch(/Câu 1\/21[\s\S]*\nĐợt trước: Kế hoạch số 192\/KH-THLC ngày 27\/9\/2026 — gõ Giữ để giữ, hoặc gõ nội dung mới$/);
    expect(t.lastReplies.at(-1)).toMatchObject({ choices: ["Giữ"], questionId: "plan_reference" });
    // Nothing is saved until it is kept.
    expect(t.effects).toEqual([]);
    expect(t.say("giữ")).toMatch(/Câu 2\/21[\s\S]*Đợt trước: Treo băng rôn/);
    expect(t.say("Tuyên truyền trên trang Facebook của trường.")).toMatch(/Câu 3\/21/);
    expect(t.say("/xem")).not.toMatch(/Đợt trước:/);
    // A choice is never copied; a list shows its items on lines of their own.
    expect(t.lastReplies.at(-1)).toMatchObject({ questionId: "propaganda_channels" });
    expect(t.lastReplies.at(-1)).not.toHaveProperty("choices");
    expect(t.say("1")).toMatch(/Câu 4\/21[\s\S]*Đợt trước:\n- Xây dựng năng lực tự học trong kỷ nguyên số\n- Học tập suốt đời – chìa khóa của mọi thành công\n— gõ Giữ/);
    t.say("/boqua");
    expect(t.effects).toEqual([
      { type: "save-answer", fieldId: "plan_reference", value: "Kế hoạch số 192/KH-THLC ngày 27/9/2026" },
      { type: "save-answer", fieldId: "propaganda", value: "Tuyên truyền trên trang Facebook của trường." },
      { type: "save-answer", fieldId: "propaganda_channels", value: ["Băng rôn, khẩu hiệu, áp phích"] },
      { type: "save-answer", fieldId: "slogans", value: null },
    ]);
    // Answered questions no longer carry their draft; the rest wait in the state.
    expect(Object.keys(t.state.drafts ?? {})).toEqual(["activities", "strengths", "lessons", "limitations", "proposals", "recipients", "signer_position", "signer_name"]);
  });

  it("never copies a figure: the figures are asked fresh", () => {
    const previous = lastYear();
    expect(Object.keys(draftsFrom(builtInTemplate(), previous.answers))).not.toContain("training_sessions");
    const t = createTranscript(undefined, undefined, { previous });
    t.say("/baocao");
    t.say("Có");
    const answers = [...FULL_REPORT_ANSWERS];
    let reply = "";
    while (t.state.fieldId !== "training_sessions") reply = t.say(answers.shift()!);
    expect(reply).toMatch(/Số buổi tập huấn[^\n]*\nGợi ý[\s\S]*Ví dụ: 6$/);
    expect(t.lastReplies.at(-1)).not.toHaveProperty("choices");
  });

  it("copies only ids of this version with the same kind of answer", () => {
    const drafts = draftsFrom(builtInTemplate(), {
      propaganda: "Vẫn là văn bản",
      activities: "một đoạn văn thay cho danh sách",
      plan_reference: "hai\ndòng",
      removed_question: "không còn trong mẫu",
      readers_served: 2000,
      self_rating: "Hoàn thành tốt",
      lessons: null,
    });
    expect(drafts).toEqual({ propaganda: "Vẫn là văn bản" });
  });

  it("does not offer anything without last year's report, or when it has nothing to copy", () => {
    expect(createTranscript().say("/baocao")).toMatch(/^Bắt đầu "Báo cáo/);
    const figuresOnly = createTranscript(undefined, undefined, { previous: { campaignTitle: "Đợt trước", answers: { readers_served: 2000 } } });
    expect(figuresOnly.say("/baocao")).toMatch(/^Bắt đầu "Báo cáo[\s\S]*Câu 1\/21/);
  });
});

describe("a second look at odd figures", () => {
  it("questions a figure ten times last year's once, and saves it on 'Có'", () => {
    const t = startedFrom(lastYear({ readers_served: 85 }), "readers_served");
    const effects = t.effects.length;
    expect(t.say("850")).toBe("Đợt trước đơn vị báo cáo 85; xác nhận 850?\nTrả lời Có để lưu số này, Không để nhập lại (hoặc gõ ngay số đúng).");
    expect(t.lastReplies[0]).toMatchObject({ choices: ["Có", "Không"], questionId: "readers_served" });
    expect(t.effects).toHaveLength(effects);
    expect(t.state.pendingFigure).toMatchObject({ fieldId: "readers_served", value: 850 });
    // A review in between asks the same confirmation again.
    expect(t.say("/xem")).toMatch(/---\nĐợt trước đơn vị báo cáo 85; xác nhận 850\?/);
    expect(t.say("Có")).toMatch(/Câu 11\/21/);
    expect(t.effects.at(-1)).toEqual({ type: "save-answer", fieldId: "readers_served", value: 850 });
    expect(t.state.pendingFigure).toBeUndefined();
  });

  it("takes a corrected figure instead, and asks again after 'Không'", () => {
    const t = startedFrom(lastYear({ books_collected: 350 }), "books_collected");
    expect(t.say("3")).toMatch(/^Đợt trước đơn vị báo cáo 350; xác nhận 3\?/);
    expect(t.say("Không")).toMatch(/^Vui lòng nhập lại số liệu\.\n---\nCâu 11\/21[\s\S]*Số sách quyên góp/);
    expect(t.state.pendingFigure).toBeUndefined();
    expect(t.say("2")).toMatch(/xác nhận 2\?/);
    expect(t.say("300")).toMatch(/Câu 12\/21/);
    expect(t.effects.filter((e) => e.type === "save-answer" && e.fieldId === "books_collected")).toEqual([{ type: "save-answer", fieldId: "books_collected", value: 300 }]);
  });

  it("does not question a figure less than ten times apart, nor any figure against last year's zero", () => {
    expect(isFarFromLastYear(849, 85)).toBe(false);
    expect(isFarFromLastYear(850, 85)).toBe(true);
    expect(isFarFromLastYear(8.6, 85)).toBe(false);
    expect(isFarFromLastYear(8.5, 85)).toBe(true);
    expect(isFarFromLastYear(0, 85)).toBe(true);
    expect(isFarFromLastYear(3, 0)).toBe(false);
    const t = startedFrom(lastYear({ readers_served: 0 }), "readers_served");
    expect(t.say("5.000")).toMatch(/Câu 11\/21/);
  });

  it("questions participants fewer than sessions, as the template's check says, naming both", () => {
    const t = startedFrom(lastYear({ training_participants: 5 }), "training_participants");
    expect(t.say("4")).toBe(
      "4 nhỏ hơn câu trả lời câu 8 «Số buổi tập huấn, sinh hoạt chuyên đề đã tổ chức» (6); xác nhận 4?\nTrả lời Có để lưu số này, Không để nhập lại (hoặc gõ ngay số đúng).",
    );
    // Typing the same figure again confirms it too.
    expect(t.say("4")).toMatch(/Câu 10\/21/);
    expect(t.state.answers.training_participants).toBe(4);
    // From the other side: more sessions than the participants already given.
    t.say("/sua 8");
    expect(t.say("10")).toMatch(/^10 lớn hơn câu trả lời câu 9 «Tổng số lượt cán bộ, giáo viên tham gia các buổi tập huấn, sinh hoạt chuyên đề» \(4\); xác nhận 10\?/);
    expect(t.say("có")).toMatch(/Câu 10\/21/);
    expect(t.state.answers.training_sessions).toBe(10);
  });

  it("keeps a held figure through the JSON round trip, and drops it when the question is left", () => {
    const t = startedFrom(lastYear({ readers_served: 85 }), "readers_served");
    t.say("9.000");
    expect(t.state.pendingFigure?.value).toBe(9000);
    expect(t.say("/quaylai")).toMatch(/Câu 9\/21/);
    expect(t.state.pendingFigure).toBeUndefined();
  });
});

describe("a template's check", () => {
  const withCheck = (check: unknown) => {
    const template = JSON.parse(JSON.stringify(builtInTemplate())) as { sections: { sections: { fields: { id: string; check?: unknown }[] }[] }[] };
    template.sections[0]!.sections[1]!.fields.find((f) => f.id === "training_participants")!.check = check;
    return checkTemplateData(template);
  };

  it("is refused when it names no other numeric question, or gives both bounds in one rule", () => {
    const messages = (check: unknown) => {
      const result = withCheck(check);
      return result.ok ? [] : result.problems.map((p) => p.message);
    };
    expect(withCheck([{ atLeast: "training_sessions" }, { atMost: 100000 }]).ok).toBe(true);
    expect(messages([{ atLeast: "activities" }])).toEqual([expect.stringMatching(/«atLeast» chỉ tới câu «activities», nhưng đó không phải một câu hỏi số khác/)]);
    expect(messages([{ atMost: "khong_co" }])).toEqual([expect.stringMatching(/«atMost» chỉ tới câu «khong_co»/)]);
    expect(messages([{ atLeast: 1, atMost: 5 }])).toEqual(["mỗi quy tắc «check» cần đúng một trong: atLeast, atMost"]);
  });
});
