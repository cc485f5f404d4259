/**
 * What an image really is, from its bytes, not from the name or type it came with: a JPEG or a PNG
 * (the two a phone or a scanner gives, and the two every Word and LibreOffice version shows), with
 * its pixel size read from the header, so the document can scale it to the text width. Anything
 * else (HEIC, WebP, a .docx renamed .jpg) is refused. Pure: no I/O.
 */

export interface ImageInfo {
  mimeType: "image/jpeg" | "image/png";
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function readImageInfo(bytes: Uint8Array): ImageInfo | undefined {
  if (startsWith(bytes, PNG_SIGNATURE)) return readPng(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return readJpeg(bytes);
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** The IHDR chunk comes first: its width and height are big-endian at offsets 16 and 20. */
function readPng(bytes: Uint8Array): ImageInfo | undefined {
  if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return sized("image/png", view.getUint32(16), view.getUint32(20));
}

/**
 * Walks the JPEG's marker segments to the frame header (SOF0-SOF15 but DHT C4, JPG C8, DAC CC),
 * which holds the height then the width. Each step checks the bounds: a truncated file is refused.
 */
function readJpeg(bytes: Uint8Array): ImageInfo | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    // Fill bytes and markers without a length (TEM, RSTn) stand alone.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    const length = view.getUint16(offset + 2);
    if (length < 2) return undefined;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (offset + 9 > bytes.length) return undefined;
      return sized("image/jpeg", view.getUint16(offset + 7), view.getUint16(offset + 5));
    }
    // Start of scan before any frame header: not a JPEG we can place.
    if (marker === 0xda) return undefined;
    offset += 2 + length;
  }
  return undefined;
}

function sized(mimeType: ImageInfo["mimeType"], width: number, height: number): ImageInfo | undefined {
  return width > 0 && height > 0 ? { mimeType, width, height } : undefined;
}
