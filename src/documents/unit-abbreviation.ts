/**
 * The issuer's part of "Số: .../BC-THLC": a People's Committee signs as "UBND" (the ward's own plan
 * is "77/KH-UBND"); any other unit by the initials of its name without the generic first word
 * ("Trường"…), acronyms kept whole, Vietnamese letters folded to A-Z except Đ.
 */
const GENERIC_PREFIXES = [/^trường\s+/iu, /^(ủy|uỷ) ban nhân dân\s+/iu, /^ubnd\s+/iu];
const PEOPLES_COMMITTEE = /^((ủy|uỷ) ban nhân dân|ubnd)(\s|$)/iu;

/** Whether the unit is a People's Committee (Ủy ban nhân dân, UBND) of some level. */
export function isPeoplesCommittee(name: string): boolean {
  return PEOPLES_COMMITTEE.test(name.normalize("NFC").trim());
}

/** The issuer's symbol after the document type: "UBND" for a People's Committee, else the unit's initials. */
export function issuerSymbol(name: string): string {
  return isPeoplesCommittee(name) ? "UBND" : unitAbbreviation(name);
}

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
