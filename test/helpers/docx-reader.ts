/**
 * Opens a generated .docx (a zip) the way a checker would: the raw XML parts, and the text of the
 * body read back paragraph by paragraph.
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

/** The text of each <w:p>, in document order (table cells included), XML entities decoded. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? "")).join(""))
    .filter((text) => text.trim() !== "");
}

/** The XML of the paragraph whose text is exactly `text`. */
export function paragraphXml(xml: string, text: string): string {
  const found = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find(
    (p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? "")).join("") === text,
  );
  if (!found) throw new Error(`no paragraph "${text}"`);
  return found[0];
}

function decode(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
