/**
 * How a report numbers its headings, as Decree 30 reports do: I., II. for parts, 1., 2. below them,
 * a), b) below those. Shared by the document and by the question header that points into it.
 */

/** Vietnamese point letters: the decree's order has đ and no f, j, w, z. */
const POINT_LETTERS = "abcdđeghiklmnopqrstuvxy";
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** The label of the `index`-th (0-based) heading at `level` (1 = a part): I., 1., a). */
export function headingLabel(level: number, index: number): string {
  if (level === 1) return `${ROMAN[index] ?? index + 1}.`;
  if (level === 2) return `${index + 1}.`;
  return `${POINT_LETTERS[index] ?? index + 1})`;
}
