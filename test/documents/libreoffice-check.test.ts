/**
 * The documents as a person would see them: LibreOffice turns each sample into a PDF, poppler into
 * text and PNG. Every sample must open, use no fallback font (Liberation Serif 2 stands in for Times
 * New Roman; DejaVu would mean missing Vietnamese glyphs), and a full report must run past page 1
 * with page numbers from page 2. The tools come from .ci/install-test-deps.sh; missing tools fail.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderReportDocx } from "../../src/documents/render-report.ts";
import { fullReportContent, LIEN_CHAU_CONTEXT, minimalReportContent } from "../helpers/sample-reports.ts";

const dir = mkdtempSync(join(tmpdir(), "nd30-"));
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8", timeout: 120_000 });
const SAMPLES = {
  full: () => fullReportContent(),
  minimal: () => minimalReportContent(),
  ward: () =>
    fullReportContent({
      ...LIEN_CHAU_CONTEXT,
      unit: { name: "Trung tâm Học tập cộng đồng phường Trần Liễu", parentName: "Ủy ban nhân dân thành phố Hải Phòng", placeName: "Thành phố Hồ Chí Minh" },
    }),
};

beforeAll(async () => {
  for (const tool of ["soffice", "pdffonts", "pdftotext", "pdfinfo", "pdftoppm"]) {
    if (!existsSync(`/usr/bin/${tool}`)) throw new Error(`${tool} is missing: run bash .ci/install-test-deps.sh`);
  }
  const files = [];
  for (const [name, build] of Object.entries(SAMPLES)) {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, await renderReportDocx(build()));
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
