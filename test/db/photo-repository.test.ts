/**
 * The photos repository on SQLite and PostgreSQL: bytes stored and read back unchanged, captions
 * listed without bytes, and every read scoped to its submission (an id from another unit's
 * report reads nothing).
 */
import { describe, expect, it } from "vitest";
import { useTestDbs } from "../helpers/create-test-db.ts";
import { JPEG_16X16, pngBytes } from "../helpers/tiny-images.ts";

const dbs = useTestDbs();

async function twoSubmissions() {
  const { repos } = await dbs.open();
  await repos.officers.upsertUnits([
    { code: "A", name: "Trường A", type: "school" },
    { code: "B", name: "Trường B", type: "school" },
  ]);
  const [a, b] = [(await repos.officers.unitByCode("A"))!.id, (await repos.officers.unitByCode("B"))!.id];
  const { id: templateId } = await repos.templates.storeTemplate("t", "T", {});
  const campaign = await repos.directory.insertCampaign({ templateId, title: "Đợt", issuerName: "UBND", deadlineAt: 1 }, [a, b]);
  const first = await repos.submissions.create(campaign.id, a, 0);
  const second = await repos.submissions.create(campaign.id, b, 0);
  return { repos, first: first.id, second: second.id };
}

const photo = (submissionId: number, content: Buffer, caption: string | null) => ({
  submissionId,
  fieldId: "photos",
  caption,
  mimeType: "image/png",
  fileName: "a.png",
  content,
  width: 2,
  height: 1,
  addedBy: "telegram:1",
  addedAt: 5,
});

describe("photos", () => {
  it("keeps the bytes unchanged and lists captions without them", async () => {
    const { repos, first } = await twoSubmissions();
    const png = pngBytes(2, 1);
    const id1 = await repos.photos.add(photo(first, png, "Lễ khai mạc"));
    const id2 = await repos.photos.add(photo(first, JPEG_16X16, null));
    expect(await repos.photos.captions(first)).toEqual({ [id1]: "Lễ khai mạc", [id2]: undefined });
    const rows = await repos.photos.withContent(first, [id2, id1]);
    expect(rows.map((r) => r.id)).toEqual([id1, id2]);
    expect(Buffer.from(rows[0]!.content).equals(png)).toBe(true);
    expect(Buffer.from(rows[1]!.content).equals(JPEG_16X16)).toBe(true);
    expect(rows[0]).toMatchObject({ fieldId: "photos", width: 2, height: 1, addedBy: "telegram:1", addedAt: 5 });
  });

  it("reads only the submission's own photos", async () => {
    const { repos, first, second } = await twoSubmissions();
    const theirs = await repos.photos.add(photo(second, pngBytes(2, 1), "Ảnh của trường B"));
    expect(await repos.photos.withContent(first, [theirs])).toEqual([]);
    expect(await repos.photos.captions(first)).toEqual({});
    expect(await repos.photos.withContent(first, [])).toEqual([]);
  });

  it("deletes a question's photos nothing refers to, keeping the draft's and those of submitted versions", async () => {
    const { repos, first, second } = await twoSubmissions();
    const add = () => repos.photos.add(photo(first, pngBytes(2, 1), null));
    const [submitted, cleared, draft] = [await add(), await add(), await add()];
    const theirs = await repos.photos.add(photo(second, pngBytes(2, 1), null));
    await repos.submissions.recordSubmit(first, 1, { photos: [submitted] }, { id: "telegram:1", name: "Hoa" }, 6);
    await repos.photos.pruneUnused(first, "photos", [draft]);
    const left = Object.keys(await repos.photos.captions(first)).map(Number);
    expect(left).toEqual([submitted, draft]);
    expect(cleared).not.toBe(draft);
    expect(Object.keys(await repos.photos.captions(second)).map(Number)).toEqual([theirs]);
  });
});
