/**
 * The content of the /xuat spreadsheet, pure: one line per unit the campaign requires (its /status
 * words, its latest submitted version's answers), one line per answer with who gave it and when.
 */
import type { ExportRepository } from "../db/export-repository.ts";
import { lateOf, unitStateText } from "../officers/status-report.ts";
import type { AnswerValue } from "../templates/answer-parsers.ts";
import { type Answers, visibleFields } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import { formatGivenAnswer } from "../templates/format-answer.ts";
import type { Field, Template } from "../templates/template-schema.ts";
import { wallClockDate } from "../vietnamese/zoned-time.ts";
import { vi } from "../sentences/vi.ts";
import { answerCell, type ExportCell } from "./export-cells.ts";
import { addTableRows, emptyExportTable, type ExportTable } from "./export-tables.ts";

export type ExportUnitRow = Awaited<ReturnType<ExportRepository["unitRows"]>>[number];
export type AnswerAuthor = Awaited<ReturnType<ExportRepository["answerAuthors"]>>[number];

/** A question numbered as the chat numbers it when every question applies ("Câu k"). */
export interface ExportQuestion {
  number: number;
  field: Field;
}

export interface ExportUnit {
  code: string;
  name: string;
  state: string;
  submittedBy: string;
  submittedAt: Date | null;
  version: number | null;
  /** One per question, in order; undefined where the unit gave no answer. */
  cells: (ExportCell | undefined)[];
}

export interface ExportDetail {
  unitName: string;
  number: number;
  prompt: string;
  answer: ExportCell;
  answeredBy: string;
  answeredAt: Date | null;
}

export interface ExportData {
  questions: ExportQuestion[];
  units: ExportUnit[];
  details: ExportDetail[];
  /** One per table question, in question order: each gets a sheet of its own. */
  tables: ExportTable[];
}

export interface ExportInput {
  campaign: { templateId: number; deadlineAt: number };
  template: Template;
  now: number;
  timeZone: string;
}

/**
 * Whether a unit's answers are in the export: only a report standing as submitted counts, as in the
 * consolidated report; the issuing unit's own consolidated report (another template) is not one of
 * this campaign's answers.
 */
export function isExported(row: ExportUnitRow, campaignTemplateId: number): boolean {
  return row.status === "submitted" && row.answers !== null && (row.templateId ?? campaignTemplateId) === campaignTemplateId;
}

/** The whole export at once, for tests (the bot builds it a page at a time: export-file.ts). */
export function buildExportData(input: ExportInput & { rows: ExportUnitRow[]; authors: AnswerAuthor[] }): ExportData {
  const builder = createExportBuilder(input);
  builder.add(input.rows, input.authors);
  return builder.data();
}

/**
 * The export's content, built a page of units at a time (in code order, each page with the authors
 * of its answers): the rows read from the database are let go after their page, and no step holds
 * the event loop for the whole campaign.
 */
export function createExportBuilder(input: ExportInput) {
  const { template, timeZone } = input;
  const questions = listFields(template).map(({ field, index }) => ({ number: index + 1, field }));
  const isOverdue = input.now > input.campaign.deadlineAt;
  const units: ExportUnit[] = [];
  const details: ExportDetail[] = [];
  const tables = new Map(questions.flatMap(({ number, field }) => (field.type === "table" ? [[field.id, emptyExportTable(field.id, number, field.prompt, field.columns)] as const] : [])));
  const add = (rows: ExportUnitRow[], pageAuthors: AnswerAuthor[]): void => {
    const authors = new Map(pageAuthors.map((a) => [`${a.submissionId}:${a.fieldId}`, a]));
    for (const row of rows) {
      const counts = isExported(row, input.campaign.templateId);
      const state = counts ? vi.export.submitted(lateOf(row, input.campaign.deadlineAt)) : unitStateText(template, row, timeZone, isOverdue).text;
      const unit: ExportUnit = { code: row.code, name: row.name, state, submittedBy: "", submittedAt: null, version: null, cells: questions.map(() => undefined) };
      units.push(unit);
      if (!counts) continue;
      unit.submittedBy = row.submittedBy ?? "";
      unit.submittedAt = row.submittedAt === null ? null : wallClockDate(row.submittedAt, timeZone);
      unit.version = row.version;
      const answers = row.answers as Answers;
      // A stale answer to a question its condition now hides is not part of the report.
      // Each detail row numbered as the unit's chat and web page number it (over the questions shown
      // to the unit): the number an officer names in "sửa câu N" to that unit.
      for (const [position, { field, index }] of visibleFields(template, answers).entries()) {
        const value = answers[field.id];
        if (value === undefined) continue;
        if (value !== null) unit.cells[index] = answerCell(field, value);
        const table = tables.get(field.id);
        if (table && value !== null) addTableRows(table, row, value);
        // The answers table holds each question's latest answer: one given after the submission is a
        // correction not yet submitted, whose author did not give the value exported here.
        const latest = authors.get(`${row.submissionId}:${field.id}`);
        const author = latest && row.submittedAt !== null && latest.at <= row.submittedAt ? latest : undefined;
        details.push({
          unitName: row.name,
          number: position + 1,
          prompt: field.prompt,
          answer: detailCell(template, field, value),
          answeredBy: author?.name ?? unit.submittedBy,
          answeredAt: author ? wallClockDate(author.at, timeZone) : unit.submittedAt,
        });
      }
    }
  };
  return { add, data: (): ExportData => ({ questions, units, details, tables: [...tables.values()] }) };
}

/** A skipped optional question is still a decision someone took: it is listed, marked as skipped. */
function detailCell(template: Template, field: Field, value: AnswerValue | null): ExportCell {
  return value === null ? { value: formatGivenAnswer(field, null, undefined, template), kind: "text" } : answerCell(field, value);
}
