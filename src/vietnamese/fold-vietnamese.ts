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
