/**
 * /tonghop without "sua": the open campaign's consolidated draft at once, a notice of who is in and
 * who is missing, then the .docx (with no unit's report submitted, only the notice that none is); and the same "who is left out" note said before the ward's own
 * report is submitted (consolidation-flow.ts).
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { refusesLateNow } from "../conversation/closed-campaign.ts";
import type { CampaignRow } from "../db/schema.ts";
import { chatActor } from "../officers/campaign-actions.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "../officers/officer-context.ts";
import { vi } from "../sentences/vi.ts";
import { fileDate, formatMoment } from "../vietnamese/zoned-time.ts";
import { unsourcedFields } from "./consolidate-answers.ts";
import type { ConsolidatedReports } from "./consolidated-report.ts";

/** Names listed in the draft's notice before "and N more". */
const NAMES_SHOWN = 20;

export function createConsolidationDraft(deps: OfficerDeps, reports: ConsolidatedReports) {
  const { repos, timeZone } = deps;

  const draft = async (request: OfficerRequest, campaign: CampaignRow): Promise<Delivery[]> => {
    // Who has submitted is all the notice says: the answers are read when the draft is rendered.
    const units = await repos.officers.unitStatuses(campaign.id);
    const included = units.filter((u) => u.status === "submitted");
    const { missing, returned } = notIncluded(units);
    // The ward's report already submitted: the draft is today's figures, not what was sent.
    const issuer = await reports.issuerOf(campaign);
    const sent = issuer && (await repos.submissions.find(campaign.id, issuer.id));
    const wardSent = sent?.status === "submitted" && sent.submittedAt !== null ? sent.submittedAt : undefined;
    // No unit in (and no ward's report to compare with): a draft of empty sections was made, logged
    // and sent; now it is said, and nothing made. With the ward's report sent, the draft still shows
    // that every unit's figures are gone (all returned since), beside the note that it was sent.
    if (included.length === 0 && wardSent === undefined) return reply(request, say(vi.consolidation.nothingIn(campaign.id, campaign.title, units.length, names(returned), refusesLateNow(campaign))));
    const date = fileDate(request.now, timeZone);
    const fileName = vi.consolidation.draftFileName(campaign.id, date);
    // In the activity log as the page's download of the same draft is.
    await repos.activity.record(campaign.id, chatActor(request), "consolidated", fileName, request.now);
    const documentId = await repos.documents.createCampaignFile("consolidated-draft", campaign.id, fileName);
    const notice = vi.consolidation.draftNotice(campaign.id, campaign.title, included.length, units.length, names(missing), names(returned), refusesLateNow(campaign));
    const sentNote = wardSent !== undefined ? [say(vi.consolidation.alreadySubmitted(formatMoment(wardSent, timeZone), campaign.id))] : [];
    const { template, unitTemplate } = await reports.templateOf(campaign);
    const unsourced = unsourcedFields(template, unitTemplate).map((f) => ({ prompt: f.prompt, source: f.from!.field }));
    if (unsourced.length > 0) sentNote.push(say(vi.consolidation.unsourced(unsourced)));
    const document: OutboundMessage = { kind: "document", documentId, fileName, caption: vi.consolidation.draftCaption };
    return reply(request, say(notice), ...sentNote, document);
  };

  /**
   * Before the ward's report is submitted, or when its edit starts: which units it leaves out, said
   * (a returned school's figures were gone from the report submitted, and nothing said so).
   */
  const leftOutNote = async (campaign: CampaignRow): Promise<OutboundMessage[]> => {
    const units = await repos.officers.unitStatuses(campaign.id);
    const { missing, returned } = notIncluded(units);
    if (missing.length + returned.length === 0) return [];
    return [say(vi.consolidation.leavesOut(units.length - missing.length - returned.length, units.length, names(missing), names(returned), campaign.id, refusesLateNow(campaign)))];
  };

  return { draft, leftOutNote };
}

/** The units a consolidated report leaves out: not submitted, and returned for correction. */
function notIncluded(units: { name: string; status: string | null }[]) {
  return {
    missing: units.filter((u) => u.status !== "submitted" && u.status !== "returned"),
    returned: units.filter((u) => u.status === "returned"),
  };
}

function names(list: { name: string }[]): string {
  return list.length > NAMES_SHOWN ? [...list.slice(0, NAMES_SHOWN).map((u) => u.name), vi.consolidation.andMore(list.length - NAMES_SHOWN)].join(", ") : list.map((u) => u.name).join(", ");
}
