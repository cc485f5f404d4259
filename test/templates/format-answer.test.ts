/**
 * A stored answer as people read it, whatever is stored: an answer kept from before its question
 * became a figure is never "NaN" (it reached a ward's submitted report).
 */
import { describe, expect, it } from "vitest";
import { formatAnswer } from "../../src/templates/format-answer.ts";
import type { AnswerValue } from "../../src/templates/answer-parsers.ts";
import type { Field } from "../../src/templates/template-schema.ts";

const figure = (type: "integer" | "decimal" | "percent") => ({ id: "f", type, prompt: "Số?" }) as Field;

describe("formatAnswer on a figure question", () => {
  it("writes a figure the Vietnamese way, and anything else as stored, never NaN", () => {
    expect(formatAnswer(figure("integer"), 12345)).toBe("12.345");
    expect(formatAnswer(figure("percent"), 95.5)).toBe("95,5%");
    const odd: AnswerValue[] = ["Các trường thực hiện tốt", ["Lan tỏa văn hóa đọc", { text: "Thư viện", sub: ["nhỏ"] }], true, { rows: [] } as unknown as AnswerValue, Number.NaN, Number.POSITIVE_INFINITY];
    for (const type of ["integer", "decimal", "percent"] as const) {
      for (const value of odd) expect(formatAnswer(figure(type), value)).not.toContain("NaN");
    }
    expect(formatAnswer(figure("integer"), "Các trường thực hiện tốt")).toBe("Các trường thực hiện tốt");
    // A yes or no kept from a yes/no question reads as one (it printed nothing).
    expect([formatAnswer(figure("integer"), true), formatAnswer(figure("percent"), false)]).toEqual(["Có", "Không"]);
  });
});
