/**
 * Vietnamese typed on a phone without Telex ("treo bang ron khau hieu o cong truong"): read only when
 * every character of the text is plain ASCII (most texts have a mark in their first words) and
 * several of its words are common Vietnamese words without their marks: an English name or a code
 * ("KH-THLC") is no such text. One reading for a unit's answers and an officer's own texts (a
 * campaign's title, a notice), so both are told the same.
 */
import { typedWithoutMarks } from "./fold-vietnamese.ts";

/**
 * Common words of the reports, folded, none an English word ("to", "so", "ban"): two of them make
 * the text Vietnamese. The offices' words ("phuong", "huyen", "giam", "chuyen mon") are here too:
 * "UBND phuong Nam Trieu" at «Nơi nhận» is all names and offices, and went without the note.
 */
const VIETNAMESE_WORDS = new Set(
  ("va cua cho cac nhung duoc trong hoc sinh truong giao vien tuan chuc hoat dong doc sach thu vien nguoi ngay thang ke hoach tuyen truyen bang ron khau hieu phu huynh tham gia voi tai mot khong nha nhan vien lop hieu qua phong trao " +
    "phuong huyen tinh uy giam chuyen mon luu tieu trung").split(" "),
);

/** At most this many words, a text is short: one common Vietnamese word among them is enough. */
const SHORT_WORDS = 4;

/** Whether `text` is Vietnamese typed without a single mark. */
export function readsAsUnmarkedVietnamese(text: string): boolean {
  // A web address or an e-mail is typed without marks everywhere.
  if (!typedWithoutMarks(text) || /:\/\/|www\.|@/.test(text)) return false;
  // The whole text, and each line on its own: a list pasted as lines ("Ban giam hieu\nTo chuyen mon")
  // is short items, and read as one text its six words needed two common words, each line having one.
  return [text, ...text.split(/\r?\n/)].some(readsAsVietnamese);
}

function readsAsVietnamese(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  // A short text (question 1's "KH so 192 ngay 27/9/2026", a unit's name) has few words to count:
  // one common word among four at most makes it Vietnamese; it needed two and went unsaid.
  const needed = words.length <= SHORT_WORDS ? 1 : 2;
  return words.filter((word) => VIETNAMESE_WORDS.has(word)).length >= needed;
}
