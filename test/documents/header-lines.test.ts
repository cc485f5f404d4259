/**
 * Header names broken into lines by measured width: between words, never inside a place name or a
 * fixed term, each line within the header's left column at the size and weight it is printed in.
 */
import { describe, expect, it } from "vitest";
import { headerNameLines } from "../../src/documents/header-lines.ts";
import { LEFT_COLUMN, SIZE } from "../../src/documents/nd30-layout.ts";
import { headerLines } from "../../src/documents/render-report.ts";
import { textWidth } from "../../src/documents/text-width.ts";

const regular = (text: string) => textWidth(text, { halfPoints: SIZE.agency });
const bold = (text: string) => textWidth(text, { halfPoints: SIZE.agency, bold: true });

describe("the parent body's lines (upright 13 pt)", () => {
  it("put UBND THÀNH PHỐ HẢI PHÒNG on two lines with HẢI PHÒNG whole", () => {
    expect(regular("UBND THÀNH PHỐ HẢI PHÒNG")).toBeGreaterThan(LEFT_COLUMN);
    expect(headerLines({ parentBody: "UBND THÀNH PHỐ HẢI PHÒNG", issuer: "X" }).parentBody).toEqual(["UBND THÀNH PHỐ", "HẢI PHÒNG"]);
  });

  it("keep a name that fits the column on one line", () => {
    expect(headerLines({ parentBody: "UBND PHƯỜNG NAM TRIỆU", issuer: "X" }).parentBody).toEqual(["UBND PHƯỜNG NAM TRIỆU"]);
  });

  it("break a spelled-out People's Committee after its kind", () => {
    expect(headerLines({ parentBody: "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", issuer: "X" }).parentBody).toEqual(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"]);
  });
});

describe("the issuer's lines (bold 13 pt)", () => {
  it.each([
    ["ỦY BAN NHÂN DÂN PHƯỜNG TRẦN LIỄU", ["ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN LIỄU"]],
    ["TRƯỜNG TIỂU HỌC LIÊN CHÂU", ["TRƯỜNG TIỂU HỌC", "LIÊN CHÂU"]],
    ["TRƯỜNG THCS NGUYỄN BỈNH KHIÊM", ["TRƯỜNG THCS", "NGUYỄN BỈNH KHIÊM"]],
    ["TRUNG TÂM HỌC TẬP CỘNG ĐỒNG PHƯỜNG TRẦN LIỄU", ["TRUNG TÂM", "HỌC TẬP CỘNG ĐỒNG", "PHƯỜNG TRẦN LIỄU"]],
    ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", ["PHÒNG GIÁO DỤC", "VÀ ĐÀO TẠO"]],
    ["TRƯỜNG THCS NAM TRIỆU", ["TRƯỜNG THCS NAM TRIỆU"]],
  ])("break %s as %j", (name, lines) => {
    expect(headerLines({ issuer: name }).issuer).toEqual(lines);
  });
});

describe("any header name", () => {
  const names: [string, string][] = [
    ["UBND THÀNH PHỐ HẢI PHÒNG", "HẢI PHÒNG"],
    ["UBND THÀNH PHỐ HỒ CHÍ MINH", "HỒ CHÍ MINH"],
    ["ỦY BAN NHÂN DÂN PHƯỜNG NAM TRIỆU", "NAM TRIỆU"],
    ["ỦY BAN NHÂN DÂN THỊ TRẤN PHÚ XUYÊN", "PHÚ XUYÊN"],
    ["TRƯỜNG TIỂU HỌC SỐ 1 XÃ THANH OAI", "THANH OAI"],
    ["SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH", "HỒ CHÍ MINH"],
    ["TRƯỜNG MẦM NON HOA SEN PHƯỜNG ĐỒNG HÒA", "ĐỒNG HÒA"],
  ];

  it.each(names)("%s: every line fits the column, upright and bold, and %s stays on one line", (name, place) => {
    for (const widthOf of [regular, bold]) {
      const lines = headerNameLines(name, LEFT_COLUMN, widthOf);
      expect(lines.join(" ")).toBe(name);
      for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(LEFT_COLUMN);
      expect(lines.some((line) => line.includes(place))).toBe(true);
    }
  });

  it("is broken inside its place name only when the place name alone is wider than the column", () => {
    const narrow = bold("HỒ CHÍ MINH") - 10;
    const lines = headerNameLines("UBND THÀNH PHỐ HỒ CHÍ MINH", narrow, bold);
    expect(lines.join(" ")).toBe("UBND THÀNH PHỐ HỒ CHÍ MINH");
    expect(lines.some((line) => line.includes("HỒ CHÍ MINH"))).toBe(false);
    for (const line of lines) expect(bold(line)).toBeLessThanOrEqual(narrow);
  });
});
