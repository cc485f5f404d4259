/**
 * A campaign's consolidated report as data: its template (the unit template's named counterpart,
 * or a generic one made from the unit template), the units it includes (latest submitted version
 * of each required unit), the computed answers, and the officers' own answers laid over them.
 */
import { restoreState } from "../conversation/conversation-state.ts";
import type { CampaignRow, UnitRow } from "../db/schema.ts";
import type { OfficerDeps } from "../officers/officer-context.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { storedValueFits } from "../templates/stored-value-fits.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { consolidateAnswers } from "./consolidate-answers.ts";
import { shareBases } from "./share-bases.ts";
import { genericConsolidatedTemplate } from "./generic-template.ts";
import { createPacer } from "../pace.ts";
import { unitPages, type UnitRows } from "./unit-pages.ts";

/** The engine state of the officers' edit of a campaign's consolidated report. */
export const consolidationKey = (campaignId: number) => `consolidated:${campaignId}`;

export function createConsolidatedReports(deps: Pick<OfficerDeps, "repos" | "templateFor" | "timeZone">) {
  const { repos, templateFor } = deps;


  /** The consolidated template and its stored id (a generic one is stored the first time it is needed). */
  const templateOf = async (campaign: CampaignRow): Promise<{ id: number; template: Template; unitTemplate: Template }> => {
    const unitTemplate = await templateFor(campaign.templateId);
    const named = unitTemplate.consolidatedBy ? await repos.consolidation.latestTemplateId(unitTemplate.consolidatedBy) : undefined;
    if (named !== undefined) return { id: named, template: await templateFor(named), unitTemplate };
    const generic = genericConsolidatedTemplate(unitTemplate);
    // Campaigns on different versions of the unit template each get (and keep) their own generic version.
    const { id } = await repos.templates.storeTemplate(generic.key, generic.title, generic, 1, true);
    return { id, template: await templateFor(id), unitTemplate };
  };

  /**
   * The answers computed from the units' latest submitted versions, read a page at a time. `pace`
   * gives the event loop its turns between pages; none inside a transaction, which would only be
   * held open longer (the others wait for it all the same).
   */
  const compute = async (campaign: CampaignRow, pace: () => Promise<void> = async () => {}) => {
    const { id, template, unitTemplate } = await templateOf(campaign);
    const reports: UnitRows = [];
    for await (const page of unitPages(repos.exports, campaign.id, pace)) reports.push(...page);
    const included = reports.filter((r) => r.status === "submitted" && r.answers);
    const units = included.map((r) => ({ unitName: r.name, answers: r.answers as Answers }));
    const computed = consolidateAnswers(template, unitTemplate, units);
    return { templateId: id, template, computed, included: included.length, shareBases: shareBases(template, units, reports.length) };
  };

  /**
   * Computed answers brought up to date under what the officers wrote: their own questions and the
   * computed answers they changed stay; the other computed ones follow the units' latest data. An
   * answer no longer of its question's type (the template changed it, /mau nap) goes: the question
   * is asked again, or computed again (a paragraph kept under a question now a figure printed "NaN").
   */
  const refresh = (template: Template, stored: Answers, computed: Answers, edited: readonly string[]): Answers => {
    const answers: Answers = { ...stored };
    for (const { field } of listFields(template)) {
      const unfit = field.id in answers && !storedValueFits(field, answers[field.id]!);
      if (unfit) delete answers[field.id];
      if (!field.from || (edited.includes(field.id) && !unfit)) continue;
      if (computed[field.id] === undefined) delete answers[field.id];
      else answers[field.id] = computed[field.id]!;
    }
    return answers;
  };

  /** The answers as the draft shows them now (rendered outside any transaction): computed, with the officers' edits laid over. */
  const currentAnswers = async (campaign: CampaignRow) => {
    const { template, computed, included, shareBases } = await compute(campaign, createPacer());
    const stored = await repos.conversations.load(consolidationKey(campaign.id));
    const answers = stored ? restoreState(stored.state, stored.stateVersion).state.answers : {};
    const edited = await repos.consolidation.editedFields(campaign.id);
    // A share the officers typed themselves is theirs, of no count of units.
    for (const id of edited) shareBases.delete(id);
    return { template, answers: refresh(template, answers, computed, edited), included, shareBases };
  };

  /** The unit that issues the campaign: recorded, else the one parent all its units share, else by name. */
  const issuerOf = async (campaign: CampaignRow): Promise<UnitRow | undefined> => {
    if (campaign.issuerUnitId !== null) return repos.officers.unitById(campaign.issuerUnitId);
    const units: (UnitRow | undefined)[] = [];
    for (const id of await repos.officers.campaignUnitIds(campaign.id)) units.push(await repos.officers.unitById(id));
    const parents = new Set(units.map((u) => u?.parentUnitId ?? null));
    const [parent] = [...parents];
    const byParent = parents.size === 1 && parent !== null && parent !== undefined ? await repos.officers.unitById(parent) : undefined;
    const found = byParent ?? (await repos.directory.listUnits()).find((u) => foldVietnamese(u.name) === foldVietnamese(campaign.issuerName));
    if (found) await repos.directory.setCampaignIssuer(campaign.id, found.id);
    return found;
  };

  return { templateOf, compute, refresh, currentAnswers, issuerOf };
}

export type ConsolidatedReports = ReturnType<typeof createConsolidatedReports>;
