/**
 * reportsKeptOn, read as a campaign opens, on the real demo database: which report each unit's chat
 * stays on, and how often it asks the directory for a unit's open campaign (the real repository,
 * counted on its way through, answering as it always does).
 */
import { expect, it } from "vitest";
import { reportsKeptOn } from "../../src/conversation/reports-kept-on.ts";
import { createTemplateCache } from "../../src/conversation/template-cache.ts";
import { HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { submitThenOpenNext } from "../helpers/next-campaign.ts";

const { server } = useDemoReport();

it("reads the units' open campaigns in one query, each unit once, though a unit has a report in two open campaigns (submitted in one, a draft in the other), and keeps the chat on the draft", async () => {
  const { second, units } = await submitThenOpenNext(server);
  // A blank start (not from last year's report), then the first answer: a draft.
  for (const message of ["/baocao 2", "Không", FULL_REPORT_ANSWERS[0]!]) await server.post(LIEN_CHAU, HOA, message);
  const liensChau = units.find((u) => u.code === "TH-LIEN-CHAU")!;

  const reads: number[][] = [];
  const { directory } = server.repos;
  const counted = {
    ...directory,
    findOpenCampaign: (unitId: number) => {
      reads.push([unitId]);
      return directory.findOpenCampaign(unitId);
    },
    openCampaignsOf: (unitIds: number[]) => {
      reads.push(unitIds);
      return directory.openCampaignsOf(unitIds);
    },
  };
  const kept = await reportsKeptOn({ repos: { ...server.repos, directory: counted }, templateFor: createTemplateCache(server.repos) }, units.map((u) => u.id), Date.parse("2026-10-08T03:15:00Z"));

  expect(kept.map(({ unitId, campaign, pin }) => ({ unitId, campaignId: campaign.id, pin }))).toEqual([{ unitId: liensChau.id, campaignId: second.id, pin: false }]);
  expect(reads).toEqual([[liensChau.id]]);
});
