/**
 * Whether a short reply says nothing beyond a word list: "dạ có ạ" beside a yes, "ok chị ạ" in a
 * group's talk. Three readers asked it, each building its own pair of sets. Words are compared with
 * their tone marks (folded, "đã" reads "dạ" and "cô" reads "có"); a text typed without any mark is
 * compared folded. The factory builds both sets once per list, not once per message.
 */
import { foldVietnamese, typedWithoutMarks } from "./fold-vietnamese.ts";

export interface WordListOptions {
  /** Words that count as in the list without being written in it: laughter ("hihi", "kkk"). */
  readonly alsoWord?: (word: string) => boolean;
  /** Folded words left out of the folded set: typed without marks, "da" may be "đã" as well as "dạ". */
  readonly notFolded?: readonly string[];
}

/** A test on a whole text, built once from a word list. */
export type TextTest = (text: string) => boolean;

/** The words of a text as the lists compare them: NFC, lower case, split at all but letters and digits. */
export function wordsOf(text: string): string[] {
  return text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** For a text, the test on one of its words: against the marked set, or the folded one where it has no mark. */
function listTest(list: readonly string[], options: WordListOptions): (text: string) => (word: string) => boolean {
  const marked = new Set(list);
  const notFolded = new Set(options.notFolded ?? []);
  const folded = new Set(list.map(foldVietnamese).filter((word) => !notFolded.has(word)));
  const also = options.alsoWord ?? (() => false);
  return (text) => {
    const words = typedWithoutMarks(text) ? folded : marked;
    return (word) => words.has(word) || also(word);
  };
}

/** Whether every word of the text is in `list` (a text without words: true). */
export function everyWordIn(list: readonly string[], options: WordListOptions = {}): TextTest {
  const test = listTest(list, options);
  return (text) => wordsOf(text).every(test(text));
}

/** Whether some word of the text is in `list`. */
export function someWordIn(list: readonly string[], options: WordListOptions = {}): TextTest {
  const test = listTest(list, options);
  return (text) => wordsOf(text).some(test(text));
}
