/**
 * /mau (/templates): the report types in use with their versions; /mau nap (/templates reload):
 * reads the template files again and says what changed, and which files could not be loaded and
 * why (the report types they held, if any, stay as they were).
 */
import { basename } from "node:path";
import { unsourcedFields } from "../consolidation/consolidate-answers.ts";
import { formatProblem } from "../templates/check-template.ts";
import type { CatalogChanges } from "../templates/template-catalog.ts";
import { vi } from "../sentences/vi.ts";
import { splitArgument } from "./officer-commands.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";

const t = vi.template;

export async function templatesCommand(deps: OfficerDeps, request: OfficerRequest, argument: string): Promise<Delivery[]> {
  if (splitArgument(argument).word === "reload") {
    const text = changesText(await deps.catalog.load());
    const lost = await lostFigures(deps);
    return reply(request, say(lost.length > 0 ? [text, "", t.lostFiguresHeading, ...lost].join("\n") : text));
  }
  const current = await deps.catalog.current();
  const lines = current.map((row) => t.listLine(row.title, row.key, row.version, row.file ? t.fromFile(basename(row.file)) : t.builtIn) + (row.broken ? t.brokenNow : ""));
  return reply(request, say([t.listHeading, ...lines, "", t.listFooter(deps.catalog.operatorDir)].join("\n")));
}

function changesText(changes: CatalogChanges): string {
  const lines = [
    t.reloaded,
    ...changes.added.map((row) => t.added(row.title, row.version)),
    ...changes.changed.map((row) => t.changed(row.title, row.previousVersion, row.version, row.consolidates)),
    ...changes.removed.map((title) => t.removed(title)),
    ...changes.kept.map((title) => t.kept(title)),
    t.unchanged(changes.unchanged),
  ];
  if (changes.notes.length > 0) lines.push("", t.notesHeading, ...changes.notes.map((n) => `• ${basename(n.file)}: ${n.message}`));
  if (changes.problems.length > 0) {
    lines.push("", t.problemsHeading, ...changes.problems.map((p) => `• ${formatProblem({ ...p, file: basename(p.file) })}`));
  }
  return lines.join("\n");
}

/**
 * The open campaigns whose consolidated report (its latest version, which they use at once) reads a
 * question their units' template, at the campaign's version, does not have: a question renamed in
 * both files while the campaign runs. Said at the reload that made it so, not first at /tonghop.
 */
async function lostFigures(deps: OfficerDeps): Promise<string[]> {
  const lines: string[] = [];
  for (const campaign of await deps.repos.officers.openCampaigns()) {
    const unitTemplate = await deps.templateFor(campaign.templateId);
    const wardId = unitTemplate.consolidatedBy ? await deps.repos.consolidation.latestTemplateId(unitTemplate.consolidatedBy) : undefined;
    if (wardId === undefined) continue;
    for (const field of unsourcedFields(await deps.templateFor(wardId), unitTemplate)) lines.push(t.lostFigure(campaign.id, campaign.title, field.prompt, field.from!.field));
  }
  return lines;
}
