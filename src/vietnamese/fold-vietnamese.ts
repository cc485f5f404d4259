/**
 * Folds Vietnamese text for loose matching: lower case, no tone marks, đ → d, single spaces.
 * "Hoàn thành TỐT" and "hoan thanh tot" then compare equal, as a clerk typing without Telex expects.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Without a single tone mark or Vietnamese letter, and with a letter: typed on a keyboard without them. */
export function typedWithoutMarks(text: string): boolean {
  return /^[\x20-\x7e\n\r\t]+$/.test(text) && /[a-z]/i.test(text);
}
