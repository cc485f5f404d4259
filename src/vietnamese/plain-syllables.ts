/**
 * Whether a word is a Vietnamese syllable as it stands, with no tone mark and no marked letter
 * (â, ê, ô, ơ, ư, ă, đ): "Lan", "Minh", "Hoa", "Nam" are whole names so, and were told they lacked
 * marks; "Nguyen" (nguyên), "Huong" (hương) and "Duc" (a syllable ending in c, ch, p or t always
 * carries a tone) cannot be written without them.
 */

/** Initial consonants, longest first (so "ngh" is read before "ng", "gi" before "g"). */
const INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?";
/** Rhymes of plain letters that may stand without a tone mark: none ends in c, ch, p or t. */
const RHYME = "(?:a|ai|ao|au|ay|am|an|ang|anh|e|eo|em|en|eng|i|ia|iu|im|in|inh|o|oa|oai|oay|oan|oang|oanh|oam|oe|oeo|oen|oi|om|on|ong|oong|u|ua|ui|uy|uya|um|un|ung|uynh|y)";
const SYLLABLE = new RegExp(`^(${INITIAL})(${RHYME})$`);

/** "k", "gh" and "ngh" stand only before e, i, y; "c", "g" and "ng" never do. */
const spelledRight = (initial: string, rhyme: string) => {
  const front = /^[eiy]/.test(rhyme);
  if (["k", "gh", "ngh"].includes(initial)) return front;
  if (["c", "g", "ng"].includes(initial)) return !front;
  // "qu" is itself the u: "qua", "quy", never "quu".
  if (initial === "qu") return !rhyme.startsWith("u") && !rhyme.startsWith("o");
  return true;
};

export function isPlainSyllable(word: string): boolean {
  const match = SYLLABLE.exec(word.toLowerCase());
  return match !== null && spelledRight(match[1]!, match[2]!);
}

/** Every word of `text` a syllable that needs no mark: nothing in it can be said to lack them. */
export function needsNoMarks(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 0 && words.every(isPlainSyllable);
}
