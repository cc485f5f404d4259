/**
 * POST /web/dot/:campaignId/gia-han and /thong-bao: the board's forms (board-forms.ts) do what the
 * chat's /dotbaocao giahan and /thongbao đợt N do, through the same code (deadline-extension.ts,
 * broadcast.ts): the same checks, the same words to the units, the same line in the activity log.
 * A refusal shows the board again with the chat's reason and what was typed, changing nothing; a
 * closed campaign (closed meanwhile: closed-notice.ts says by whom), a success or the same form sent
 * twice redirect to the board with a notice.
 */
import type { FastifyPluginAsync } from "fastify";
import type { CampaignRow } from "../db/schema.ts";
import { broadcastToUnits } from "../officers/broadcast.ts";
import { extendCampaignDeadline, type ExtensionOutcome, extensionRefusalText } from "../officers/deadline-extension.ts";
import { say, toOfficerChats } from "../officers/officer-context.ts";
import { readDeadlineFields } from "../officers/typed-deadline.ts";
import { localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { vi } from "../sentences/vi.ts";
import { keepsUnmarked, MAX_BROADCAST, shownClosed } from "./board-forms.ts";
import { readsAsUnmarkedVietnamese } from "../vietnamese/unmarked-vietnamese.ts";
import { takesLateNow } from "../conversation/closed-campaign.ts";
import { sendBoardPage } from "./board-page.ts";
import { campaignParam } from "./route-params.ts";
import { runWebAction } from "./web-action.ts";
import { type WebDeps, webActor } from "./web-deps.ts";
import { isSecret } from "./web-session.ts";
import { sameTitleNumber } from "../officers/same-title.ts";

/** A form field as one string: a repeated field or none reads as empty; browsers send CRLF. */
const formText = (value: unknown): string => (typeof value === "string" ? value.replace(/\r\n?/g, "\n").trim() : "");

export const boardFormRoutes: FastifyPluginAsync<WebDeps> = async (app, deps) => {
  type Params = { Params: { campaignId: string }; Body: Record<string, unknown> | undefined };
  const back = (campaign: CampaignRow, notice: string, numbers = "&n=0") => `/web/dot/${campaign.id}?tb=${notice}${numbers}`;

  app.post<Params>("/web/dot/:campaignId/gia-han", async (request, reply) => {
    const campaign = await campaignParam(deps, request.params.campaignId, reply);
    if (!campaign) return reply;
    if (campaign.status !== "open") return reply.redirect(back(campaign, "extendClosed"), 303);
    const [date, time] = [formText(request.body?.ngay), formText(request.body?.gio)];
    const refuse = (status: number, error: string) => sendBoardPage(deps, request, reply, campaign, { status, refused: { form: "extend", error, date, time } });
    // Each showing of the form has its own one-time key: a second click extends nothing more.
    const once = isSecret(request.body?.lan) ? request.body.lan : undefined;
    if (!once) return refuse(400, vi.web.errors.csrf);
    const reading = readDeadlineFields(date, time, localDateTime(new Date(deps.now()), deps.timeZone).iso);
    // Which box could not be read, and what it takes: "ngày hoặc giờ không đúng" left the officer to guess.
    if (!reading.ok) return refuse(400, reading.field === "date" ? vi.deadline.dateBoxUnread(date) : vi.deadline.timeBoxUnread(time));
    const typed = reading.deadline;
    const outcome = await runWebAction<ExtensionOutcome | "duplicate">(deps, async (now) => {
      if (!(await deps.repos.settings.claimOnce(`web-extend:${once}`, String(now)))) return { deliveries: [], outcome: "duplicate" };
      const result = await extendCampaignDeadline(deps, campaign.id, typed, webActor(request.officer!), now);
      if ("refused" in result) return { deliveries: [], outcome: result };
      const told = await toOfficerChats(deps.repos, say(vi.web.officersHear.extended(request.officer!.displayName, campaign.title, result.moved, await sameTitleNumber(deps.repos, campaign))));
      return { deliveries: [...result.deliveries, ...told], outcome: result };
    });
    if (outcome === "duplicate") return reply.redirect(back(campaign, "extendSentTwice"), 303);
    if ("refused" in outcome) {
      if (outcome.refused === "closed") return reply.redirect(back(campaign, "extendClosed"), 303);
      return refuse(400, outcome.refused === "invalid" ? vi.web.boardForms.extendInvalid : extensionRefusalText(outcome));
    }
    return reply.redirect(back(campaign, "extended", `&n=${outcome.chats}&u=${outcome.onTimeNow}&t=${outcome.onTimeTold}&h=${outcome.oldAt}&g=${outcome.movedAt}`), 303);
  });

  app.post<Params>("/web/dot/:campaignId/thong-bao", async (request, reply) => {
    const campaign = await campaignParam(deps, request.params.campaignId, reply);
    if (!campaign) return reply;
    // Open, or closed still taking late reports with the form shown so (a form shown while open sends nothing once it closed).
    if (campaign.status !== "open" && !(takesLateNow(campaign) && shownClosed(request.body))) return reply.redirect(back(campaign, "broadcastClosed"), 303);
    const text = formText(request.body?.noi_dung);
    const refuse = (status: number, error: string) => sendBoardPage(deps, request, reply, campaign, { status, refused: { form: "broadcast", error, text } });
    const once = isSecret(request.body?.lan) ? request.body.lan : undefined;
    if (!once) return refuse(400, vi.web.errors.csrf);
    if (!text) return refuse(400, vi.web.boardForms.broadcastEmpty);
    if (text.length > MAX_BROADCAST) return refuse(400, vi.web.boardForms.broadcastTooLong(MAX_BROADCAST, text.length));
    // Typed without marks, it would reach every unit so: said once beside it, sent as typed the second time.
    if (readsAsUnmarkedVietnamese(text) && !keepsUnmarked(request.body)) {
      return sendBoardPage(deps, request, reply, campaign, { status: 200, refused: { form: "broadcast", error: vi.web.boardForms.broadcastUnmarked, text, keepUnmarked: true } });
    }
    const officer = request.officer!;
    const outcome = await runWebAction<{ chats: number; unreachable: number } | "duplicate" | "closed">(deps, async (now) => {
      if (!(await deps.repos.settings.claimOnce(`web-broadcast:${once}`, String(now)))) return { deliveries: [], outcome: "duplicate" };
      // The delivery summary goes to an officers' chat, on the officer's own platform when there is one.
      const officerChats = await deps.repos.directory.listOfficerChats();
      const chat = officerChats.find((c) => c.channel === officer.channel) ?? officerChats[0];
      const summaryTo = chat && { channel: chat.channel, chatId: chat.externalId };
      // As /thongbao đợt N: the service reads the campaign and its units again under its lock (an
      // officer closing it at the same moment closes it before or after, never during).
      const sent = await broadcastToUnits(deps, { text, campaigns: [campaign], about: campaign, actor: webActor(officer), summaryTo }, now);
      return { deliveries: sent.deliveries, outcome: sent.closed ? "closed" : sent };
    });
    if (outcome === "duplicate") return reply.redirect(back(campaign, "broadcastSentTwice"), 303);
    if (outcome === "closed") return reply.redirect(back(campaign, "broadcastClosed"), 303);
    return reply.redirect(back(campaign, "broadcast", `&n=${outcome.chats}&u=${outcome.unreachable}`), 303);
  });
};
