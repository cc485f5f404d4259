/**
 * How one signs for another (Decree 30): KT. (ký thay), TM. (thay mặt), Q. (quyền), TL. (thừa
 * lệnh), TUQ. (thừa ủy quyền), dots where clerks put them or none ("K.T", "kt"). One definition for
 * the signer's questions, which once each kept a copy that could drift apart.
 */
const FORMS = String.raw`k\.?t|t\.?m|q|t\.?l|t\.?u\.?q`;

/** The form at the start of a line and what follows it ("KT. ", "kt ", "KT."); group 1 is the form as typed. */
export const AUTHORITY_PREFIX = new RegExp(`^(${FORMS})(?:\\.\\s*|\\s+)`, "i");

/** A line that is an authority: the form, then whom for ("KT. Hiệu trưởng", "tm ubnd"). */
export const AUTHORITY_LINE = new RegExp(`^(?:${FORMS})(?:\\.\\s*|\\s+)\\S`, "i");
