/**
 * /tralai (return): an officer sends a unit's submitted report back for correction with a comment,
 * of the campaign named ("đợt N") or the one it is plain which; the unit's chat is told.
 */
import { vi } from "../sentences/vi.ts";
import { chatActor } from "./campaign-actions.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";
import { campaignToReturn, returnToUnit } from "./return-submission.ts";
import { sameTitleNumber } from "./same-title.ts";
import { unitAtStart, unknownUnitText } from "./unit-codes.ts";

export async function returnCommand(deps: OfficerDeps, request: OfficerRequest, argument: string): Promise<Delivery[]> {
  const { repos } = deps;
  const respond = (text: string) => reply(request, say(text));
  if (!argument.trim()) return respond(vi.officer.returnUsage);
  const found = await unitAtStart(repos, argument);
  if (!found) return respond(await unknownUnitText(repos, /^\S*/.exec(argument.trim())![0], argument));
  const { unit } = found;
  // "đợt 2 Thiếu số liệu": the report of campaign number 2, when the unit is in several. The word
  // is required here, unlike typedCampaignNumber's: a bare "2" or "số 2" may begin the comment.
  const numbered = /^(?:đợt|dot)\s*(\d{1,9})(?:\s+|$)/iu.exec(found.rest);
  const comment = numbered ? found.rest.slice(numbered[0].length).trim() : found.rest;
  if (!comment) return respond(vi.officer.returnNeedsComment(unit.name, numbered ? `${unit.code} ${numbered[0].trim()}` : unit.code));
  // Submitted in several open campaigns: which report goes back is the officer's to say.
  if (!numbered) {
    const submitted = (await repos.campaignChoice.openCampaigns(unit.id)).filter((entry) => entry.standing === "submitted");
    if (submitted.length > 1) return respond(vi.officer.returnWhich(unit.name, unit.code, submitted.map(({ campaign }) => `${campaign.id}. ${campaign.title}`)));
  }
  const campaign = numbered ? await repos.directory.campaignById(Number(numbered[1])) : await campaignToReturn(deps, unit.id);
  if (numbered && (!campaign || !(await repos.officers.campaignUnitIds(campaign.id)).includes(unit.id))) return respond(vi.officer.notInCampaign(unit.name, Number(numbered[1])));
  if (!campaign) return respond(vi.officer.notSubmitted(unit.name));
  const outcome = await returnToUnit(deps, { campaign, unit, comment, actor: chatActor(request), now: request.now, implied: !numbered });
  if ("refused" in outcome) return respond(numbered ? outcome.refused : `${outcome.refused}${await submittedElsewhere(deps, unit, campaign.id, comment)}`);
  return [...outcome.deliveries, ...respond(vi.officer.returnedToOfficer(unit.name, campaign.title, campaign.status === "closed", await sameTitleNumber(repos, campaign)))];
}

/**
 * After "… chưa nộp báo cáo đợt … nên chưa thể trả lại" for the campaign it was plain which: the
 * report the unit did submit last, in another campaign, and the command that returns it (the
 * officer was left to guess that "đợt N" names it).
 */
async function submittedElsewhere(deps: OfficerDeps, unit: { id: number; code: string }, campaignId: number, comment: string): Promise<string> {
  const other = (await deps.repos.campaignChoice.campaignsOf(unit.id)).filter((entry) => entry.standing === "submitted" && entry.campaign.id !== campaignId).at(-1);
  return other ? ` ${vi.officer.returnOtherCampaign(other.campaign.id, other.campaign.title, `/tralai ${unit.code} đợt ${other.campaign.id} ${comment}`)}` : "";
}
