/**
 * A user's .docx may lie about what it unpacks to: the declared sizes are checked before any reader
 * opens it, and the true ones, in the reader's worker, by inflating each entry no further than it
 * declares.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { unpacksAsDeclared, zipDeclaredSize } from "../../src/files/zip-sizes.ts";
import { docxFromParagraphs } from "../helpers/seed-docx.ts";

const XML_BYTES = 4 * 1024 * 1024;
const archive = (level: 0 | 1) => Buffer.from(zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": new Uint8Array(XML_BYTES).fill(0x20) }, { level }));

/** The archive with word/document.xml declared as `size` bytes, in its central directory and its local header. */
function declaring(zip: Buffer, size: number): Buffer {
  const lying = Buffer.from(zip);
  const name = Buffer.from("word/document.xml");
  for (let at = 0; at < lying.length - 4; at++) {
    const signature = lying.readUInt32LE(at);
    if (signature === 0x02014b50 && lying.subarray(at + 46, at + 46 + name.length).equals(name)) lying.writeUInt32LE(size, at + 24);
    if (signature === 0x04034b50 && lying.subarray(at + 30, at + 30 + name.length).equals(name)) lying.writeUInt32LE(size, at + 22);
  }
  return lying;
}

describe("a ZIP's sizes", () => {
  it("passes a Word file whose entries unpack to what they declare", async () => {
    const word = await docxFromParagraphs(["1. Công tác chỉ đạo", "Đã ban hành kế hoạch."], "typed");
    expect(unpacksAsDeclared(word)).toBe(true);
    expect(unpacksAsDeclared(archive(1))).toBe(true);
    expect(zipDeclaredSize(archive(1))).toBe(XML_BYTES + 8);
  });

  it("refuses an entry that unpacks to more than it declares, deflated or stored, though its declared total looks small", () => {
    for (const zip of [declaring(archive(1), 1000), declaring(archive(0), 1000)]) {
      expect(zipDeclaredSize(zip)).toBe(1008);
      expect(unpacksAsDeclared(zip)).toBe(false);
    }
  });

  it("counts every entry of the directory, not the end record's count: a count of 0 hid them all", () => {
    const zip = archive(1);
    const hidden = Buffer.from(zip);
    const end = hidden.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    hidden.writeUInt16LE(0, end + 8);
    hidden.writeUInt16LE(0, end + 10);
    expect(zipDeclaredSize(hidden)).toBeUndefined();
    expect(unpacksAsDeclared(hidden)).toBe(false);
  });

  it("refuses what is not a ZIP it can read", () => {
    expect(unpacksAsDeclared(Buffer.from("PK\u0003\u0004 not a zip"))).toBe(false);
  });
});
