/**
 * The signer's position and name are two questions, and clerks answer both at once ("HIỆU TRƯỞNG -
 * Nguyễn Văn Bình" to the position, "Hiệu trưởng Đỗ Thu Trang" to the name): stored as typed, the
 * document printed the name in capitals under the position, or the position above the signature
 * twice. Such an answer is asked again, saying what the question wants.
 */
import type { Field, Template } from "../templates/template-schema.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { fieldById } from "../templates/template-fields.ts";
import { vi } from "../sentences/vi.ts";
import { parseYesNo } from "../templates/parse-yes-no.ts";
import { AUTHORITY_LINE } from "./authority-forms.ts";

/**
 * How positions of signers begin, in lower case with their tone marks ("trưởng phòng", never the
 * surname in "Trương Phong"), a deputy's "phó" first; those no name can begin with also without marks.
 */
const POSITION = /^(?:phó\s+)?(?:hiệu trưởng|p?ht|chủ tịch|giám đốc|trưởng phòng|trưởng ban|trưởng trạm|tổ trưởng|bí thư|thủ trưởng|chánh văn phòng)(?=[\s,:–-]|$)/u;
const POSITION_UNMARKED = /^(?:pho\s+)?(?:hieu truong|p?ht|chu tich|giam doc)(?=[\s,:–-]|$)/;

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

/**
 * A list's bullet before an authority line (authority-forms.ts). Anything else at the authority
 * question ("Hiệu trưởng", "Hiệu trưởng ký trực tiếp ạ") was printed in capitals above the signature.
 */
const BULLET = /^[-•+*]\s*/;
/** "ký trực tiếp", "hiệu trưởng trực tiếp ký", "không ký thay", folded: the question left out, as its hint says. */
const SIGNS_DIRECTLY = /\btruc tiep\b|\bkhong ky thay\b/;

/** Said at the authority question: the head signs, there is no authority to print. */
export function signsDirectly(template: Template, field: Field, text: string): boolean {
  return field.id === template.closing.signerAuthority && !field.required && text.length <= 80 && SIGNS_DIRECTLY.test(foldVietnamese(text));
}

/**
 * "HT - Nguyễn Văn Bình", "HT. Nguyễn Văn Bình", "Hiệu trưởng Nguyễn Văn Bình": a signer's position,
 * then a name (one line, a list's closing ";" or "." aside). "Hiệu trưởng (để b/c)" names no one.
 */
export function isPositionThenName(line: string): boolean {
  // "HT." is the abbreviation's own dot, not the end of the position.
  const trimmed = line.trim().normalize("NFC").replace(/^((?:phó\s+|pho\s+)?p?ht)\.\s*/iu, "$1 ").replace(/\s*[;.]$/, "");
  const position = positionAt(trimmed);
  const after = position === undefined ? undefined : trimmed.slice(position).replace(/^[\s,:–-]+/, "");
  return after !== undefined && after !== "" && isName(after);
}

/** Why the answer to the signer's authority, position or name is asked again, if it is. */
export function signerAnswerProblem(template: Template, field: Field, text: string): string | undefined {
  const { signerAuthority, signerPosition, signerName } = template.closing;
  if (field.id === signerAuthority) return authorityProblem(text);
  // Every answer passes here: only the signer's questions are read (folding a paragraph is not free).
  if (field.id !== signerPosition && field.id !== signerName) return undefined;
  const trimmed = text.trim().normalize("NFC");
  // "Có", "ok", "Không": an answer to another question (the confirmation /nop asks, in the clerk's
  // mind), printed in the signature block as the signer's position or name.
  if (trimmed.length <= 12 && parseYesNo(trimmed).ok) return vi.report.signerNotYesNo(trimmed, field.id === signerPosition);
  const position = positionAt(trimmed);
  const after = position === undefined ? undefined : trimmed.slice(position).replace(/^[\s,:–-]+/, "");
  // "Hiệu trưởng Đỗ Thu Trang": a position, then a name; "Hiệu trưởng" alone: no name at all.
  if (field.id === signerName && after !== undefined && (after === "" || isName(after))) return vi.report.nameOnly;
  if (field.id === signerPosition) {
    // "HIỆU TRƯỞNG - Nguyễn Văn Bình", "Hiệu trưởng Nguyễn Văn Bình": a name after the position
    // (in capitals, "HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC" is the position's own words).
    const named = after ?? trimmed.split(/\s+[–-]\s+/)[1];
    if (named && named !== named.toUpperCase() && isName(named)) return vi.report.positionOnly;
  }
  return undefined;
}

/** Each line of the authority (the ward's is a list, one line a level) begins with how one signs for another. */
function authorityProblem(text: string): string | undefined {
  const lines = text.split("\n").map((line) => foldVietnamese(line)).filter((line) => line !== "");
  return lines.every((line) => AUTHORITY_LINE.test(line.replace(BULLET, ""))) ? undefined : vi.report.authorityOnly;
}

/**
 * A deputy's position ("Phó hiệu trưởng") with no authority given: a deputy signs for the head, and
 * the decree's block then reads "KT. HIỆU TRƯỞNG" above it. Said, with the line to type (`authorityNumber`:
 * the authority question's number), not refused: the clerk may know better.
 */
export function deputyNote(template: Template, field: Field, value: unknown, authority: unknown, authorityNumber: number | undefined): string | undefined {
  if (field.id !== template.closing.signerPosition || typeof value !== "string" || authorityNumber === undefined) return undefined;
  if (authority !== null && authority !== undefined) return undefined;
  // The chairman of a People's Committee signs for it (Decree 30): "TM. ỦY BAN NHÂN DÂN" above "CHỦ TỊCH".
  if (foldVietnamese(value.trim().toLowerCase()).replace(/[.\s]+$/, "") === "chu tich") return vi.report.chairmanWithoutAuthority(authorityNumber);
  const deputy = /^ph[óo]\s+(.+)$/iu.exec(value.trim());
  if (!deputy) return undefined;
  const line = `KT. ${deputy[1]!.toUpperCase()}`;
  // The ward's authority is a list, a level a line ("TM. ỦY BAN NHÂN DÂN" above "KT. CHỦ TỊCH"):
  // the one line alone would not be the whole block.
  const list = fieldById(template, template.closing.signerAuthority ?? "")?.type === "bullet-list";
  return list ? vi.report.deputyWithoutAuthorityLines(line, authorityNumber) : vi.report.deputyWithoutAuthority(line, authorityNumber);
}
