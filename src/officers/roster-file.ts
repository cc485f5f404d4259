/**
 * A roster file's bytes as text, or why not, in the words of someone who saved it from Excel: an
 * .xlsx is no CSV, and a CSV saved as "CSV (Comma delimited)" is in the Windows code page, whose
 * Vietnamese letters read as "Tr�?ng Ti?u h?c" and were printed so on the unit's documents.
 * UTF-8 (with or without its mark) and Excel's "Unicode Text" (UTF-16) are read.
 */
export type RosterText = { ok: true; text: string } | { ok: false; error: string };

const SAVE_AS_CSV = "Trong Excel chọn Lưu Như (Save As) → CSV UTF-8 (Comma delimited) (*.csv), rồi nạp tệp .csv đó.";

export function rosterText(bytes: Uint8Array): RosterText {
  // "PK\3\4": a zip, which is what .xlsx (and .docx, .ods) files are.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return { ok: false, error: `Đây là tệp Excel (.xlsx), không phải CSV. ${SAVE_AS_CSV}` };
  // The old binary .xls.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return { ok: false, error: `Đây là tệp Excel (.xls), không phải CSV. ${SAVE_AS_CSV}` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: `Tệp không được lưu bằng mã UTF-8 (có thể là CSV thường của Excel, mã Windows): tên đơn vị sẽ in sai dấu. ${SAVE_AS_CSV}` };
  }
}
