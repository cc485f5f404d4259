/**
 * `npm run template -- check FILE...` as an operator runs it, in its own process: each kind of
 * mistake is named with its file, line, section and question, in words, and the exit code says
 * whether anything is wrong.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

function check(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "template-check-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const run = spawnSync(TSX, [join(ROOT, "src", "cli", "template.ts"), "check", ...Object.keys(files)], { cwd: dir, encoding: "utf8" });
  return { code: run.status, lines: run.stdout.trim().split("\n"), stderr: run.stderr };
}

const GOOD_YAML = `# Báo cáo thi đua của trường
key: bao-cao-thi-dua
title: Báo cáo thi đua
document:
  type: BÁO CÁO
  typeCode: BC
  summary: Kết quả thi đua năm {year}
sections:
  - heading: KẾT QUẢ
    fields:
      - id: so_luot
        type: integer
        prompt: Bao nhiêu lượt người tham gia?
      - id: ghi_chu
        type: paragraph
        prompt: Ghi chú thêm?
        required: false
        showIf: { field: so_luot, greaterThan: 0 }
closing:
  fields: []
`;

describe("npm run template -- check", () => {
  it("says a good file is good, with its title and number of questions, and exits 0", () => {
    const run = check({ "thi-dua.yaml": GOOD_YAML });
    expect(run.lines).toEqual(["thi-dua.yaml: hợp lệ — «Báo cáo thi đua», 2 câu hỏi."]);
    expect(run.code).toBe(0);
  });

  it("names each mistake with its file, line, section and question, and exits 1", () => {
    const badType = GOOD_YAML.replace("type: integer", "type: number");
    const duplicate = GOOD_YAML.replace("id: ghi_chu", "id: so_luot").replace("showIf: { field: so_luot, greaterThan: 0 }", "");
    const laterCondition = GOOD_YAML.replace("prompt: Bao nhiêu lượt người tham gia?", "prompt: Bao nhiêu lượt?\n        showIf: { field: ghi_chu, answered: true }");
    const run = check({
      "hong.json": '{\n  "key": "x",\n  "title": "X",\n  "sections": [\n    { "heading": "A", "fields": [} ]\n}\n',
      "hong.yaml": 'key: x\ntitle: "Báo cáo\nsections: []\n',
      "loai-sai.yaml": badType,
      "trung-ma.yaml": duplicate,
      "dieu-kien.yaml": laterCondition,
    });
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      "hong.json, dòng 5: tệp không đúng cú pháp JSON ở cột 34 (kiểm tra dấu phẩy, dấu ngoặc, dấu ngoặc kép và thụt lề): ký tự «}» không đúng chỗ",
      expect.stringMatching(/^hong\.yaml, dòng \d: tệp không đúng cú pháp YAML .*: thiếu dấu đóng \(dấu ngoặc kép hoặc dấu ngoặc\)$/),
      "loai-sai.yaml, dòng 12 — mục «KẾT QUẢ», câu «so_luot»: loại câu hỏi «number» không có; chọn một trong: short-text, paragraph, bullet-list, integer, decimal, percent, date, time, single-choice, multiple-choice, yes-no, table, photo",
      "trung-ma.yaml, dòng 14 — mục «KẾT QUẢ», câu «so_luot»: mã câu hỏi «so_luot» đã dùng cho một câu khác; mỗi câu cần một mã riêng",
      "dieu-kien.yaml, dòng 14 — mục «KẾT QUẢ», câu «so_luot»: «showIf» dựa vào câu «ghi_chu», nhưng câu đó không đứng trước câu này (điều kiện chỉ dựa vào câu đã hỏi)",
      "5 lỗi trong 5 tệp. Sửa các lỗi trên rồi kiểm tra lại.",
    ]);
    // Never zod's own words.
    expect(run.lines.join("\n")).not.toMatch(/Invalid|discriminator|expected/);
  });

  it("names a {…} the document cannot fill and a lone brace, which the document would print as typed", () => {
    const placeholders = GOOD_YAML.replace("summary: Kết quả thi đua năm {year}", "summary: Kết quả thi đua năm {nam}").replace(
      "prompt: Bao nhiêu lượt người tham gia?",
      'prompt: Bao nhiêu lượt người tham gia?\n        documentText: "Có {value} lượt, {ghi_chu} và {khong_co} và {so_luot"',
    );
    const run = check({ "ngoac.yaml": placeholders });
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      "ngoac.yaml, dòng 7 — phần văn bản (document): «{nam}» không điền được ở đây nên sẽ in nguyên văn; dùng được: {year}, {period}, {unitName}, {issuerName}, {reference}",
      "ngoac.yaml, dòng 14 — mục «KẾT QUẢ», câu «so_luot»: «{khong_co}» không điền được ở đây nên sẽ in nguyên văn; dùng được: {value}, {unitName}, {ghi_chu}",
      "ngoac.yaml, dòng 14 — mục «KẾT QUẢ», câu «so_luot»: có dấu «{» hoặc «}» lẻ: tên cần điền phải nằm trong một cặp ngoặc, ví dụ {value}",
      "3 lỗi trong 1 tệp. Sửa các lỗi trên rồi kiểm tra lại.",
    ]);
  });

  /** A school report named by its counterpart, with a yes/no question and a table beside GOOD_YAML's. */
  const unit = GOOD_YAML.replace("title: Báo cáo thi đua", "title: Báo cáo thi đua\nconsolidatedBy: thi-dua-phuong").replace(
    "      - id: ghi_chu",
    [
      "      - id: co_khen_thuong\n        type: yes-no\n        prompt: Có khen thưởng không?",
      "      - id: theo_khoi\n        type: table\n        prompt: Số học sinh theo khối?\n        columns:\n          - { id: khoi, title: Khối, type: text }\n          - { id: hoc_sinh, title: Số học sinh, type: integer }",
      "      - id: ghi_chu",
    ].join("\n"),
  );
  /** The ward's counterpart, its only section's questions given. */
  const ward = (sources: string) =>
    GOOD_YAML.replace("key: bao-cao-thi-dua", "key: thi-dua-phuong").replace("title: Báo cáo thi đua", "title: Báo cáo thi đua cấp phường").replace(
      /sections:[\s\S]*closing:/,
      `sections:\n  - heading: TỔNG HỢP\n    fields:\n${sources}closing:`,
    );

  it("checks a report type against its consolidated counterpart: the key it names, each source question and what can be computed from it", () => {
    const good = ward("      - id: tong_luot\n        type: integer\n        prompt: Tổng số lượt?\n        from: { field: so_luot, as: sum }\n");
    expect(check({ "truong.yaml": unit, "phuong.yaml": good }).code).toBe(0);
    const bad = ward(
      [
        "      - id: tong_luot\n        type: integer\n        prompt: Tổng số lượt?\n        from: { field: soluot, as: sum }\n",
        "      - id: so_khen\n        type: integer\n        prompt: Số trường được khen?\n        from: { field: co_khen_thuong, as: sum }\n",
      ].join(""),
    );
    const run = check({ "truong.yaml": unit, "phuong.yaml": bad });
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      "phuong.yaml, dòng 14 — mục «TỔNG HỢP», câu «tong_luot»: «from.field» chỉ tới câu «soluot», nhưng mẫu «bao-cao-thi-dua» của các đơn vị không có câu đó; báo cáo tổng hợp sẽ không có số liệu này",
      "phuong.yaml, dòng 18 — mục «TỔNG HỢP», câu «so_khen»: «as: sum» không tính được từ câu «co_khen_thuong» (kiểu yes-no); với câu kiểu này dùng được: count-yes, count-no, share-yes, per-option, units-answered, list",
      "truong.yaml: hợp lệ — «Báo cáo thi đua», 4 câu hỏi.",
      "2 lỗi trong 1 tệp. Sửa các lỗi trên rồi kiểm tra lại.",
    ]);
    // A counterpart that does not exist, named by the unit's file.
    const alone = check({ "truong.yaml": unit });
    expect(alone.lines[0]).toBe(
      "truong.yaml, dòng 4: «consolidatedBy» chỉ tới loại báo cáo «thi-dua-phuong», nhưng không có loại báo cáo nào mang mã này; sửa lại mã, hoặc bỏ dòng này để báo cáo tổng hợp dùng mẫu chung",
    );
    expect(alone.code).toBe(1);
  });

  it("reads the other templates of TEMPLATES_DIR, as the bot would load them, for the consolidatedBy of a file checked alone and what it reads", () => {
    const dir = mkdtempSync(join(tmpdir(), "template-check-"));
    mkdirSync(join(dir, "mau"));
    // Found as the bot finds it: TEMPLATES_DIR from .env, relative to where the bot runs.
    writeFileSync(join(dir, ".env"), "TEMPLATES_DIR=./mau\n");
    writeFileSync(join(dir, "mau", "phuong.yaml"), ward("      - id: tong_luot\n        type: integer\n        prompt: Tổng số lượt?\n        from: { field: so_luot, as: sum }\n"));
    const env: Record<string, string | undefined> = { ...process.env };
    for (const name of ["TEMPLATES_DIR", "DATABASE_PATH", "DATABASE_URL"]) delete env[name];
    const checkAlone = (text: string) => {
      writeFileSync(join(dir, "truong.yaml"), text);
      const run = spawnSync(TSX, [join(ROOT, "src", "cli", "template.ts"), "check", "truong.yaml"], { cwd: dir, env, encoding: "utf8" });
      return { code: run.status, lines: run.stdout.trim().split("\n") };
    };
    const folderLine = `Đối chiếu thêm với 1 mẫu khác trong TEMPLATES_DIR (${join(dir, "mau")}), như bot sẽ nạp cùng.`;
    expect(checkAlone(unit)).toEqual({ code: 0, lines: ["truong.yaml: hợp lệ — «Báo cáo thi đua», 4 câu hỏi.", folderLine] });
    // A question the folder's ward report reads, renamed: the file checked is at fault (the folder's
    // file was blamed, and the one checked called valid), as /mau nap says it.
    expect(checkAlone(unit.replaceAll("so_luot", "so_nguoi"))).toEqual({
      code: 1,
      lines: [
        expect.stringMatching(/^truong\.yaml, dòng \d+: báo cáo tổng hợp «thi-dua-phuong» \(tệp của mẫu đó không đổi\) lấy số liệu từ câu «so_luot» của mẫu này, nhưng mẫu này không có câu đó; giữ câu «so_luot», hoặc sửa cả «from» trong tệp của «thi-dua-phuong» rồi gõ \/mau nap$/),
        folderLine,
        "1 lỗi trong 1 tệp. Sửa các lỗi trên rồi kiểm tra lại.",
      ],
    });
  });

  it("refuses a computed question that cannot hold what is computed (a count as a percent, a list as a figure) and a table column the units' table lacks", () => {
    const question = (id: string, type: string, source: string, as: string, extra = "") => `      - id: ${id}\n        type: ${type}\n        prompt: ${id}?\n        from: { field: ${source}, as: ${as} }\n${extra}`;
    const fits = ward(
      [
        question("so_truong_khen", "integer", "co_khen_thuong", "count-yes"),
        question("ti_le_khen", "percent", "co_khen_thuong", "share-yes"),
        question("cac_ghi_chu", "bullet-list", "ghi_chu", "list"),
        question("hs_khoi", "table", "theo_khoi", "sum", "        columns:\n          - { id: khoi, title: Khối, type: text }\n          - { id: hoc_sinh, title: Học sinh, type: integer }\n"),
      ].join(""),
    );
    expect(check({ "truong.yaml": unit, "phuong.yaml": fits }).code).toBe(0);
    const misfits = ward(
      [
        question("ti_le_khen", "percent", "co_khen_thuong", "count-yes"),
        question("tong_ghi_chu", "integer", "ghi_chu", "list"),
        question("ti_le_luot", "percent", "so_luot", "sum"),
        question("hs_khoi", "table", "theo_khoi", "sum", "        columns:\n          - { id: khoi, title: Khối, type: text }\n          - { id: hs, title: Học sinh, type: integer }\n          - { id: hoc_sinh, title: Học sinh, type: percent }\n"),
      ].join(""),
    );
    const run = check({ "truong.yaml": unit, "phuong.yaml": misfits });
    expect(run.code).toBe(1);
    expect(run.lines.slice(0, 5)).toEqual([
      "phuong.yaml, dòng 12 — mục «TỔNG HỢP», câu «ti_le_khen»: «as: count-yes» tính từ câu «co_khen_thuong» (kiểu yes-no) không ghi được vào câu kiểu percent: báo cáo tổng hợp sẽ in sai số liệu này; dùng kiểu: integer, decimal",
      "phuong.yaml, dòng 16 — mục «TỔNG HỢP», câu «tong_ghi_chu»: «as: list» tính từ câu «ghi_chu» (kiểu paragraph) không ghi được vào câu kiểu integer: báo cáo tổng hợp sẽ in sai số liệu này; dùng kiểu: paragraph, bullet-list",
      "phuong.yaml, dòng 20 — mục «TỔNG HỢP», câu «ti_le_luot»: «as: sum» tính từ câu «so_luot» (kiểu integer) không ghi được vào câu kiểu percent: báo cáo tổng hợp sẽ in sai số liệu này; dùng kiểu: integer, decimal",
      "phuong.yaml, dòng 29 — mục «TỔNG HỢP», câu «hs_khoi»: cột «hs» không có trong bảng «theo_khoi» của mẫu «bao-cao-thi-dua»: cột này sẽ luôn trống; các cột của bảng đó: khoi, hoc_sinh",
      "phuong.yaml, dòng 30 — mục «TỔNG HỢP», câu «hs_khoi»: cột «hoc_sinh» có kiểu percent ở đây nhưng kiểu integer trong bảng của các đơn vị; dùng cùng một kiểu",
    ]);
  });

  it("names conditions that can never hold and limits no answer meets", () => {
    const impossible = GOOD_YAML.replace(
      "      - id: ghi_chu",
      [
        "      - id: co_khen\n        type: yes-no\n        prompt: Có khen thưởng không?",
        "      - id: muc_do\n        type: single-choice\n        prompt: Mức độ?\n        options: [Tốt, Khá, Tốt]",
        "      - id: ngay_khen\n        type: date\n        prompt: Ngày khen?\n        showIf: { field: co_khen, equals: Có }",
        "      - id: ly_do\n        type: paragraph\n        prompt: Lý do?\n        showIf: { field: muc_do, in: [Tot lam] }",
        "      - id: cac_y\n        type: bullet-list\n        prompt: Các ý?\n        minItems: 5\n        maxItems: 2\n        showIf: { field: ly_do, greaterThan: 0 }",
        "      - id: ghi_chu",
      ].join("\n"),
    );
    const run = check({ "dieu-kien.yaml": impossible });
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      "dieu-kien.yaml, dòng 20 — mục «KẾT QUẢ», câu «muc_do»: lựa chọn «Tốt» bị lặp lại",
      "dieu-kien.yaml, dòng 24 — mục «KẾT QUẢ», câu «ngay_khen»: câu «co_khen» là câu Có/Không: điều kiện cần true (Có) hoặc false (Không), ví dụ equals: true; với «Có» điều kiện không bao giờ đúng và câu này không bao giờ được hỏi",
      "dieu-kien.yaml, dòng 28 — mục «KẾT QUẢ», câu «ly_do»: «Tot lam» không phải một lựa chọn của câu «muc_do», nên điều kiện không bao giờ đúng; các lựa chọn: Tốt; Khá; Tốt",
      "dieu-kien.yaml, dòng 32 — mục «KẾT QUẢ», câu «cac_y»: «minItems» lớn hơn «maxItems»: không câu trả lời nào đạt được",
      "dieu-kien.yaml, dòng 34 — mục «KẾT QUẢ», câu «cac_y»: «greaterThan» chỉ dùng với câu hỏi số, nhưng câu «ly_do» không phải câu hỏi số",
      "5 lỗi trong 1 tệp. Sửa các lỗi trên rồi kiểm tra lại.",
    ]);
  });

  it("says to quote a value that YAML reads as more than text (a ': ' inside it, a '{' first), not only the parser's symptom", () => {
    const withColon = GOOD_YAML.replace("prompt: Bao nhiêu lượt người tham gia?", "prompt: Bao nhiêu lượt người tham gia?\n        documentText: Tổng số lượt: {value} lượt.");
    const withBrace = GOOD_YAML.replace("prompt: Bao nhiêu lượt người tham gia?", "prompt: Bao nhiêu lượt người tham gia?\n        documentText: {value} lượt người tham gia");
    const run = check({ "hai-cham.yaml": withColon, "ngoac.yaml": withBrace, "dung.yaml": GOOD_YAML.replace("prompt: Bao nhiêu lượt người tham gia?", 'prompt: Bao nhiêu lượt người tham gia?\n        documentText: "Tổng số lượt: {value} lượt."') });
    const hint = '; nếu giá trị có dấu hai chấm, dấu # hoặc bắt đầu bằng { hay [, hãy đặt cả giá trị trong dấu ngoặc kép, ví dụ documentText: "Tổng số: {value} em."';
    expect(run.lines[0]).toMatch(/^hai-cham\.yaml, dòng 14: tệp không đúng cú pháp YAML/);
    expect(run.lines[0]!.endsWith(hint)).toBe(true);
    expect(run.lines[1]).toMatch(/^ngoac\.yaml, dòng 14: tệp không đúng cú pháp YAML/);
    expect(run.lines[1]!.endsWith(hint)).toBe(true);
    expect(run.lines[2]).toBe("dung.yaml: hợp lệ — «Báo cáo thi đua», 2 câu hỏi.");
  });

  it("says in words why a file could not be read: none there, or a folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "template-check-"));
    const run = spawnSync(TSX, [join(ROOT, "src", "cli", "template.ts"), "check", "khong-co.yaml", "."], { cwd: dir, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split("\n")).toEqual(["khong-co.yaml: không đọc được tệp (không có tệp này)", ".: không đọc được tệp (đây là một thư mục, không phải tệp)", "2 lỗi trong 2 tệp. Sửa các lỗi trên rồi kiểm tra lại."]);
  });

  it("says a copy of the schools' report that drops what the built-in ward report reads is wrong", () => {
    const school = readFileSync(join(ROOT, "src", "templates", "built-in", "tuan-le-hoc-tap-suot-doi.json"), "utf8").replaceAll('"readers_served"', '"ban_doc"');
    const run = check({ "truong.json": school });
    expect(run.code).toBe(1);
    expect(run.lines[0]).toMatch(/^truong\.json, dòng \d+: báo cáo tổng hợp «tuan-le-hoc-tap-suot-doi-cap-phuong» \(mẫu có sẵn\) lấy số liệu từ câu «readers_served» của mẫu này/);
  });

  it("notes a copy of a built-in that kept its key under another title: it replaces the built-in, and a new report type needs its own key", () => {
    const school = JSON.parse(readFileSync(join(ROOT, "src", "templates", "built-in", "tuan-le-hoc-tap-suot-doi.json"), "utf8"));
    const alone = check({ "pccc.json": JSON.stringify({ ...school, title: "Báo cáo PCCC" }, null, 2) });
    expect(alone.lines).toEqual([
      "pccc.json: hợp lệ — «Báo cáo PCCC», 21 câu hỏi.",
      "pccc.json: lưu ý — tệp này mang mã «tuan-le-hoc-tap-suot-doi» của mẫu có sẵn «Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời» nên thay mẫu đó: «Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời» không còn được chọn khi mở đợt. Nếu đây là một loại báo cáo mới, hãy đặt cho nó một «key» riêng, ví dụ key: bao-cao-pccc; nếu muốn thay mẫu có sẵn thì bỏ qua lưu ý này.",
    ]);
    // A warning, not a refusal: replacing a built-in is how one is changed.
    expect(alone.code).toBe(0);
    // The built-in changed under its own title: nothing to note.
    expect(check({ "truong.json": JSON.stringify({ ...school, version: 9 }, null, 2) }).lines).toEqual([`truong.json: hợp lệ — «${school.title}», 21 câu hỏi.`]);
  });

  it("checks the files together as TEMPLATES_DIR reads them: two with one key are both refused", () => {
    const run = check({ "thi-dua.yaml": GOOD_YAML, "thi-dua-copy.yml": GOOD_YAML.replace("title: Báo cáo thi đua", "title: Báo cáo thi đua (bản sửa)") });
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      "thi-dua-copy.yml: mã mẫu «bao-cao-thi-dua» đã dùng ở tệp thi-dua.yaml: cả hai tệp bị bỏ qua, loại báo cáo này dùng phiên bản đã nạp trước đó (nếu có) cho tới khi chỉ còn một tệp mang mã này",
      "1 lỗi trong 2 tệp. Sửa các lỗi trên rồi kiểm tra lại.",
    ]);
  });

  it("reads a JSON file saved with a byte order mark (Windows Notepad), and a file named where npm was typed (INIT_CWD)", () => {
    const dir = mkdtempSync(join(tmpdir(), "template-check-"));
    const json = JSON.stringify({ key: "bao-cao-thi-dua", title: "Báo cáo thi đua", document: { type: "BÁO CÁO", typeCode: "BC", summary: "Thi đua" }, sections: [{ heading: "A", fields: [{ id: "so", type: "integer", prompt: "Bao nhiêu?" }] }], closing: { fields: [] } });
    writeFileSync(join(dir, "thi-dua.json"), `\uFEFF${json}`);
    // Run from another folder, as "npm --prefix BOT run template -- check thi-dua.json" runs it.
    const run = spawnSync(TSX, [join(ROOT, "src", "cli", "template.ts"), "check", "thi-dua.json"], { cwd: mkdtempSync(join(tmpdir(), "elsewhere-")), env: { ...process.env, INIT_CWD: dir }, encoding: "utf8" });
    expect(run.stdout.trim()).toBe(`${join(dir, "thi-dua.json")}: hợp lệ — «Báo cáo thi đua», 1 câu hỏi.`);
    expect(run.status).toBe(0);
  });

  it("refuses a file not saved as UTF-8 (the Windows code page, UTF-16) saying how to save it so, an empty one, and one that is a list", () => {
    const dir = mkdtempSync(join(tmpdir(), "template-check-"));
    // Valid in every other way: before, "Báo cáo PCCC" in cp1258 loaded as "B�o c�o PCCC" and was said to be good.
    const pccc = "key: bao-cao-pccc\ntitle: Báo cáo PCCC\ndocument: { type: BÁO CÁO, typeCode: BC, summary: \"PCCC {year}\" }\nsections:\n  - heading: A\n    fields:\n      - { id: so, type: integer, prompt: Bao nhiêu? }\nclosing: { fields: [] }\n";
    writeFileSync(join(dir, "pccc.yaml"), Buffer.from(pccc, "latin1"));
    writeFileSync(join(dir, "unicode.yaml"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(pccc, "utf16le")]));
    writeFileSync(join(dir, "trong.json"), "");
    writeFileSync(join(dir, "chu-thich.yaml"), "# chỉ có chú thích\n");
    writeFileSync(join(dir, "danh-sach.yaml"), "- key: a\n- key: b\n");
    writeFileSync(join(dir, "dung.yaml"), pccc);
    const run = spawnSync(TSX, [join(ROOT, "src", "cli", "template.ts"), "check", "pccc.yaml", "unicode.yaml", "trong.json", "chu-thich.yaml", "danh-sach.yaml", "dung.yaml"], { cwd: dir, encoding: "utf8" });
    const lines = run.stdout.trim().split("\n");
    expect(run.status).toBe(1);
    expect(lines[0]).toMatch(/^pccc\.yaml: tệp không được lưu bằng mã UTF-8 .*chọn Lưu Như \(Save As\), ở ô Mã hóa \(Encoding\) chọn UTF-8/);
    expect(lines[1]).toMatch(/^unicode\.yaml: tệp được lưu bằng mã UTF-16 .*chọn UTF-8/);
    expect(lines.slice(2)).toEqual([
      "trong.json: tệp trống: chưa có nội dung mẫu báo cáo nào",
      "chu-thich.yaml: tệp trống: chưa có nội dung mẫu báo cáo nào",
      "danh-sach.yaml, dòng 1: tệp phải là một mẫu báo cáo: một nhóm { … } có key, title, document, sections và closing (không phải một danh sách hay một giá trị đơn lẻ)",
      "dung.yaml: hợp lệ — «Báo cáo PCCC», 1 câu hỏi.",
      "5 lỗi trong 5 tệp. Sửa các lỗi trên rồi kiểm tra lại.",
    ]);
    expect(run.stdout).not.toContain("«»");
  });

  it("refuses a file above 512 KB unread, and a template of more than 500 questions, saying the limit", () => {
    const dir = mkdtempSync(join(tmpdir(), "template-check-"));
    const template = (fields: unknown[]) =>
      JSON.stringify({ key: "bao-cao-lon", title: "Báo cáo lớn", document: { type: "BÁO CÁO", typeCode: "BC", summary: "Năm {year}" }, sections: [{ heading: "A", fields }], closing: { fields: [] } });
    const one = { id: "so", type: "integer", prompt: "Bao nhiêu?" };
    writeFileSync(join(dir, "lon.json"), template([{ ...one, hint: "x".repeat(600 * 1024) }]));
    writeFileSync(join(dir, "nhieu-cau.json"), template(Array.from({ length: 501 }, (_, i) => ({ ...one, id: `so_${i}` }))));
    writeFileSync(join(dir, "du-cau.json"), template(Array.from({ length: 500 }, (_, i) => ({ ...one, id: `so_${i}` }))));
    const run = spawnSync(TSX, [join(ROOT, "src", "cli", "template.ts"), "check", "lon.json", "nhieu-cau.json", "du-cau.json"], { cwd: dir, encoding: "utf8" });
    expect(run.stdout.trim().split("\n")).toEqual([
      "lon.json: tệp quá lớn (601 KB; một mẫu báo cáo không quá 512 KB, các mẫu có sẵn chỉ khoảng 12 KB): tệp không được đọc; kiểm tra xem có phải tệp mẫu báo cáo không",
      "nhieu-cau.json: mẫu có 501 câu hỏi, quá giới hạn 500 câu của một mẫu báo cáo (các mẫu có sẵn có khoảng 20 câu); tách thành nhiều loại báo cáo hoặc bỏ bớt câu hỏi",
      "du-cau.json: hợp lệ — «Báo cáo lớn», 500 câu hỏi.",
      "2 lỗi trong 2 tệp. Sửa các lỗi trên rồi kiểm tra lại.",
    ]);
    expect(run.status).toBe(1);
  });

  it("notes printed words typed without tone marks ('KET QUA THUC HIEN'), which the document prints as written, and still exits 0", () => {
    const unmarked = GOOD_YAML.replace("heading: KẾT QUẢ", "heading: KET QUA THUC HIEN").replace("summary: Kết quả thi đua năm {year}", "summary: Ket qua thi dua nam {year}");
    const run = check({ "thi-dua.yaml": unmarked });
    expect(run.lines).toEqual([
      "thi-dua.yaml: hợp lệ — «Báo cáo thi đua», 2 câu hỏi.",
      "thi-dua.yaml: lưu ý — chữ in trong văn bản chưa có dấu tiếng Việt: «Ket qua thi dua nam {year}», «KET QUA THUC HIEN». Văn bản in nguyên văn như vậy; nên gõ lại có dấu.",
    ]);
    expect(run.code).toBe(0);
  });

  it("tells how to use it when given no file", () => {
    const run = spawnSync(TSX, [join(ROOT, "src", "cli", "template.ts")], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Cách dùng: npm run template -- check TỆP");
  });
});
