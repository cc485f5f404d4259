/**
 * Lays a report's content out as a Decree 30/2020 .docx: header table, title and summary with its
 * rule, Kính gửi, the reference paragraph, the numbered body, then Nơi nhận ‖ signature kept
 * together on the last page, and page numbers in the top margin from page 2 on.
 * Packing takes ~15 ms of CPU: call it from the outbox or the document worker, never a webhook.
 */
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";
import {
  bodyParagraph,
  centred,
  estimateWidth,
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
import type { Block, ReportContent } from "./report-content.ts";

const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
/** Measured width of the motto in bold 14 pt Times (nd30-format.md §1.4): its rule is exactly as long. */
const MOTTO_WIDTH = 3428;
/** Upper-case bold 13 pt characters that fit the left column on one line. */
const ISSUER_LINE_CHARS = 21;
/** Beyond this the 14 pt place-and-date line wraps in the 10 cm column, so it drops to 13 pt. */
const PLACE_DATE_14PT_CHARS = 42;

export function renderReportDocument(content: ReportContent): Document {
  return new Document({
    creator: content.issuer,
    title: `${content.type} ${content.summary}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body, language: { value: "vi-VN" } } } } },
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
          rule(1700, TEXT_WIDTH),
          ...addressedTo(content.addressedTo),
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

function headerTable(content: ReportContent) {
  const issuerLines = splitIssuerName(content.issuer, ISSUER_LINE_CHARS);
  const longest = Math.max(...issuerLines.map((line) => estimateWidth(line, SIZE.agency)));
  const left = [
    ...(content.parentBody ? splitIssuerName(content.parentBody, ISSUER_LINE_CHARS + 4).map((line) => centred(line, { size: SIZE.agency })) : []),
    ...issuerLines.map((line) => centred(line, { size: SIZE.agency, bold: true })),
    rule(Math.min(Math.round(longest * 0.4), LEFT_COLUMN), LEFT_COLUMN),
  ];
  const right = [centred(NATIONAL_TITLE, { size: SIZE.nationalTitle, bold: true }), centred(MOTTO, { size: SIZE.motto, bold: true }), rule(MOTTO_WIDTH, RIGHT_COLUMN)];
  const dateSize = content.placeDate.length > PLACE_DATE_14PT_CHARS ? SIZE.number : SIZE.body;
  return twoColumnTable([
    [left, right],
    [[centred(content.numberLine, { size: SIZE.number }, 120)], [centred(content.placeDate, { size: dateSize, italics: true }, 120)]],
  ]);
}

function addressedTo(recipients: string[]): Paragraph[] {
  if (recipients.length === 0) return [];
  if (recipients.length === 1) return [centred(`Kính gửi: ${recipients[0]}.`, {}, 240)];
  return [
    centred("Kính gửi:", {}, 240),
    ...recipients.map((r, i) => centred(`- ${r}${i === recipients.length - 1 ? "." : ";"}`)),
  ];
}

/** Headings keep with what follows; the last paragraphs keep with the signature table. */
function bodyBlocks(blocks: Block[], closing: string | undefined): Paragraph[] {
  const all: { text: string; bold: boolean; keepNext: boolean }[] = blocks.map((block) =>
    block.kind === "heading"
      ? { text: `${block.label} ${block.text}`, bold: block.level < 3, keepNext: true }
      : { text: block.text, bold: false, keepNext: false },
  );
  if (closing) all.push({ text: closing, bold: false, keepNext: false });
  const last = all.at(-1);
  if (last) last.keepNext = true;
  return all.map((p) => bodyParagraph(p.text, { bold: p.bold, keepNext: p.keepNext }));
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

/** Kinds of body that read best alone on the first line ("TRƯỜNG TIỂU HỌC" / "LIÊN CHÂU"). */
const KIND_PREFIXES = [
  "TRƯỜNG TRUNG HỌC PHỔ THÔNG",
  "TRƯỜNG TRUNG HỌC CƠ SỞ",
  "TRƯỜNG TIỂU HỌC",
  "TRƯỜNG MẦM NON",
  "TRƯỜNG THCS",
  "TRƯỜNG THPT",
  "ỦY BAN NHÂN DÂN",
  "UỶ BAN NHÂN DÂN",
];
/** Two-word terms never broken across lines. */
const GLUED = new Set(["TIỂU HỌC", "MẦM NON", "HỌC TẬP", "CỘNG ĐỒNG", "TRUNG HỌC", "CƠ SỞ", "PHỔ THÔNG", "NHÂN DÂN", "THÀNH PHỐ", "GIÁO DỤC", "ĐÀO TẠO"]);

/**
 * Splits an upper-case name into the fewest lines of at most `max` characters, as even as possible,
 * never inside a term or the place name (its last two words); after the kind of body when that fits.
 * Word's own wrapping breaks such names badly ("TRƯỜNG TIỂU / HỌC LIÊN CHÂU").
 */
export function splitIssuerName(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const prefix = KIND_PREFIXES.find((p) => text.startsWith(`${p} `));
  if (prefix && prefix.length <= max && text.length - prefix.length - 1 <= max) return [prefix, text.slice(prefix.length + 1)];
  const tokens = glue(text.split(/\s+/).filter((w) => w !== ""));
  for (let lines = 2; lines <= tokens.length; lines++) {
    const best = bestSplit(tokens, lines, max);
    if (best) return best;
  }
  return [text];
}

function glue(words: string[]): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1]}`;
    if (i + 1 < words.length && (GLUED.has(pair) || i === words.length - 2)) {
      tokens.push(pair);
      i++;
    } else tokens.push(words[i]!);
  }
  return tokens;
}

/** The split into exactly `lines` lines whose longest line is shortest, or undefined if none fits. */
function bestSplit(tokens: string[], lines: number, max: number): string[] | undefined {
  if (lines === 1) {
    const line = tokens.join(" ");
    return line.length <= max ? [line] : undefined;
  }
  let best: string[] | undefined;
  for (let cut = 1; cut <= tokens.length - lines + 1; cut++) {
    const head = tokens.slice(0, cut).join(" ");
    if (head.length > max) break;
    const rest = bestSplit(tokens.slice(cut), lines - 1, max);
    if (!rest) continue;
    const candidate = [head, ...rest];
    // Shortest longest line; on a tie, the fuller first line reads more naturally.
    const better = !best || longest(candidate) < longest(best) || (longest(candidate) === longest(best) && head.length > best[0]!.length);
    if (better) best = candidate;
  }
  return best;
}

function longest(lines: string[]): number {
  return Math.max(...lines.map((l) => l.length));
}
