/**
 * The period a campaign reports on, as `{period}` prints it in its documents. An officer may type
 * it when opening the campaign ("giai đoạn 2023 - 2025"); otherwise it is the school year the
 * deadline falls in, as the schools that send these reports count their year.
 */
import { vi } from "../sentences/vi.ts";
import { localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { zonedYear } from "../vietnamese/zoned-time.ts";

/** A Vietnamese school year begins in September: a deadline in August still closes the year before. */
const SCHOOL_YEAR_FIRST_MONTH = 9;

/** "năm học 2026 - 2027" for a deadline in October 2026, "năm học 2025 - 2026" for one in May 2026. */
export function schoolYearPeriod(deadlineAt: number, timeZone: string): string {
  const [year, month] = localDateTime(new Date(deadlineAt), timeZone).iso.split("-").map(Number) as [number, number];
  return vi.period.schoolYear(month >= SCHOOL_YEAR_FIRST_MONTH ? year : year - 1);
}

/**
 * The year a campaign's documents print (`{year}`, the file's name): the one its title names ("…
 * năm 2026"), else the year it was opened in. Not its deadline's: an extension into January
 * printed "năm 2027" in the title and the cited letter of a 2026 campaign.
 */
export function campaignYear(campaign: { title: string; createdAt: number }, timeZone: string): number {
  const named = [...campaign.title.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].at(-1);
  return named ? Number(named[1]) : zonedYear(campaign.createdAt, timeZone);
}

/** The campaign's own period, or (a campaign opened before periods were asked) its school year. */
export function campaignPeriod(campaign: { period?: string | null; deadlineAt: number }, timeZone: string): string {
  return campaign.period?.trim() || schoolYearPeriod(campaign.deadlineAt, timeZone);
}
