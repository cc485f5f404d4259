/**
 * Whether bytes are a Word .docx, from the bytes alone (the name and type a file came with are not
 * trusted): a ZIP archive (local header "PK\x03\x04") holding the part `word/document.xml`. ZIP
 * stores entry names uncompressed, so the name is found without unzipping. Pure.
 */

import { zipDeclaredSize } from "./zip-sizes.ts";

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
/** A 100-page report with photos unpacks to a few tens of megabytes; more is not a report. */
export const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024;
const MAIN_PART = Buffer.from("word/document.xml", "latin1");

export function isDocx(bytes: Uint8Array): boolean {
  if (bytes.length < ZIP_LOCAL_HEADER.length || !ZIP_LOCAL_HEADER.every((b, i) => bytes[i] === b)) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(MAIN_PART);
}

/** Whether a .docx unpacks to a size a report can have (refused before any reader opens it). */
export function hasReasonableSize(bytes: Uint8Array): boolean {
  const size = zipDeclaredSize(bytes);
  return size !== undefined && size <= MAX_DOCX_UNPACKED_BYTES;
}
