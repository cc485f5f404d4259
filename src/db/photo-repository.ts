/**
 * Photos sent for `photo` questions, kept with their submission: written in the update's
 * transaction, listed (without their bytes) for the review, read with their bytes for the document.
 * A photo answer holds only the ids; every read is scoped to its submission, so an id in one
 * unit's answers can never pull another unit's photo into its document.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "./database.ts";
import type { PhotoRow } from "./schema.ts";

export type NewPhoto = Omit<PhotoRow, "id">;

export function createPhotoRepository(database: Database) {
  const { photos } = database.tables;
  const db = () => database.db;
  return {
    async add(photo: NewPhoto): Promise<number> {
      const [row] = await db().insert(photos).values(photo).returning({ id: photos.id });
      return row!.id;
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
