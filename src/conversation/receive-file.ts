/**
 * Decides what a file sent into a report is, before the engine steps: a Word file already read
 * (its paragraphs matched to the template here: cheap, and the template is known only now), a photo
 * for the photo path (an image, or anything while a photo question is open: that question takes only
 * images and says so), or a file refused with the reason. Nothing of a Word file is stored.
 */
import type { InboundFile } from "../channels/channel.ts";
import type { PhotoRepository } from "../db/photo-repository.ts";
import { isDocx } from "../files/docx-signature.ts";
import { readImageInfo } from "../files/image-info.ts";
import { MAX_INBOUND_FILE_BYTES } from "../files/inbound-file-limits.ts";
import { matchWordToTemplate } from "../word-import/match-word-to-template.ts";
import type { PhotoInput } from "./engine-photos.ts";
import { photoSlot } from "./engine-photos.ts";
import type { WordInput, WordRefusal } from "./engine-word-import.ts";
import { receivePhoto, type ReceivePhotoScope } from "./receive-photo.ts";
import { parseUserInput } from "./user-input.ts";

export async function receiveFile(photos: PhotoRepository, scope: ReceivePhotoScope): Promise<PhotoInput | WordInput> {
  const { file, template, state } = scope;
  const refused = (reason: WordRefusal): WordInput => ({ kind: "word-refused", reason });
  if (file.word) {
    const { answers } = matchWordToTemplate(template, file.word);
    const start = parseUserInput(file.caption ?? "");
    return Object.keys(answers).length > 0 ? { kind: "word", answers, start: start.kind === "command" && start.command === "report" } : refused("no-match");
  }
  // A .docx that reached here unread could not be read (or no reader is configured).
  if (file.problem === "busy") return refused("busy");
  if (file.problem === "unreadable" || (file.content && isDocx(file.content))) return refused("unreadable");
  if (isImage(file) || photoSlot(template, state).ok) return receivePhoto(photos, scope);
  if (file.problem === "too-big" || (file.content && file.content.byteLength > MAX_INBOUND_FILE_BYTES)) return refused("too-big");
  if (!file.content) return refused("unavailable");
  return refused(isOldWord(file) ? "old-word" : "not-docx");
}

/**
 * A Word 97-2003 file (.doc), which clerks still keep: said how to save it as a .docx (told only
 * that the bot reads .docx, the clerk did not know that hers was not one). Its bytes are an OLE
 * container, as an old Excel file's are: the name or the type tells them apart.
 */
function isOldWord(file: InboundFile): boolean {
  const ole = file.content !== undefined && OLE_SIGNATURE.every((byte, i) => file.content![i] === byte);
  return ole && (/\.doc$/i.test(file.fileName ?? "") || file.mimeType === "application/msword");
}
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Images keep the photo path's own answer (stored, or "no photo question now"). */
function isImage(file: InboundFile): boolean {
  return file.content !== undefined && readImageInfo(file.content) !== undefined;
}
