/**
 * A campaign's units as /xuat and the consolidated report read them (ExportRepository.unitRows), a
 * page at a time in code order, the event loop getting its turn between pages when the pacer says
 * so: over thousands of units one read held every webhook 50-80 ms (issue #12).
 */
import type { ExportRepository } from "../db/export-repository.ts";

/** Units read at a time: a few milliseconds. */
const UNITS_PER_PAGE = 50;

export type UnitRows = Awaited<ReturnType<ExportRepository["unitRows"]>>;

export async function* unitPages(exports: ExportRepository, campaignId: number, pace: () => Promise<void>): AsyncGenerator<UnitRows> {
  // The list of units, read once (ids only), is what the pages follow.
  const unitIds = await exports.unitIdsByCode(campaignId);
  for (let start = 0; start < unitIds.length; start += UNITS_PER_PAGE) {
    yield await exports.unitRows(campaignId, unitIds.slice(start, start + UNITS_PER_PAGE));
    await pace();
  }
}
