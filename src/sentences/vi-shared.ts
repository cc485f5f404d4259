/**
 * What several areas' sentences share (vi.ts): an answer quoted and clipped, question numbers in words,
 * the closing of a campaign in words.
 */
import { bareItem } from "../consolidation/joined-items.ts";

/**
 * A campaign named by its number and title: 'đợt 3 "Tuần lễ học tập"'. A title that says its own
 * đợt ("Đợt hai", "Báo cáo … (đợt 2)") comes first, the number after it as what the commands take:
 * '"Đợt hai" (số 3)'; 'đợt 3 "Đợt hai"' named the campaign twice, the two numbers contradicting.
 * `lead`: the words before the number otherwise ("Đợt" opening a sentence, "đợt báo cáo số").
 * `note`: said of it in brackets, with the number when it follows the title (not a second bracket).
 */
export const campaignNamed = (id: number, title: string, lead = "đợt", note?: string) =>
  NAMES_ITS_DOT.test(title.normalize("NFC").toLowerCase()) ? campaignTitleFirst(id, title, note) : `${lead} ${id} "${title}"${note ? ` (${note})` : ""}`;
/** Title first for every campaign: where several are listed (/trangthai's headings) one form reads alike for all. */
export const campaignTitleFirst = (id: number, title: string, note?: string) => `"${title}" (số ${id}${note ? `, ${note}` : ""})`;
/** "đợt" as a word, or "dot" typed without marks; not "đột" ("Báo cáo đột xuất"), which folds alike. */
const NAMES_ITS_DOT = /(?<!\p{L})(?:đợt|dot)(?!\p{L})/u;

/**
 * A report by its campaign's title: 'Báo cáo "Đợt mới"'; a title that already says it is a report
 * ("Báo cáo kết quả Tuần lễ …", "bao cao …" typed without marks) stands alone, quoted: 'Báo cáo
 * "Báo cáo kết quả …"' said the word twice.
 */
export const reportNamed = (title: string) => (SAYS_REPORT.test(title.normalize("NFC")) ? `"${title}"` : `Báo cáo "${title}"`);
const SAYS_REPORT = /^\s*(?:báo cáo|bao cao)(?!\p{L})/iu;
/**
 * The same inside a sentence, after a verb or "của": 'Bắt đầu báo cáo "Đợt mới"', 'Bắt đầu "Báo
 * cáo kết quả …"'; 'Bắt đầu báo cáo "Báo cáo kết quả …"' said the word twice.
 */
export const theReport = (title: string) => (SAYS_REPORT.test(title.normalize("NFC")) ? `"${title}"` : `báo cáo "${title}"`);

/** Why a closed campaign's report is not taken, and whom to ask: /baocao, /trangthai and a message to it say it alike. */
export const notTakenAfterClose = (issuer: string) =>
  `Đợt này không nhận báo cáo nộp muộn nên báo cáo của đơn vị không nộp được nữa; nếu cần nộp, vui lòng liên hệ cán bộ phụ trách của ${issuer}.`;

/** How the report the chat works on is corrected, after a request about another campaign's. */
export const thisReportCorrection = (current: string) => `Nhóm đang làm ${theReport(current)}; để sửa một câu của báo cáo này, gõ "sửa câu <số câu>: <câu trả lời mới>".`;

/** /tonghop's draft: who may still come in, and how; nothing when none may (all in, or closed refusing late reports). */
export const consolidateLater = (id: number, missingMayCome: boolean, returned: boolean, refusing: boolean): string => {
  if (missingMayCome) return `Các đơn vị nộp sau sẽ được đưa vào khi gõ lại /tonghop ${id}. `;
  if (!returned) return "";
  return refusing ? `Khi các đơn vị bị trả lại nộp lại, gõ lại /tonghop ${id} để đưa vào. ` : `Các đơn vị nộp sau sẽ được đưa vào khi gõ lại /tonghop ${id}. `;
};

/**
 * Units with a report in progress in another campaign, which they finish first: `open` in one still
 * open, `late` in one closed that still takes their report (it read "còn mở" of those too). Late
 * reports, or a report returned for correction where late ones are refused: "vẫn nhận báo cáo nộp
 * muộn" was untrue of the second.
 */
export const officerBusyNote = (open: number, late = 0) => {
  const n = open + late;
  const closed = "đã đóng nhưng vẫn nhận báo cáo của đơn vị";
  const where = late === 0 ? "khác còn mở" : open === 0 ? closed : `khác (${open} đơn vị ở đợt còn mở, ${late} đơn vị ở đợt ${closed})`;
  return `Lưu ý: ${n} đơn vị đang làm dở báo cáo của đợt ${where}; nhóm của ${n === 1 ? "đơn vị" : "các đơn vị"} này hoàn thành báo cáo đó trước, rồi mới sang đợt mới.`;
};

/**
 * A long answer quoted back by its start: the member typed it a moment ago. Cut where a word ends
 * (a space or a line break, or the end of the `max` characters when a space follows them): "khẩu
 * hiệ…" read as a typo of the clerk's. Only a start with no space in its last two thirds (a link,
 * a code) is cut inside it.
 */
export const clipped = (text: string, max: number) => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  // A bracket left open is left out whole: "(mỗi dòng một hoạt…" cut a prompt's note in its middle.
  const open = cut.lastIndexOf("(");
  const end = open > max * 0.3 && cut.indexOf(")", open) < 0 ? open : cut.search(/\s\S*$/u);
  return `${(end > max * 0.3 ? cut.slice(0, end) : cut.slice(0, max)).replace(/[\s,;:.…]+$/u, "")}…`;
};
/**
 * An answer quoted inside a sentence: on one line (a list's items, their "- " and their own closing
 * ";" or "." taken off, joined by ";" as the ward's report joins them), clipped.
 */
export const quoted = (text: string, max: number) =>
  clipped(
    text
      .split("\n")
      .map((line) => bareItem(line.replace(/^\s*[-•*+]\s+/u, "").trim()))
      .filter((line) => line !== "")
      .join("; "),
    max,
  );
/** A sentence ended after a quoted answer: no "." after its own "…", "." or "?". */
export const ended = (text: string) => (/[.…!?]$/u.test(text) ? text : `${text}.`);
/** Question numbers as a clerk reads them: "4", "3–9 và 12", "2, 5 và 7" (a run of three or more as a range). */
export const numberList = (numbers: readonly number[]) => {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${numbers[i]}–${numbers[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(numbers[k]));
    i = j + 1;
  }
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} và ${parts.at(-1)}`;
};
/** Who has the title a new campaign was given: an open campaign, or one closed still taking late reports (opening-problems.ts). */
export const titleTakenBy = (id: number, closed: boolean) => `Đợt báo cáo số ${id} ${closed ? "đã đóng nhưng vẫn nhận báo cáo nộp muộn, có" : "đang mở có"}`;

/**
 * What closing a campaign does, asked before it is closed: the chat's /dotbaocao dong and the web
 * page's close button say the same. `deadline`: the campaign's, and whether it has passed (said
 * either way: past it, "Còn 1 đơn vị chưa nộp" alone left the officer to work it out); `refusesLate`:
 * the campaign's policy for reports after it closes.
 */
export const closeEffects = (notSubmitted: number, refusesLate: boolean, deadline: { at: string; passed: boolean }) => {
  const due = `Hạn nộp (${deadline.at}) ${deadline.passed ? "đã qua" : "chưa đến"}. `;
  // Every unit in: nothing is said of units not submitted (it said they would be told, "dù hạn nộp chưa đến").
  if (notSubmitted === 0) return `${due}Mọi đơn vị đã nộp. Đã đóng thì không mở lại được.`;
  const after = refusesLate ? "báo cáo không được nhận nữa" : "báo cáo nộp sau đó vẫn được nhận nhưng ghi là nộp muộn";
  return `${due}Còn ${notSubmitted} đơn vị chưa nộp; sau khi đóng, ${after}${deadline.passed ? "" : ", dù hạn nộp chưa đến"}. Các đơn vị chưa nộp sẽ được báo tin. Đã đóng thì không mở lại được.`;
};

/** A question's prompt quoted inside a sentence: without its closing "?", ":" or ".". */
export const barePrompt = (prompt: string) => prompt.replace(/[\s?:.]+$/u, "");

/** How to give a figure or a date alone to the earlier question it was meant for: that one named when known. */
export const meantForEarlier = (typed: string, question?: { n: number; prompt: string }) =>
  question
    ? `nếu đó là câu trả lời cho câu ${question.n} «${clipped(question.prompt, 60)}», gõ: sửa câu ${question.n}: ${typed}.`
    : `nếu đó là câu trả lời cho một câu trước, gõ: sửa câu <số của câu đó>: ${typed}.`;

/** At most ten units named in a document's note, the others counted. */
export const unitNames = (names: string[]) => (names.length > 10 ? `${names.slice(0, 10).join(", ")} và ${names.length - 10} đơn vị khác` : names.join(", "));

export const counterpartMark = (builtIn: boolean) => (builtIn ? "mẫu có sẵn" : "tệp của mẫu đó không đổi");
export const counterpartWayOut = (key: string, builtIn: boolean) =>
  builtIn ? "cho «consolidatedBy» chỉ tới một mẫu tổng hợp của riêng bạn" : `sửa cả «from» trong tệp của «${key}» rồi gõ /mau nap`;

/**
 * A submitted report's lateness, after "đã nộp": "after-close" when it came after an early close,
 * before the deadline shown beside it (a bare "muộn" there read as a contradiction). The chat's
 * /trangthai, the web board and a unit's page say it alike.
 */
export const lateMark = (late: boolean | "after-close") => (late === "after-close" ? " (muộn: sau khi đợt đóng, trước hạn nộp)" : late ? " (muộn)" : "");
