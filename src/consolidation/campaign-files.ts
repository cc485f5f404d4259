/**
 * Renders the files made for a whole campaign, off the request path (the document worker, or the
 * first send or download): the full status list, the export, the consolidated report's draft.
 * Each is built from the database as it is when rendered.
 */
import type { CampaignFileKind } from "../db/document-repository.ts";
import type { RenderJob } from "../documents/render-jobs.ts";
import type { Repositories } from "../db/repositories.ts";
import { createConsolidatedReports } from "./consolidated-report.ts";
import { consolidatedDraftContent } from "./consolidated-draft-content.ts";
import type { Template } from "../templates/template-schema.ts";

export interface CampaignFilesDeps {
  repos: Repositories;
  templateFor: (templateId: number) => Promise<Template>;
  timeZone: string;
  now: () => number;
  /** Runs the heavy part (packing, writing) off the event loop: the render worker. */
  render: (job: RenderJob) => Promise<Buffer>;
}

export function createCampaignFileRenderer(deps: CampaignFilesDeps) {
  const { repos, templateFor, timeZone } = deps;
  const reports = createConsolidatedReports({ repos, templateFor, timeZone });
  return async (kind: CampaignFileKind, campaignId: number): Promise<Buffer> => {
    const campaign = await repos.directory.campaignById(campaignId);
    if (!campaign) throw new Error(`campaign ${campaignId} not found`);
    switch (kind) {
      case "status-sheet":
        return deps.render({ kind: "status-xlsx", input: { campaign, template: await templateFor(campaign.templateId), rows: await repos.officers.statusRows(campaignId), now: deps.now(), timeZone } });
      case "export": {
        // Not in the render worker (see export-file.ts); exceljs is loaded here at the first export.
        const { writeCampaignExport } = await import("./export-file.ts");
        return writeCampaignExport(repos.exports, campaignId, { campaign, template: await templateFor(campaign.templateId), now: deps.now(), timeZone });
      }
      case "consolidated-draft": {
        const notIncluded = (await repos.officers.unitStatuses(campaignId)).filter((u) => u.status !== "submitted");
        return deps.render({ kind: "report-docx", content: await consolidatedDraftContent(reports, campaign, notIncluded, deps.now(), timeZone) });
      }
    }
  };
}
