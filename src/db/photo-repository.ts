/**
 * Photos sent for `photo` questions, kept with their submission: written in the update's
 * transaction, listed (without their bytes) for the review, read with their bytes for the document.
 * A photo answer holds only the ids; every read is scoped to its submission, so an id in one
 * unit's answers can never pull another unit's photo into its document.
 */
import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import type { Database } from "./database.ts";
import type { PhotoRow } from "./schema.ts";

export type NewPhoto = Omit<PhotoRow, "id">;

export function createPhotoRepository(database: Database) {
  const { photos, submissionVersions } = database.tables;
  const db = () => database.db;
  return {
    async add(photo: NewPhoto): Promise<number> {
      const [row] = await db().insert(photos).values(photo).returning({ id: photos.id });
      return row!.id;
    },

    /**
     * Deletes a question's photos that nothing refers to any more: not in `keep` (the draft's
     * answer) nor in a submitted version. Sending photos and clearing them ("Xóa ảnh") over and
     * over then keeps at most one question's worth, not every photo ever sent.
     */
    async pruneUnused(submissionId: number, fieldId: string, keep: readonly number[]): Promise<void> {
      const versions = await db().select({ answers: submissionVersions.answers }).from(submissionVersions).where(eq(submissionVersions.submissionId, submissionId));
      const submitted = versions.flatMap((v) => {
        const value = (v.answers as Record<string, unknown> | null)?.[fieldId];
        return Array.isArray(value) ? value.filter((id): id is number => typeof id === "number") : [];
      });
      const kept = [...new Set([...keep, ...submitted])];
      const unused = and(eq(photos.submissionId, submissionId), eq(photos.fieldId, fieldId), ...(kept.length > 0 ? [notInArray(photos.id, kept)] : []));
      await db().delete(photos).where(unused);
    },

    /** Each photo's caption by id (no bytes): what the review lists. */
    async captions(submissionId: number): Promise<Record<number, string | undefined>> {
      const rows = await db().select({ id: photos.id, caption: photos.caption }).from(photos).where(eq(photos.submissionId, submissionId));
      return Object.fromEntries(rows.map((r) => [r.id, r.caption ?? undefined]));
    },

    /** The photos `ids` of one submission, with their bytes, for its document. */
    async withContent(submissionId: number, ids: readonly number[]): Promise<PhotoRow[]> {
      if (ids.length === 0) return [];
      return db()
        .select()
        .from(photos)
        .where(and(eq(photos.submissionId, submissionId), inArray(photos.id, [...ids])))
        .orderBy(asc(photos.id));
    },
  };
}

export type PhotoRepository = ReturnType<typeof createPhotoRepository>;
