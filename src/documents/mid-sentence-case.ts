/**
 * A typed item or a template's option as it reads inside a sentence: its first letter in lower
 * case when it opens with a common word ("Hoàn thành tốt" → "hoàn thành tốt", "Loa phát thanh" →
 * "loa phát thanh"), as typed when it opens with a name. Lowering every first letter wrote the
 * schools' and bodies' names wrong in the ward's report: "trường THCS Nam Triệu", "hội Khuyến học".
 */

/**
 * Words that open the names of bodies and events in these reports, capitalised even when the next
 * word is not ("Hội sách", "Đoàn thanh niên", "Phòng Giáo dục và Đào tạo", "Tuần lễ").
 */
const NAME_HEADS: readonly string[] = [
  "hội", "đoàn", "đội", "phòng", "sở", "bộ", "ủy ban", "uỷ ban", "công đoàn", "liên đội", "chi đoàn", "chi bộ",
  "đảng", "ban chấp hành", "mặt trận", "tuần lễ",
];

/**
 * Common nouns that open with a name's head word: "Hội thi kể chuyện", "Đội ngũ giáo viên", "Phòng
 * đọc xanh", "Bộ sách giáo khoa" are no body's name, and are lowered (they kept their capital).
 */
const COMMON_OPENINGS: readonly string[] = [
  "hội thi", "hội thảo", "hội nghị", "hội giảng", "hội diễn", "hội trại", "hội chợ", "hội họp", "đội ngũ", "đội hình",
  "phòng đọc", "phòng học", "phòng máy", "phòng truyền thống", "bộ sách", "bộ tài liệu", "bộ câu hỏi", "bộ đề", "bộ môn",
  "đoàn kết", "đoàn viên", "đoàn đại biểu",
];
/** Names of one word that open items of these reports: the platforms schools post on. */
const BRANDS = new Set(["facebook", "zalo", "youtube", "tiktok", "google", "messenger", "zoom", "microsoft", "fanpage"]);
const opensWith = (folded: string, head: string) => folded === head || (folded.startsWith(head) && /^[\s,.;:]/u.test(folded.slice(head.length)));

/** "Hoàn thành tốt" → "hoàn thành tốt"; a name ("Trường THCS Nam Triệu", "Hội Khuyến học", "UBND phường") as typed. */
export function midSentenceCase(typed: string): string {
  const text = typed.normalize("NFC");
  const [first = "", second = ""] = text;
  // Nothing to lower, or an acronym or a brand ("UBND", "THCS", "iPad"): its second letter is a capital.
  if (first === first.toLowerCase() || (/\p{Lu}/u.test(second) && second !== second.toLowerCase())) return typed;
  const words = text.split(/\s+/u);
  // A name of one word: a brand ("Facebook", "Zalo"), or one with a capital inside ("YouTube": "youTube").
  if (BRANDS.has(words[0]!.toLowerCase().replace(/[,.;:]+$/u, "")) || /\p{Lu}/u.test(words[0]!.slice(1))) return typed;
  // A word followed by a capitalised one opens a name: "Trường THCS …", "Trung tâm Học tập cộng đồng".
  if (/^\p{Lu}/u.test(words[1] ?? "")) return typed;
  const folded = text.toLowerCase();
  if (!COMMON_OPENINGS.some((words) => opensWith(folded, words)) && NAME_HEADS.some((head) => opensWith(folded, head))) return typed;
  return first.toLowerCase() + text.slice(1);
}
