import { describe, expect, it } from "vitest";
import { citedDocument } from "../../src/documents/cited-document.ts";

describe("the cited document's kind", () => {
  it("is read from the number's symbol as Decree 30 writes it, a công văn when the symbol has no kind code", () => {
    expect(citedDocument("125/UBND-VHXH")).toBe("Công văn số 125/UBND-VHXH");
    expect(citedDocument("45/KH-UBND")).toBe("Kế hoạch số 45/KH-UBND");
    expect(citedDocument("12/QĐ-UBND")).toBe("Quyết định số 12/QĐ-UBND");
    expect(citedDocument("số 7/HD-PGDĐT")).toBe("Hướng dẫn số 7/HD-PGDĐT");
  });

  it("is the one typed before the number, written out once, with or without 'số' or marks", () => {
    expect(citedDocument("Công văn 45/UBND-VHXH")).toBe("Công văn số 45/UBND-VHXH");
    expect(citedDocument("Kế hoạch số 192/KH-THLC")).toBe("Kế hoạch số 192/KH-THLC");
    expect(citedDocument("ke hoach so 192/KH-THLC")).toBe("Kế hoạch số 192/KH-THLC");
    expect(citedDocument("CV 12/UBND")).toBe("Công văn số 12/UBND");
    expect(citedDocument("KH: 3/KH-UBND")).toBe("Kế hoạch số 3/KH-UBND");
  });

  it("does not take the start of a longer word for a kind", () => {
    expect(citedDocument("KHN-12/UBND")).toBe("Công văn số KHN-12/UBND");
  });
});
