/**
 * The `{…}` names a template's texts may use: a question's documentText takes {value} and the other
 * questions' ids, not its own. (Its speed is not timed here: a set now stands where a loop over the
 * other questions was, and templates are limited to 500 questions.)
 */
import { describe, expect, it } from "vitest";
import { checkPlaceholders } from "../../src/templates/check-placeholders.ts";

const template = (fields: Record<string, unknown>[]) => ({ document: { summary: "Năm {year}" }, sections: [{ heading: "A", fields }] });
const question = (id: string, documentText?: string) => ({ id, type: "integer", prompt: "?", documentText });

describe("the names a question's documentText may use", () => {
  it("takes {value} and another question's id, not its own, and lists what it could use", () => {
    const problems = checkPlaceholders(template([question("so_buoi", "Có {value} buổi, {so_luot} lượt."), question("so_luot", "{so_luot} lượt")]));
    expect(problems).toEqual([
      { path: ["sections", 0, "fields", 1, "documentText"], message: "«{so_luot}» không điền được ở đây nên sẽ in nguyên văn; dùng được: {value}, {unitName}, {so_buoi}" },
    ]);
  });

  it("takes {unitName}, the unit naming itself ('… {unitName} trân trọng đề nghị:')", () => {
    expect(checkPlaceholders(template([question("de_xuat", "{unitName} trân trọng đề nghị:")]))).toEqual([]);
  });

  it("takes {value} in a question whose own id is value", () => {
    expect(checkPlaceholders(template([question("value", "Có {value} buổi.")]))).toEqual([]);
  });

  it("checks every question of a template at the 500-question limit, each against the others' ids", () => {
    const fields = Array.from({ length: 500 }, (_, i) => question(`q_${i}`, `Có {value} lượt, {q_${(i + 1) % 500}}.`));
    fields[499] = question("q_499", "Có {value} lượt, {q_499}.");
    expect(checkPlaceholders(template(fields))).toEqual([
      { path: ["sections", 0, "fields", 499, "documentText"], message: expect.stringMatching(/^«\{q_499\}» không điền được ở đây/) },
    ]);
  });
});
