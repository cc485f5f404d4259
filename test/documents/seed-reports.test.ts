/**
 * The seed reports typed into the bot through the real server: the documents it produces, read
 * back from the .docx, contain the seed's section headings and content in the seed's order, and
 * each issuer's own number symbol and Lưu line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { foldVietnamese } from "../../src/vietnamese/fold-vietnamese.ts";
import { loadBuiltInTemplates } from "../../src/templates/built-in-templates.ts";
import { LIEN_CHAU_2023, type SeedReport, TRAN_LIEU_2025 } from "../fixtures/seed-answers.ts";
import { buildTestApp, HOA, type TestApp } from "../helpers/build-test-app.ts";
import { readDocx } from "../helpers/docx-reader.ts";

const SEEDS_DIR = join(import.meta.dirname, "../fixtures/seeds");
const HEADING = /^[\s\u00a0]*((?:[IVX]+|\d+)\.|[a-zđ]\))\s*(\S.*?)[\s:]*$/u;
const fold = (text: string) => foldVietnamese(text).replace(/[^a-z0-9 ]/g, "").replace(/\s+/g, " ").trim();

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Types every answer, submits, and opens the document the bot posted back. */
async function reportThrough(chatId: string, seed: SeedReport, member = HOA) {
  const server = app!;
  await server.post(chatId, member, "/baocao");
  for (const answer of seed.answers) {
    const replies = await server.post(chatId, member, answer);
    expect(replies.map((r) => r.text).join("\n"), `after "${answer.slice(0, 40)}"`).not.toMatch(/Vui lòng|không hợp lệ|quá dài/);
  }
  await server.post(chatId, member, "/nop");
  const replies = await server.post(chatId, member, "Có");
  const link = replies.find((r) => r.document)?.document;
  expect(link).toBeDefined();
  const response = await server.app.inject(new URL(link!.url).pathname);
  expect(response.statusCode).toBe(200);
  return readDocx(response.rawPayload);
}

function expectInOrder(haystack: string[], needles: string[], describeNeedle: (n: string) => string) {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.findIndex((text, i) => i >= from && text.includes(needle));
    expect(at, `${describeNeedle(needle)} missing or out of order`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

function checkAgainstSeed(paragraphs: string[], seed: SeedReport) {
  const seedText = readFileSync(join(SEEDS_DIR, seed.file), "utf8");
  const seedHeadings = seedText.split("\n").flatMap((line) => {
    const match = HEADING.exec(line);
    return match && !/\+/.test(line) ? [fold(match[2]!)] : [];
  });
  expect(seedHeadings.length).toBeGreaterThanOrEqual(7);
  const docHeadings = paragraphs.flatMap((p) => {
    const match = /^(?:[IVX]+\.|\d+\.|[a-zđ]\)) (.+)$/u.exec(p);
    return match ? [fold(match[1]!)] : [];
  });
  expectInOrder(docHeadings, seedHeadings, (h) => `seed heading "${h}"`);
  // The excerpts are the seed's own words, in the seed's order, and the document keeps that order.
  const flatSeed = seedText.replace(/\s+/g, " ");
  let from = 0;
  for (const excerpt of seed.content) {
    const at = flatSeed.indexOf(excerpt, from);
    expect(at, `excerpt "${excerpt}" is not in the seed after the previous one`).toBeGreaterThanOrEqual(0);
    from = at;
  }
  expectInOrder(paragraphs, [...seed.content], (c) => `seed content "${c}"`);
}

describe("documents made from the seed reports", () => {
  it("keep the school report's headings and content in order (Liên Châu 2023)", async () => {
    app = await buildTestApp({ now: () => new Date("2023-10-12T02:00:00Z") });
    const docx = await reportThrough("th-lien-chau", LIEN_CHAU_2023);
    checkAgainstSeed(docx.paragraphs, LIEN_CHAU_2023);
    expect(docx.paragraphs).toContain("TRƯỜNG TIỂU HỌC");
    expect(docx.paragraphs).toContain("Nam Triệu, ngày 12 tháng 10 năm 2023");
    // A school signs with its initials and files in the clerical office only.
    expect(docx.paragraphs).toEqual(expect.arrayContaining(["Số:       /BC-THLC", "- Lưu: VT."]));
  });

  it("keep the ward report's headings and content in order (Trần Liễu 2025), on the ward template", async () => {
    app = await buildTestApp({ now: () => new Date("2025-10-14T02:00:00Z") });
    const { repos } = app;
    const ward = loadBuiltInTemplates().find((t) => t.key === "tuan-le-hoc-tap-suot-doi-cap-phuong")!;
    const { id: templateId } = await repos.templates.storeTemplate(ward.key, ward.title, ward);
    const unit = await repos.directory.insertUnit({ code: "UBND-TRAN-LIEU", name: "Ủy ban nhân dân phường Trần Liễu", type: "ward", parentName: "UBND THÀNH PHỐ HẢI PHÒNG", placeName: "Trần Liễu" });
    await repos.directory.insertChat({ channel: "local", externalId: "ubnd-tran-lieu", title: "UBND phường Trần Liễu", kind: "unit", unitId: unit.id });
    await repos.directory.insertCampaign(
      {
        templateId,
        title: ward.title,
        issuerName: "Sở Giáo dục và Đào tạo Hải Phòng",
        referenceText: "Công văn số 7418/SGDĐT-GDTX,GDNN&ĐH ngày 07/10/2025 của Sở Giáo dục và Đào tạo Hải Phòng",
        deadlineAt: Date.parse("2025-10-15T10:00:00Z"),
      },
      [unit.id],
    );
    const docx = await reportThrough("ubnd-tran-lieu", TRAN_LIEU_2025, { userId: "tl-1", userName: "Nguyễn Thị Kha" });
    checkAgainstSeed(docx.paragraphs, TRAN_LIEU_2025);
    expect(docx.paragraphs).toEqual(expect.arrayContaining(["ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN LIỄU", "TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]));
    expect(docx.paragraphs).toEqual(expect.arrayContaining(["UBND THÀNH PHỐ", "HẢI PHÒNG", "Số:       /BC-UBND", "- Lưu: VT, VHXH."]));
    expect(docx.paragraphs.find((p) => p.startsWith("Thực hiện Công văn số 7418"))).toMatch(/Ủy ban nhân dân phường Trần Liễu báo cáo kết quả như sau:$/);
  });
});
