/**
 * The unit's abbreviation in "Số: .../BC-THLC": initials of its name without the generic first word
 * ("Trường", "Ủy ban nhân dân"…), acronyms kept whole, Vietnamese letters folded to A-Z except Đ.
 */
const GENERIC_PREFIXES = [/^trường\s+/iu, /^(ủy|uỷ) ban nhân dân\s+/iu, /^ubnd\s+/iu];

export function unitAbbreviation(name: string): string {
  let rest = name.normalize("NFC").trim();
  for (const prefix of GENERIC_PREFIXES) rest = rest.replace(prefix, "");
  const initials = rest
    .split(/\s+/)
    .filter((word) => word !== "")
    .map((word) => (word.length > 1 && word === word.toUpperCase() ? word : word[0]!.toUpperCase()))
    .join("");
  return initials
    .normalize("NFD")
    .replace(/(?!\u0110)[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .replace(/[^A-ZĐ0-9]/g, "");
}
