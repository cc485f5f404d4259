/**
 * The documents as a person would see them: LibreOffice turns each sample into a PDF, poppler into
 * text, word boxes and PNG. Every sample must open, use no fallback font (Liberation Serif 2 stands
 * in for Times New Roman; DejaVu would mean missing Vietnamese glyphs), print its header names on
 * the lines we broke them into and its summary's rule at 1/3-1/2 of the summary, and a full report
 * must run past page 1 with page numbers from page 2. The tools come from .ci/install-test-deps.sh.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LEFT_COLUMN, PAGE } from "../../src/documents/nd30-layout.ts";
import type { ReportContent } from "../../src/documents/report-content.ts";
import { headerLines, renderReportDocx } from "../../src/documents/render-report.ts";
import { fullReportContent, LIEN_CHAU_CONTEXT, minimalReportContent } from "../helpers/sample-reports.ts";
import { horizontalRule, type PrintedLine, printedLines, printedWords } from "./support/pdf-layout.ts";
import { wardReportContent } from "./support/ward-report.ts";

const dir = mkdtempSync(join(tmpdir(), "nd30-"));
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8", timeout: 120_000 });
/** Twips to points. */
const pt = (twips: number) => twips / 20;
const SAMPLES: Record<string, () => ReportContent> = {
  full: () => fullReportContent(),
  minimal: () => minimalReportContent(),
  "long-names": () => ({
    ...fullReportContent({
      ...LIEN_CHAU_CONTEXT,
      unit: { name: "Trung tâm Học tập cộng đồng phường Trần Liễu", parentName: "Ủy ban nhân dân thành phố Hải Phòng", placeName: "Thành phố Hồ Chí Minh" },
    }),
    addressedTo: ["Sở Giáo dục và Đào tạo Hải Phòng", "Ủy ban nhân dân thành phố Hải Phòng", "Ban Chỉ đạo xây dựng xã hội học tập"],
  }),
  ward: () => wardReportContent(),
};
const contents = new Map<string, ReportContent>();

beforeAll(async () => {
  for (const tool of ["soffice", "pdffonts", "pdftotext", "pdfinfo", "pdftoppm"]) {
    if (!existsSync(`/usr/bin/${tool}`)) throw new Error(`${tool} is missing: run bash .ci/install-test-deps.sh`);
  }
  const files = [];
  for (const [name, build] of Object.entries(SAMPLES)) {
    const file = join(dir, `${name}.docx`);
    contents.set(name, build());
    writeFileSync(file, await renderReportDocx(contents.get(name)!));
    files.push(file);
  }
  run("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files]);
}, 180_000);

describe.each(Object.keys(SAMPLES))("the %s sample", (name) => {
  const pdf = () => join(dir, `${name}.pdf`);

  it("opens in LibreOffice as an A4 PDF", () => {
    expect(existsSync(pdf())).toBe(true);
    expect(run("pdfinfo", [pdf()])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it("uses Liberation Serif only (no fallback font)", () => {
    const fonts = run("pdffonts", [pdf()]);
    expect(fonts).toMatch(/LiberationSerif-Bold/);
    expect(fonts).not.toMatch(/DejaVu/);
    const families = fonts.split("\n").slice(2).filter(Boolean).map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ""));
    expect(families.every((f) => f.startsWith("LiberationSerif"))).toBe(true);
  });

  it("shows no page number on page 1 and renders to PNG", () => {
    const first = run("pdftotext", ["-layout", "-f", "1", "-l", "1", pdf(), "-"]).split("\n").find((l) => l.trim() !== "");
    expect(first?.trim()).not.toBe("1");
    expect(first).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    run("pdftoppm", ["-r", "60", "-png", "-f", "1", "-l", "1", pdf(), join(dir, `${name}-page`)]);
    const png = readdirSync(dir).find((f) => f.startsWith(`${name}-page`) && f.endsWith(".png"));
    expect(png).toBeDefined();
    expect(statSync(join(dir, png!)).size).toBeGreaterThan(10_000);
  });

  it("prints the header's left column on exactly the lines the names were broken into", () => {
    const { parentBody, issuer } = headerLines(contents.get(name)!);
    expect(headerLeftColumn(pdf())).toEqual([...parentBody, ...issuer, expect.stringMatching(/^Số: \//)]);
  });

  it("draws the summary's rule 1/3 to 1/2 as long as the printed summary line", () => {
    const content = contents.get(name)!;
    const lines = firstPageLines(pdf());
    const summary = lines.findIndex((l) => l.text === content.summary);
    expect(summary, `summary "${content.summary}" printed on one line`).toBeGreaterThan(0);
    const drawn = horizontalRule(pdf(), 1, lines[summary]!.yMax, lines[summary + 1]!.yMin, join(dir, `${name}-rule`));
    expect(drawn).toBeDefined();
    const share = (drawn!.xMax - drawn!.xMin) / (lines[summary]!.xMax - lines[summary]!.xMin);
    expect(share).toBeGreaterThanOrEqual(1 / 3);
    expect(share).toBeLessThanOrEqual(1 / 2);
  });
});

/** The printed lines of page 1. */
function firstPageLines(pdf: string): PrintedLine[] {
  return printedLines(printedWords(pdf, 1));
}

/** The lines printed in the header's left column, down to the number line; a word across its edge fails. */
function headerLeftColumn(pdf: string): string[] {
  const columnEnd = pt(PAGE.left + LEFT_COLUMN) + 0.5;
  const words = printedWords(pdf, 1);
  const number = words.find((w) => w.text === "Số:")!;
  const header = words.filter((w) => w.yMax <= number.yMax + 1);
  expect(header.filter((w) => w.xMin < columnEnd && w.xMax > columnEnd)).toEqual([]);
  return printedLines(header.filter((w) => w.xMax <= columnEnd)).map((l) => l.text);
}

describe("the ward's report (Trần Liễu seed) as printed", () => {
  const pdf = join(dir, "ward.pdf");

  it("breaks the header as UBND THÀNH PHỐ / HẢI PHÒNG / ỦY BAN NHÂN DÂN / PHƯỜNG TRẦN LIỄU and numbers it BC-UBND", () => {
    expect(headerLeftColumn(pdf)).toEqual(["UBND THÀNH PHỐ", "HẢI PHÒNG", "ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN LIỄU", "Số: /BC-UBND"]);
  });

  it("ends Nơi nhận with - Lưu: VT, VHXH.", () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1]);
    const last = printedLines(printedWords(pdf, pages)).map((l) => l.text);
    expect(last).toContain("- Lưu: VT, VHXH.");
  });
});

it("prints several Kính gửi recipients one per line, their dashes aligned just after the colon", () => {
  const lines = firstPageLines(join(dir, "long-names.pdf"));
  const at = lines.findIndex((l) => l.text.startsWith("Kính gửi:"));
  const block = lines.slice(at, at + 3);
  expect(block.map((l) => l.text)).toEqual([
    "Kính gửi: - Sở Giáo dục và Đào tạo Hải Phòng;",
    "- Ủy ban nhân dân thành phố Hải Phòng;",
    "- Ban Chỉ đạo xây dựng xã hội học tập.",
  ]);
  const colonEnd = block[0]!.words[1]!.xMax;
  const dashes = [block[0]!.words[2]!, block[1]!.words[0]!, block[2]!.words[0]!].map((w) => w.xMin);
  for (const x of dashes) expect(Math.abs(x - dashes[0]!)).toBeLessThan(0.5);
  // One 14 pt space is 3.5 pt: the dash follows the colon by about that, never by a wide gap.
  expect(dashes[0]! - colonEnd).toBeGreaterThan(1);
  expect(dashes[0]! - colonEnd).toBeLessThan(6);
});

it("runs a full report past one page, numbered from page 2", () => {
  const pdf = join(dir, "full.pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1]);
  expect(pages).toBeGreaterThan(1);
  for (let page = 2; page <= pages; page++) {
    const first = run("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"]).split("\n").find((l) => l.trim() !== "");
    expect(first?.trim()).toBe(String(page));
  }
  const last = run("pdftotext", ["-layout", "-f", String(pages), "-l", String(pages), pdf, "-"]);
  expect(last).toMatch(/Nơi nhận:[\s\S]*Nguyễn Văn An/);
});
