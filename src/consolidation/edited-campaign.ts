/**
 * Which campaign's consolidated report an officers' chat is editing (/tonghop sua): a pointer row
 * per chat, set when the edit opens and cleared when it is cancelled; consolidation-flow.ts reads it
 * on every message of the chat, officer-service.ts to say what another form set aside.
 */
import { restoreState, STATE_VERSION } from "../conversation/conversation-state.ts";
import type { Repositories } from "../db/repositories.ts";
import type { CampaignRow } from "../db/schema.ts";
import type { OfficerRequest } from "../officers/officer-context.ts";
import { consolidationKey } from "./consolidated-report.ts";

/** The pointer's conversation key: one per chat, whoever of its officers types. */
const pointerKey = (request: OfficerRequest) => `consolidating:${request.message.channel}:${request.message.chatId}`;

export function createEditedCampaign(repos: Pick<Repositories, "conversations" | "directory">) {
  /** The campaign the chat is editing, if any. */
  const editedCampaign = async (request: OfficerRequest): Promise<CampaignRow | undefined> => {
    const stored = await repos.conversations.load(pointerKey(request));
    const campaignId = stored ? (JSON.parse(stored.state) as { campaignId?: number }).campaignId : undefined;
    return campaignId === undefined ? undefined : repos.directory.campaignById(campaignId);
  };

  /** Points the chat at a campaign's report, or at none (`undefined`: the edit ended). */
  const point = async (request: OfficerRequest, campaignId: number | undefined): Promise<void> => {
    const stored = await repos.conversations.load(pointerKey(request));
    await repos.conversations.save(pointerKey(request), JSON.stringify({ campaignId }), STATE_VERSION, stored?.revision, request.now);
  };

  /**
   * The campaign whose consolidated report this chat has left unfinished (a question or a
   * confirmation open, or every question answered and not submitted): what another form taking the
   * chat's messages over says it set aside (officer-service.ts).
   */
  const unfinished = async (request: OfficerRequest): Promise<number | undefined> => {
    const campaign = await editedCampaign(request);
    const stored = campaign && (await repos.conversations.load(consolidationKey(campaign.id)));
    const phase = stored ? restoreState(stored.state, stored.stateVersion).state.phase : "idle";
    return campaign && phase !== "idle" && phase !== "submitted" ? campaign.id : undefined;
  };

  return { editedCampaign, point, unfinished };
}
