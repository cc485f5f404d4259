/**
 * The period question of /dotbaocao, told with the campaign's own deadline: skipped, the period is
 * the school year that deadline falls in (open-campaign.ts). Its hint gave a deadline of its own,
 * "hạn 30/10/2026", beside the one the officer had just typed. Pure.
 */
import { schoolYearPeriod } from "../documents/campaign-period.ts";
import type { Answers } from "../templates/field-visibility.ts";
import type { Template } from "../templates/template-schema.ts";
import { vi } from "../sentences/vi.ts";
import { DEADLINE_DAY } from "./typed-deadline.ts";

const PERIOD = "period";

/** `template` with the period question's hint and example from the deadline answered, if it is. */
export function withPeriodOfDeadline(template: Template, answers: Answers, timeZone: string): Template {
  const day = answers[DEADLINE_DAY];
  if (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return template;
  // Noon UTC is the same day in Việt Nam: the school year is read from its month.
  const schoolYear = schoolYearPeriod(Date.parse(`${day}T12:00:00Z`), timeZone);
  const deadline = day.split("-").reverse().join("/");
  const sections = template.sections.map((section) => ({
    ...section,
    fields: section.fields.map((field) => (field.id === PERIOD ? { ...field, hint: vi.officer.periodHint(deadline, schoolYear), example: schoolYear } : field)),
  }));
  return { ...template, sections };
}
