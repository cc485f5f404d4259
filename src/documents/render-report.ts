/**
 * Lays a report's content out as a Decree 30/2020 .docx: header table, title and summary with its
 * rule, Kính gửi, the reference paragraph, the numbered body, then Nơi nhận ‖ signature kept
 * together on the last page, and page numbers in the top margin from page 2 on.
 * Packing takes ~15 ms of CPU: call it from the outbox or the document worker, never a webhook.
 */
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, type Table, TextRun } from "docx";
import { addressedToParagraphs } from "./addressed-to.ts";
import { headerNameLines } from "./header-lines.ts";
import {
  BODY_PARAGRAPH_STYLE,
  type BodyParagraphOptions,
  bodyParagraph,
  centred,
  FONT,
  LEFT_COLUMN,
  PAGE,
  RIGHT_COLUMN,
  rule,
  run,
  SIZE,
  TEXT_WIDTH,
  twoColumnTable,
} from "./nd30-layout.ts";
import { photoParagraphs } from "./photo-paragraphs.ts";
import type { Block, ReportContent } from "./report-content.ts";
import { afterTable, reportTable } from "./report-table.ts";
import { textWidth } from "./text-width.ts";

const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
/** Measured width of the motto in bold 14 pt Times (nd30-format.md §1.4): its rule is exactly as long. */
const MOTTO_WIDTH = 3428;
/** Room a header line may fill in the left column: 2 pt less than the cell, for Word's own rounding. */
const HEADER_LINE_WIDTH = LEFT_COLUMN - 40;
/** The decree wants the rules under the issuer and the summary 1/3-1/2 as long as the text: 0.4 sits inside. */
const RULE_SHARE = 0.4;

export function renderReportDocument(content: ReportContent): Document {
  return new Document({
    creator: content.issuer,
    title: `${content.type} ${content.summary}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body, language: { value: "vi-VN" } } } }, paragraphStyles: [BODY_PARAGRAPH_STYLE] },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.header },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.body })] })],
          }),
        },
        children: [
          headerTable(content),
          centred(content.type, { bold: true }, 360),
          centred(content.summary, { bold: true }),
          rule(summaryRuleLength(content.summary), TEXT_WIDTH),
          ...addressedToParagraphs(content.addressedTo),
          ...(content.reference ? [bodyParagraph(content.reference)] : []),
          ...bodyBlocks(content.body, content.closing),
          signatureTable(content),
        ],
      },
    ],
  });
}

export async function renderReportDocx(content: ReportContent): Promise<Buffer> {
  return Packer.toBuffer(renderReportDocument(content));
}

/** The lines the header's left column prints: the parent body upright, the issuer bold, both 13 pt. */
export function headerLines(content: Pick<ReportContent, "parentBody" | "issuer">): { parentBody: string[]; issuer: string[] } {
  const regular = (text: string) => textWidth(text, { halfPoints: SIZE.agency });
  const bold = (text: string) => textWidth(text, { halfPoints: SIZE.agency, bold: true });
  return {
    parentBody: content.parentBody ? headerNameLines(content.parentBody, HEADER_LINE_WIDTH, regular) : [],
    issuer: headerNameLines(content.issuer, HEADER_LINE_WIDTH, bold),
  };
}

/** The rule under the summary, against the summary's printed line (a summary that wraps fills the text width). */
export function summaryRuleLength(summary: string): number {
  return Math.round(RULE_SHARE * Math.min(textWidth(summary, { halfPoints: SIZE.body, bold: true }), TEXT_WIDTH));
}

function headerTable(content: ReportContent) {
  const lines = headerLines(content);
  const longest = Math.max(...lines.issuer.map((line) => textWidth(line, { halfPoints: SIZE.agency, bold: true })));
  const left = [
    ...lines.parentBody.map((line) => centred(line, { size: SIZE.agency })),
    ...lines.issuer.map((line) => centred(line, { size: SIZE.agency, bold: true })),
    rule(Math.min(Math.round(longest * RULE_SHARE), LEFT_COLUMN), LEFT_COLUMN),
  ];
  const right = [centred(NATIONAL_TITLE, { size: SIZE.nationalTitle, bold: true }), centred(MOTTO, { size: SIZE.motto, bold: true }), rule(MOTTO_WIDTH, RIGHT_COLUMN)];
  // A long place name makes the 14 pt date line wrap in the 10 cm column; the decree allows 13 pt.
  const dateSize = textWidth(content.placeDate, { halfPoints: SIZE.body, italics: true }) > RIGHT_COLUMN ? SIZE.number : SIZE.body;
  return twoColumnTable([
    [left, right],
    [[centred(content.numberLine, { size: SIZE.number }, 120)], [centred(content.placeDate, { size: dateSize, italics: true }, 120)]],
  ]);
}

/** A "+ " sub-item sits one more centimetre in than a "- " item (whose first line is indented 1 cm). */
export const SUB_ITEM_INDENT = 1134;

/**
 * Headings keep with what follows; the last paragraphs keep with the signature table. A run-in
 * heading prints "1. Heading:" bold and its text after it upright on the same line. A table answer
 * stands as a table, a photo as an image with its caption.
 */
function bodyBlocks(blocks: Block[], closing: string | undefined): (Paragraph | Table)[] {
  type Text = { text: string; options: BodyParagraphOptions };
  type Standalone = Extract<Block, { kind: "table" | "photo" }>;
  const all: (Text | Standalone)[] = blocks.map((block) => {
    if (block.kind === "table" || block.kind === "photo") return block;
    if (block.kind === "heading") {
      const runIn = block.runIn === undefined ? undefined : `${block.text}:`;
      const options = { bold: block.level < 3, keepNext: block.runIn === undefined || block.runIn === "", after: block.runIn ? ` ${block.runIn}` : undefined };
      return { text: [block.label, runIn ?? block.text].filter((part) => part !== "").join(" "), options };
    }
    return { text: block.text, options: block.kind === "subitem" ? { firstLine: SUB_ITEM_INDENT } : {} };
  });
  if (closing) all.push({ text: closing, options: {} });
  const last = all.at(-1);
  const lastKeepsNext = last !== undefined;
  if (last && "options" in last) last.options.keepNext = true;
  return all.flatMap((p, i): (Paragraph | Table)[] => {
    if ("options" in p) return [bodyParagraph(p.text, p.options)];
    if (p.kind === "table") return [reportTable(p.grid), afterTable()];
    return photoParagraphs(p.photo, lastKeepsNext && i === all.length - 1);
  });
}

function signatureTable(content: ReportContent) {
  const left = [
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [run("Nơi nhận:", { size: SIZE.recipientsLabel, bold: true, italics: true })] }),
    ...content.recipients.map((r) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(r, { size: SIZE.recipients })] })),
  ];
  const titles = [...content.signer.authority, content.signer.position].filter((t) => t !== "");
  const right = [
    ...titles.map((t, i) => centred(t, { bold: true }, i === 0 ? 240 : 0)),
    ...Array.from({ length: 5 }, () => centred("")),
    centred(content.signer.name, { bold: true }),
  ];
  return twoColumnTable([[left, right]], { cantSplit: true });
}
