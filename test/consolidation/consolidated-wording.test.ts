/**
 * The ward's submitted consolidated report read as its chairman would, through the real server and
 * the local chat, its .docx opened and its XML read: how it prints what the officer left out or
 * answered "none", and the points left alone at their level.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES_DIR } from "../../src/templates/built-in-templates.ts";
import { HOA, LIEN_CHAU, type TestApp, useTestApps } from "../helpers/build-test-app.ts";
import { paragraphXml, readDocx } from "../helpers/docx-reader.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { LIEN_CHAU_2023 } from "../fixtures/seed-answers.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const apps = useTestApps();
const NAM_TRIEU = { chat: "thcs-nam-trieu", user: { userId: "u3", userName: "Lê Thị Lan" } };

/** One school submits; the officer completes the ward's report with these limitations and proposals, and submits it: its .docx. */
async function submittedWardReport(app: TestApp, limitations: string, proposals: string) {
  await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
  await app.post(OFFICERS, KHA, "/tonghop sua 1");
  for (const answer of ["/boqua", "Lan tỏa văn hóa đọc", limitations, proposals, "/boqua", "/boqua", "/boqua", "/boqua", "CHỦ TỊCH", "Nguyễn Văn Bình", "/nop"]) await app.post(OFFICERS, KHA, answer);
  const url = (await app.post(OFFICERS, KHA, "Có")).find((m) => m.document)?.document?.url;
  expect(url).toBeDefined();
  return readDocx((await app.app.inject(new URL(url!).pathname)).rawPayload);
}

describe("the ward's consolidated report, as its chairman reads it", () => {
  it("numbers no point alone at its level: the limitations skipped, the strengths are no '1.' without a '2.'", async () => {
    const { documentXml, paragraphs } = await submittedWardReport(await apps.start(), "/boqua", "Đầu tư thư viện");
    const start = paragraphs.indexOf("II. ĐÁNH GIÁ CHUNG");
    expect(paragraphs.slice(start, start + 3)).toEqual(["II. ĐÁNH GIÁ CHUNG", "Ưu điểm", "- Lan tỏa văn hóa đọc."]);
    // Still a heading: bold, kept with its items.
    expect(paragraphXml(documentXml, "Ưu điểm")).toMatch(/<w:b\/>[\s\S]*<w:keepNext\/>|<w:keepNext\/>[\s\S]*<w:b\/>/);
    expect(paragraphs.filter((p) => /^1\. /.test(p))).toEqual(["1. Công tác tuyên truyền"]);
  });

  it("prints proposals of 'Không có.' as that sentence, without the lead announcing proposals over it", async () => {
    const { paragraphs } = await submittedWardReport(await apps.start(), "Thư viện nhỏ", "Không có.");
    const start = paragraphs.indexOf("III. ĐỀ XUẤT, KIẾN NGHỊ");
    expect(paragraphs.slice(start, start + 2)).toEqual(["III. ĐỀ XUẤT, KIẾN NGHỊ", "Không có."]);
    expect(paragraphs.join("\n")).not.toMatch(/trân trọng đề nghị|- Không có/);
  });

  it("does not repeat the lead's 'đề nghị' at the head of each proposal ('trân trọng đề nghị: - Đề nghị …' before)", async () => {
    const { paragraphs } = await submittedWardReport(await apps.start(), "Thư viện nhỏ", "Đề nghị UBND thành phố hỗ trợ kinh phí cho thư viện\nKiến nghị với Sở GDĐT tổ chức tập huấn\nQuan tâm đầu tư thư viện số");
    const start = paragraphs.indexOf("III. ĐỀ XUẤT, KIẾN NGHỊ");
    expect(paragraphs.slice(start + 1, start + 5)).toEqual([
      "Để các hoạt động học tập suốt đời ngày càng đạt hiệu quả cao, Ủy ban nhân dân phường Nam Triệu trân trọng đề nghị:",
      "- UBND thành phố hỗ trợ kinh phí cho thư viện;",
      "- Sở GDĐT tổ chức tập huấn;",
      "- Quan tâm đầu tư thư viện số.",
    ]);
  });

  it("lists no school whose answer says only 'Không có.' (its line read '- Trường THCS Nam Triệu: Không có.')", async () => {
    const app = await apps.start();
    const answers = [...FULL_REPORT_ANSWERS];
    answers[6] = "Không có.";
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, answers);
    const { paragraphs } = await submittedWardReport(app, "Thư viện nhỏ", "Đầu tư thư viện");
    const start = paragraphs.indexOf("2. Kết quả hoạt động");
    expect(paragraphs[start + 1]).toMatch(/^- Trường Tiểu học Liên Châu: Tổ chức các hoạt động thông tin/);
    expect(paragraphs.filter((p) => p.includes("Không có"))).toEqual([]);
  });

  it("says the share of schools that held the opening has no data when no school answered the question (it vanished)", async () => {
    // The operator's copy of the school report, its opening question optional.
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    const school = JSON.parse(readFileSync(join(BUILT_IN_TEMPLATES_DIR, "tuan-le-hoc-tap-suot-doi.json"), "utf8"));
    school.sections[0].sections[1].fields.find((f: { id: string }) => f.id === "held_opening").required = false;
    writeFileSync(join(dir, "truong.json"), JSON.stringify(school, null, 2));
    const app = await apps.start({ templatesDir: dir });
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, [...FULL_REPORT_ANSWERS.slice(0, 4), "/boqua", ...FULL_REPORT_ANSWERS.slice(6)]);
    const url = (await app.post(OFFICERS, KHA, "/tonghop")).find((m) => m.document)?.document?.url;
    const { paragraphs } = readDocx((await app.app.inject(new URL(url!).pathname)).rawPayload);
    expect(paragraphs).toContain("- Tỉ lệ trường học trên địa bàn đã tổ chức phát động Tuần lễ: không có đơn vị nào báo cáo nội dung này.");
    expect(paragraphs.filter((p) => p.includes("0%"))).toEqual([]);
  });

  it("says a figure of 0 in words, in the ward's report and in a school's ('quyên góp được 0 cuốn sách' before)", async () => {
    const app = await apps.start();
    const answers = [...FULL_REPORT_ANSWERS];
    answers[9] = "0"; // readers
    answers[10] = "0"; // books
    answers[11] = "0%"; // staff taking part
    const school = await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, answers);
    const own = school.find((m) => m.document)?.document?.url;
    expect(own).toBeDefined();
    const schoolText = readDocx((await app.app.inject(new URL(own!).pathname)).rawPayload).paragraphs.join("\n");
    expect(schoolText).toContain("Phong trào quyên góp sách chưa thu được cuốn sách nào.");
    expect(schoolText).toContain("Chưa có cán bộ, giáo viên, nhân viên nào tham gia các hoạt động của Tuần lễ.");
    expect(schoolText).not.toMatch(/\b0%|\b0 (cuốn|lượt)/u);
    const { paragraphs } = await submittedWardReport(app, "Thư viện nhỏ", "Đầu tư thư viện");
    const ward = paragraphs.join("\n");
    // Liên Châu gave 1.200 readers and no books: the books are 0, the readers are not.
    expect(ward).toContain("- Các nhà trường chưa quyên góp được cuốn sách nào cho thư viện và tủ sách.");
    expect(ward).not.toMatch(/\b0 cuốn/u);
  });

  it("names the ward in full where the report names itself, as the seeds do ('… của UBND phường Nam Triệu./.' before)", async () => {
    const { paragraphs } = await submittedWardReport(await apps.start(), "Thư viện nhỏ", "Đầu tư thư viện");
    expect(paragraphs).toContain("Trên đây là báo cáo kết quả thực hiện các hoạt động Tuần lễ hưởng ứng học tập suốt đời năm 2026 của Ủy ban nhân dân phường Nam Triệu./.");
    expect(paragraphs.filter((p) => p.includes("UBND phường Nam Triệu"))).toEqual([]);
  });

  it("does not label a school's text that opens with its own name ('Trường Tiểu học Liên Châu: Trường Tiểu học Liên Châu phát động …')", async () => {
    const { paragraphs } = await submittedWardReport(await apps.start(), "Thư viện nhỏ", "Đầu tư thư viện");
    const start = paragraphs.indexOf("1. Công tác tuyên truyền");
    expect(paragraphs[start + 1]).toMatch(/^- Trường Tiểu học Liên Châu phát động và tuyên truyền trên các phương tiện thông tin đại chúng/);
  });
});
