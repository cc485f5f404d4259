/**
 * The hand-written check of stored answers (stored-answers-check.ts) gives zod's verdict on every
 * kind of answer and on broken ones (and leaves to zod what zod would change), and a state read
 * through it is the state zod reads.
 */
import { describe, expect, it } from "vitest";
import { conversationStateSchema, REPORT_STATE_VERSION, restoreReportState } from "../../src/conversation/conversation-state.ts";
import { isStoredAnswers } from "../../src/conversation/stored-answers-check.ts";

const VALID: unknown[] = [
  "",
  "Tổ chức 12 buổi",
  0,
  -3.5,
  1250,
  true,
  false,
  null,
  [],
  ["Treo băng rôn"],
  [{ text: "Tuyên truyền", sub: [] }],
  ["a", { text: "b", sub: ["c", "d"] }],
  { rows: [] },
  { rows: [{ ten: "Lớp 1A", so: 32 }] },
  [1, 2, 3],
];
/** Zod reads it, changed (the unknown key dropped): the check leaves it to zod. */
const CHANGED_BY_ZOD: unknown[] = [[{ text: "a", sub: [], extra: 1 }]];
const INVALID: unknown[] = [
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  {},
  { rows: "x" },
  { rows: [], extra: 1 },
  { rows: [[1]] },
  { rows: [{ a: null }] },
  { rows: [{ a: true }] },
  [1.5],
  [1, "a"],
  ["a", 1],
  [{ text: "a" }],
  [{ text: "a", sub: [1] }],
  [null],
  [[1]],
  { text: "a", sub: [] },
  [2 ** 60],
  new Date(0),
];

describe("the stored answers' check", () => {
  it("agrees with zod's schema on every kind of answer, valid or broken", () => {
    const verdicts = (values: unknown[]) => values.map((value) => [isStoredAnswers({ f1: value }), conversationStateSchema.shape.answers.safeParse({ f1: value }).success]);
    expect(verdicts(VALID)).toEqual(VALID.map(() => [true, true]));
    expect(verdicts(INVALID)).toEqual(INVALID.map(() => [false, false]));
    expect(verdicts(CHANGED_BY_ZOD)).toEqual([[false, true]]);
    for (const container of [[], "x", null, undefined, new Map()]) expect([isStoredAnswers(container), conversationStateSchema.shape.answers.safeParse(container).success]).toEqual([false, false]);
  });

  it("reads a report's state as zod reads it; with one broken answer the phase restarts and the answers that read are kept as before", () => {
    const answers = Object.fromEntries(VALID.map((value, i) => [`f${i}`, value]));
    const json = JSON.stringify({ phase: "asking", fieldId: "f3", submittedVersion: 1, lastAnswer: { fieldId: "f2", by: "u1", name: "Hoa", at: 5 }, unknownKey: 1 });
    const asZodReads = (answers: Record<string, unknown>) => ({ state: conversationStateSchema.parse({ ...JSON.parse(json), answers }), reset: false });
    const read = restoreReportState(json, REPORT_STATE_VERSION, answers);
    expect(read).toEqual(asZodReads(answers));
    expect(read.state).not.toHaveProperty("unknownKey");
    // A list item with a key zod drops: read by zod, dropped.
    const changed = { ...answers, f98: CHANGED_BY_ZOD[0] };
    expect(restoreReportState(json, REPORT_STATE_VERSION, changed)).toEqual(asZodReads(changed));
    expect(restoreReportState(json, REPORT_STATE_VERSION, changed).state.answers.f98).toEqual([{ text: "a", sub: [] }]);
    const broken = restoreReportState(json, REPORT_STATE_VERSION, { ...answers, f99: [1, "a"] });
    expect(broken).toEqual({ state: { phase: "idle", answers: {}, submittedVersion: 1 }, reset: true });
    expect(restoreReportState(JSON.stringify({ phase: "nowhere", submittedVersion: 0 }), REPORT_STATE_VERSION, { f1: "x" })).toEqual({ state: { phase: "idle", answers: { f1: "x" }, submittedVersion: 0 }, reset: true });
  });
});
