/**
 * The photos a report's answers name, read with their bytes for its document. Only ids under the
 * template's photo fields count, and only photos of the same submission are read.
 */
import type { PhotoRepository } from "../db/photo-repository.ts";
import type { Answers } from "../templates/field-visibility.ts";
import { listFields } from "../templates/template-fields.ts";
import type { Template } from "../templates/template-schema.ts";
import type { DocumentPhoto } from "./report-content.ts";

export async function loadDocumentPhotos(photos: PhotoRepository, submissionId: number, template: Template, answers: Answers): Promise<Map<number, DocumentPhoto>> {
  const ids = listFields(template)
    .filter((p) => p.field.type === "photo")
    .flatMap((p) => {
      const value = answers[p.field.id];
      return Array.isArray(value) ? value.filter((v): v is number => typeof v === "number") : [];
    });
  const found = new Map<number, DocumentPhoto>();
  // Most reports have no photo question: no read at all.
  if (ids.length === 0) return found;
  for (const row of await photos.withContent(submissionId, ids)) {
    // Kept only as JPEG or PNG with a size (receive-photo checked the bytes), so this always holds.
    if (row.width === null || row.height === null) continue;
    const type = row.mimeType === "image/png" ? "png" : "jpg";
    found.set(row.id, { content: row.content, type, width: row.width, height: row.height, caption: row.caption ?? undefined });
  }
  return found;
}
