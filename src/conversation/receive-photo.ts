/**
 * The service's side of a file sent into a report: decides, before the engine steps, whether the
 * file becomes a photo of the open photo question (stored now, in the update's transaction) or is
 * refused (nothing kept), and tells the engine which. The bytes' own signature decides what the
 * file is; the name and type it came with are only kept as notes.
 */
import type { InboundFile } from "../channels/channel.ts";
import type { PhotoRepository } from "../db/photo-repository.ts";
import { readImageInfo } from "../files/image-info.ts";
import { MAX_INBOUND_FILE_BYTES } from "../files/inbound-file-limits.ts";
import type { Template } from "../templates/template-schema.ts";
import type { ConversationState } from "./conversation-state.ts";
import { type PhotoInput, photoIds, photoSlot } from "./engine-photos.ts";

/** Telegram allows 1,024 characters; a longer caption from elsewhere is cut there. */
const MAX_CAPTION = 1024;
const MAX_FILE_NAME = 200;

export interface ReceivePhotoScope {
  file: InboundFile;
  template: Template;
  state: ConversationState;
  /** The report's submission, made if it does not exist yet. */
  submissionId: () => Promise<number>;
  addedBy: string;
  now: number;
  /** The platform delivers a .docx too (channel.ts, receivesFiles). */
  wordFiles: boolean;
}

export async function receivePhoto(photos: PhotoRepository, scope: ReceivePhotoScope): Promise<PhotoInput> {
  const { file } = scope;
  const refused = (reason: Extract<PhotoInput, { kind: "file-refused" }>["reason"]): PhotoInput => ({ kind: "file-refused", reason, wordFiles: scope.wordFiles });
  const slot = photoSlot(scope.template, scope.state);
  if (!slot.ok) return refused(slot.reason);
  if (file.problem === "too-big" || (file.content && file.content.byteLength > MAX_INBOUND_FILE_BYTES)) return refused("too-big");
  if (!file.content) return refused("unavailable");
  const image = readImageInfo(file.content);
  if (!image) return refused("not-image");
  const caption = file.caption?.normalize("NFC").trim().slice(0, MAX_CAPTION);
  const submissionId = await scope.submissionId();
  await photos.pruneUnused(submissionId, slot.field.id, photoIds(scope.state, slot.field.id));
  const photoId = await photos.add({
    submissionId,
    fieldId: slot.field.id,
    caption: caption || null,
    mimeType: image.mimeType,
    fileName: file.fileName?.slice(0, MAX_FILE_NAME) ?? null,
    content: Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength),
    width: image.width,
    height: image.height,
    addedBy: scope.addedBy,
    addedAt: scope.now,
  });
  return { kind: "photo", photoId };
}
