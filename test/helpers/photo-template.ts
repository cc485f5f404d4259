/**
 * A small report type with photo questions, for the photo tests: a paragraph, then an appendix
 * ("Phụ lục ảnh") with a required photo question (at most 3) and an optional one. `usePhotoTemplate`
 * stores it and points the demo's open campaign at it, so every channel's unit chat answers it.
 */
import { sql } from "drizzle-orm";
import { unzipSync } from "fflate";
import type { Application } from "../../src/create-application.ts";
import { parseTemplate } from "../../src/templates/load-template.ts";
import { paragraphXmls, readDocx, textOf } from "./docx-reader.ts";

export const PHOTO_TEMPLATE = {
  key: "anh-hoat-dong",
  version: 1,
  title: "Báo cáo có ảnh",
  document: { type: "BÁO CÁO", typeCode: "BC", summary: "Kết quả hoạt động năm {year}" },
  sections: [
    { heading: "Kết quả", fields: [{ id: "summary", type: "paragraph", prompt: "Tóm tắt kết quả hoạt động" }] },
    {
      heading: "Phụ lục ảnh",
      fields: [
        { id: "photos", type: "photo", prompt: "Gửi ảnh hoạt động của đơn vị", maxItems: 3 },
        { id: "more_photos", type: "photo", prompt: "Ảnh khác (nếu có)", required: false },
      ],
    },
  ],
  closing: { fields: [] },
};

export async function usePhotoTemplate(app: Pick<Application, "repos" | "database">): Promise<number> {
  // Checked by the same parser as a template file, so the fixture cannot drift from the schema.
  const template = parseTemplate(PHOTO_TEMPLATE, "photo test template");
  const { id } = await app.repos.templates.storeTemplate(template.key, template.title, template);
  await app.database.run(sql`UPDATE campaigns SET template_id = ${id}`);
  return id;
}

/** The images in a .docx, and the paragraphs around each drawing (its caption is the next one). */
export function docxPhotos(bytes: Uint8Array) {
  const media = Object.entries(unzipSync(bytes))
    .filter(([name]) => name.startsWith("word/media/"))
    .map(([, data]) => Buffer.from(data));
  const paragraphs = paragraphXmls(readDocx(bytes).documentXml);
  const drawings = paragraphs.flatMap((p, i) => (p.includes("<w:drawing>") ? [{ index: i, xml: p, next: paragraphs[i + 1] ?? "" }] : []));
  return { media, paragraphs, drawings, texts: paragraphs.map(textOf) };
}
