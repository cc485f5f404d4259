/**
 * Opens a generated .docx (a zip) the way a checker would: the raw XML parts, and the text of the
 * body read back paragraph by paragraph (a tab as "\t", a line break as "\n").
 */
import { strFromU8, unzipSync } from "fflate";

export function readDocx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const part = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} is missing from the .docx (has: ${Object.keys(files).join(", ")})`);
    return strFromU8(file);
  };
  const documentXml = part("word/document.xml");
  return { files, part, documentXml, paragraphs: paragraphTexts(documentXml) };
}

/** Every <w:p> of the XML, in document order (table cells included). */
export function paragraphXmls(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => p[0]);
}

/** The text of one paragraph's runs; tab stops and indents in its properties are not text. */
export function textOf(paragraph: string): string {
  return [...paragraph.matchAll(/<w:r[ >][\s\S]*?<\/w:r>/g)]
    .flatMap((r) => [...r[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)])
    .map((m) => (m[0] === "<w:tab/>" ? "\t" : m[0] === "<w:br/>" ? "\n" : decode(m[1] ?? "")))
    .join("");
}

/** The text of each <w:p>, in document order (table cells included), XML entities decoded. */
export function paragraphTexts(xml: string): string[] {
  return paragraphXmls(xml)
    .map(textOf)
    .filter((text) => text.trim() !== "");
}

/** The XML of the paragraph whose text is exactly `text`. */
export function paragraphXml(xml: string, text: string): string {
  const found = paragraphXmls(xml).find((p) => textOf(p) === text);
  if (!found) throw new Error(`no paragraph "${text}"`);
  return found;
}

/** The texts of the paragraphs in one cell of the first table (the header): row and column from 0. */
export function tableCellTexts(xml: string, row: number, column: number, table = 0): string[] {
  const tableXml = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)][table]?.[0] ?? "";
  const rowXml = [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)][row]?.[0] ?? "";
  const cellXml = [...rowXml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)][column]?.[0] ?? "";
  return paragraphTexts(cellXml);
}

function decode(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
