/**
 * A unit's report in progress, as SQL over its submission row `s`: answered in part, or returned
 * for correction. A report merely opened (/baocao) or cancelled (/huy keeps the row, with no
 * answer) is not: it must not keep the unit on its campaign when a newer one opens.
 */
export const reportInProgress = (s: string) =>
  `(${s}.status = 'returned' OR (${s}.status = 'in_progress' AND EXISTS (SELECT 1 FROM answers wa WHERE wa.submission_id = ${s}.id)))`;
