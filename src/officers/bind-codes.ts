/**
 * The one-time codes an officer hands out (/dangky moi) so a unit's staff can bind their own chat:
 * the unit's code, a dash, and 8 random characters. Anyone who can write to the bot may try codes,
 * and a unit's code is no secret: 40 random bits take about 17 years to find at a thousand tries a
 * second, and a code expires after a week anyway (officer-repository.ts, BIND_CODE_TTL_MS).
 */
import { randomBytes } from "node:crypto";

/** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand stays the same. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RANDOM_PART = /^(.+-)([0-9A-Z]{8})$/;

export function newBindCode(unitCode: string): string {
  let bits = BigInt(`0x${randomBytes(5).toString("hex")}`);
  let part = "";
  for (let i = 0; i < 8; i++, bits >>= 5n) part = ALPHABET[Number(bits & 31n)] + part;
  return `${unitCode}-${part}`;
}

/**
 * A code as typed, with the random part's look-alikes read as the alphabet's (O as 0, I and L as
 * 1); the unit's code before it is left as it is (it may hold any of those letters).
 */
export function typedBindCode(typed: string): string {
  const match = RANDOM_PART.exec(typed.trim().toUpperCase());
  if (!match) return typed;
  return match[1] + match[2]!.replace(/O/g, "0").replace(/[IL]/g, "1");
}
