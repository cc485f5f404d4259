/** The one-time bind codes' form, and a code typed by hand read back as it was given. */
import { expect, it } from "vitest";
import { newBindCode, typedBindCode } from "../../src/officers/bind-codes.ts";

it("makes the unit's code and 8 characters that cannot be misread (no I, L, O or U), different each time", () => {
  const codes = Array.from({ length: 200 }, () => newBindCode("MN-HOA-SEN"));
  for (const code of codes) expect(code).toMatch(/^MN-HOA-SEN-[0-9A-HJKMNP-TV-Z]{8}$/);
  expect(new Set(codes).size).toBe(200);
});

it("reads a code typed in lower case, with O for 0 and I or L for 1 in its random part only", () => {
  expect(typedBindCode(" th-lien-chau-ab0o1ilx ")).toBe("TH-LIEN-CHAU-AB00111X");
  // The unit's code keeps its letters; what is not a code passes as typed.
  expect(typedBindCode("MN-HOA-SEN-OOOOOOOO")).toBe("MN-HOA-SEN-00000000");
  expect(typedBindCode("canbo")).toBe("canbo");
});
