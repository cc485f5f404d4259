/**
 * A unit's report in progress, as SQL over its submission row `s`: answered in part, or returned
 * for correction. A report merely opened (/baocao) or cancelled (/huy keeps the row, with no
 * answer) is not: it must not keep the unit on its campaign when a newer one opens.
 */
export const reportInProgress = (s: string) =>
  `(${s}.status = 'returned' OR (${s}.status = 'in_progress' AND EXISTS (SELECT 1 FROM answers wa WHERE wa.submission_id = ${s}.id)))`;

/**
 * A closed campaign `c` that still takes the unit's report `s`: returned for correction (an
 * officer asked for it, whatever the policy), or in progress where late reports are taken.
 */
export const stillTakesReport = (c: string, s: string) =>
  `(${c}.status = 'closed' AND (${s}.status = 'returned' OR (${c}.late_policy = 'accept' AND ${reportInProgress(s)})))`;
