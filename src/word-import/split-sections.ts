/**
 * Finds the template's sections in a Word file: a paragraph whose heading key (heading-key.ts)
 * equals a section's heading opens that section, and what follows belongs to it up to the next
 * heading. A heading that matches nothing (Word heading style, or a short bold numbered line) closes
 * the open section, so its text is never put under the wrong question; so does the decree's closing
 * ("Trên đây là…", "Nơi nhận:"). The report's opening sentence is skipped. Pure.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import type { Section, Template } from "../templates/template-schema.ts";
import { headingKey } from "./heading-key.ts";
import type { WordParagraph } from "./word-paragraph.ts";

/** Longer than this, a paragraph is body text even if it repeats a heading's words. */
const MAX_HEADING_LENGTH = 150;
/** A typed heading number: "I.", "2.", "1.2.", "a)". */
const TYPED_NUMBERING = /^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]/u;
/** Where a Decree 30 report's body ends: the closing sentence and the recipients' block. */
const CLOSING = [/^tren day la\b/, /^noi nhan\b/];
/**
 * The report's own opening, "Thực hiện Công văn số …, Trường … báo cáo … như sau:" (folded): the
 * document the bot makes prints its own, so it is no answer, under whichever heading it stands.
 */
const PREAMBLE = /^thuc hien\b.*\bbao cao\b.*\bnhu sau\s*:?$/;

export interface MatchedSection {
  section: Section;
  /** The paragraphs under its heading, in order. */
  paragraphs: WordParagraph[];
}

export function splitSections(template: Template, paragraphs: readonly WordParagraph[]): MatchedSection[] {
  const candidates = flatten(template.sections).map((section) => ({ section, key: headingKey(section.heading) }));
  const matched: MatchedSection[] = [];
  let open: MatchedSection | undefined;
  for (const paragraph of paragraphs) {
    const folded = foldVietnamese(paragraph.text);
    if (CLOSING.some((re) => re.test(folded))) break;
    if (PREAMBLE.test(folded)) continue;
    const found = paragraph.text.length <= MAX_HEADING_LENGTH ? takeMatch(candidates, headingKey(paragraph.text)) : undefined;
    if (found) {
      open = { section: found, paragraphs: [] };
      matched.push(open);
    } else if (looksLikeHeading(paragraph)) open = undefined;
    else open?.paragraphs.push(paragraph);
  }
  return matched;
}

/** Each section is matched once: a heading repeated further down the file is read as body text. */
function takeMatch(candidates: { section: Section; key: string }[], key: string): Section | undefined {
  if (key === "") return undefined;
  const index = candidates.findIndex((c) => c.key === key);
  if (index < 0) return undefined;
  const [taken] = candidates.splice(index, 1);
  return taken?.section;
}

function looksLikeHeading(paragraph: WordParagraph): boolean {
  if (paragraph.isHeading) return true;
  return paragraph.isBold && !paragraph.isListItem && paragraph.text.length <= MAX_HEADING_LENGTH && TYPED_NUMBERING.test(paragraph.text);
}

function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.sections)]);
}
