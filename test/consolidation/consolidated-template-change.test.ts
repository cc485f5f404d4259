/**
 * The ward's report type and the officers' answers to it, through the real server and the local
 * chat: an answer no longer of its question's type (the operator changed it, /mau nap) is asked
 * again, never printed as "NaN"; a computed figure is never refused by the ward question's own max.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES_DIR } from "../../src/templates/built-in-templates.ts";
import { type BotMessage, HOA, LIEN_CHAU, useTestApps } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { LIEN_CHAU_2023 } from "../fixtures/seed-answers.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const apps = useTestApps();
const texts = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");

type FieldJson = { id: string; type: string; [key: string]: unknown };
type SectionJson = { fields?: FieldJson[]; sections?: SectionJson[] };
const fieldsOf = (sections: SectionJson[]): FieldJson[] => sections.flatMap((s) => [...(s.fields ?? []), ...fieldsOf(s.sections ?? [])]);

describe("the consolidated report when its question's type changes", () => {
  it("asks again a stored answer that is no longer of its question's type, and /xem shows no NaN", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    const app = await apps.start({ templatesDir: dir });
    await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    await app.post(OFFICERS, KHA, "/tonghop sua 1");
    for (const answer of ["/boqua", "Các trường thực hiện tốt", "Thư viện nhỏ", "Đầu tư thư viện", "/boqua", "/boqua", "/boqua", "/boqua", "CHỦ TỊCH", "Nguyễn Văn Bình"]) await app.post(OFFICERS, KHA, answer);
    expect(texts(await app.post(OFFICERS, KHA, "/xem"))).toMatch(/\n8\. [^\n]*\n- Các trường thực hiện tốt/);

    // The operator makes the strengths question a figure.
    const ward = JSON.parse(readFileSync(join(BUILT_IN_TEMPLATES_DIR, "tuan-le-hoc-tap-suot-doi-cap-phuong.json"), "utf8"));
    const strengths = fieldsOf(ward.sections).find((f) => f.id === "strengths")!;
    for (const key of Object.keys(strengths)) if (!["id", "prompt", "required"].includes(key)) delete strengths[key];
    Object.assign(strengths, { type: "integer", prompt: "Số trường thực hiện tốt?", example: "3" });
    writeFileSync(join(dir, "cap-phuong.json"), JSON.stringify(ward, null, 2));
    expect(texts(await app.post(OFFICERS, KHA, "/mau nap"))).toContain("• Đã đổi:");

    const review = texts(await app.post(OFFICERS, KHA, "/xem"));
    expect(review).not.toContain("NaN");
    expect(review).toMatch(/\n8\. Số trường thực hiện tốt\?\n\(chưa trả lời\)/);
    // Opened again, the question is asked; a figure answers it.
    expect(texts(await app.post(OFFICERS, KHA, "/tonghop sua 1"))).toMatch(/Câu 8\/16[^\n]*\nSố trường thực hiện tốt\?/);
    await app.post(OFFICERS, KHA, "3");
    expect(texts(await app.post(OFFICERS, KHA, "/xem"))).toMatch(/\n8\. Số trường thực hiện tốt\?\n3\n/);
  });

  it("computes again, and no longer marks as the officer's, an edit of a computed question whose type changed ('[đã sửa tay]' stood over a computed figure)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    const app = await apps.start({ templatesDir: dir });
    await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    await app.post(OFFICERS, KHA, "/tonghop sua 1");
    await app.post(OFFICERS, KHA, "/sua 5 66,7");
    expect(texts(await app.post(OFFICERS, KHA, "/xem"))).toMatch(/\n5\. [^\n]*\[đã sửa tay\]\n66,7%\n/);
    // The operator makes the share of units a list of their answers: 66,7 is no list.
    const ward = JSON.parse(readFileSync(join(BUILT_IN_TEMPLATES_DIR, "tuan-le-hoc-tap-suot-doi-cap-phuong.json"), "utf8"));
    const share = fieldsOf(ward.sections).find((f) => f.id === "units_participating")!;
    for (const key of ["min", "max", "example", "documentTextIfZero"]) delete share[key];
    Object.assign(share, { type: "bullet-list", from: { field: "held_opening", as: "list" }, documentText: "Các trường tổ chức Lễ khai mạc:" });
    writeFileSync(join(dir, "cap-phuong.json"), JSON.stringify(ward, null, 2));
    expect(texts(await app.post(OFFICERS, KHA, "/mau nap"))).toContain("• Đã đổi:");
    await app.post(OFFICERS, KHA, "/tonghop sua 1");
    const review = texts(await app.post(OFFICERS, KHA, "/xem"));
    expect(review).toMatch(/\n5\. [^\n]*\[tự động tổng hợp\]\n- Trường Tiểu học Liên Châu: /);
    expect(await app.repos.consolidation.editedFields(1)).not.toContain("units_participating");
  });

  it("takes the officer's figure for a computed question above the ward question's own max (a sum of the units' may pass it)", async () => {
    const app = await apps.start();
    await submitFullReport(app, "thcs-nam-trieu", { userId: "u3", userName: "Lê Thị Lan" }, FULL_REPORT_ANSWERS);
    await app.post(OFFICERS, KHA, "/tonghop sua 1");
    // Books: at most 10.000.000 in the built-in ward report, 100.000.000 for each school.
    const typed = texts(await app.post(OFFICERS, KHA, "/sua 4 20.001.200"));
    expect(typed).not.toContain("Số phải nhỏ hơn hoặc bằng");
    expect(texts(await app.post(OFFICERS, KHA, "/xem"))).toMatch(/\n4\. [^\n]*sách[^\n]*\[đã sửa tay\]\n20\.001\.200\n/);
  });
});

describe("the consolidated report when a question it reads is renamed while the campaign runs", () => {
  it("says in the draft's notice which questions it could not compute, and from which missing question (the figure was left out without a word)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    const app = await apps.start({ templatesDir: dir });
    await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    // The operator renames the readers' question in both files, as a careful operator would.
    const rename = (name: string, out: string) => {
      const text = readFileSync(join(BUILT_IN_TEMPLATES_DIR, name), "utf8").replaceAll('"readers_served"', '"luot_ban_doc"');
      writeFileSync(join(dir, out), text);
    };
    rename("tuan-le-hoc-tap-suot-doi.json", "truong.json");
    rename("tuan-le-hoc-tap-suot-doi-cap-phuong.json", "cap-phuong.json");
    const reloaded = texts(await app.post(OFFICERS, KHA, "/mau nap"));
    expect(reloaded).toContain("• Đã đổi:");
    // Said at the reload that makes it so, the open campaign named.
    expect(reloaded).toMatch(/\nCác đợt đang mở sẽ thiếu số liệu trong báo cáo tổng hợp [^\n]*\n• Đợt 1 "[^"]+": câu «Trong thời gian triển khai Tuần lễ[^»]*» \(lấy từ câu «luot_ban_doc»\)$/);
    // Campaign 1 keeps the units' older version, whose question is still readers_served.
    const notice = texts(await app.post(OFFICERS, KHA, "/tonghop 1"));
    expect(notice).toMatch(/Lưu ý: 1 câu của báo cáo tổng hợp chưa tổng hợp được [^\n]*«Trong thời gian triển khai Tuần lễ, thư viện [^»]*» \(lấy từ câu «luot_ban_doc»\)/);
    expect(notice).toContain("gõ /mau nap, hoặc trả lời tay câu này khi gõ /tonghop sua");
  });
});
