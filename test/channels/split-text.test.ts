/**
 * Text cut for a platform's limit, measured as the platform counts it (Telegram after HTML
 * escaping): every part within the limit, none cut shorter than it must be, nothing lost, and
 * a line measured a few times, not once per character (a line of "&" escapes to five times its
 * length: cut a character at a time, one message held the event loop for a second).
 */
import { expect, it } from "vitest";
import { splitText } from "../../src/channels/split-text.ts";
import { escapeHtml } from "../../src/channels/telegram/render-telegram-message.ts";

it("cuts a line of characters that escape long into parts as full as the limit allows, measuring each cut a few times", () => {
  let measured = 0;
  const measure = (s: string) => {
    measured++;
    return escapeHtml(s).length;
  };
  const line = "&".repeat(4_000);
  const parts = splitText(line, 4_076, measure);
  // 815 escaped "&" fit in 4,076 characters (5 each): every part but the last holds exactly that.
  expect(parts.slice(0, -1).map((p) => p.length)).toEqual([815, 815, 815, 815]);
  expect(parts.join("")).toBe(line);
  for (const part of parts) expect(escapeHtml(part).length).toBeLessThanOrEqual(4_076);
  expect(measured).toBeLessThan(120);
});

it("cuts a long line at a space in its second half, and keeps lines whole where they fit", () => {
  const words = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(" ");
  const parts = splitText(`Dòng đầu\n${words}`, 100);
  for (const part of parts) expect(part.length).toBeLessThanOrEqual(100);
  // The first line whole; the long one cut between words, no word in two.
  expect(parts[0]).toBe("Dòng đầu");
  expect(parts.slice(1).join(" ").split(" ")).toEqual(words.split(" "));
  expect(parts.slice(1, -1).every((p) => p.length > 50)).toBe(true);
});

it("never cuts an emoji in two where a long line without spaces is cut (each part sent a broken character)", () => {
  const line = `${"a".repeat(1_999)}😀${"b".repeat(100)}`;
  const parts = splitText(line, 2_000, (s) => s.length);
  // No part ends with the first half of a pair or opens with the second.
  expect(parts.filter((part) => /[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/.test(part))).toEqual([]);
  expect(parts.join("")).toBe(line);
  expect(parts[0]).toBe("a".repeat(1_999));
});
