/**
 * A unit page's actions: "Trả lại" returns its submitted report with a comment (the chat's /tralai,
 * through returnToUnit), "Nhắc" reminds the unit's chats now. A refused return shows the page again
 * with the reason and the comment typed; the rest redirect back with a notice.
 */
import type { FastifyPluginAsync } from "fastify";
import type { CampaignRow } from "../db/schema.ts";
import { remindUnit, type UnitReminderRefusal } from "../officers/campaign-actions.ts";
import { type ReturnOutcome, returnToUnit } from "../officers/return-submission.ts";
import { vi } from "../sentences/vi.ts";
import { shownClosed } from "./board-forms.ts";
import { unitParams } from "./route-params.ts";
import { MAX_RETURN_COMMENT } from "./unit-page-html.ts";
import { sendUnitPage } from "./unit-page.ts";
import { say, toOfficerChats } from "../officers/officer-context.ts";
import { runWebAction } from "./web-action.ts";
import { type WebDeps, webActor } from "./web-deps.ts";
import { sameTitleNumber } from "../officers/same-title.ts";

/** The notice the unit page shows for each reason a reminder was not sent. */
const REMINDER_REFUSALS: Record<UnitReminderRefusal, string> = { closed: "alreadyClosed", submitted: "unitSubmitted", "no-chat": "unitNoChat", recent: "unitRemindedRecently" };

/** A form field as one string: a repeated field or none reads as empty; browsers send CRLF. */
function formText(value: unknown): string {
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n").trim() : "";
}

export const submissionActionRoutes: FastifyPluginAsync<WebDeps> = async (app, deps) => {
  type Params = { Params: { campaignId: string; unitId: string }; Body: Record<string, unknown> | undefined };
  const back = (campaign: CampaignRow, unitId: number, notice: string) => `/web/dot/${campaign.id}/don-vi/${unitId}?tb=${notice}&n=0`;

  app.post<Params>("/web/dot/:campaignId/don-vi/:unitId/tra-lai", async (request, reply) => {
    const found = await unitParams(deps, request.params, reply);
    if (!found) return reply;
    const { campaign, row } = found;
    const comment = formText(request.body?.comment);
    const refuse = (status: number, error: string) => sendUnitPage(deps, request, reply, campaign, row.unitId, { status, error, comment });
    if (!comment) return refuse(400, vi.web.submission.commentEmpty);
    if (comment.length > MAX_RETURN_COMMENT) return refuse(400, vi.web.submission.commentTooLong(MAX_RETURN_COMMENT));
    const outcome = await runWebAction<ReturnOutcome>(deps, async (now) => {
      const result = await returnToUnit(deps, { campaign, unit: { id: row.unitId, name: row.name }, comment, actor: webActor(request.officer!), now });
      if (!("deliveries" in result)) return { deliveries: [], outcome: result };
      return { deliveries: [...result.deliveries, ...(await toOfficerChats(deps.repos, say(vi.web.officersHear.returned(request.officer!.displayName, row.name, campaign.title, comment, await sameTitleNumber(deps.repos, campaign)))))], outcome: result };
    });
    if ("refused" in outcome) return refuse(409, outcome.refused);
    return reply.redirect(back(campaign, row.unitId, "returned"), 303);
  });

  app.post<Params>("/web/dot/:campaignId/don-vi/:unitId/nhac", async (request, reply) => {
    const found = await unitParams(deps, request.params, reply);
    if (!found) return reply;
    const { campaign, row } = found;
    const outcome = await runWebAction(deps, async (now) => {
      const result = await remindUnit(deps, campaign, row.unitId, webActor(request.officer!), now, shownClosed(request.body));
      return { deliveries: "deliveries" in result ? result.deliveries : [], outcome: result };
    });
    return reply.redirect(back(campaign, row.unitId, "refused" in outcome ? REMINDER_REFUSALS[outcome.refused] : "remindedUnit"), 303);
  });
};
