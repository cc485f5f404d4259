/**
 * The consolidated report of a report type that names no ward-level counterpart (the generic one,
 * made from the units' own questions), through the real server and the local chat, its .docx
 * opened: an average says over how many units it was taken, and a section every unit left out is
 * printed saying so.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES_DIR } from "../../src/templates/built-in-templates.ts";
import { HOA, LIEN_CHAU, useTestApps } from "../helpers/build-test-app.ts";
import { readDocx } from "../helpers/docx-reader.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { LIEN_CHAU_2023 } from "../fixtures/seed-answers.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const apps = useTestApps();
const NAM_TRIEU = { chat: "thcs-nam-trieu", user: { userId: "u3", userName: "Lê Thị Lan" } };

/** The demo with the school report replaced by the operator's copy that names no consolidated counterpart (`change` alters it further). */
async function startWithoutCounterpart(change: (school: { sections: { sections?: { fields: { id: string; required?: boolean }[] }[] }[] }) => void = () => {}) {
  const dir = mkdtempSync(join(tmpdir(), "templates-"));
  const school = JSON.parse(readFileSync(join(BUILT_IN_TEMPLATES_DIR, "tuan-le-hoc-tap-suot-doi.json"), "utf8"));
  delete school.consolidatedBy;
  change(school);
  writeFileSync(join(dir, "truong.json"), JSON.stringify(school, null, 2));
  return apps.start({ templatesDir: dir });
}

async function draftParagraphs(app: Awaited<ReturnType<typeof startWithoutCounterpart>>) {
  const url = (await app.post(OFFICERS, KHA, "/tonghop")).find((m) => m.document)?.document?.url;
  expect(url).toBeDefined();
  return readDocx((await app.app.inject(new URL(url!).pathname)).rawPayload).paragraphs;
}

describe("the generic consolidated report's document", () => {
  it("says over how many units an average was taken: those that gave the figure", async () => {
    const app = await startWithoutCounterpart();
    // Liên Châu gives no staff share; Nam Triệu gives 95,5%.
    await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, FULL_REPORT_ANSWERS);
    const paragraphs = await draftParagraphs(app);
    // One unit's figure is no average: it says whose it is ("(bình quân của 1 đơn vị có số liệu)" before).
    expect(paragraphs).toContain("Tỉ lệ cán bộ, giáo viên, nhân viên tham gia các hoạt động (số liệu của 1 đơn vị): 95,5%.");
    // The chat's "(mỗi dòng một ý)" is no words of the report.
    expect(paragraphs.filter((p) => p.includes("mỗi dòng"))).toEqual([]);
  });

  it("says 'bình quân' over two units' figures", async () => {
    const app = await startWithoutCounterpart();
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, FULL_REPORT_ANSWERS);
    const answers = [...FULL_REPORT_ANSWERS];
    answers[11] = "90%";
    await submitFullReport(app, LIEN_CHAU, HOA, answers);
    expect(await draftParagraphs(app)).toContain("Tỉ lệ cán bộ, giáo viên, nhân viên tham gia các hoạt động (bình quân của 2 đơn vị có số liệu): 92,8%.");
  });

  it("prints the average when its count of units is skipped by /sua (the sentence was left out, figure and all)", async () => {
    const app = await startWithoutCounterpart();
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, FULL_REPORT_ANSWERS);
    await app.post(OFFICERS, KHA, "/tonghop sua 1");
    const review = (await app.post(OFFICERS, KHA, "/xem")).map((m) => m.text).join("\n");
    const count = /\n(\d+)\. Số đơn vị có số liệu «Tỉ lệ cán bộ/.exec(review)?.[1];
    expect(count).toBeDefined();
    await app.post(OFFICERS, KHA, `/sua ${count}`);
    await app.post(OFFICERS, KHA, "/boqua");
    const paragraphs = await draftParagraphs(app);
    expect(paragraphs).toContain("Tỉ lệ cán bộ, giáo viên, nhân viên tham gia các hoạt động (bình quân các đơn vị có số liệu): 95,5%.");
  });

  it("says a yes/no question's counts as statements ('Đơn vị có tổ chức … không: 1 đơn vị trả lời Có.' before)", async () => {
    const app = await startWithoutCounterpart();
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, FULL_REPORT_ANSWERS);
    // Liên Châu held no opening: its date is not asked.
    await submitFullReport(app, LIEN_CHAU, HOA, [...FULL_REPORT_ANSWERS.slice(0, 4), "Không", ...FULL_REPORT_ANSWERS.slice(6)]);
    const paragraphs = await draftParagraphs(app);
    const start = paragraphs.indexOf("2. Tổ chức các hoạt động");
    expect(paragraphs.slice(start + 1, start + 3)).toEqual(["1 đơn vị có tổ chức Lễ khai mạc (phát động) Tuần lễ.", "1 đơn vị không tổ chức Lễ khai mạc (phát động) Tuần lễ."]);
    expect(paragraphs.filter((p) => p.includes("trả lời Có"))).toEqual([]);
  });

  it("says a yes/no question no unit answered has no data (it vanished, both its counts of 0 left out)", async () => {
    const app = await startWithoutCounterpart((school) => {
      const opening = school.sections.flatMap((s) => s.sections ?? []).flatMap((s) => s.fields).find((f) => f.id === "held_opening")!;
      opening.required = false;
    });
    // The opening skipped: its date is not asked.
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, [...FULL_REPORT_ANSWERS.slice(0, 4), "/boqua", ...FULL_REPORT_ANSWERS.slice(6)]);
    const paragraphs = await draftParagraphs(app);
    const start = paragraphs.indexOf("2. Tổ chức các hoạt động");
    expect(paragraphs[start + 1]).toBe("Không có đơn vị nào báo cáo về việc tổ chức Lễ khai mạc (phát động) Tuần lễ.");
  });

  it("prints a section every unit left out, saying no unit reported it, instead of dropping it", async () => {
    const app = await startWithoutCounterpart();
    const answers = [...FULL_REPORT_ANSWERS];
    answers[14] = "/boqua"; // lessons
    answers[15] = "/boqua"; // limitations
    answers[16] = "/boqua"; // proposals
    await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, answers);
    const paragraphs = await draftParagraphs(app);
    const lessons = paragraphs.indexOf("2. Bài học kinh nghiệm");
    expect(paragraphs.slice(lessons, lessons + 4)).toEqual(["2. Bài học kinh nghiệm", "Không có đơn vị nào báo cáo nội dung này.", "3. Tồn tại, hạn chế", "Không có đơn vị nào báo cáo nội dung này."]);
    const proposals = paragraphs.indexOf("III. ĐỀ XUẤT, KIẾN NGHỊ");
    expect(paragraphs[proposals + 1]).toBe("Không có đơn vị nào báo cáo nội dung này.");
  });
});
