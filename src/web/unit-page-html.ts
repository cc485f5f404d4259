/**
 * The body of a unit's page, pure: the unit and its state, every visible answer with who gave it
 * and when, each submitted version with what changed and its file, and the "Trả lại" and "Nhắc"
 * forms. A refused form comes back here with its error and what the officer typed.
 */
import type { AnswerValue } from "../templates/answer-parsers.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { formatGivenAnswer } from "../templates/format-answer.ts";
import { vi } from "../sentences/vi.ts";
import { formatMoment } from "../vietnamese/zoned-time.ts";
import { type Html, html } from "./html.ts";
import { csrfField } from "./layout.ts";
import { SHOWN_CLOSED } from "./board-forms.ts";
import { takesLateNow } from "../conversation/closed-campaign.ts";
import { visibleAnswers } from "../conversation/report-navigation.ts";
import { versionShownLate } from "../officers/lateness.ts";
import { lateOf } from "../officers/status-report.ts";
import type { UnitView } from "./unit-view.ts";
import { type FieldChange, versionDiff } from "./version-diff.ts";

/** The longest return comment: it goes to the unit's chat as one message, with the bot's words around it. */
export const MAX_RETURN_COMMENT = 1000;

export interface UnitPageForms {
  csrf: string;
  /** Why the last form was refused, shown above the forms. */
  error?: string;
  /** What the officer typed in the refused "Trả lại" form, so it is not lost. */
  comment?: string;
}

export function unitPageBody(view: UnitView, forms: UnitPageForms, timeZone: string): Html {
  const text = vi.web.submission;
  const { campaign, row, state, submission } = view;
  const base = `/web/dot/${campaign.id}/don-vi/${row.unitId}`;
  return html`<p><a href="/web/dot/${campaign.id}">${text.backToBoard}</a></p>
<p>${text.code(row.code)} · ${text.campaign(campaign.id, campaign.title)}</p>
<p class="state-${state.kind}">${text.state(state.text)}</p>
${submission?.status === "returned" && submission.returnComment ? html`<p>${text.returnComment}</p><pre class="answer">${submission.returnComment}</pre>` : ""}
${forms.error ? html`<p class="error" role="alert">${forms.error}</p>` : ""}
${actionForms(view, base, forms)}
<h2>${text.answersTitle}</h2>
${pendingChanges(view)}
${answersTable(view, timeZone)}
<h2>${text.versionsTitle}</h2>
${versionsList(view, base, timeZone)}`;
}

function answersTable(view: UnitView, timeZone: string): Html {
  const text = vi.web.submission;
  const byField = new Map(view.answers.map((a) => [a.fieldId, a]));
  const current: Answers = Object.fromEntries(view.answers.map((a) => [a.fieldId, a.value as AnswerValue | null]));
  const rows = visibleFields(view.template, current).map(({ field }, i) => {
    const answer = byField.get(field.id);
    const value = current[field.id];
    const shown = value === undefined ? html`<span class="hint">${text.notAnswered}</span>` : html`<pre class="answer">${formatGivenAnswer(field, value, undefined, view.template, current)}</pre>`;
    const { columns } = text;
    return html`<tr data-field="${field.id}"><td class="num" data-label="${columns.number}">${i + 1}</td><td class="prompt">${field.prompt}</td><td data-label="${columns.answer}">${shown}</td><td data-label="${columns.by}">${answer ? text.answeredBy(answer.answeredByName, formatMoment(answer.answeredAt, timeZone)) : "—"}</td></tr>`;
  });
  return html`<div class="table-wrap"><table id="answers" class="cards"><thead><tr><th class="num">${text.columns.number}</th><th>${text.columns.question}</th><th>${text.columns.answer}</th><th>${text.columns.by}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

/**
 * Answers changed since the last submitted version (a correction typed, not yet sent with /nop):
 * the table shows the answers as they are now, so the page says which differ from what was submitted.
 */
function pendingChanges(view: UnitView): Html {
  const latest = view.versions[0];
  if (!latest) return html``;
  const current: Answers = Object.fromEntries(view.answers.map((a) => [a.fieldId, a.value as AnswerValue | null]));
  // A version holds the answers shown when it was submitted; a hidden question's stored answer is no change.
  const changes = versionDiff(view.template, latest.answers as Answers, visibleAnswers(view.template, current));
  return changes.length === 0 ? html`` : html`<section id="pending">${diffHtml(changes, vi.web.submission.pendingChanges(changes.length, latest.version))}</section>`;
}

/**
 * Each return with the version it returned: the one sent last before it (a correction may be sent
 * unasked, so versions and returns need not alternate). At one instant (a test's clock) a return
 * goes with the earlier version, since it came before the correction it asked for.
 */
function returnsByVersion(view: UnitView): Map<number, UnitView["returns"][number]> {
  const versions = [...view.versions].sort((a, b) => a.version - b.version);
  const byVersion = new Map<number, UnitView["returns"][number]>();
  for (const [k, version] of versions.entries()) {
    const next = versions[k + 1];
    const returned = view.returns.find((r) => r.at >= version.submittedAt && (next === undefined || r.at <= next.submittedAt) && ![...byVersion.values()].includes(r));
    if (returned) byVersion.set(version.version, returned);
  }
  return byVersion;
}

function versionsList(view: UnitView, base: string, timeZone: string): Html {
  const text = vi.web.submission;
  if (view.versions.length === 0) return html`<p>${text.noVersions}</p>`;
  const fileOf = new Map(view.files.map((f) => [f.version, f]));
  const returns = returnsByVersion(view);
  // Newest first; each version is compared with the one after it in the list (the one before in time).
  const items = view.versions.map((version, i) => {
    const previous = view.versions[i + 1];
    const file = fileOf.get(version.version);
    const late = versionShownLate(version.version, view.submission?.isLate) && lateOf({ isLate: true, submittedAt: version.submittedAt }, view.campaign.deadlineAt);
    const changes = previous ? versionDiff(view.template, previous.answers as Answers, version.answers as Answers) : undefined;
    const returned = returns.get(version.version);
    return html`<li data-version="${version.version}"><strong>${text.version(version.version)}</strong> — ${text.submittedBy(version.submittedBy, formatMoment(version.submittedAt, timeZone))}${late ? html` <span class="state-overdue">(${text.late(late === "after-close")})</span>` : ""}
${file ? html`<br><a href="${base}/van-ban/${file.id}" download>${text.download(file.fileName)}</a>` : ""}
${changes === undefined ? html`<p class="hint">${text.firstVersion}</p>` : diffHtml(changes, text.changes(changes.length))}
${returned ? html`<p class="state-returned">${text.returnedBy(returned.by, formatMoment(returned.at, timeZone))}</p><pre class="answer">${returned.comment}</pre>` : ""}</li>`;
  });
  return html`<ul id="versions" class="versions">${items}</ul>`;
}

function diffHtml(changes: FieldChange[], lead: string): Html {
  const text = vi.web.submission;
  if (changes.length === 0) return html`<p class="hint">${text.noChanges}</p>`;
  const side = (value: string | undefined) => value ?? text.nothing;
  return html`<div class="diff"><p>${lead}</p><ul>${changes.map(
    (c) => html`<li data-field="${c.fieldId}">${text.question(c.number, c.prompt)}<br><del>${side(c.before)}</del> → <ins>${side(c.after)}</ins></li>`,
  )}</ul></div>`;
}

function actionForms(view: UnitView, base: string, forms: UnitPageForms): Html {
  const text = vi.web.submission;
  const canReturn = view.submission?.status === "submitted";
  // Closed still taking late reports, as the board's reminder of every unit not in: the form says it was shown so.
  const late = takesLateNow(view.campaign);
  const canRemind = (view.campaign.status === "open" || late) && view.row.status !== "submitted";
  const returnForm = canReturn
    ? html`<form method="post" action="${base}/tra-lai" class="return">${csrfField(forms.csrf)}
<label for="comment">${text.returnLabel}</label><textarea id="comment" name="comment" required maxlength="${MAX_RETURN_COMMENT}">${forms.comment ?? ""}</textarea>
<p class="hint">${text.returnHint}</p><button type="submit">${text.returnButton}</button></form>`
    : html`<p class="hint">${text.returnOnlySubmitted}</p>`;
  const remindForm = canRemind
    ? html`<form method="post" action="${base}/nhac">${csrfField(forms.csrf)}${late ? SHOWN_CLOSED : ""}<p class="hint">${text.remindHint}</p><button type="submit" class="secondary">${text.remindButton}</button></form>`
    : "";
  return html`<section aria-label="${text.returnTitle}"><h2>${text.returnTitle}</h2>${returnForm}</section>
${remindForm ? html`<section aria-label="${text.remindTitle}"><h2>${text.remindTitle}</h2>${remindForm}</section>` : ""}`;
}
