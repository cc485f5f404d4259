/**
 * A photo in the report: the image centred and scaled to the text width (its aspect ratio kept),
 * its caption below in italics. A tall photo is held to MAX_HEIGHT so it fits on one page with its
 * caption instead of running off the bottom.
 */
import { vi } from "../sentences/vi.ts";
import { AlignmentType, ImageRun, Paragraph } from "docx";
import { PAGE, run, SIZE, TEXT_WIDTH } from "./nd30-layout.ts";
import type { DocumentPhoto } from "./report-content.ts";

/** docx sizes images in CSS pixels (96 per inch, 9525 EMU each); the layout is in twips (1440 per inch). */
const TWIPS_PER_PIXEL = 15;
const TEXT_WIDTH_PX = TEXT_WIDTH / TWIPS_PER_PIXEL;
/** Three quarters of the text height: room left on the page for the caption and a heading. */
const MAX_HEIGHT_PX = ((PAGE.height - PAGE.top - PAGE.bottom) * 0.75) / TWIPS_PER_PIXEL;

/** The printed size in pixels: the full text width, or less when that would make it too tall. */
export function photoSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(TEXT_WIDTH_PX / width, MAX_HEIGHT_PX / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export function photoParagraphs(photo: DocumentPhoto, keepNext: boolean): Paragraph[] {
  const image = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 0 },
    // The caption stays on the photo's page.
    keepNext: true,
    children: [new ImageRun({ type: photo.type, data: photo.content, transformation: photoSize(photo.width, photo.height), altText: altText(photo) })],
  });
  if (!photo.caption) return [image];
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 60, after: 120 },
    keepNext,
    children: [run(photo.caption.normalize("NFC"), { italics: true, size: SIZE.body })],
  });
  return [image, caption];
}

function altText(photo: DocumentPhoto) {
  const text = photo.caption ?? vi.photo.altText;
  return { name: text.slice(0, 100), description: text, title: text.slice(0, 100) };
}
