/**
 * Reads a .docx into its paragraphs with mammoth, in the render worker (a 10-page file takes tens
 * of milliseconds of CPU: not on the loop that answers webhooks). mammoth gives the document tree
 * (paragraph styles, numbering, bold runs) through its documented `transformDocument` hook; the
 * tree is walked there and an empty document handed on, so no HTML is built for nothing.
 * Tables, text boxes, headers and footers are not read: a report's narrative is in its paragraphs.
 */
import mammoth from "mammoth";
import type { WordParagraph } from "./word-paragraph.ts";

/** The subset of mammoth's document tree this reader uses (mammoth/lib/documents.js). */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  isBold?: boolean;
  numbering?: { level?: string | number } | null;
}

/** Heading styles by name in English and Vietnamese Word, and by the built-in style ids. */
const HEADING_STYLE = /^(heading|tiêu đề|tieu de|title)\s*\d*$/iu;
const HEADING_STYLE_ID = /^(heading|title)\d*$/i;

/** Throws when the bytes are not a Word document mammoth can open (the caller says "unreadable"). */
export async function readWordParagraphs(bytes: Uint8Array): Promise<WordParagraph[]> {
  const paragraphs: WordParagraph[] = [];
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      // Never follow a link to a file outside the .docx (mammoth's default, said here on purpose).
      externalFileAccess: false,
      transformDocument: (document: MammothElement) => {
        for (const child of document.children ?? []) if (child.type === "paragraph") paragraphs.push(toParagraph(child));
        return { ...document, children: [] };
      },
    },
  );
  return paragraphs.filter((p) => p.text !== "");
}

function toParagraph(element: MammothElement): WordParagraph {
  const runs: { text: string; isBold: boolean }[] = [];
  collectRuns(element, runs, false);
  const text = runs.map((r) => r.text).join("").replace(/\s+/g, " ").normalize("NFC").trim();
  const withText = runs.filter((r) => r.text.trim() !== "");
  const style = element.styleName ?? "";
  return {
    text,
    isHeading: HEADING_STYLE.test(style.trim()) || HEADING_STYLE_ID.test(element.styleId ?? ""),
    isBold: withText.length > 0 && withText.every((r) => r.isBold),
    isListItem: element.numbering != null,
    listLevel: Number(element.numbering?.level ?? 0) || 0,
  };
}

/** Text in reading order with the boldness of its run; hyperlinks and other wrappers are walked through. */
function collectRuns(element: MammothElement, runs: { text: string; isBold: boolean }[], bold: boolean): void {
  for (const child of element.children ?? []) {
    if (child.type === "text") runs.push({ text: child.value ?? "", isBold: bold });
    else if (child.type === "tab" || child.type === "break") runs.push({ text: " ", isBold: bold });
    else if (child.type === "run") collectRuns(child, runs, child.isBold === true);
    else collectRuns(child, runs, bold);
  }
}
