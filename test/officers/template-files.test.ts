/**
 * Report types are the operator's: files in TEMPLATES_DIR, JSON or YAML, loaded at start-up and on
 * /mau nap, versioned by their content, never stopping the bot when one is broken. Through the
 * real application and the local chat (the demo: a ward office, three schools, officer u7).
 */
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES_DIR, LIFELONG_LEARNING_WEEK } from "../../src/templates/built-in-templates.ts";
import { buildTestApp, HOA, LIEN_CHAU, silentLogger, type TestApp } from "../helpers/build-test-app.ts";
import { KHA, OFFICERS, text } from "../helpers/officers-chat.ts";

const SCHOOL_TITLE = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời";
const OLD_PROMPT = "Kế hoạch tổ chức Tuần lễ của đơn vị (số, ngày ban hành)?";
const NEW_PROMPT = "Số và ngày của kế hoạch tổ chức Tuần lễ?";

const schoolTemplate = () => JSON.parse(readFileSync(join(BUILT_IN_TEMPLATES_DIR, "tuan-le-hoc-tap-suot-doi.json"), "utf8"));
const THI_DUA = `key: bao-cao-thi-dua
title: Báo cáo thi đua
document: { type: BÁO CÁO, typeCode: BC, summary: "Kết quả thi đua năm {year}" }
sections:
  - heading: KẾT QUẢ
    fields:
      - { id: so_luot, type: integer, prompt: Bao nhiêu lượt người tham gia? }
closing: { fields: [] }
`;

let server: TestApp | undefined;
afterEach(() => server?.close());

describe("report types from the operator's folder", () => {
  it("says a changed consolidated report type is used at once by open campaigns' consolidation, not kept at its old version", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    server = await buildTestApp({ templatesDir: dir });
    const ward = JSON.parse(readFileSync(join(BUILT_IN_TEMPLATES_DIR, "tuan-le-hoc-tap-suot-doi-cap-phuong.json"), "utf8"));
    ward.document.summary = `${ward.document.summary} (sửa)`;
    writeFileSync(join(dir, "cap-phuong.json"), JSON.stringify(ward, null, 2));
    expect(text(await server.post(OFFICERS, KHA, "/mau nap"))).toContain(
      "• Đã đổi: Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời (cấp phường, xã) (phiên bản 2 → 3); là báo cáo tổng hợp: các đợt đang mở dùng ngay phiên bản mới khi tổng hợp (/tonghop)",
    );
  });

  it("warns when a file copied from a built-in keeps its key under a new title: it replaces the built-in, which a new report type must not", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    const warnings: string[] = [];
    const copy = { ...schoolTemplate(), title: "Báo cáo PCCC" };
    delete copy.consolidatedBy;
    writeFileSync(join(dir, "pccc.json"), JSON.stringify(copy, null, 2));
    server = await buildTestApp({ templatesDir: dir, logger: { ...silentLogger, warn: (_obj: object, msg: string) => void warnings.push(msg) } });
    const note =
      `pccc.json: tệp này mang mã «tuan-le-hoc-tap-suot-doi» của mẫu có sẵn «${SCHOOL_TITLE}» nên thay mẫu đó: «${SCHOOL_TITLE}» không còn được chọn khi mở đợt, ` +
      "và báo cáo tổng hợp «tuan-le-hoc-tap-suot-doi-cap-phuong» không còn tổng hợp từ mẫu có sẵn này. Nếu đây là một loại báo cáo mới, hãy đặt cho nó một «key» riêng, ví dụ key: bao-cao-pccc; nếu muốn thay mẫu có sẵn thì bỏ qua lưu ý này.";
    expect(warnings).toEqual([expect.stringContaining(note)]);
    expect(text(await server.post(OFFICERS, KHA, "/mau nap"))).toBe(["Đã nạp lại các mẫu báo cáo.", "• Không đổi: 2 mẫu", "", "Lưu ý:", `• ${note}`].join("\n"));
    // Its own key makes it a report type beside the built-in, with nothing to say.
    writeFileSync(join(dir, "pccc.json"), JSON.stringify({ ...copy, key: "bao-cao-pccc" }, null, 2));
    const reload = text(await server.post(OFFICERS, KHA, "/mau nap"));
    expect(reload).toContain("• Mới: Báo cáo PCCC (phiên bản 2)");
    expect(reload).not.toContain("Lưu ý");
  });

  it("lists each report type once with its version, and /mau nap adds a new file, versions a changed one and names a broken one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    server = await buildTestApp({ templatesDir: dir });
    const campaignBefore = (await server.repos.directory.listCampaigns())[0]!;
    expect(text(await server.post(OFFICERS, KHA, "/mau"))).toBe(
      [
        "Các loại báo cáo đang dùng:",
        `• ${SCHOOL_TITLE} (tuan-le-hoc-tap-suot-doi) — phiên bản 2, mẫu có sẵn`,
        "• Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời (cấp phường, xã) (tuan-le-hoc-tap-suot-doi-cap-phuong) — phiên bản 2, mẫu có sẵn",
        "",
        `Người quản trị bot thêm hoặc sửa mẫu trong thư mục ${dir} trên máy chủ rồi gõ /mau nap để nạp lại.`,
      ].join("\n"),
    );

    // The built-in school report, changed by the operator (same key), a new type, and a broken file.
    const changed = schoolTemplate();
    changed.sections[0].sections[0].fields[0].prompt = NEW_PROMPT;
    writeFileSync(join(dir, "truong-hoc.json"), JSON.stringify(changed, null, 2));
    writeFileSync(join(dir, "thi-dua.yaml"), THI_DUA);
    writeFileSync(join(dir, "hong.yaml"), THI_DUA.replace("key: bao-cao-thi-dua", "key: bao-cao-hong").replace("type: integer", "type: so"));
    expect(text(await server.post(OFFICERS, KHA, "/mau nap"))).toBe(
      [
        "Đã nạp lại các mẫu báo cáo.",
        "• Mới: Báo cáo thi đua (phiên bản 1)",
        `• Đã đổi: ${SCHOOL_TITLE} (phiên bản 2 → 3); các đợt đang mở vẫn dùng phiên bản cũ`,
        "• Không đổi: 1 mẫu",
        "",
        "Tệp có lỗi (mẫu cũ, nếu có, vẫn được dùng):",
        "• hong.yaml, dòng 7 — mục «KẾT QUẢ», câu «so_luot»: loại câu hỏi «so» không có; chọn một trong: short-text, paragraph, bullet-list, integer, decimal, percent, date, time, single-choice, multiple-choice, yes-no, table, photo",
      ].join("\n"),
    );
    // Nothing changed: nothing new.
    expect(text(await server.post(OFFICERS, KHA, "/templates reload"))).toMatch(/^Đã nạp lại các mẫu báo cáo\.\n• Không đổi: 3 mẫu\n/);

    // The open campaign keeps the version it was opened with.
    expect((await server.repos.directory.listCampaigns())[0]!.templateId).toBe(campaignBefore.templateId);
    const question = text(await server.post(LIEN_CHAU, HOA, "/baocao"));
    expect(question).toContain(OLD_PROMPT);
    expect(question).not.toContain(NEW_PROMPT);

    // /dotbaocao offers each report type once, and opens the chosen one at its latest version.
    const offer = text(await server.post(OFFICERS, KHA, "/dotbaocao"));
    expect(offer.split(SCHOOL_TITLE + "\n").length - 1).toBe(1);
    expect(offer).toContain("Báo cáo thi đua");
    for (const answer of [SCHOOL_TITLE, "Tuần lễ 2026 (mẫu mới)", "/boqua", "UBND phường Nam Triệu", "30/10/2026", "17h", "/boqua", "Không", "TH-LIEN-CHAU", "1", "/nop", "Có"]) {
      await server.post(OFFICERS, KHA, answer);
    }
    const opened = (await server.repos.directory.listCampaigns()).find((c) => c.title === "Tuần lễ 2026 (mẫu mới)")!;
    const [latest] = await server.repos.templates.latestOf([LIFELONG_LEARNING_WEEK]);
    expect(latest).toMatchObject({ version: 3 });
    expect(opened.templateId).toBe(latest!.id);
    expect(opened.templateId).not.toBe(campaignBefore.templateId);
  });

  it("starts with a broken file, logging it by file and question, and keeps a file's last good version when it breaks", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    writeFileSync(join(dir, "thi-dua.yaml"), THI_DUA);
    writeFileSync(join(dir, "hong.json"), '{ "key": "hong", ');
    const warnings: string[] = [];
    server = await buildTestApp({ templatesDir: dir, logger: { ...silentLogger, warn: (_obj: object, msg: string) => void warnings.push(msg) } });
    expect(warnings).toEqual([expect.stringMatching(/^template not loaded: .*hong\.json, dòng 1: tệp không đúng cú pháp JSON/)]);
    expect(text(await server.post(OFFICERS, KHA, "/mau"))).toContain("• Báo cáo thi đua (bao-cao-thi-dua) — phiên bản 1, tệp thi-dua.yaml");

    writeFileSync(join(dir, "thi-dua.yaml"), THI_DUA.replace("prompt: Bao nhiêu", "promt: Bao nhiêu"));
    const reload = text(await server.post(OFFICERS, KHA, "/mau nap"));
    expect(reload).toContain("• thi-dua.yaml, dòng 7 — mục «KẾT QUẢ», câu «so_luot»: không dùng được «promt» ở đây");
    expect(reload).not.toContain("Không còn dùng");
    // Named as kept from before, not counted among the unchanged.
    expect(reload).toContain("• Giữ phiên bản cũ: Báo cáo thi đua (tệp của mẫu đang có lỗi, xem dưới)\n• Không đổi: 2 mẫu");
    // /mau says which report type is kept from before, its file broken now.
    expect(text(await server.post(OFFICERS, KHA, "/mau"))).toContain(
      "• Báo cáo thi đua (bao-cao-thi-dua) — phiên bản 1, tệp thi-dua.yaml — tệp đang có lỗi, vẫn dùng phiên bản này (gõ /mau nap để xem lỗi)",
    );
  });

  it("keeps a broken file's last good version across a restart, and says why the file was not read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    const databasePath = join(mkdtempSync(join(tmpdir(), "restart-db-")), "bot.sqlite");
    writeFileSync(join(dir, "thi-dua.yaml"), THI_DUA);
    server = await buildTestApp({ templatesDir: dir, databasePath });
    await server.close();
    writeFileSync(join(dir, "thi-dua.yaml"), THI_DUA.replace("type: integer", "type: so"));
    const warnings: string[] = [];
    server = await buildTestApp({ templatesDir: dir, databasePath, logger: { ...silentLogger, warn: (_obj: object, msg: string) => void warnings.push(msg) } });
    expect(warnings).toEqual([expect.stringMatching(/thi-dua\.yaml, dòng 7 — mục «KẾT QUẢ», câu «so_luot»: loại câu hỏi «so» không có/)]);
    expect(text(await server.post(OFFICERS, KHA, "/mau"))).toContain("• Báo cáo thi đua (bao-cao-thi-dua) — phiên bản 1, tệp thi-dua.yaml — tệp đang có lỗi");
    expect(text(await server.post(OFFICERS, KHA, "/mau nap"))).not.toContain("Không còn dùng");
  });

  it("refuses a second report type with a title already in use (an officer picks a type by its title)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    writeFileSync(join(dir, "thi-dua.yaml"), THI_DUA);
    writeFileSync(join(dir, "thi-dua-2.yaml"), THI_DUA.replace("key: bao-cao-thi-dua", "key: bao-cao-thi-dua-2"));
    server = await buildTestApp({ templatesDir: dir });
    const reload = text(await server.post(OFFICERS, KHA, "/mau nap"));
    expect(reload).toContain("• thi-dua.yaml: tên «Báo cáo thi đua» đã dùng cho loại báo cáo «bao-cao-thi-dua-2»");
    expect(text(await server.post(OFFICERS, KHA, "/mau")).match(/Báo cáo thi đua \(/g)).toHaveLength(1);
  });

  it("refuses both files while two give one key (a copy being edited), keeping the version loaded before, whichever name sorts first", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    writeFileSync(join(dir, "thi-dua.yaml"), THI_DUA);
    server = await buildTestApp({ templatesDir: dir });
    expect(text(await server.post(OFFICERS, KHA, "/mau"))).toContain("• Báo cáo thi đua (bao-cao-thi-dua) — phiên bản 1, tệp thi-dua.yaml");
    // The copy sorts before the real file ("-" before "."): it used to be the one loaded.
    writeFileSync(join(dir, "thi-dua-ban-sao.yaml"), THI_DUA.replace("Bao nhiêu lượt người tham gia?", "Số lượt tham gia (bản nháp)?"));
    const reload = text(await server.post(OFFICERS, KHA, "/mau nap"));
    expect(reload).toContain("• thi-dua.yaml: mã mẫu «bao-cao-thi-dua» đã dùng ở tệp thi-dua-ban-sao.yaml: cả hai tệp bị bỏ qua");
    expect(reload).not.toContain("phiên bản 1 → 2");
    const stored = await server.repos.templates.latestOf(["bao-cao-thi-dua"]);
    expect(stored.map((row) => row.version)).toEqual([1]);
    expect(text(await server.post(OFFICERS, KHA, "/mau"))).toContain("• Báo cáo thi đua (bao-cao-thi-dua) — phiên bản 1");
  });

  it("refuses a ward-level file whose questions the schools' report does not have, keeping the version in use", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    server = await buildTestApp({ templatesDir: dir });
    const ward = readFileSync(join(BUILT_IN_TEMPLATES_DIR, "tuan-le-hoc-tap-suot-doi-cap-phuong.json"), "utf8");
    // A typo in a source question, and a sum of yes/no answers.
    const broken = ward.replace('"field": "readers_served"', '"field": "readers_serve"').replace('"as": "share-yes"', '"as": "sum"');
    expect(broken).toContain('"as": "sum"');
    expect(broken).not.toBe(ward);
    writeFileSync(join(dir, "phuong.json"), broken);
    const reload = text(await server.post(OFFICERS, KHA, "/mau nap"));
    expect(reload).toMatch(/• phuong\.json, dòng \d+ — [^:]*câu «readers_served»: «from\.field» chỉ tới câu «readers_serve», nhưng mẫu «tuan-le-hoc-tap-suot-doi» của các đơn vị không có câu đó/);
    expect(reload).toMatch(/• phuong\.json, dòng \d+ — [^:]*câu «units_participating»: «as: sum» không tính được từ câu «held_opening» \(kiểu yes-no\)/);
    expect(reload).not.toMatch(/Đã đổi/);
    const [inUse] = await server.repos.templates.latestOf(["tuan-le-hoc-tap-suot-doi-cap-phuong"]);
    expect(inUse).toMatchObject({ version: 2 });
  });

  it("refuses the operator's copy of the schools' report that drops a question the built-in ward report reads, and keeps both in use", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    server = await buildTestApp({ templatesDir: dir });
    writeFileSync(join(dir, "truong.json"), readFileSync(join(BUILT_IN_TEMPLATES_DIR, "tuan-le-hoc-tap-suot-doi.json"), "utf8").replaceAll('"readers_served"', '"ban_doc"'));
    const reload = text(await server.post(OFFICERS, KHA, "/mau nap"));
    expect(reload).toMatch(/• truong\.json, dòng \d+: báo cáo tổng hợp «tuan-le-hoc-tap-suot-doi-cap-phuong» \(mẫu có sẵn\) lấy số liệu từ câu «readers_served» của mẫu này, nhưng mẫu này không có câu đó/);
    expect(reload).not.toMatch(/Không còn dùng|Đã đổi/);
    const list = text(await server.post(OFFICERS, KHA, "/mau"));
    expect(list).toContain("(tuan-le-hoc-tap-suot-doi-cap-phuong) — phiên bản 2, mẫu có sẵn");
    // The schools' report stays at the version in use, its new file named as broken.
    expect(list).toContain("(tuan-le-hoc-tap-suot-doi) — phiên bản 2, tệp truong.json — tệp đang có lỗi, vẫn dùng phiên bản này");
  });

  it("refuses the units' file that renamed a question its own ward file reads, when only that file changed: the ward's file, unchanged, stays in use (it was refused in its place)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    server = await buildTestApp({ templatesDir: dir });
    const built = (name: string) => readFileSync(join(BUILT_IN_TEMPLATES_DIR, name), "utf8");
    const school = built("tuan-le-hoc-tap-suot-doi.json")
      .replace('"key": "tuan-le-hoc-tap-suot-doi"', '"key": "pccc-truong"')
      .replace('"consolidatedBy": "tuan-le-hoc-tap-suot-doi-cap-phuong"', '"consolidatedBy": "pccc-phuong"')
      .replace(/"title": "[^"]*"/, '"title": "Báo cáo PCCC"');
    const ward = built("tuan-le-hoc-tap-suot-doi-cap-phuong.json").replace('"key": "tuan-le-hoc-tap-suot-doi-cap-phuong"', '"key": "pccc-phuong"').replace(/"title": "[^"]*"/, '"title": "Báo cáo PCCC tổng hợp"');
    expect(school).toContain('"consolidatedBy": "pccc-phuong"');
    writeFileSync(join(dir, "truong.json"), school);
    writeFileSync(join(dir, "phuong.json"), ward);
    expect(text(await server.post(OFFICERS, KHA, "/mau nap"))).toMatch(/Mới: Báo cáo PCCC tổng hợp \(phiên bản 2\)\n• Mới: Báo cáo PCCC \(phiên bản 2\)/);
    // Only the schools' file changes: a question the ward's file reads is renamed.
    writeFileSync(join(dir, "truong.json"), school.replaceAll('"readers_served"', '"ban_doc"'));
    const reload = text(await server.post(OFFICERS, KHA, "/mau nap"));
    expect(reload).toMatch(/• truong\.json, dòng \d+: báo cáo tổng hợp «pccc-phuong» \(tệp của mẫu đó không đổi\) lấy số liệu từ câu «readers_served» của mẫu này, nhưng mẫu này không có câu đó; giữ câu «readers_served», hoặc sửa cả «from» trong tệp của «pccc-phuong» rồi gõ \/mau nap/);
    expect(reload).not.toMatch(/phuong\.json/);
    const list = text(await server.post(OFFICERS, KHA, "/mau"));
    expect(list).toContain("(pccc-truong) — phiên bản 2, tệp truong.json — tệp đang có lỗi, vẫn dùng phiên bản này");
    expect(list).toMatch(/\(pccc-phuong\) — phiên bản 2, tệp phuong\.json(?! — tệp đang có lỗi)/);
  });

  it("offers on every instance what /mau nap loaded on one (two apps on one database)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    const databasePath = join(mkdtempSync(join(tmpdir(), "shared-db-")), "bot.sqlite");
    server = await buildTestApp({ templatesDir: dir, databasePath });
    const other = await buildTestApp({ templatesDir: dir, databasePath });
    try {
      writeFileSync(join(dir, "thi-dua.yaml"), THI_DUA);
      expect(text(await server.post(OFFICERS, KHA, "/mau nap"))).toContain("• Mới: Báo cáo thi đua (phiên bản 1)");
      expect(text(await other.post(OFFICERS, KHA, "/mau"))).toContain("• Báo cáo thi đua (bao-cao-thi-dua) — phiên bản 1, tệp thi-dua.yaml");
    } finally {
      await other.close();
    }
  });

  it("keeps at its start a report type another instance read from a folder this machine does not have (a TEMPLATES_DIR left unset), saying so; /mau nap there withdraws it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    const databasePath = join(mkdtempSync(join(tmpdir(), "shared-db-")), "bot.sqlite");
    writeFileSync(join(dir, "thi-dua.yaml"), THI_DUA);
    server = await buildTestApp({ templatesDir: dir, databasePath });
    await server.close();
    // The first instance's folder is on another machine: here it does not exist.
    renameSync(dir, `${dir}-elsewhere`);
    const warnings: string[] = [];
    const other = await buildTestApp({ templatesDir: mkdtempSync(join(tmpdir(), "other-templates-")), databasePath, logger: { ...silentLogger, warn: (_obj: object, msg: string) => void warnings.push(msg) } });
    try {
      expect(warnings).toEqual([expect.stringMatching(/thi-dua\.yaml.*loại báo cáo «bao-cao-thi-dua» đang dùng được nạp từ tệp này, không nằm trong TEMPLATES_DIR của máy chủ này/)]);
      // Still offered (the second instance's start withdrew it for every instance), and no broken file.
      const listed = text(await other.post(OFFICERS, KHA, "/mau"));
      expect(listed).toContain("• Báo cáo thi đua (bao-cao-thi-dua) — phiên bản 1");
      expect(listed).not.toContain("tệp đang có lỗi");
      // An officer's /mau nap on it loads its own folder: the way to withdraw the type.
      expect(text(await other.post(OFFICERS, KHA, "/mau nap"))).toContain("Báo cáo thi đua");
      expect(text(await other.post(OFFICERS, KHA, "/mau"))).not.toContain("Báo cáo thi đua");
    } finally {
      await other.close();
    }
  });

  it("withdraws at its start a report type whose folder this machine has but TEMPLATES_DIR no longer names (moved)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "templates-"));
    const databasePath = join(mkdtempSync(join(tmpdir(), "moved-db-")), "bot.sqlite");
    writeFileSync(join(dir, "thi-dua.yaml"), THI_DUA);
    server = await buildTestApp({ templatesDir: dir, databasePath });
    await server.close();
    server = await buildTestApp({ templatesDir: mkdtempSync(join(tmpdir(), "moved-templates-")), databasePath });
    expect(text(await server.post(OFFICERS, KHA, "/mau"))).not.toContain("Báo cáo thi đua");
  });

  it("is refused to staff", async () => {
    server = await buildTestApp();
    expect(text(await server.post(LIEN_CHAU, HOA, "/mau nap"))).toBe("Lệnh này chỉ dành cho cán bộ phụ trách.");
  });
});
