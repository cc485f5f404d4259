/**
 * The campaign form's texts that go to every unit as typed (its title in the announcement and on
 * each document, the offices and period the documents print), read as a unit's text answers are:
 * typed without marks, the officer is told at the confirmation, before they go. A note, not a
 * refusal: the officer may keep them. The web page's form holds them back once (campaign-form-page.ts).
 */
import { numberOfField } from "../conversation/report-navigation.ts";
import type { ConversationState } from "../conversation/conversation-state.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { readsAsUnmarkedVietnamese } from "../vietnamese/unmarked-vietnamese.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import type { Repositories } from "../db/repositories.ts";

/** The form's questions whose answers the units read or print. */
const SENT_TO_UNITS = ["title", "reference_issuer", "issuer_name", "period"];

/** The roster's unit names, folded: an issuing office typed as one of them is printed as the roster spells it (open-campaign.ts). */
export async function rosterNames(repos: Pick<Repositories, "directory">): Promise<ReadonlySet<string>> {
  return new Set((await repos.directory.listUnits()).map((unit) => foldVietnamese(unit.name)));
}

/**
 * The texts among `answers` that the units receive typed without marks, in the form's order. An
 * issuing office the roster names is not one: "ubnd phuong nam trieu" prints as "UBND phường Nam
 * Triệu", and the note said it would print as typed.
 */
export function unmarkedCampaignTexts(answers: ConversationState["answers"], roster: ReadonlySet<string>): { fieldId: string; text: string }[] {
  return SENT_TO_UNITS.flatMap((fieldId) => {
    const typed = answers[fieldId];
    if (fieldId === "issuer_name" && typeof typed === "string" && roster.has(foldVietnamese(typed))) return [];
    return typeof typed === "string" && readsAsUnmarkedVietnamese(typed) ? [{ fieldId, text: typed }] : [];
  });
}

/** The confirmation's note naming those typed without marks, with their question numbers; none when all have marks. */
export function unmarkedCampaignNote(template: Template, answers: ConversationState["answers"], roster: ReadonlySet<string>): string | undefined {
  const unmarked = unmarkedCampaignTexts(answers, roster).map(({ fieldId, text }) => ({ number: numberOfField(template, answers, fieldId), text }));
  return unmarked.length > 0 ? vi.officer.unmarkedCampaignTexts(unmarked) : undefined;
}
