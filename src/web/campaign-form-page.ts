/**
 * GET/POST /web/dot/moi: opening a campaign from the page. The form asks the questions of the
 * chat's /dotbaocao (mo-dot-bao-cao.json with the report types in use now), reads them with the
 * chat's parsers and visibility rules, and opens the campaign with the chat's own function: the same
 * checks, the same announcement in the units' chats, the same line in the activity log. A form with
 * a problem comes back (400) with what was typed and the reason under each question; nothing is made.
 * Texts the units receive typed without marks are held back once with a note (200), as the board's notice is.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { openCampaign, type OpenOutcome } from "../officers/open-campaign.ts";
import { openingProblems, type OpenRefusal } from "../officers/opening-problems.ts";
import { reportingUnits } from "../officers/unit-codes.ts";
import { DEADLINE_DAY } from "../officers/typed-deadline.ts";
import { loadOpenCampaignTemplate, withReportTypes } from "../templates/built-in-templates.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { formQuestion } from "./campaign-form-fields.ts";
import { readCampaignForm } from "./campaign-form.ts";
import { html } from "./html.ts";
import { csrfField, webPage } from "./layout.ts";
import { isSecret, newSecret } from "./web-session.ts";
import { say, toOfficerChats } from "../officers/officer-context.ts";
import { runWebAction } from "./web-action.ts";
import { type WebDeps, webActor } from "./web-deps.ts";
import { sendPage, signedIn } from "./page-replies.ts";
import { sameTitleNumber } from "../officers/same-title.ts";
import { rosterNames, unmarkedCampaignTexts } from "../officers/unmarked-campaign-texts.ts";
import { keepsUnmarked } from "./board-forms.ts";

/** The date of the document that asked for the report (mo-dot-bao-cao.json): its year may be left out, too. */
const REFERENCE_DATE = "reference_date";

export const campaignFormPage: FastifyPluginAsync<WebDeps> = async (app, deps) => {
  const text = vi.web.campaignForm;
  const openCampaignTemplate = loadOpenCampaignTemplate();
  // Each report type once, at its latest version, read per request: /mau nap may have changed them.
  const current = async () => {
    const templates = await deps.catalog.current();
    return { templates, template: withReportTypes(openCampaignTemplate, templates.map((t) => t.title)) };
  };

  /** `unmarked`: the note on texts typed without marks; the form then carries `giu`, and sent again it opens them as typed. */
  const show = async (request: FastifyRequest, reply: FastifyReply, template: Template, values: Record<string, string>, errors: Record<string, string>, problem?: string, unmarked?: string) => {
    const session = signedIn(request, reply);
    const count = Object.keys(errors).length;
    // The codes to type, on the page: the officer knew them only from a refusal listing them. Not
    // the office's own: officers do not require a report of themselves (as the chat lists them).
    const units = await reportingUnits(deps.repos);
    const roster = html`<details class="hint"><summary>${text.unitList(units.length)}</summary><ul>${units.map((unit) => html`<li>${unit.code}: ${unit.name}</li>`)}</ul></details>`;
    const questions = listFields(template).map(({ field, index }) => formQuestion(template, field, index + 1, values[field.id] ?? "", errors[field.id], field.id === "unit_codes" && units.length > 0 ? roster : ""));
    const lead = problem ?? (count > 0 ? text.refused(count) : undefined);
    // Advice, not a refusal: the page's advice look (web.css), read out politely rather than as an alert.
    const note = unmarked ? html`<p class="advice" role="status">${unmarked}</p>` : "";
    const body = html`${lead ? html`<p class="error" role="alert">${lead}</p>` : ""}${note}<p class="hint">${text.lead}</p>
<form method="post" action="/web/dot/moi" novalidate>${csrfField(session.csrf)}<input type="hidden" name="lan" value="${newSecret()}">${unmarked ? KEEP_UNMARKED : ""}
${questions}
<p class="actions"><button type="submit">${text.submit}</button></p></form>`;
    return sendPage(reply.code(lead ? 400 : 200), webPage({ title: text.title, body, signedIn: session }));
  };

  app.get("/web/dot/moi", async (request, reply) => show(request, reply, (await current()).template, {}, {}));

  app.post<{ Body: Record<string, unknown> | undefined }>("/web/dot/moi", async (request, reply) => {
    const { templates, template } = await current();
    // Each showing of the form has its own one-time key: a second click (or a resent POST) opens nothing more.
    const once = isSecret(request.body?.lan) ? request.body.lan : undefined;
    if (!once) return show(request, reply.code(400), template, {}, {}, vi.web.errors.csrf);
    const { values, answers, errors, yearGuessed, hourRead } = readCampaignForm(template, request.body, localDateTime(new Date(deps.now()), deps.timeZone).iso);
    // Texts the units receive typed without marks (the title in every chat and document): held back
    // once with a note, as the chat's confirmation says it; the form shown again opens them as typed.
    const unmarkedTexts = keepsUnmarked(request.body) ? [] : unmarkedCampaignTexts(answers, await rosterNames(deps.repos));
    const unmarked = unmarkedTexts.length > 0 ? text.unmarked(unmarkedTexts.map((typed) => ({ number: pageNumber(template, typed.fieldId), text: typed.text }))) : undefined;
    if (Object.keys(errors).length > 0 || unmarked) {
      // With the checks of the answers that were read ("25:00" beside a request dated after today):
      // every problem in one showing, not one round each.
      const more = await deps.repos.transaction(() => openingProblems(deps, answers, deps.now()));
      const alongside = Object.fromEntries(more.filter((refusal) => errors[refusal.fieldId] === undefined).map((refusal) => [refusal.fieldId, refusalText(refusal)]));
      return show(request, reply, template, values, { ...errors, ...alongside }, undefined, unmarked);
    }
    const outcome = await runWebAction<OpenOutcome | { duplicate: true } | { refusals: OpenRefusal[] }>(deps, async (now) => {
      if (!(await deps.repos.settings.claimOnce(`web-campaign-form:${once}`, String(now)))) return { deliveries: [], outcome: { duplicate: true } };
      // Every refusal at once (a title in use and a past deadline), not one per sending.
      const refusals = await openingProblems(deps, answers, now);
      if (refusals.length > 0) return { deliveries: [], outcome: { refusals } };
      const opened = await openCampaign(deps, answers, templates, webActor(request.officer!), now);
      if ("refused" in opened) return { deliveries: [], outcome: opened };
      return { deliveries: [...opened.deliveries, ...(await toOfficerChats(deps.repos, say(vi.web.officersHear.opened(request.officer!.displayName, opened.title, opened.units, await sameTitleNumber(deps.repos, { id: opened.campaignId, title: opened.title })))))], outcome: opened };
    });
    // The same form sent again (a double click, or back and send): said, with the list that shows what the first sending opened.
    if ("duplicate" in outcome) return reply.redirect("/web?tb=formSentTwice", 303);
    if ("refusals" in outcome) return show(request, reply, template, values, Object.fromEntries(outcome.refusals.map((refusal) => [refusal.fieldId, refusalText(refusal)])));
    if ("refused" in outcome) return show(request, reply, template, values, { [outcome.refused.fieldId]: refusalText(outcome.refused) });
    // A date typed without its year is said back with the year taken, as the chat says it after the answer.
    const guessed = `${yearGuessed[DEADLINE_DAY] ? `&y=${yearGuessed[DEADLINE_DAY]}` : ""}${yearGuessed[REFERENCE_DATE] ? `&r=${yearGuessed[REFERENCE_DATE]}` : ""}`;
    // The hour read from the day's box ("hết ngày 24/12"), said back as the chat's deadline question says it.
    const hour = hourRead ? `&e=${hourRead.iso}T${hourRead.time}${hourRead.endOfDay ? "&f=1" : ""}` : "";
    const notes = `${outcome.busy > 0 ? `&b=${outcome.busy}` : ""}${outcome.busyLate > 0 ? `&l=${outcome.busyLate}` : ""}${outcome.unreached > 0 ? `&u=${outcome.unreached}` : ""}${outcome.issuerLeftOut ? "&i=1" : ""}${guessed}${hour}`;
    return reply.redirect(`/web/dot/${outcome.campaignId}?tb=opened&n=${outcome.chats}${notes}`, 303);
  });
};

/** In the form shown again after its texts were held back for want of marks: sent again, it opens them as typed. */
const KEEP_UNMARKED = html`<input type="hidden" name="giu" value="1">`;

/** A question's number as the page prints it (every question shown, unlike the chat's). */
const pageNumber = (template: Template, fieldId: string) => listFields(template).findIndex((placed) => placed.field.id === fieldId) + 1;

/** The page's words for a refusal, shown under the question it concerns. */
function refusalText(refusal: OpenRefusal): string {
  const text = vi.web.campaignForm;
  if (refusal.kind === "template-gone") return text.templateGone(refusal.title);
  if (refusal.kind === "deadline") return refusal.problem === "past" ? text.deadlinePast : text.deadlineFar;
  if (refusal.kind === "title-taken") return text.titleTaken(refusal.campaignId, refusal.closed);
  if (refusal.kind === "no-units") return refusal.emptyRoster ? text.emptyRoster : text.noUnits;
  if (refusal.kind === "reference-date-future") return vi.officer.referenceDateFuture;
  if (refusal.kind === "office-is-date") return vi.deadline.officeIsDate(refusal.typed);
  if (refusal.kind === "number-is-date") return vi.officer.referenceNumberNotDate(refusal.typed);
  if (refusal.kind === "office-units") return text.officeNotUnit(refusal.names.join(", "));
  return text.unknownUnits(refusal.codes.join(", "), refusal.known);
}
