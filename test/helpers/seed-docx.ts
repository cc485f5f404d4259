/**
 * Builds a .docx from a seed report's text, as the clerk's own Word file would be: hard-wrapped
 * lines (the ward seed comes from a PDF) joined back into paragraphs, headings either as Word
 * heading paragraphs with the "- " lines as Word bullets ("styled"), or as bold typed lines with the
 * dashes typed ("typed"), the two ways real files are written.
 */
import { readFileSync } from "node:fs";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";

export type SeedForm = "styled" | "typed";

const SEEDS = "/work/shared/seeds";
/** "I. ", "1. ", "2.Bài", "a) ": the numbered headings of the seeds ("2.500 lượt" is a figure). */
const HEADING = /^(?:[IVX]+\.\s|\d+\.(?!\d)\s*\S|[a-d]\)\s)/;
/** A line that starts a paragraph of its own: a heading or an item. */
const STARTS_PARAGRAPH = /^(?:[-+*•–]|\d+\s*\+|[IVX]+\.\s|\d+\.\s*\S|[a-d]\)\s)/;

export function seedText(name: string): string {
  return readFileSync(`${SEEDS}/${name}`, "utf8");
}

/** The seed's paragraphs: a wrapped line joins the one before unless that ended a sentence. */
export function seedParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let ended = true;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+/g, " ").trim();
    // Empty lines and the page numbers of a PDF's text are not paragraphs.
    if (line === "" || /^\d+$/.test(line)) continue;
    if (ended || STARTS_PARAGRAPH.test(line) || paragraphs.length === 0) paragraphs.push(line);
    else paragraphs[paragraphs.length - 1] += ` ${line}`;
    ended = /[.:;!?"”]$/.test(line) || isHeading(line);
  }
  return paragraphs;
}

export function isHeading(paragraph: string): boolean {
  return paragraph.length <= 80 && HEADING.test(paragraph);
}

export async function docxFromParagraphs(paragraphs: readonly string[], form: SeedForm): Promise<Buffer> {
  const children = paragraphs.map((text) => {
    if (isHeading(text)) {
      if (form === "typed") return new Paragraph({ children: [new TextRun({ text, bold: true })] });
      const level = /^[IVX]+\./.test(text) ? HeadingLevel.HEADING_1 : /^\d/.test(text) ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
      return new Paragraph({ heading: level, children: [new TextRun(text)] });
    }
    if (form === "styled" && /^-\s*/.test(text)) return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text.replace(/^-\s*/, ""))] });
    return new Paragraph({ children: [new TextRun(text)] });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

export async function seedDocx(name: string, form: SeedForm): Promise<Buffer> {
  return docxFromParagraphs(seedParagraphs(seedText(name)), form);
}
