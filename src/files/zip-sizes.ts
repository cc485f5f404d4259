/**
 * What a ZIP archive unpacks to. Its central directory declares each entry's size, read without
 * unpacking: a .docx of a few hundred kilobytes that declares gigabytes of XML is refused before
 * any reader opens it. An archive may lie about those sizes, and the reader (JSZip, in mammoth)
 * inflates whatever the data holds, into buffers outside the worker's capped heap: a 3 MB file
 * declaring 1 KB for 3 GB of XML took 600 MB. So, in the worker and before the reader, each entry
 * is inflated once with its declared size as the limit (unpacksAsDeclared).
 */
import { inflateRawSync } from "node:zlib";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
const STORED = 0;
const DEFLATED = 8;

interface ZipEntry {
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderAt: number;
}

/** The central directory's entries; undefined when it cannot be read. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - END_SEARCH); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  // Every entry the directory holds, not only as many as the end record counts: a reader (JSZip)
  // reads them all, so a count of 0 would hide them from this check.
  while (at + 4 <= bytes.length && view.getUint32(at, true) === CENTRAL_DIRECTORY_ENTRY) {
    if (at + 46 > bytes.length) return undefined;
    const entry = { method: view.getUint16(at + 10, true), compressedSize: view.getUint32(at + 20, true), declaredSize: view.getUint32(at + 24, true), localHeaderAt: view.getUint32(at + 42, true) };
    // 0xffffffff: the size is in a ZIP64 field; a Word report never needs one.
    if (entry.declaredSize === 0xffffffff || entry.compressedSize === 0xffffffff) return undefined;
    entries.push(entry);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries.length === count ? entries : undefined;
}

/** The sum of the entries' declared uncompressed sizes; undefined when the directory cannot be read. */
export function zipDeclaredSize(bytes: Uint8Array): number | undefined {
  return zipEntries(bytes)?.reduce((total, entry) => total + entry.declaredSize, 0);
}

/**
 * Whether every entry unpacks to no more than its declared size (inflating stops at that size, so a
 * lie costs at most what was declared). Only stored and deflated entries, as Word writes them.
 */
export function unpacksAsDeclared(bytes: Uint8Array): boolean {
  const entries = zipEntries(bytes);
  if (!entries) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const header = entry.localHeaderAt;
    if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_FILE_HEADER) return false;
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    if (start + entry.compressedSize > bytes.length) return false;
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.declaredSize) return false;
    } else if (entry.method === DEFLATED) {
      try {
        inflateRawSync(bytes.subarray(start, start + entry.compressedSize), { maxOutputLength: Math.max(1, entry.declaredSize) });
      } catch {
        return false;
      }
    } else return false;
  }
  return true;
}
