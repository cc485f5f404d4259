/**
 * A unit's report in progress, as SQL over its submission row `s`: answered in part, or returned
 * for correction. A report merely opened (/baocao) or cancelled (/huy keeps the row, with no
 * answer) is not: it must not keep the unit on its campaign when a newer one opens (a report
 * opened with its question asked is picked for its chat as the campaign opens: reports-kept-on.ts).
 */
export const reportInProgress = (s: string) =>
  `(${s}.status = 'returned' OR (${s}.status = 'in_progress' AND EXISTS (SELECT 1 FROM answers wa WHERE wa.submission_id = ${s}.id)))`;

/**
 * A closed campaign `c` that still takes the unit's report `s` (a LEFT JOIN: no row when never
 * started): returned for correction (an officer asked for it, whatever the policy), or not
 * submitted where late reports are taken, started or not. A unit that had not started when the
 * campaign closed, with another campaign open, could not reach it at all, though it was told
 * late reports were taken.
 */
export const stillTakesReport = (c: string, s: string) =>
  `(${c}.status = 'closed' AND (${s}.status = 'returned' OR (${c}.late_policy = 'accept' AND (${s}.id IS NULL OR ${s}.status = 'in_progress'))))`;

/**
 * A closed campaign `c` still taking late reports, the unit's report `s` submitted and its pick
 * `cu.chosen_at` held: a correction of it waits and is taken at /nop (the close's confirmation says
 * so). The pick is what says a correction waits: set as the close finds the chat on it, or by
 * "/baocao N" to go back to it; let go when the correction is sent or dropped (/nop, /huy). Read by
 * the directory (the chat stays on it) and by the list of reachable campaigns alike: the list left
 * it out, so "/baocao 2" from it was told there was no campaign 2, and a pick kept after /huy held
 * the chat for good.
 */
export const correctionKept = (cu: string, c: string, s: string) =>
  `(${cu}.chosen_at IS NOT NULL AND ${c}.status = 'closed' AND ${c}.late_policy = 'accept' AND ${s}.status = 'submitted')`;
