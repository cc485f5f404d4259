import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBuiltInTemplates, loadTemplatesFrom } from "../../src/templates/built-in-templates.ts";
import { checkTemplateData, formatProblem } from "../../src/templates/check-template.ts";
import { loadTemplateFile, parseTemplate, TemplateError } from "../../src/templates/load-template.ts";
import { listFields } from "../../src/templates/template-fields.ts";

const minimal = () => ({
  key: "bao-cao-thu",
  version: 1,
  title: "Báo cáo thử",
  document: { type: "BÁO CÁO", typeCode: "BC", summary: "Kết quả năm {year}" },
  sections: [
    {
      heading: "KẾT QUẢ",
      fields: [
        { id: "count", type: "integer", prompt: "Bao nhiêu?" },
        { id: "note", type: "paragraph", prompt: "Ghi chú?", required: false, showIf: { field: "count", greaterThan: 0 } },
      ],
    },
  ],
  closing: { fields: [] },
});

function problemsOf(data: unknown): string[] {
  try {
    parseTemplate(data, "test.json");
  } catch (error) {
    if (error instanceof TemplateError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("expected the template to be refused");
}

describe("the built-in template", () => {
  it("loads and covers the seeds' sections, figures and fixed document parts", () => {
    const template = loadBuiltInTemplates().find((t) => t.key === "tuan-le-hoc-tap-suot-doi");
    const ids = listFields(template!).map((p) => p.field.id);
    expect(ids).toEqual(expect.arrayContaining(["training_sessions", "training_participants", "readers_served", "books_collected"]));
    expect(ids).toEqual(expect.arrayContaining(["propaganda", "activities", "strengths", "limitations", "proposals"]));
    expect(template!.closing).toMatchObject({ recipients: "recipients", signerPosition: "signer_position", signerName: "signer_name" });
    expect(template!.sections.map((s) => s.heading)).toEqual(["TỔ CHỨC TRIỂN KHAI TUẦN LỄ", "ĐÁNH GIÁ CHUNG", "ĐỀ XUẤT, KIẾN NGHỊ"]);
    const types = new Set(listFields(template!).map((p) => p.field.type));
    expect(types).toEqual(new Set(["short-text", "paragraph", "bullet-list", "integer", "percent", "date", "single-choice", "multiple-choice", "yes-no"]));
  });
});

describe("a malformed template", () => {
  it("is accepted when well formed, with defaults filled in", () => {
    const template = parseTemplate(minimal());
    expect(listFields(template)[0]?.field.required).toBe(true);
  });

  it("takes the section options runIn and whenEmpty, and refuses them mistyped", () => {
    const data = minimal();
    Object.assign(data.sections[0]!, { runIn: true, whenEmpty: "Không có." });
    expect(parseTemplate(data).sections[0]).toMatchObject({ runIn: true, whenEmpty: "Không có." });
    Object.assign(data.sections[0]!, { runIn: "có", whenEmpty: "" });
    expect(problemsOf(data)).toEqual([
      "test.json — mục «KẾT QUẢ»: «runIn» phải là true hoặc false",
      "test.json — mục «KẾT QUẢ»: «whenEmpty» không được để trống",
    ]);
  });

  it("names an unknown field type with its section and question, and the types there are", () => {
    const data = minimal();
    (data.sections[0]!.fields[0] as Record<string, unknown>).type = "number";
    expect(problemsOf(data)).toEqual([
      "test.json — mục «KẾT QUẢ», câu «count»: loại câu hỏi «number» không có; chọn một trong: short-text, paragraph, bullet-list, integer, decimal, percent, date, time, single-choice, multiple-choice, yes-no, table, photo",
    ]);
  });

  it("names a missing prompt and an unknown property", () => {
    const data = minimal();
    delete (data.sections[0]!.fields[1] as Record<string, unknown>).prompt;
    (data.sections[0]!.fields[0] as Record<string, unknown>).colour = "red";
    expect(problemsOf(data)).toEqual([
      "test.json — mục «KẾT QUẢ», câu «count»: không dùng được «colour» ở đây (gõ sai tên, hoặc loại câu hỏi này không có)",
      "test.json — mục «KẾT QUẢ», câu «note»: thiếu «prompt»",
    ]);
  });

  it("refuses a choice field without options and a nested section with a bad id", () => {
    const data = minimal() as ReturnType<typeof minimal> & { sections: { sections?: unknown[] }[] };
    data.sections[0]!.sections = [{ heading: "Con", fields: [{ id: "Bad-Id", type: "single-choice", prompt: "?", options: ["Một"] }] }];
    const problems = problemsOf(data).join("\n");
    expect(problems).toContain("mục «KẾT QUẢ», mục «Con», câu «Bad-Id»: mã «Bad-Id» không hợp lệ");
    expect(problems).toContain("câu «Bad-Id»: «options» cần ít nhất 2 mục");
  });

  it("refuses duplicate ids, conditions on later fields, bad limits and unknown closing roles", () => {
    const data = minimal();
    data.sections[0]!.fields.push({ id: "count", type: "integer", prompt: "Lại?" });
    (data.sections[0]!.fields[0] as Record<string, unknown>).showIf = { field: "note", answered: true };
    (data.sections[0]!.fields[0] as Record<string, unknown>).min = 10;
    (data.sections[0]!.fields[0] as Record<string, unknown>).max = 1;
    (data.closing as Record<string, unknown>).signerName = "nobody";
    const problems = problemsOf(data).join("\n");
    expect(problems).toContain("câu «count»: mã câu hỏi «count» đã dùng cho một câu khác");
    expect(problems).toContain("câu «count»: «showIf» dựa vào câu «note», nhưng câu đó không đứng trước câu này");
    expect(problems).toContain("«min» lớn hơn «max»");
    expect(problems).toContain("phần cuối (closing): «closing.signerName» chỉ tới câu «nobody»");
  });

  it("refuses an id the generic consolidated report takes for a share's count of units, in a report type without a counterpart", () => {
    const data = minimal();
    data.sections[0]!.fields.push({ id: "ti_le", type: "percent", prompt: "Tỉ lệ?" }, { id: "ti_le_so_don_vi", type: "integer", prompt: "Số đơn vị?" });
    expect(problemsOf(data)).toEqual([
      "test.json — mục «KẾT QUẢ», câu «ti_le_so_don_vi»: mã câu hỏi «ti_le_so_don_vi» trùng với mã mà báo cáo tổng hợp dùng cho số đơn vị có số liệu của câu «ti_le»; hãy đặt cho câu này một mã khác",
    ]);
    const yesNo = minimal();
    yesNo.sections[0]!.fields.push({ id: "co_to_chuc", type: "yes-no", prompt: "Có?" }, { id: "co_to_chuc_so_don_vi_khong", type: "integer", prompt: "Số?" });
    expect(problemsOf(yesNo)).toEqual([expect.stringContaining("mã câu hỏi «co_to_chuc_so_don_vi_khong» trùng với mã mà báo cáo tổng hợp dùng cho số đơn vị trả lời Không ở câu «co_to_chuc»")]);
    // Its own consolidated counterpart named, no generic report is made from it.
    expect(checkTemplateData({ ...data, consolidatedBy: "bao-cao-tong-hop" }).ok).toBe(true);
  });

  it("refuses a condition with no test", () => {
    const data = minimal();
    (data.sections[0]!.fields[1] as Record<string, unknown>).showIf = { field: "count" };
    expect(problemsOf(data)).toEqual(["test.json — mục «KẾT QUẢ», câu «note»: điều kiện «showIf» cần đúng một trong: equals, notEquals, in, greaterThan, answered"]);
  });

  it("refuses a file that is not JSON, naming the file and the line", () => {
    const dir = mkdtempSync(join(tmpdir(), "tpl-"));
    writeFileSync(join(dir, "broken.json"), '{\n  "key": "x",\n  not json\n}');
    expect(() => loadTemplateFile(join(dir, "broken.json"))).toThrow(/broken\.json, dòng 3: tệp không đúng cú pháp JSON ở cột 3/);
  });

  it("refuses a JSON or YAML file that gives a key twice, naming it, at the line of the second", () => {
    const dir = mkdtempSync(join(tmpdir(), "tpl-"));
    const text = JSON.stringify(minimal(), null, 2).replace('"title": "Báo cáo thử",', '"title": "Báo cáo thử",\n  "title": "Báo cáo khác",');
    writeFileSync(join(dir, "twice.json"), text);
    expect(() => loadTemplateFile(join(dir, "twice.json"))).toThrow(/twice\.json, dòng 5: .*khóa «title» xuất hiện hai lần trong cùng một nhóm/);
    writeFileSync(join(dir, "twice.yaml"), "key: x\ntitle: A\ntitle: B\n");
    expect(() => loadTemplateFile(join(dir, "twice.yaml"))).toThrow(/twice\.yaml, dòng 3: .*khóa «title» xuất hiện hai lần/);
  });

  it("names the line of a mistake in a JSON file", () => {
    const dir = mkdtempSync(join(tmpdir(), "tpl-"));
    writeFileSync(join(dir, "bad-type.json"), JSON.stringify(minimal(), null, 2).replace('"type": "integer"', '"type": "number"'));
    expect(() => loadTemplateFile(join(dir, "bad-type.json"))).toThrow(/bad-type\.json, dòng 16 — mục «KẾT QUẢ», câu «count»: loại câu hỏi «number» không có/);
  });

  it("makes a new report type from a new file alone", () => {
    const dir = mkdtempSync(join(tmpdir(), "tpl-"));
    writeFileSync(join(dir, "bao-cao-thu.json"), JSON.stringify(minimal()));
    expect(loadTemplatesFrom(dir).map((t) => t.title)).toEqual(["Báo cáo thử"]);
  });
});

describe("a condition that always holds", () => {
  it("says a notEquals with a value the question cannot have always holds, rather than never", () => {
    const checked = checkTemplateData({
      key: "k",
      title: "T",
      document: { type: "BÁO CÁO", typeCode: "BC", summary: "S" },
      sections: [{ heading: "A", fields: [{ id: "co", type: "yes-no", prompt: "Có không?" }, { id: "ngay", type: "date", prompt: "Ngày?", showIf: { field: "co", notEquals: "Không" } }] }],
      closing: { fields: [] },
    });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems.map((p) => p.message)).toEqual([expect.stringMatching(/với «Không» điều kiện luôn đúng và câu này luôn được hỏi$/)]);
  });
});

describe("a condition on a figure or a date that can never hold", () => {
  const withCondition = (on: Record<string, unknown>, showIf: Record<string, unknown>) =>
    checkTemplateData({
      key: "k",
      title: "T",
      document: { type: "BÁO CÁO", typeCode: "BC", summary: "S" },
      sections: [{ heading: "A", fields: [{ id: "truoc", prompt: "Trước?", ...on }, { id: "sau", type: "paragraph", prompt: "Sau?", showIf: { field: "truoc", ...showIf } }] }],
      closing: { fields: [] },
    });
  const messages = (checked: ReturnType<typeof checkTemplateData>) => (checked.ok ? [] : checked.problems.map((p) => p.message));
  const never = "điều kiện không bao giờ đúng và câu này không bao giờ được hỏi";

  it("refuses a word, a quoted figure or a fraction compared with an integer question, and a notEquals of one as always holding", () => {
    expect(messages(withCondition({ type: "integer" }, { equals: "ba" }))).toEqual([
      `câu «truoc» là câu hỏi số nguyên: điều kiện cần một số nguyên viết bằng chữ số, không đặt trong dấu ngoặc kép, ví dụ equals: 3; với «ba» ${never}`,
    ]);
    expect(messages(withCondition({ type: "integer" }, { equals: "3" }))).toHaveLength(1);
    expect(messages(withCondition({ type: "integer" }, { equals: 2.5 }))).toHaveLength(1);
    expect(messages(withCondition({ type: "decimal" }, { in: ["1,5"] }))).toHaveLength(1);
    expect(messages(withCondition({ type: "integer" }, { notEquals: "không" }))[0]).toMatch(/với «không» điều kiện luôn đúng và câu này luôn được hỏi$/);
    expect(withCondition({ type: "integer" }, { equals: 3 }).ok).toBe(true);
    expect(withCondition({ type: "decimal" }, { equals: 2.5 }).ok).toBe(true);
  });

  it("refuses a date question compared with words or a day that does not exist, and takes a date written year-month-day", () => {
    expect(messages(withCondition({ type: "date" }, { equals: "hôm qua" }))).toEqual([
      `câu «truoc» là câu hỏi ngày: điều kiện cần một ngày dạng năm-tháng-ngày, ví dụ equals: "2026-09-30"; với «hôm qua» ${never}`,
    ]);
    expect(messages(withCondition({ type: "date" }, { equals: "30/09/2026" }))).toHaveLength(1);
    expect(messages(withCondition({ type: "date" }, { equals: "2026-02-30" }))).toHaveLength(1);
    expect(withCondition({ type: "date" }, { equals: "2026-09-30" }).ok).toBe(true);
  });

  it("refuses a value or a greaterThan beyond the question's own limits", () => {
    expect(messages(withCondition({ type: "integer", max: 100 }, { greaterThan: 1000 }))).toEqual([`câu «truoc» chỉ nhận câu trả lời đến 100, nên «greaterThan: 1000» không bao giờ đúng và câu này không bao giờ được hỏi`]);
    expect(messages(withCondition({ type: "integer", max: 100 }, { greaterThan: 100 }))).toHaveLength(1);
    expect(messages(withCondition({ type: "integer", min: 1, max: 100 }, { equals: 0 }))).toEqual([`câu «truoc» chỉ nhận câu trả lời từ 1 đến 100, nên với «0» ${never}`]);
    expect(messages(withCondition({ type: "percent" }, { equals: -5 }))).toEqual([`câu «truoc» chỉ nhận câu trả lời từ 0 trở lên, nên với «-5» ${never}`]);
    expect(messages(withCondition({ type: "date", min: "2026-01-01" }, { equals: "2025-12-31" }))).toEqual([`câu «truoc» chỉ nhận câu trả lời từ 2026-01-01 trở lên, nên với «2025-12-31» ${never}`]);
    expect(withCondition({ type: "integer", max: 100 }, { greaterThan: 99 }).ok).toBe(true);
  });
});

describe("what the check says of a limit or a list, in Vietnamese and once", () => {
  const withField = (field: Record<string, unknown>) =>
    problemsOf({ key: "k", title: "T", document: { type: "BÁO CÁO", typeCode: "BC", summary: "S" }, sections: [{ heading: "A", fields: [{ id: "cau", prompt: "?", ...field }] }], closing: { fields: [] } });
  const column = (id: string, title: string) => ({ id, title, type: "integer" });

  it("says a count that must be above 0 is so, not 'from 0 up'", () => {
    expect(withField({ type: "bullet-list", minItems: 0 })).toEqual(["test.json — mục «A», câu «cau»: «minItems» phải lớn hơn 0"]);
    expect(withField({ type: "table", columns: [column("so", "Số")], maxRows: 0 })).toEqual(["test.json — mục «A», câu «cau»: «maxRows» phải lớn hơn 0"]);
  });

  it("names a table's repeated column id and rows whose minimum is above their maximum in words, not zod's English", () => {
    expect(withField({ type: "table", columns: [column("so", "Số"), column("so", "Số khác")] })).toEqual([
      "test.json — mục «A», câu «cau»: mã cột «so» đã dùng cho một cột khác của bảng; mỗi cột cần một mã riêng",
    ]);
    expect(withField({ type: "table", columns: [column("so", "Số")], minRows: 5, maxRows: 2 })).toEqual([
      "test.json — mục «A», câu «cau»: «minRows» lớn hơn «maxRows»: không câu trả lời nào đạt được",
    ]);
  });

  it("says options that are not texts once, not once per option", () => {
    expect(withField({ type: "single-choice", options: [1, 2, 3] })).toEqual(["test.json — mục «A», câu «cau»: «options» phải là chữ (đặt trong dấu ngoặc kép)"]);
  });
});
