/**
 * The file name of a unit's submitted report. Two campaigns of one report type in one year (a
 * second round, or the ward's report counted one level up) would give the unit's reports one name,
 * and a clerk with both downloaded could not tell them apart: the campaign that submits second carries
 * its number ("Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026-đợt-3.docx"), in every version; the first keeps
 * the plain name.
 */
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow, UnitRow } from "../db/schema.ts";
import { campaignYear } from "./campaign-period.ts";
import { documentFileName } from "./document-file-name.ts";

export interface UnitReportName {
  documentType: string;
  unit: Pick<UnitRow, "id" | "name">;
  campaign: Pick<CampaignRow, "id" | "title" | "createdAt">;
  version: number;
  timeZone: string;
}

/** Runs inside the submission's transaction, before its document row is written. */
export async function unitReportFileName(repos: Pick<Repositories, "documents" | "lock">, name: UnitReportName): Promise<string> {
  const { documentType, unit, campaign, version } = name;
  const year = campaignYear(campaign, name.timeZone);
  // Two of the unit's campaigns submitted at once (from two chats, on two instances) would each find
  // the plain name free: the unit's names are decided one at a time, until the document row is in.
  await repos.lock(`report-names:${unit.id}`);
  // Another campaign's first version holds the plain name when that campaign submitted first.
  const taken = await repos.documents.unitNameTaken(unit.id, campaign.id, documentFileName(documentType, unit.name, year, 1));
  return documentFileName(documentType, unit.name, year, version, taken ? campaign.id : undefined);
}
