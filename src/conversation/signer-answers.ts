/**
 * The signer's position and name are two questions, and clerks answer both at once ("HIỆU TRƯỞNG -
 * Nguyễn Văn Bình" to the position, "Hiệu trưởng Đỗ Thu Trang" to the name): stored as typed, the
 * document printed the name in capitals under the position, or the position above the signature
 * twice. Such an answer is asked again, saying what the question wants.
 */
import type { Field, Template } from "../templates/template-schema.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { vi } from "../sentences/vi.ts";

/**
 * How positions of signers begin, in lower case with their tone marks ("trưởng phòng", never the
 * surname in "Trương Phong"), a deputy's "phó" first; those no name can begin with also without marks.
 */
const POSITION = /^(?:phó\s+)?(?:hiệu trưởng|chủ tịch|giám đốc|trưởng phòng|trưởng ban|trưởng trạm|tổ trưởng|bí thư|thủ trưởng|chánh văn phòng)(?=[\s,:–-]|$)/u;
const POSITION_UNMARKED = /^(?:pho\s+)?(?:hieu truong|chu tich|giam doc)(?=[\s,:–-]|$)/;

/** The position a text begins with, as long as it was typed. */
const positionAt = (text: string) => POSITION.exec(text.toLowerCase())?.[0].length ?? (POSITION_UNMARKED.test(foldVietnamese(text)) ? POSITION_UNMARKED.exec(foldVietnamese(text))![0].length : undefined);

/** Two to five words each starting with a capital: a person's name ("Nguyễn Văn Bình"). */
const NAME_SHAPE = /^(?:\p{Lu}[\p{L}]*\s+){1,4}\p{Lu}[\p{L}]*$/u;
/**
 * How the name of a body begins, lower case with tone marks ("Trường THCS Nguyễn Du", "UBND
 * Phường Bến Nghé", "Tổ Văn"): after a position it is where the signer works, not who signs.
 */
const BODY_START = /^(?:trường|trung tâm|ubnd|uỷ ban|ủy ban|phòng|sở|tổ|đoàn|ban|hội|chi bộ|đảng uỷ|đảng ủy|công đoàn|phường|xã|thư viện|lớp|khối|liên đội)(?=\s|$)/u;
/** Vietnamese surnames, folded (a clerk may type "Nguyen Van Binh"): a person's name begins with one. */
const SURNAMES = new Set(
  "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dao vuong trinh truong lam phung mai to ha ta cao luong dinh quach luu kieu chu dam thai doan khuc trieu tang hua mac nong luc giang au".split(" "),
);
/**
 * A person's name: the shape, beginning with a surname, no abbreviation in capitals ("THCS"), not a
 * body's name ("Trưởng ban Tuyên Giáo", "Hiệu trưởng Mầm Non Hoa Sen" name where the signer works).
 */
const isName = (text: string) =>
  NAME_SHAPE.test(text) && SURNAMES.has(foldVietnamese(text.split(/\s+/)[0]!)) && !/\b\p{Lu}{2,}\b/u.test(text) && !BODY_START.test(text.toLowerCase());

/** Why the answer to the signer's position or name is asked again, if it is. */
export function signerAnswerProblem(template: Template, field: Field, text: string): string | undefined {
  const { signerPosition, signerName } = template.closing;
  // Every answer passes here: only the two questions are read (folding a paragraph is not free).
  if (field.id !== signerPosition && field.id !== signerName) return undefined;
  const trimmed = text.trim().normalize("NFC");
  const position = positionAt(trimmed);
  const after = position === undefined ? undefined : trimmed.slice(position).replace(/^[\s,:–-]+/, "");
  // "Hiệu trưởng Đỗ Thu Trang": a position, then a name.
  if (field.id === signerName && after && isName(after)) return vi.report.nameOnly;
  if (field.id === signerPosition) {
    // "HIỆU TRƯỞNG - Nguyễn Văn Bình", "Hiệu trưởng Nguyễn Văn Bình": a name after the position
    // (in capitals, "HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC" is the position's own words).
    const named = after ?? trimmed.split(/\s+[–-]\s+/)[1];
    if (named && named !== named.toUpperCase() && isName(named)) return vi.report.positionOnly;
  }
  return undefined;
}
