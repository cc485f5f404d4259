/**
 * GET /web/dot/:campaignId/don-vi/:unitId: one unit's report in a campaign (its answers, versions,
 * what each correction changed, its files), and the download of each version's .docx. Only a unit
 * the campaign requires, and only that unit's own files: a guessed id shows nothing.
 */
import type { FastifyPluginAsync } from "fastify";
import { sendFile } from "../server/routes/send-file.ts";
import { vi } from "../sentences/vi.ts";
import { noticeText, notFound } from "./page-replies.ts";
import { sealedNotice } from "./notice-seal.ts";
import { closedNotice } from "./closed-notice.ts";
import { campaignParam, downloadRoute, idParam, unitParams } from "./route-params.ts";
import { submissionActionRoutes } from "./submission-actions.ts";
import { sendUnitPage } from "./unit-page.ts";
import { type WebDeps, webActor } from "./web-deps.ts";

export const submissionPage: FastifyPluginAsync<WebDeps> = async (app, deps) => {
  type UnitParams = { campaignId: string; unitId: string };

  app.get<{ Params: UnitParams; Querystring: { tb?: string; n?: string } }>("/web/dot/:campaignId/don-vi/:unitId", async (request, reply) => {
    const campaign = await campaignParam(deps, request.params.campaignId, reply);
    if (!campaign) return reply;
    const notice = sealedNotice(deps.csrfKey, request);
    return sendUnitPage(deps, request, reply, campaign, idParam(request.params.unitId), { notice: (await closedNotice(deps, campaign, notice.tb, webActor(request.officer!))) ?? noticeText(notice) });
  });

  app.get<{ Params: UnitParams & { documentId: string } }>("/web/dot/:campaignId/don-vi/:unitId/van-ban/:documentId", downloadRoute, async (request, reply) => {
    const found = await unitParams(deps, request.params, reply);
    if (!found) return reply;
    const documentId = idParam(request.params.documentId);
    // The file must be a report of this unit's submission in this campaign.
    const submission = await deps.repos.submissions.find(found.campaign.id, found.row.unitId);
    const document = submission && documentId !== undefined ? await deps.repos.documents.get(documentId) : undefined;
    if (!submission || document?.kind !== "report" || document.submissionId !== submission.id) return notFound(reply, vi.web.submission.documentNotFound);
    await deps.repos.activity.record(found.campaign.id, webActor(request.officer!), "downloaded", document.fileName, deps.now());
    const file = await deps.documents.ensureRendered(document.id);
    if (!file) throw new Error("document could not be rendered");
    return sendFile(reply, file);
  });

  await app.register(submissionActionRoutes, deps);
};
