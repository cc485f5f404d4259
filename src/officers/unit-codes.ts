/**
 * Units named in officers' commands. A code is typed as the officer remembers it: "TH-LIEN-CHAU",
 * or "th lien chau" (its words without the dashes, with or without diacritics), or the unit by
 * words of its name ("Liên Châu"). A code that names
 * no unit gets a reply that lists the codes there are, so the next try is right.
 */
import type { Repositories } from "../db/repositories.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { vi } from "../sentences/vi.ts";

/** Codes shown after "no such unit": a ward's schools fit; a city's thousands are cut. */
const CODES_SHOWN = 30;
/** Words a code may be typed as ("th lien chau" for TH-LIEN-CHAU). */
const MAX_CODE_WORDS = 5;

type UnitRow = NonNullable<Awaited<ReturnType<Repositories["officers"]["unitByCode"]>>>;

/**
 * The unit whose code starts `argument`, and the text after it: "TH-LIEN-CHAU thiếu số liệu" or
 * "th lien chau thiếu số liệu". Undefined when no unit's code starts it.
 */
export async function unitAtStart(repos: Repositories, argument: string): Promise<{ unit: UnitRow; rest: string } | undefined> {
  const text = argument.trim();
  const words = text.split(/\s+/).filter((word) => word !== "");
  // A code typed whole wins ("MN-HOA-SEN 2 bảng…" is MN-HOA-SEN, not MN-HOA-SEN-2); then its words,
  // the longest run first ("th lien chau" is TH-LIEN-CHAU).
  const most = Math.min(MAX_CODE_WORDS, words.length);
  for (const count of [1, ...Array.from({ length: most - 1 }, (_, i) => most - i)]) {
    const unit = await repos.officers.unitByCode(foldVietnamese(words.slice(0, count).join("-")));
    // The rest as typed, its line breaks kept (a comment may have several lines).
    if (unit) return { unit, rest: restAfter(text, count) };
  }
  return unitNamedAtStart(repos, text, words);
}

/** The text after its first `count` words, as typed (a comment's line breaks kept). */
const restAfter = (text: string, count: number) => text.replace(new RegExp(`^(?:\\S+(?:\\s+|$)){${count}}`), "").trim();

/** Words of a unit's name an officer may start with ("Liên Châu" for Trường Tiểu học Liên Châu). */
const MAX_NAME_WORDS = 8;

/**
 * The unit whose name holds the first words, as whole words, the longest run that names any: "Liên
 * Châu thiếu số liệu" is Trường Tiểu học Liên Châu. Several units named so ("Trường …"): none.
 */
async function unitNamedAtStart(repos: Repositories, text: string, words: string[]): Promise<{ unit: UnitRow; rest: string } | undefined> {
  const named = await unitsNamedAtStart(repos, words);
  return named?.units.length === 1 ? { unit: named.units[0]!, rest: restAfter(text, named.count) } : undefined;
}

/** The units whose names hold the longest run of the first words that any name holds, and how many words that is. */
async function unitsNamedAtStart(repos: Repositories, words: string[]): Promise<{ units: UnitRow[]; count: number } | undefined> {
  const units = (await repos.directory.listUnits()).map((unit) => ({ unit, name: ` ${foldVietnamese(unit.name)} ` }));
  for (let count = Math.min(MAX_NAME_WORDS, words.length); count >= 1; count--) {
    const typed = ` ${foldVietnamese(words.slice(0, count).join(" "))} `;
    const named = units.filter(({ name }) => name.includes(typed));
    if (named.length > 0) return { units: named.map(({ unit }) => unit), count };
  }
  return undefined;
}

/**
 * "No unit has code X", with the codes there are; or, when the words typed (`argument`) are in the
 * names of several units ("Nam Triệu": the ward and its school), those units with their codes.
 */
export async function unknownUnitText(repos: Repositories, typed: string, argument = typed): Promise<string> {
  const words = argument.trim().split(/\s+/).filter((word) => word !== "");
  const named = await unitsNamedAtStart(repos, words);
  // Listed when they are few ("Trường" in a city's thousand schools' names is no hint).
  const several = named && named.units.length > 1 ? severalUnitsText({ typed: words.slice(0, named.count).join(" "), units: named.units }) : undefined;
  if (several) return several;
  return vi.officer.unknownUnit(typed, await knownCodes(repos));
}

/**
 * The units a new campaign may require: every unit but the officers' own office (a campaign's
 * issuer), which reports in no campaign of its own (/thongbao tatca leaves it out alike).
 */
export async function reportingUnits(repos: Repositories): Promise<UnitRow[]> {
  const reporting = new Set(await repos.officers.unitIdsButIssuers());
  return (await repos.directory.listUnits()).filter((unit) => reporting.has(unit.id));
}

/**
 * The roster's offices: a campaign's issuer, or a unit with units under it (a school's ward office).
 * They consolidate reports and send none: "all units" leaves them out (open-campaign.ts), and one
 * typed among a campaign's units is refused (officesAmong).
 */
export async function officeIds(repos: Repositories, roster: readonly UnitRow[]): Promise<Set<number>> {
  const reporting = new Set(await repos.officers.unitIdsButIssuers());
  const above = new Set(roster.map((unit) => unit.parentUnitId));
  return new Set(roster.filter((unit) => !reporting.has(unit.id) || above.has(unit.id)).map((unit) => unit.id));
}

/**
 * Among units typed for a new campaign, the offices (officeIds): typed in the list, they were made
 * reporting units whenever "Kính gửi" named no unit of the roster. The office that "Kính gửi" names
 * (`issuerName`) is not among them: it is left out of the campaign, and the officer told, as before.
 */
export async function officesAmong(repos: Repositories, units: readonly UnitRow[], issuerName: unknown): Promise<UnitRow[]> {
  const offices = await officeIds(repos, await repos.directory.listUnits());
  const issuer = typeof issuerName === "string" ? foldVietnamese(issuerName) : undefined;
  return units.filter((unit) => offices.has(unit.id) && foldVietnamese(unit.name) !== issuer);
}

/**
 * The units' codes, for a reply to a code that names none: at most CODES_SHOWN, then how many more.
 * `reporting`: only those a new campaign may require (opening one: the office's own code was listed).
 */
export async function knownCodes(repos: Repositories, reporting = false): Promise<string> {
  const codes = (reporting ? await reportingUnits(repos) : await repos.directory.listUnits()).map((unit) => unit.code);
  const shown = codes.slice(0, CODES_SHOWN).join(", ");
  return codes.length > CODES_SHOWN ? `${shown}${vi.officer.andMoreCodes(codes.length - CODES_SHOWN)}` : shown;
}

/**
 * The codes of a typed list: one a line, or several on a line separated by commas or semicolons
 * ("TH-LIEN-CHAU, MN-HOA-SEN"), which no code contains.
 */
export function listedCodes(items: readonly string[]): string[] {
  return items.flatMap((item) => item.split(/[,;]/)).map((code) => code.trim()).filter((code) => code !== "");
}

/**
 * The units a typed list names, each once, and the items in it that name none, as typed. An item is
 * a code, or words of one unit's name as /tralai takes them ("Hoa Sen, Liên Châu": the form refused
 * names). Words in several names ("Nam Triệu") pick none: they are in `missing`, and in `several`
 * with those units, for a reply that names them.
 */
export async function unitsOfCodes(repos: Repositories, items: readonly string[]) {
  const typed = listedCodes(items);
  const byCode = await repos.officers.unitsByCodes(typed.map(typedCode));
  const found = new Map(byCode.map((unit) => [unit.id, unit]));
  const missing: string[] = [];
  const several: { typed: string; units: UnitRow[] }[] = [];
  for (const item of typed.filter((code) => !byCode.some((u) => u.code.toUpperCase() === typedCode(code)))) {
    const words = item.split(/\s+/);
    const named = await unitsNamedAtStart(repos, words);
    // Every word typed must be in the name: "Hoa Mai" is not Trường Mầm non Hoa Sen.
    if (named?.count === words.length && named.units.length === 1) found.set(named.units[0]!.id, named.units[0]!);
    else {
      missing.push(item);
      if (named?.count === words.length) several.push({ typed: item, units: named.units });
    }
  }
  return { found: [...found.values()], missing, several };
}

/** The reply to words in several units' names, as /tralai gives it; undefined when they are too many to list. */
export function severalUnitsText(several: { typed: string; units: readonly UnitRow[] }): string | undefined {
  if (several.units.length > 10) return undefined;
  return vi.officer.severalUnitsNamed(several.typed, several.units.map((unit) => `${unit.name} (${unit.code})`).join(", "));
}

/** A code typed on a line of its own, as the roster writes it: "th lien chau" → "TH-LIEN-CHAU". */
export function typedCode(typed: string): string {
  return foldVietnamese(typed.trim()).split(/\s+/).join("-").toUpperCase();
}
