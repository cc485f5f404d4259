/**
 * The file name of a unit's submitted report. Two campaigns of one report type in one year (a
 * second round, or the ward's report counted one level up) would give the unit's reports one name,
 * and a clerk with both downloaded could not tell them apart: the campaign that submits second carries
 * its number ("Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026-đợt-3.docx"), in every version; the first keeps
 * the plain name.
 */
import type { DocumentRepository } from "../db/document-repository.ts";
import type { CampaignRow, UnitRow } from "../db/schema.ts";
import { zonedYear } from "../vietnamese/zoned-time.ts";
import { documentFileName } from "./document-file-name.ts";

export interface UnitReportName {
  documentType: string;
  unit: Pick<UnitRow, "id" | "name">;
  campaign: Pick<CampaignRow, "id" | "deadlineAt">;
  version: number;
  timeZone: string;
}

export async function unitReportFileName(documents: DocumentRepository, name: UnitReportName): Promise<string> {
  const { documentType, unit, campaign, version } = name;
  const year = zonedYear(campaign.deadlineAt, name.timeZone);
  // Another campaign's first version holds the plain name when that campaign submitted first.
  const taken = await documents.unitNameTaken(unit.id, campaign.id, documentFileName(documentType, unit.name, year, 1));
  return documentFileName(documentType, unit.name, year, version, taken ? campaign.id : undefined);
}
