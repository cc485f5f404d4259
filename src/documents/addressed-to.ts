/**
 * The "Kính gửi:" block under the summary (Decree 30, ô 9a). One recipient stands on the same line,
 * centred; several stand one per line, their dashes aligned just after the colon, the block centred
 * by its measured width so it sits under the title as in the decree's forms.
 */
import { AlignmentType, Paragraph, Tab, TabStopType, TextRun } from "docx";
import { centred, FONT, SIZE, TEXT_WIDTH } from "./nd30-layout.ts";
import { textWidth } from "./text-width.ts";

const LABEL = "Kính gửi:";
/** Space before the block, as under the summary's rule. */
const SPACE_BEFORE = 240;

export interface AddressedToLayout {
  /** Where "Kính gửi:" starts, in twips from the left margin. */
  start: number;
  /** Where every "- " starts: a left tab stop one space after the colon, and the wrap indent. */
  dashes: number;
}

/** Positions of the block: the widest line decides, and a block wider than the text starts at the margin. */
export function addressedToLayout(lines: string[]): AddressedToLayout {
  const measure = (text: string) => textWidth(text, { halfPoints: SIZE.body });
  const labelWidth = measure(`${LABEL} `);
  const widest = Math.max(...lines.map(measure));
  const start = Math.max(0, Math.round((TEXT_WIDTH - labelWidth - widest) / 2));
  return { start, dashes: start + Math.round(labelWidth) };
}

export function addressedToParagraphs(recipients: string[]): Paragraph[] {
  if (recipients.length === 0) return [];
  if (recipients.length === 1) return [centred(`${LABEL} ${recipients[0]}.`, {}, SPACE_BEFORE)];
  const lines = recipients.map((r, i) => `- ${r}${i === recipients.length - 1 ? "." : ";"}`.normalize("NFC"));
  const { start, dashes } = addressedToLayout(lines);
  const text = (children: (string | Tab)[]) => new TextRun({ children, font: FONT, size: SIZE.body });
  return lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { before: i === 0 ? SPACE_BEFORE : 0, after: 0 },
        // The first line hangs back to the label; a recipient too long for one line wraps under its dash.
        indent: i === 0 ? { left: dashes, hanging: dashes - start } : { left: dashes },
        tabStops: i === 0 ? [{ type: TabStopType.LEFT, position: dashes }] : undefined,
        children: [text(i === 0 ? [LABEL, new Tab(), line] : [line])],
      }),
  );
}
