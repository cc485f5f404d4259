/**
 * A report with photos as a person sees it: LibreOffice opens the .docx and prints each photo at
 * the text width (165 mm) with its aspect ratio, centred, its caption on the line below; a tall
 * photo is held to three quarters of the text height. Modelled on libreoffice-check.test.ts.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { photoSize } from "../../src/documents/photo-paragraphs.ts";
import { parseTemplate } from "../../src/templates/load-template.ts";
import { buildReportContent } from "../../src/documents/report-content.ts";
import { renderReportDocx } from "../../src/documents/render-report.ts";
import { LIEN_CHAU_CONTEXT } from "../helpers/sample-reports.ts";
import { PHOTO_TEMPLATE } from "../helpers/photo-template.ts";
import { pngBytes } from "../helpers/tiny-images.ts";

const dir = mkdtempSync(join(tmpdir(), "nd30-photos-"));
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8", timeout: 120_000 });
const pdf = join(dir, "photos.pdf");

beforeAll(async () => {
  for (const tool of ["soffice", "pdfimages", "pdftotext"]) {
    if (!existsSync(`/usr/bin/${tool}`)) throw new Error(`${tool} is missing: run bash .ci/install-test-deps.sh`);
  }
  const template = parseTemplate(PHOTO_TEMPLATE);
  const photos = new Map([
    [1, { content: pngBytes(400, 300, [200, 40, 40]), type: "png" as const, width: 400, height: 300, caption: "Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời" }],
    [2, { content: pngBytes(100, 400, [40, 160, 40]), type: "png" as const, width: 100, height: 400 }],
  ]);
  const content = buildReportContent(template, { summary: "Đơn vị đã tổ chức tốt các hoạt động.", photos: [1, 2], more_photos: null }, { ...LIEN_CHAU_CONTEXT, photos });
  writeFileSync(join(dir, "photos.docx"), await renderReportDocx(content));
  run("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "photos.docx")]);
}, 180_000);

/** pdfimages -list rows: page, width, height, x-ppi, y-ppi. */
function images() {
  return run("pdfimages", ["-list", pdf])
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => line.trim().split(/\s+/))
    .map((c) => ({ page: Number(c[0]), width: Number(c[3]), height: Number(c[4]), xppi: Number(c[12]), yppi: Number(c[13]) }));
}

it("prints both photos, the wide one across the text width with its aspect ratio", () => {
  const found = images();
  expect(found.map((i) => [i.width, i.height])).toEqual([
    [400, 300],
    [100, 400],
  ]);
  // 400 px across 165 mm (6.50 in) is 61.6 ppi; the same both ways, so the ratio is kept.
  expect(found[0]!.xppi).toBeGreaterThan(60);
  expect(found[0]!.xppi).toBeLessThan(63);
  expect(found[0]!.yppi).toBe(found[0]!.xppi);
  // The tall one is held to 3/4 of the text height (about 191 mm): 400 px over 7.5 in is about 53 ppi.
  const tall = photoSize(100, 400);
  expect(tall.height / tall.width).toBeCloseTo(4, 1);
  expect(found[1]!.yppi).toBeGreaterThan(50);
  expect(found[1]!.yppi).toBeLessThan(56);
});

it("prints the caption under its photo, in the appendix after the body", () => {
  const text = run("pdftotext", [pdf, "-"]).replace(/\s+/g, " ");
  expect(text).toMatch(/Đơn vị đã tổ chức tốt các hoạt động\. II\. PHỤ LỤC ẢNH Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời/);
});
