/**
 * Every Vietnamese sentence the bot says, in one place. Functions take the variable parts so
 * grammar and punctuation stay here, not in the code that decides what to say.
 */
import { bareItem } from "../consolidation/joined-items.ts";
import { web, webActions, webActivity, webBoard, webBoardForms, webCampaignForm, webClosedMeanwhile, webNotices, webOfficersHear, webOpenedNotes, webSubmission } from "./vi-web.ts";

/** Why a closed campaign's report is not taken, and whom to ask: /baocao, /trangthai and a message to it say it alike. */
const notTakenAfterClose = (issuer: string) =>
  `Đợt này không nhận báo cáo nộp muộn nên báo cáo của đơn vị không nộp được nữa; nếu cần nộp, vui lòng liên hệ cán bộ phụ trách của ${issuer}.`;

/** How the report the chat works on is corrected, after a request about another campaign's. */
const thisReportCorrection = (current: string) => `Nhóm đang làm báo cáo "${current}"; để sửa một câu của báo cáo này, gõ "sửa câu <số câu>: <câu trả lời mới>".`;

/** /tonghop's draft: who may still come in, and how; nothing when none may (all in, or closed refusing late reports). */
const consolidateLater = (id: number, missingMayCome: boolean, returned: boolean, refusing: boolean): string => {
  if (missingMayCome) return `Các đơn vị nộp sau sẽ được đưa vào khi gõ lại /tonghop ${id}. `;
  if (!returned) return "";
  return refusing ? `Khi các đơn vị bị trả lại nộp lại, gõ lại /tonghop ${id} để đưa vào. ` : `Các đơn vị nộp sau sẽ được đưa vào khi gõ lại /tonghop ${id}. `;
};

/** Units with a report in progress in another open campaign, which they finish first. */
const officerBusyNote = (n: number) =>
  `Lưu ý: ${n} đơn vị đang làm dở báo cáo của đợt khác còn mở; nhóm của ${n === 1 ? "đơn vị" : "các đơn vị"} này hoàn thành báo cáo đó trước, rồi mới sang đợt mới.`;

/**
 * A long answer quoted back by its start: the member typed it a moment ago. Cut where a word ends
 * (a space or a line break, or the end of the `max` characters when a space follows them): "khẩu
 * hiệ…" read as a typo of the clerk's. Only a start with no space in its last two thirds (a link,
 * a code) is cut inside it.
 */
const clipped = (text: string, max: number) => {
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
const quoted = (text: string, max: number) =>
  clipped(
    text
      .split("\n")
      .map((line) => bareItem(line.replace(/^\s*[-•*+]\s+/u, "").trim()))
      .filter((line) => line !== "")
      .join("; "),
    max,
  );
/** A sentence ended after a quoted answer: no "." after its own "…", "." or "?". */
const ended = (text: string) => (/[.…!?]$/u.test(text) ? text : `${text}.`);
/** Question numbers as a clerk reads them: "4", "3–9 và 12", "2, 5 và 7" (a run of three or more as a range). */
const numberList = (numbers: readonly number[]) => {
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
/**
 * What closing a campaign does, asked before it is closed: the chat's /dotbaocao dong and the web
 * page's close button say the same. `deadline`: when it has not passed yet; `refusesLate`: the
 * campaign's policy for reports after it closes.
 */
const closeEffects = (notSubmitted: number, refusesLate: boolean, deadline?: string) => {
  const due = deadline ? `Hạn nộp (${deadline}) chưa đến. ` : "";
  // Every unit in: nothing is said of units not submitted (it said they would be told, "dù hạn nộp chưa đến").
  if (notSubmitted === 0) return `${due}Mọi đơn vị đã nộp. Đã đóng thì không mở lại được.`;
  const after = refusesLate ? "báo cáo không được nhận nữa" : "báo cáo nộp sau đó vẫn được nhận nhưng ghi là nộp muộn";
  return `${due}Còn ${notSubmitted} đơn vị chưa nộp; sau khi đóng, ${after}${deadline ? ", dù hạn nộp chưa đến" : ""}. Các đơn vị chưa nộp sẽ được báo tin. Đã đóng thì không mở lại được.`;
};

/** A question's prompt quoted inside a sentence: without its closing "?", ":" or ".". */
export const barePrompt = (prompt: string) => prompt.replace(/[\s?:.]+$/u, "");

/** How to give a figure or a date alone to the earlier question it was meant for: that one named when known. */
const meantForEarlier = (typed: string, question?: { n: number; prompt: string }) =>
  question
    ? `nếu đó là câu trả lời cho câu ${question.n} «${clipped(question.prompt, 60)}», gõ: sửa câu ${question.n}: ${typed}.`
    : `nếu đó là câu trả lời cho một câu trước, gõ: sửa câu <số của câu đó>: ${typed}.`;

/** At most ten units named in a document's note, the others counted. */
const unitNames = (names: string[]) => (names.length > 10 ? `${names.slice(0, 10).join(", ")} và ${names.length - 10} đơn vị khác` : names.join(", "));

const counterpartMark = (builtIn: boolean) => (builtIn ? "mẫu có sẵn" : "tệp của mẫu đó không đổi");
const counterpartWayOut = (key: string, builtIn: boolean) =>
  builtIn ? "cho «consolidatedBy» chỉ tới một mẫu tổng hợp của riêng bạn" : `sửa cả «from» trong tệp của «${key}» rồi gõ /mau nap`;

export const vi = {
  web: { ...web, board: webBoard, notices: webNotices, closedMeanwhile: webClosedMeanwhile, openedNotes: webOpenedNotes, actions: webActions, boardForms: webBoardForms, submission: webSubmission, campaignForm: webCampaignForm, activity: webActivity, officersHear: webOfficersHear },
  parse: {
    empty: "Câu trả lời đang trống. Vui lòng nhập nội dung.",
    noContent: "Câu trả lời chưa có chữ hay số nào. Vui lòng nhập nội dung, hoặc gõ /boqua nếu câu này không bắt buộc.",
    looksLikeTalk: "Tin nhắn này có vẻ gửi cho người trong nhóm nên chưa được lưu làm câu trả lời. Nếu đó là câu trả lời, vui lòng gõ lại phần nội dung (không kèm lời gọi).",
    asksHowToSend: "Tin nhắn này hỏi cách nộp nên chưa được lưu làm câu trả lời. Khi đã trả lời xong các câu, gõ /nop để nộp báo cáo (gõ /xem để xem lại trước). Câu đang hỏi:",
    looksLikeQuestion: "Tin nhắn này là một câu hỏi nên chưa được lưu làm câu trả lời. Gõ /trogiup để xem hướng dẫn, hoặc gõ câu trả lời cho câu hỏi dưới đây.",
    asksAboutQuestion:
      "Tin nhắn này là câu hỏi về câu đang hỏi nên chưa được lưu làm câu trả lời. Câu hỏi được nhắc lại dưới đây, kèm gợi ý nếu có; nếu vẫn chưa rõ, hãy hỏi cán bộ phụ trách rồi gõ câu trả lời.",
    /** "ok chị", "đợi em chút", "em đi họp đã": the group's own talk where a question is asked; the question follows. */
    casualTalk: "Tin nhắn này có vẻ là lời trao đổi trong nhóm nên chưa được lưu vào báo cáo. Câu đang hỏi:",
    /** The group's talk at a figure question: one short line, what is asked and an example. */
    figureAsked: (n: number, prompt: string, example: string) => `Câu ${n} cần gõ một số: ${prompt}. Ví dụ: ${example}.`,
    looksLikeGreeting: "Tin nhắn này là lời chào trong nhóm nên chưa được lưu làm câu trả lời. Nếu đó là câu trả lời, vui lòng gõ lại phần nội dung (không kèm lời chào).",
    answersLater:
      "Tin nhắn này hẹn bổ sung sau nên chưa được lưu làm câu trả lời. Các câu đã trả lời vẫn được giữ: khi có nội dung, gõ /baocao để làm tiếp từ câu dưới đây.",
    /** A figure alone where a paragraph or a list is asked: meant for a figure question, most often the one before. */
    /** `question`: the earlier question it fits, named where the report is known (previous-question-hint.ts). */
    figureForText: (text: string, question?: { n: number; prompt: string }) =>
      `«${clipped(text, 20)}» chỉ có số, chưa phải nội dung để in vào báo cáo. Câu hỏi dưới đây cần nội dung bằng chữ; ${meantForEarlier(clipped(text, 20), question)}`,
    /** A date alone where a paragraph or a list is asked: meant for a date question, most often the one before. */
    dateForText: (text: string, question?: { n: number; prompt: string }) =>
      `«${clipped(text, 30)}» chỉ là một ngày, chưa phải nội dung để in vào báo cáo. Câu hỏi dưới đây cần nội dung bằng chữ; ${meantForEarlier(clipped(text, 30), question)}`,
    noContentIn: (text: string) => `«${clipped(text, 20)}» chưa phải nội dung để in vào báo cáo. Vui lòng gõ nội dung cho câu hỏi dưới đây (hoặc /boqua nếu câu này không bắt buộc).`,
    noDefault: "Câu này không có nội dung mặc định, nội dung gõ vào sẽ được in nguyên văn trong báo cáo. Vui lòng gõ câu trả lời.",
    requiredNotNone: "Câu này bắt buộc và sẽ được in vào báo cáo. Vui lòng ghi nội dung; nếu đơn vị không có, ghi rõ thành câu, ví dụ: Đơn vị chưa tổ chức hoạt động này.",
    tooLong: (max: number) => `Câu trả lời quá dài: tối đa ${max} ký tự.`,
    /** A figure, a date or a choice typed in more than a sentence's worth of characters. */
    tooLongFor: (max: number) => `Câu trả lời quá dài cho câu hỏi này (tối đa ${max} ký tự): chỉ cần gõ số, ngày hoặc lựa chọn.`,
    tooShort: (min: number) => `Câu trả lời quá ngắn: cần ít nhất ${min} ký tự.`,
    oneLine: "Câu này chỉ cần một dòng.",
    notANumber: "Vui lòng nhập một số, ví dụ 12 hoặc 1.250.",
    onlyTheFigure: (figure: string) => `Vui lòng chỉ gõ con số, không kèm chữ: ví dụ ${figure}.`,
    /** "29o": the letter o typed for a zero, which the number's reader left out ("29o lượt" was stored as 29). */
    letterForZero: (typed: string) => `«${typed}» có chữ "o" lẫn trong số (gõ nhầm số 0?): vui lòng gõ lại số chỉ bằng chữ số, ví dụ ${typed.replace(/[oO]/g, "0")}.`,
    numberWordsUnclear: (typed: string) => `Chưa rõ số «${typed}» (viết bằng chữ có thể hiểu nhiều cách). Vui lòng gõ số bằng chữ số.`,
    notAPercent: "Vui lòng nhập tỉ lệ phần trăm, ví dụ 95 hoặc 95,5%.",
    percentForCount: "Câu này hỏi một số lượng, không phải tỉ lệ phần trăm. Vui lòng nhập số, ví dụ 12 hoặc 1.250.",
    noneIsZero: "Câu này cần một số. Nếu không có, gõ 0.",
    /** weekday: 0 Sunday … 6 Saturday, the day the date really is. */
    wrongWeekday: (typed: string, weekday: number) =>
      `«${typed}»: ngày này là ${weekday === 0 ? "Chủ nhật" : `thứ ${["", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"][weekday]}`}. Vui lòng kiểm tra lại và gõ ngày, ví dụ 02/10/2026.`,
    noneIsZeroOrSkip: "Câu này cần một số. Nếu không có, gõ 0, hoặc /boqua để bỏ qua câu.",
    oneFigure: "Câu này hỏi một số: vui lòng gõ riêng số đó.",
    notAnInteger: "Vui lòng nhập số nguyên (không có phần thập phân).",
    commaIsDecimal: (plain: string, dotted: string) => `Vui lòng nhập số nguyên: dấu phẩy ngăn phần thập phân. Nếu là ${dotted}, gõ ${plain} hoặc ${dotted}.`,
    belowMin: (min: string) => `Số phải lớn hơn hoặc bằng ${min}.`,
    aboveMax: (max: string) => `Số phải nhỏ hơn hoặc bằng ${max}.`,
    notADate: "Ngày không hợp lệ. Vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 15/10/2026.",
    dateOnly: "Vui lòng chỉ gõ ngày (ví dụ 03/10/2026), không kèm chữ khác.",
    dateNeedsYear: "Vui lòng ghi cả năm, ví dụ 15/10/2026.",
    noSuchDay: (month: number, year: number, days: number) => `Tháng ${month} năm ${year} chỉ có ${days} ngày. Vui lòng kiểm tra lại ngày.`,
    dateBefore: (min: string) => `Ngày phải từ ${min} trở đi.`,
    dateAfter: (max: string) => `Ngày phải trước hoặc bằng ${max}.`,
    unknownChoice: (count: number) => `Vui lòng chọn một số từ 1 đến ${count} hoặc gõ đúng tên lựa chọn.`,
    unknownChoices: (items: string, count: number) =>
      `Không nhận ra lựa chọn: ${items}. Vui lòng gõ các số từ 1 đến ${count}, cách nhau bởi dấu phẩy.`,
    tooFewItems: (min: number) => `Cần ít nhất ${min} mục.`,
    tooManyItems: (max: number) => `Tối đa ${max} mục.`,
    itemTooLong: (n: number, max: number) => `Mục ${n} quá dài: tối đa ${max} ký tự.`,
    notATime: "Giờ không hợp lệ. Vui lòng nhập theo dạng giờ:phút, ví dụ 17:00 hoặc 17h.",
    notYesNo: "Vui lòng trả lời Có hoặc Không (hoặc gõ 1 = Có, 2 = Không).",
  },
  /** A list's items sent a message each, after its answer (engine-list-items.ts). */
  list: {
    itemsAdded: (added: number, question: number, total: number) =>
      `Đã thêm ${added} mục vào câu ${question} (nay có ${total} mục). Có thể gửi nhiều mục trong một tin nhắn, mỗi dòng một mục.`,
    itemsAlreadyThere: (question: number, total: number) => `Câu ${question} đã có các mục này (${total} mục): không thêm gì.`,
    itemsRefused: (question: number, kept: number) => `Các mục gửi thêm cho câu ${question} chưa được ghi nhận; câu này vẫn giữ ${kept} mục đã có.`,
    tooManyItems: (max: number) => `Câu này có tối đa ${max} mục.`,
  },
  /** Table questions: how to answer, each bad cell by row and column, the totals row. */
  table: {
    howTo: (titles: readonly string[]) =>
      `Trả lời mỗi dòng một hàng, các ô cách nhau bằng dấu ; hoặc |, hoặc dán từ Excel. Các cột theo thứ tự: ${titles.join("; ")}.`,
    /** Cells of the example line the bot makes up when the template gives none. */
    sample: { text: "Nội dung", integer: "12", decimal: "2,5", percent: "95,5", date: "15/10/2026" },
    rejected: (n: number) => `Bảng chưa được ghi nhận vì có ${n} lỗi:`,
    sendAgain: "Vui lòng sửa rồi gửi lại cả bảng.",
    sendRowsAgain: "Vui lòng sửa rồi gửi lại các dòng này.",
    /** Rows sent after the table's answer, one message each (engine-table-rows.ts). */
    rowsAdded: (added: number, changed: number, question: number, total: number) =>
      `Đã ${[added > 0 ? `thêm ${added} dòng` : "", changed > 0 ? `sửa ${changed} dòng đã có` : ""].filter(Boolean).join(", ")} trong bảng của câu ${question} (bảng nay có ${total} dòng). Có thể gửi nhiều dòng trong một tin nhắn, mỗi dòng một hàng.`,
    rowsAlreadyThere: (question: number, total: number) => `Bảng của câu ${question} đã có các dòng này (${total} dòng): không thêm gì.`,
    rowsRefused: (question: number, kept: number) => `Các dòng gửi thêm cho bảng của câu ${question} chưa được ghi nhận; bảng vẫn giữ ${kept} dòng đã có.`,
    rowsRejected: (n: number) => `Có ${n} lỗi (dòng đếm trong tin nhắn vừa gửi):`,
    moreErrors: (n: number) => `… và ${n} lỗi khác.`,
    cellCount: (row: number, got: number, titles: readonly string[]) => `Dòng ${row} có ${got} ô, cần ${titles.length} ô (${titles.join("; ")}).`,
    emptyCell: (row: number, title: string) => `Dòng ${row}, cột «${title}»: ô đang trống.`,
    badCell: (row: number, title: string, cell: string, reason: string) => `Dòng ${row}, cột «${title}»: «${cell}» ${reason}`,
    cellRule: (row: number, title: string, cell: string, rule: string) => `Dòng ${row}, cột «${title}»: «${cell}» — ${rule}`,
    notANumber: "không phải là số.",
    notAnInteger: "không phải là số nguyên.",
    notADate: "không phải là ngày hợp lệ (ngày/tháng/năm, ví dụ 15/10/2026).",
    tooFewRows: (min: number, got: number) => `Bảng cần ít nhất ${min} dòng (mới có ${got} dòng).`,
    tooManyRows: (max: number, got: number) => `Bảng có tối đa ${max} dòng (đang có ${got} dòng).`,
    total: "Tổng cộng",
    /** The readable table in a chat: cells of a row joined so it can be pasted back as an answer. */
    cellSeparator: " | ",
    /** One table field's sheet in /xuat: the unit comes first on every row. */
    sheetUnitColumns: ["Mã đơn vị", "Đơn vị"],
    sheetName: (k: number, prompt: string) => `Câu ${k}. ${prompt}`,
  },
  yes: "Có",
  no: "Không",
  answer: {
    skipped: "(bỏ qua)",
    defaultRecipients: "(mặc định: Như trên; Lưu: VT)",
    missing: "(chưa trả lời)",
    yes: "Có",
    no: "Không",
  },
  question: {
    progress: (k: number, n: number) => `Câu ${k}/${n}`,
    optional: "(không bắt buộc, gõ /boqua để bỏ qua)",
    hint: (hint: string) => `Gợi ý: ${hint}`,
    example: (example: string) => `Ví dụ: ${example}`,
    current: (value: string) => `Câu trả lời hiện tại: ${value}`,
    keepHint: "Gõ Giữ để giữ nguyên, hoặc gõ câu trả lời mới.",
    chooseOne: "Gõ số thứ tự hoặc tên lựa chọn:",
    chooseMany: "Gõ các số thứ tự, cách nhau bởi dấu phẩy:",
    closingSection: "Nơi nhận và người ký",
  },
  report: {
    /** `more`: questions some answers show ("Có" to a ceremony asks its date), so the count may grow. */
    started: (title: string, unit: string, count: number, more: boolean) =>
      `Bắt đầu báo cáo "${title}" của ${unit}. Có ${count} câu hỏi${more ? " (có thể có thêm vài câu tùy theo câu trả lời)" : ""}; gõ /trogiup để xem các lệnh.`,
    resumed: (title: string) => `Tiếp tục báo cáo "${title}".`,
    /**
     * Said once as a report starts or resumes after the deadline (`deadline`), or after a close that
     * still takes late reports (`deadline` undefined): the report is taken, recorded as late.
     */
    lateStart: (deadline?: string) =>
      deadline
        ? `Lưu ý: đã quá hạn nộp (${deadline}). Báo cáo của đơn vị vẫn được nhận nhưng sẽ được ghi là nộp muộn.`
        : "Lưu ý: đợt báo cáo đã đóng nhưng vẫn nhận báo cáo nộp muộn. Báo cáo của đơn vị vẫn được nhận và sẽ được ghi là nộp muộn.",
    /** "nộp muộn được không", answered by where the campaign stands and its policy once closed (`refusesLate`). */
    lateAsked: {
      beforeDeadline: (title: string, deadline: string, refusesLate: boolean) =>
        `Hạn nộp báo cáo "${title}" là ${deadline}. ${
          refusesLate
            ? "Sau hạn, báo cáo vẫn được nhận và ghi là nộp muộn cho đến khi cán bộ phụ trách đóng đợt; đợt đã đóng thì không nhận báo cáo nữa."
            : "Báo cáo nộp sau hạn vẫn được nhận nhưng được ghi là nộp muộn."
        }`,
      afterDeadline: (title: string, deadline: string, refusesLate: boolean) =>
        `Đã quá hạn nộp báo cáo "${title}" (${deadline}), nhưng báo cáo của đơn vị vẫn được nhận và được ghi là nộp muộn.${
          refusesLate ? " Vui lòng nộp sớm: khi cán bộ phụ trách đóng đợt, báo cáo sẽ không được nhận nữa." : ""
        }`,
      afterClose: (title: string) => `Đợt báo cáo "${title}" đã đóng nhưng vẫn nhận báo cáo nộp muộn: báo cáo của đơn vị vẫn được nhận và được ghi là nộp muộn.`,
      returned: "Báo cáo của đơn vị đang được trả lại để sửa nên vẫn được nhận: sửa xong, gõ /nop để nộp lại.",
    },
    /** A closed campaign refusing late reports, the unit's report not submitted: the same words for /baocao, /trangthai and a plain message. */
    closedNotTaken: (title: string, issuer: string) => `Đợt báo cáo "${title}" đã đóng. ${notTakenAfterClose(issuer)}`,
    /** After /trangthai's line for that report, which names the campaign and says it is closed. */
    notTakenAfterClose: (issuer: string) => notTakenAfterClose(issuer),
    /**
     * After /trangthai's line for a report submitted in a campaign since closed. `takesLate`: the
     * campaign still takes late reports, so a correction can be submitted again (it said it could not).
     */
    submittedAfterClose: (issuer: string, takesLate: boolean) =>
      takesLate
        ? `Đợt đã đóng nhưng vẫn nhận báo cáo nộp muộn: nếu cần sửa, gõ "sửa câu <số câu>: <câu trả lời mới>" rồi /nop để nộp lại.`
        : `Đợt đã đóng nên báo cáo đã nộp được giữ nguyên, không sửa hay nộp lại được nữa; nếu cần sửa, vui lòng liên hệ cán bộ phụ trách của ${issuer}.`,
    /** "em muốn sửa báo cáo đợt trước" while the chat works on `current` (other-campaign-correction.ts). */
    otherCampaign: {
      how: (id: number, title: string, current: string) =>
        `Nhóm đang làm báo cáo "${current}". Để sửa báo cáo đợt ${id} "${title}", gõ /baocao ${id}, rồi gõ "sửa câu <số câu>: <câu trả lời mới>" và /nop để nộp lại.`,
      closed: (id: number, title: string, issuer: string, submitted: boolean) =>
        submitted
          ? `Báo cáo đợt ${id} "${title}" đã nộp và đợt đã đóng, nên đơn vị không tự sửa được nữa; nếu cần sửa, vui lòng liên hệ cán bộ phụ trách của ${issuer} để được trả lại báo cáo.`
          : `Đợt ${id} "${title}" đã đóng. ${notTakenAfterClose(issuer)}`,
      none: (n: number, current: string) => `Đơn vị không có báo cáo đợt ${n}. ${thisReportCorrection(current)}`,
      noneBefore: (current: string) => `Đơn vị chưa có báo cáo nào của đợt trước. ${thisReportCorrection(current)}`,
    },
    /** After closedNotTaken, when the chat works on another report. */
    closedNotTakenOther: (title: string) => `Nhóm đang ở báo cáo "${title}": gõ /baocao để làm báo cáo đó.`,
    onlyReport: (number: string, title: string) => `Đơn vị không có đợt số ${number} đang mở; nhóm đang làm báo cáo "${title}".`,
    saved: "Đã lưu.",
    labelSameAnswer: (n: number) => `Câu ${n} đã có đúng câu trả lời này; không cần sửa.`,
    labelOnAnswered: (n: number, answer: string) =>
      `Câu ${n} chưa được thay: một dòng «câu ${n}: …» không thay câu trả lời đã có. Muốn thay bằng «${clipped(answer, 60)}», gõ: sửa câu ${n}: ${answer.length > 60 ? "<câu trả lời mới>" : answer}`,
    complete: "Đã trả lời xong các câu hỏi. Gõ /xem để xem lại, /nop để nộp báo cáo. Muốn sửa, gõ: sửa câu N: <câu trả lời mới>.",
    /** After a correction of a report already submitted: what was sent stays as it was until /nop. */
    completeAfterSubmit: "Đã trả lời xong. Bản đã nộp chưa thay đổi cho đến khi gõ /nop để nộp bản sửa; /xem để xem lại. Muốn sửa, gõ: sửa câu N: <câu trả lời mới>.",
    firstQuestion: "Đây đã là câu đầu tiên.",
    requiredCannotSkip: "Câu này bắt buộc, không thể bỏ qua.",
    answerKept: (n: number) => `Đã giữ nguyên câu trả lời câu ${n}.`,
    /** The question is named too: an answer that shows or hides a question renumbers those after it. */
    answerHidden: (n: number, prompt: string, value: string) => `Câu ${n} «${clipped(barePrompt(prompt), 60)}» không còn được hỏi với câu trả lời này: câu trả lời trước (${clipped(value, 60)}) không đưa vào báo cáo; nếu câu này được hỏi lại, gõ Giữ để dùng lại.`,
    earlierAnswer: (text: string) =>
      text.includes("\n") ? `Câu trả lời trước đây:\n${text}\n— gõ Giữ để dùng lại, hoặc gõ câu trả lời mới` : `Câu trả lời trước đây: ${text} — gõ Giữ để dùng lại, hoặc gõ câu trả lời mới`,
    renumbered: "Các câu sau đó được đánh số lại.",
    skippedElsewhere: (n: number) => `Đã bỏ qua câu ${n}.`,
    /** A labelled answer to another question than the one asked, refused: named, before why. */
    notSavedFor: (n: number, prompt: string) => `Chưa lưu được câu ${n} «${clipped(prompt, 60)}»:`,
    typeAgainAs: (n: number) => `Gõ lại: sửa câu ${n}: <câu trả lời>. Câu đang hỏi vẫn là câu dưới đây.`,
    /** "em nhầm số bạn đọc": the question its words name, and how to correct it (named-slip.ts). */
    slipNamed: (n: number, prompt: string, example: string, submitted: boolean) =>
      `${submitted ? "Bản đã nộp chưa thay đổi" : "Chưa có gì thay đổi"}. Câu ${n} là «${clipped(prompt, 80)}»; muốn sửa, gõ: sửa câu ${n}: ${example}${submitted ? ", rồi /nop để nộp bản sửa" : ""}.`,
    /** "em nhầm rồi" naming no question that matches: the general way. */
    slipGeneral: (submitted: boolean) =>
      `${submitted ? "Bản đã nộp chưa thay đổi" : "Chưa có gì thay đổi"}. Muốn sửa một câu đã trả lời, gõ: sửa câu <số câu>: <câu trả lời mới>${submitted ? ", rồi /nop để nộp bản sửa" : ""} (gõ /xem để xem số của từng câu).`,
    newAnswerFor: (type: string) => (type === "integer" || type === "decimal" || type === "percent" ? "<số mới>" : type === "date" ? "<ngày mới>" : "<câu trả lời mới>"),
    /** "câu 9 là 290, câu 10 là 1.520" with a question the report does not have: nothing corrected. */
    severalNoQuestion: (n: number, count: number) =>
      `Chưa sửa câu nào: báo cáo không có câu ${n}. Gõ /xem để xem số của từng câu, rồi gõ lại ${count === 2 ? "cả hai câu" : `cả ${count} câu`}.`,
    /** One of several corrections refused (`why`: the question's own reason): none is kept. */
    severalNotSaved: (n: number, prompt: string, why: string, count: number) =>
      `Chưa sửa câu nào, vì câu trả lời cho câu ${n} «${clipped(prompt, 60)}» chưa dùng được${why ? `:\n${why}` : "."}\nVui lòng gõ lại ${count === 2 ? "cả hai câu" : `cả ${count} câu`}, hoặc sửa từng câu: sửa câu ${n}: <câu trả lời mới>.`,
    severalConfirmAlone: (n: number, answer: string) => `Số này cần được xác nhận riêng: gõ sửa câu ${n}: ${clipped(answer, 40)}`,
    answerSavedElsewhere: (n: number, prompt: string, value: string) => `Đã lưu câu ${n} «${clipped(barePrompt(prompt), 60)}»: ${clipped(value, 120)}`,
    answerChanged: (n: number, prompt: string, value: string) => `Đã sửa câu ${n} «${clipped(barePrompt(prompt), 60)}»: ${clipped(value, 120)}`,
    nothingToKeep: "Câu này chưa có câu trả lời để giữ. Vui lòng gõ câu trả lời.",
    positionOnly: "Câu này chỉ hỏi chức vụ của người ký (ví dụ HIỆU TRƯỞNG); họ và tên người ký sẽ hỏi ở câu sau. Vui lòng gõ lại chức vụ.",
    authorityOnly:
      "Câu này chỉ ghi quyền hạn khi ký thay, bắt đầu bằng KT. (ký thay), TM. (thay mặt), Q. (quyền), TL. (thừa lệnh) hoặc TUQ. (thừa ủy quyền), ví dụ KT. HIỆU TRƯỞNG. Chức vụ người ký sẽ hỏi ở câu sau; nếu thủ trưởng ký trực tiếp, gõ bỏ qua.",
    deputyWithoutAuthority: (line: string, n: number) =>
      `Lưu ý: cấp phó ký thay thủ trưởng thì văn bản cần ghi quyền hạn ký «${line}» phía trên. Nếu đúng vậy, gõ: sửa câu ${n}: ${line}`,
    chairmanWithoutAuthority: (n: number) =>
      `Lưu ý: Chủ tịch ký thay mặt Ủy ban nhân dân thì văn bản cần ghi quyền hạn ký «TM. ỦY BAN NHÂN DÂN» phía trên chức vụ. Nếu đúng vậy, gõ: sửa câu ${n}: TM. ỦY BAN NHÂN DÂN`,
    deputyWithoutAuthorityLines: (line: string, n: number) =>
      `Lưu ý: cấp phó ký thay thủ trưởng thì văn bản cần ghi quyền hạn ký phía trên, có dòng «${line}» (ví dụ TM. ỦY BAN NHÂN DÂN rồi ${line}, mỗi cấp một dòng). Nếu đúng vậy, gõ /sua ${n} rồi gõ các dòng đó.`,
    nameOnly: "Câu này chỉ hỏi họ và tên người ký (chức vụ đã hỏi ở câu trước), ví dụ Nguyễn Văn An. Vui lòng gõ lại họ và tên.",
    /** "Có" typed where the signer's position or name is asked (a reflex after /nop asked it): no line to print. */
    signerNotYesNo: (typed: string, position: boolean) =>
      `«${typed}» không phải ${position ? "chức vụ" : "họ và tên"} của người ký. Vui lòng gõ ${position ? "chức vụ, ví dụ HIỆU TRƯỞNG" : "họ và tên, ví dụ Nguyễn Văn An"}.`,
    /** A text answer typed without a single tone mark. */
    unmarkedText: (n: number) => `Lưu ý: câu trả lời chưa có dấu tiếng Việt; văn bản sẽ in đúng như vậy. Muốn sửa, gõ: sửa câu ${n}: <nội dung có dấu>.`,
    unmarkedName: (name: string, n: number) =>
      `Lưu ý: họ tên «${clipped(name, 60)}» chưa có dấu; văn bản sẽ in đúng như vậy. Muốn sửa, gõ: sửa câu ${n}: <họ tên có dấu>.`,
    nothingToSkip: "Không có câu hỏi nào đang chờ để bỏ qua.",
    yearGuessed: (date: string, n: number) => `Đã hiểu là ngày ${date}. Nếu không phải năm này, gõ: sửa câu ${n}: <ngày/tháng/năm>.`,
    farDate: (date: string, n: number) => `Đã lưu ngày ${date}, cách hôm nay hơn một năm. Nếu gõ nhầm năm, gõ /sua ${n} để sửa.`,
    leftOut: "Đã bỏ qua câu này (không có nội dung để đưa vào báo cáo).",
    /** "Còn câu 4 chưa trả lời:", "Còn câu 3–9 và 12 chưa trả lời:" (runs of three or more as a range). */
    stillUnanswered: (numbers: readonly number[]) => `Còn câu ${numberList(numbers)} chưa trả lời:`,
    defaultRecipients: "Đã bỏ qua câu này: văn bản dùng nơi nhận mặc định.",
    editOutOfRange: (n: number) => `Không có câu số này. Vui lòng chọn từ 1 đến ${n}, ví dụ /sua 3.`,
    /** Also what several labelled answers pasted at once hear: first answers, not only corrections. */
    editOneAtATime: (first: string, second: string) => `Mỗi lần một câu: gõ /sua ${first} kèm câu trả lời, gửi, rồi gõ /sua ${second} kèm câu trả lời.`,
    editNeedsNumber: "Vui lòng ghi số câu cần sửa, ví dụ /sua 3.",
    unansweredRun: (from: number, to: number) => `${from}–${to}. (chưa trả lời ${to - from + 1} câu; /sua N để trả lời câu N)`,
    reviewTitle: (title: string, unit: string) => (unit ? `Xem lại báo cáo "${title}" — ${unit}:` : `Xem lại "${title}":`),
    missingRequired: (list: string) => `Chưa thể nộp: còn câu bắt buộc chưa trả lời (${list}).`,
    confirmSubmit: "Xác nhận nộp báo cáo? Trả lời Có để nộp, Không để tiếp tục chỉnh sửa.",
    /** `thanks`: to a unit; the officers submitting the ward's own report are not thanked. */
    submitted: (version: number, at: string, thanks = true) =>
      version === 1
        ? `Đã nộp báo cáo lúc ${at}.${thanks ? " Cảm ơn đơn vị!" : ""} Có thể sửa bằng /sua N rồi /nop lại.`
        : `Đã nộp bản sửa lần ${version - 1} lúc ${at}. Các bản trước vẫn được lưu.`,
    /** After a submission, when another open campaign still waits for the unit's report: the chat goes on to it. */
    nextCampaign: (title: string, returned: boolean, backTo: number) =>
      `Lưu ý: đơn vị còn báo cáo "${title}" ${returned ? "được trả lại để sửa" : "chưa nộp"}, nên từ tin nhắn tiếp theo nhóm này làm báo cáo đó (các lệnh /sua, /xem, /nop là của báo cáo đó). Gõ /baocao để bắt đầu hoặc tiếp tục. Muốn xem lại hoặc sửa báo cáo vừa nộp, gõ /baocao ${backTo} trước, rồi /xem hoặc /sua N và /nop.`,
    /** "/baocao" where the unit has several open campaigns: the list (the current one marked), and how to move. */
    /** `someClosed`: a closed campaign still taking the unit's report is among them. */
    openCampaigns: (lines: string[], example: number, someClosed = false) =>
      `Đơn vị đang có ${lines.length} đợt báo cáo ${someClosed ? "còn nhận báo cáo của đơn vị" : "mở"}:\n${lines.join("\n")}\nMuốn chuyển sang báo cáo khác, gõ /baocao kèm số đợt, ví dụ /baocao ${example}.`,
    campaignLine: (n: number, title: string, standing: string, current: boolean, closed = false) =>
      `${n}. ${title}${closed ? " (đợt đã đóng, vẫn nhận báo cáo này)" : ""} — ${standing}${current ? " (nhóm đang làm báo cáo này)" : ""}`,
    standing: { "not-started": "chưa bắt đầu", "in-progress": "đang làm dở", submitted: "đã nộp", returned: "được trả lại để sửa" },
    noSuchCampaign: (typed: string, lines: string[], example: number) =>
      `Không có đợt báo cáo số "${typed}" đang mở cho đơn vị. Các đợt đang mở:\n${lines.join("\n")}\nGõ /baocao kèm số đợt, ví dụ /baocao ${example}.`,
    /** Before /vanban's answer when several campaigns are open: the report it is about. */
    aboutReport: (title: string, number: number) => `Báo cáo "${title}" (đợt số ${number}; gõ /baocao để xem các đợt đang mở, /baocao SỐ_ĐỢT để chuyển):`,
    movedTo: (title: string) => `Đã chuyển sang báo cáo "${title}": từ giờ các tin nhắn trong nhóm là của báo cáo này.`,
    submitCancelled: "Chưa nộp. Bạn có thể tiếp tục chỉnh sửa.",
    alreadySubmitted: (at: string) =>
      `Báo cáo đã được nộp lúc ${at}. Gõ /xem để xem lại và xem số của từng câu. Muốn sửa, gõ: sửa câu <số câu>: <câu trả lời mới>, rồi /nop để nộp bản sửa.`,
    notCurrentQuestion: "Tin nhắn này trả lời một câu hỏi cũ nên chưa được ghi nhận. Vui lòng trả lời câu hỏi hiện tại:",
    oldQuestion: "Câu hỏi này đã qua nên câu trả lời chưa được ghi nhận.",
    alreadyAnswered: (n: number, value: string) => `Câu ${n} đã có câu trả lời: ${clipped(value, 80)}. Muốn đổi, gõ: sửa câu ${n}: <câu trả lời>.`,
    editTooOld: (n: number) => `Đã ghi nhận bạn sửa tin nhắn cũ, nhưng chỉ sửa được câu trả lời gần nhất theo cách này. Gõ /sua ${n} để sửa câu ${n}.`,
    editRejected: (n: number) => `Chưa sửa được câu ${n}:`,
    editApplied: (n: number) => `Đã cập nhật câu trả lời cho câu ${n} theo tin nhắn bạn vừa sửa.`,
    /** Named: the chat may have moved on to another campaign's report than the one the clerk has in mind. */
    noDocumentYet: (title: string) => `Chưa có văn bản: báo cáo "${title}" chưa được nộp. Gõ /nop để nộp báo cáo.`,
    documentCaption: (version: number) => (version === 1 ? "Văn bản báo cáo" : `Văn bản báo cáo (bản sửa lần ${version - 1})`),
    /** `changed`: a correction's questions whose answers differ from the version before. */
    /** `late`: the first version, sent after the deadline or the close (lateness.ts). */
    officersNotice: (unit: string, title: string, version: number, at: string, by: string, changed: number[] = [], late = false) =>
      `${unit} đã nộp ${version === 1 ? "" : `bản sửa lần ${version - 1} của `}báo cáo "${title}" lúc ${at}${late ? " (nộp muộn)" : ""}. Người nộp: ${by}.${changed.length > 0 ? ` Các câu đã sửa: ${changed.join(", ")}.` : ""}`,
    tooManySubmissions: (n: number) =>
      `Báo cáo đã được nộp ${n} lần trong một giờ qua nên chưa nộp thêm được (mỗi lần nộp đều gửi thông báo tới cán bộ phụ trách). Các câu trả lời vẫn được lưu; vui lòng nộp lại sau ít phút.`,
    noChangesSinceSubmit: "Báo cáo chưa có thay đổi nào kể từ lần nộp trước.",
    /** /nop of a new version: only what changed since the version submitted (render-changes.ts). */
    resubmit: {
      heading: (n: number) => `Bản sửa khác bản đã nộp ở ${n} câu:`,
      before: (answer: string) => `Bản đã nộp: ${answer}`,
      now: (answer: string) => `Bản sửa: ${answer}`,
      /** A question the corrections made not apply any more: its answer leaves the report. */
      hidden: (prompt: string) => `${prompt} (không còn trong báo cáo theo các câu trả lời mới)`,
      none: "(chưa trả lời)",
      reviewAll: "Gõ /xem để xem lại toàn bộ báo cáo.",
    },
    confirmCancel: "Hủy báo cáo sẽ xóa toàn bộ câu trả lời đã nhập. Bạn có chắc không? Trả lời Có để hủy, Không để tiếp tục.",
    cancelled: "Đã hủy báo cáo và xóa các câu trả lời. Gõ /baocao để bắt đầu lại.",
    cancelAborted: "Không hủy. Tiếp tục báo cáo.",
    /** Another member's message while one member is asked to confirm: not stored, and why. */
    waitForConfirmation: (name: string, cancel: boolean) =>
      `Tin nhắn của bạn chưa được lưu: ${name} đang được hỏi có ${cancel ? "hủy báo cáo" : "nộp báo cáo"} không. Chờ ${name} trả lời Có hoặc Không rồi gửi lại${cancel ? " (trả lời Không để tiếp tục báo cáo ngay)" : ""}.`,
    /** Another member's "Có" to a cancellation they did not ask for. */
    /** Another member's "Có" to the submission someone else asked for. */
    /** Another member's bare "ok" while /nop's confirmation waits for the member who typed it. */
    confirmSubmitPlainly: (name: string, asker: string) => `${name}: nếu muốn nộp báo cáo thay ${asker}, vui lòng trả lời Có.`,
    confirmedInstead: (name: string, asker: string) => `${name} đã xác nhận nộp thay ${asker}.`,
    onlyAskerCancels: (name: string) => `Chỉ ${name}, người đã gõ /huy, mới xác nhận được việc hủy. ${name}: trả lời Có để hủy, Không để tiếp tục.`,
    cannotCancelSubmitted: "Báo cáo đã nộp nên không thể hủy. Bạn có thể sửa bằng /sua N rồi /nop lại.",
    /** /huy after a correction: what would be thrown away. `numbers` may miss a question the correction hid. */
    correctionsPending: (numbers: string[], count: number) =>
      numbers.length === count ? `Đã sửa sau lần nộp gần nhất: ${numbers.join(", ")}.` : `Đã sửa ${count} câu sau lần nộp gần nhất${numbers.length > 0 ? ` (${numbers.join(", ")}…)` : ""}.`,
    confirmDiscard: "Bỏ các sửa đổi chưa nộp và giữ nguyên bản đã nộp? Trả lời Có để bỏ, Không để tiếp tục sửa.",
    /** On /baocao and /xem while an officer's return stands: the comment, which came once in its notice. */
    stillReturned: (comment: string) => `Báo cáo đang được trả lại để sửa. Nhận xét của cán bộ phụ trách: ${comment}`,
    /** Added to /trangthai's line of a returned report. */
    returnedComment: (comment: string) => ` Nhận xét của cán bộ phụ trách: ${comment}`,
    returnedUnchanged: "Lưu ý: báo cáo được trả lại để sửa nhưng chưa có câu nào khác bản đã nộp. Gõ /sua N để sửa câu N, hoặc xác nhận nếu vẫn muốn nộp lại như cũ.",
    noCorrections: "Các câu trả lời vẫn giống bản đã nộp: không có sửa đổi nào để bỏ.",
    correctionsDiscarded: "Đã bỏ các sửa đổi chưa nộp. Báo cáo giữ nguyên bản đã nộp; gõ /xem để xem lại.",
    correctionsDiscardedReturned:
      "Đã bỏ các sửa đổi chưa nộp: các câu trả lời trở lại như bản đã nộp. Báo cáo vẫn đang được trả lại để sửa: /sua N để sửa câu N rồi /nop để nộp lại.",
    notStarted: "Chưa bắt đầu báo cáo. Gõ /baocao để bắt đầu.",
    labelBeforeStart: (n: number) => `Báo cáo chưa được bắt đầu nên câu trả lời cho câu ${n} chưa được lưu. Gõ /baocao để bắt đầu, rồi gõ lại câu trả lời khi câu ${n} được hỏi (hoặc gõ: câu ${n}: <câu trả lời>).`,
    idleHint: "Gõ /baocao để bắt đầu hoặc tiếp tục báo cáo, /trogiup để xem các lệnh.",
    unknownCommand: (command: string, meant?: string) => `Không có lệnh /${clipped(command, 30)}.${meant ? ` Có phải ý bạn là /${meant}?` : ""} Gõ /trogiup để xem các lệnh.`,
    stateReset: "Xin lỗi, phiên trò chuyện bị lỗi và đã được khởi động lại. Các câu trả lời đã lưu vẫn còn nguyên.",
  },
  help: [
    "Các lệnh của bot báo cáo:",
    "/baocao (/report) — bắt đầu hoặc tiếp tục báo cáo của đơn vị",
    "/baocao N — khi đơn vị có nhiều đợt báo cáo đang mở: chuyển sang báo cáo của đợt số N (gõ /baocao để xem danh sách)",
    "/boqua (/skip) — bỏ qua câu không bắt buộc",
    "/quaylai (/back) — quay lại câu trước",
    "/sua N (/edit N) — sửa câu số N",
    "/xem (/review) — xem lại các câu trả lời",
    "/nop (/submit) — nộp báo cáo",
    "/huy (/cancel) — hủy báo cáo đang làm; sau khi nộp: bỏ các sửa đổi chưa nộp",
    "/vanban (/document) — gửi lại văn bản báo cáo đã nộp",
    "/trangthai (/status) — tình hình báo cáo của đơn vị và hạn nộp",
    "/trogiup (/help) — xem hướng dẫn này",
    "Trả lời câu hỏi bằng cách gõ tin nhắn bình thường.",
  ].join("\n"),
  /** The help's last line where the platform delivers files to the bot (channel.ts, receivesFiles). */
  helpWordFile: "Đã có báo cáo viết bằng Word? Gửi tệp .docx vào nhóm: bot điền các câu tìm thấy trong tệp, rồi hỏi tiếp các câu còn thiếu.",
  chat: {
    intro: [
      "Xin chào! Tôi là bot báo cáo. Tôi hỏi từng câu của báo cáo ngay trong nhóm, lưu mọi câu trả lời và gửi lại văn bản báo cáo đúng thể thức.",
      "Để bắt đầu, cán bộ phụ trách gắn nhóm này với đơn vị bằng lệnh /dangky MÃ_ĐƠN_VỊ (ví dụ /dangky TH-LIEN-CHAU).",
      "Sau đó, thành viên của đơn vị gõ /baocao để bắt đầu báo cáo, /trogiup để xem các lệnh.",
    ].join("\n"),
    notBound: "Nhóm này chưa được gắn với đơn vị nào. Cán bộ phụ trách cần gắn nhóm với mã đơn vị trước khi báo cáo.",
    officersChat: "Đây là nhóm cán bộ phụ trách. Các đơn vị báo cáo trong nhóm của đơn vị mình.",
    noOpenCampaign: "Hiện không có đợt báo cáo nào đang mở cho đơn vị.",
    handlerError: "Đã có lỗi, vui lòng thử lại.",
    badRequest: "Yêu cầu không hợp lệ.",
    notFound: "Không tìm thấy.",
    unauthorized: "Không được phép.",
    textOnly: "Xin lỗi, bot chỉ đọc được tin nhắn văn bản. Vui lòng gõ câu trả lời bằng chữ.",
    /** Telegram groups in privacy mode deliver the bot only replies and mentions: said with the first question. */
    telegramGroupHowToAnswer: (botUsername: string) =>
      `Trong nhóm, hãy trả lời bằng cách bấm "Trả lời" (Reply) vào tin nhắn câu hỏi, hoặc gõ @${botUsername} rồi đến câu trả lời.`,
    /** Zalo groups deliver a bot only mentions and replies: said with the first question. */
    zaloGroupHowToAnswer: (botName: string) =>
      `Trong nhóm Zalo, bot chỉ nhận được tin nhắn nhắc đến bot hoặc trả lời tin nhắn của bot. Hãy chạm giữ tin nhắn câu hỏi rồi chọn "Trả lời", hoặc gõ @, chọn ${botName} rồi gõ câu trả lời (ví dụ: @${botName} 12).`,
    documentLink: (caption: string, url: string) => `${caption}: ${url}\n(Liên kết tải văn bản có hiệu lực trong 24 giờ; gõ /vanban để nhận liên kết mới.)`,
    unknownChat: "Không tìm thấy nhóm trò chuyện này.",
  },
  consolidation: {
    perOption: (option: string, n: number) => `${option}: ${n} đơn vị`,
    genericTitle: (title: string) => `${title} (tổng hợp)`,
    andMore: (n: number) => `và ${n} đơn vị khác`,
    noUnitYet: "(Dự thảo: chưa có đơn vị nào nộp báo cáo, nên chưa có số liệu để tổng hợp.)",
    /** In a draft, where the officers' own part is not written yet: the section shows, saying how. */
    /** With the campaign's number: a plain /tonghop sua opens the open campaign's, and this one may be another. */
    toWrite: (id: number) => `[Phần này cán bộ phụ trách viết: gõ /tonghop sua ${id} trong nhóm cán bộ.]`,
    signerToWrite: { position: "[CHỨC VỤ NGƯỜI KÝ]", name: "[Họ và tên người ký]" },
    allUnitsIn: (total: number) => `(Dự thảo: số liệu của cả ${total}/${total} đơn vị; chưa phải báo cáo đã nộp.)`,
    /** `notSubmitted`: the units of a campaign closed refusing late reports that never submitted (they will not: no "chưa"). */
    someUnitsMissing: (included: number, total: number, names: string[], notSubmitted: string[] = []) =>
      `(Dự thảo: số liệu của ${included}/${total} đơn vị${names.length > 0 ? `; chưa có số liệu của ${unitNames(names)}` : ""}${notSubmitted.length > 0 ? `; không nộp báo cáo: ${unitNames(notSubmitted)}` : ""}.)`,
    /** Consolidated questions whose source question the campaign's units' template does not have. */
    unsourced: (fields: { prompt: string; source: string }[]) =>
      `Lưu ý: ${fields.length} câu của báo cáo tổng hợp chưa tổng hợp được vì mẫu báo cáo của các đơn vị trong đợt này không có câu để lấy số liệu: ${fields
        .map((f) => `«${f.prompt.replace(/[?:.\s]+$/u, "")}» (lấy từ câu «${f.source}»)`)
        .join("; ")}. Người quản trị sửa «from» trong tệp mẫu tổng hợp cho khớp rồi gõ /mau nap, hoặc trả lời tay ${fields.length === 1 ? "câu này" : "các câu này"} khi gõ /tonghop sua.`,
    /** The commands name the campaign's number: without it they mean the open campaign, and this one may be closed. */
    /** `refusing`: closed refusing late reports, so the units not in will not be (a returned one still may). */
    draftNotice: (id: number, title: string, included: number, total: number, missing: string, returned: string, refusing = false) =>
      [
        `Dự thảo báo cáo tổng hợp "${title}": đã tổng hợp ${included}/${total} đơn vị.`,
        ...(missing ? [`${refusing ? "Không nộp" : "Chưa nộp"}: ${missing}.`] : []),
        ...(returned ? [`Đang bị trả lại để sửa: ${returned}.`] : []),
        ...(missing && refusing ? ["Đợt đã đóng và không nhận báo cáo nộp muộn nên các đơn vị không nộp sẽ không được đưa vào."] : []),
        // Every unit in, or none left that may still come: no "later" said.
        `${consolidateLater(id, Boolean(missing) && !refusing, Boolean(returned), refusing)}Gõ /tonghop sua ${id} để hoàn thiện và nộp báo cáo tổng hợp.`,
      ].join("\n"),
    /** Before the ward's report is submitted: the units it leaves out. */
    /** `refusing`: closed refusing late reports: only a returned unit is worth waiting for. */
    leavesOut: (included: number, total: number, missing: string, returned: string, id: number, refusing = false) =>
      [
        `Lưu ý: báo cáo tổng hợp chỉ có số liệu của ${included}/${total} đơn vị; các số liệu và nội dung của những đơn vị sau không có trong báo cáo:`,
        // The list's last line ends with "." (it ended with ";" where no returned line followed).
        ...(missing ? [`${refusing ? "- không nộp (đợt đã đóng, không nhận báo cáo nộp muộn)" : "- chưa nộp"}: ${missing}${returned ? ";" : "."}`] : []),
        ...(returned ? [`- đang bị trả lại để sửa: ${returned}.`] : []),
        ...(refusing && !returned ? [] : [`Có thể chờ các đơn vị ${refusing ? "bị trả lại " : ""}nộp${returned ? " lại" : ""} rồi gõ /tonghop sua ${id} và /nop.`]),
      ].join("\n"),
    /** /tonghop sua's start: what the units' reports answered. */
    /** The computed answers that changed since the ward's report was submitted, one line each. */
    changedSince: (n: number, prompt: string, was: string, now: string) => `• Câu ${n} «${prompt}»: ${was} → ${now}`,
    changesSince: (lines: string[]) => `Báo cáo của các đơn vị đã thay đổi so với bản tổng hợp đã nộp:\n${lines.join("\n")}\nGõ /nop để nộp bản mới.`,
    noAnswerYet: "(chưa có)",
    lines: (n: number) => `${n} dòng`,
    prefilled: (count: number, units: number) =>
      `${count} câu đã được tự động tổng hợp từ báo cáo của ${units} đơn vị (gõ /xem để xem); bot hỏi các câu còn lại.`,
    alreadySubmitted: (at: string, id: number) =>
      `Lưu ý: báo cáo tổng hợp đã nộp lúc ${at}; dự thảo này là số liệu hiện nay, chưa phải bản đã nộp. Để nộp lại với số liệu mới, gõ /tonghop sua ${id} rồi /nop.`,
    draftCaption: "Dự thảo báo cáo tổng hợp",
    /** Named by its campaign as the export is: two campaigns' drafts of one day are two files. */
    draftFileName: (id: number, date: string) => `Dự-thảo-báo-cáo-tổng-hợp-đợt-${id}-${date}.docx`,
    confirmCancel: "Hủy sẽ bỏ mọi câu đã trả lời và đã sửa tay; số liệu trở về như tự động tổng hợp. Bạn có chắc không? Trả lời Có để hủy, Không để tiếp tục.",
    cancelled: (id: number) => `Đã hủy: các câu đã sửa tay được bỏ, số liệu trở về như tự động tổng hợp. Gõ /tonghop sua ${id} để làm lại.`,
    computedMark: "[tự động tổng hợp]",
    nothingToComputeMark: "[tự động tổng hợp khi có đơn vị nộp]",
    editedMark: "[đã sửa tay]",
    /** /xem's mark of a hand edit the units' data has moved away from since. */
    staleEditMark: (now: string) => `[đã sửa tay; số tổng hợp từ các đơn vị nay là ${now}]`,
    /** A hand-edited computed answer whose computed answer changed after the edit, one line each. */
    staleEdit: (n: number, edited: string | undefined, now: string | undefined, was: string | undefined) =>
      `• Câu ${n} (${edited === undefined ? "đã bỏ qua" : `đã sửa tay: ${edited}`}): ${now === undefined ? "số tổng hợp từ các đơn vị nay không tính được" : `số tổng hợp từ các đơn vị nay là ${now}`}, trước là ${was ?? "chưa có"}.`,
    /** `n`: a question of those with a computed answer now, for the example; none, no "tự động" to offer. */
    staleEdits: (lines: string[], n: number | undefined) =>
      `Số tổng hợp từ các đơn vị đã thay đổi sau khi sửa tay:\n${lines.join("\n")}\n${n === undefined ? "Số đã sửa tay được giữ" : `Để dùng số tổng hợp, gõ /sua N tự động (ví dụ /sua ${n} tự động); để giữ số đã sửa tay, không cần làm gì`} (gõ lại số đó bằng /sua N thì bot thôi nhắc).`,
    nothingComputed: (n: number) => `Câu ${n} hiện chưa có số tổng hợp từ các đơn vị nên chưa dùng số tự động được; số đã sửa tay được giữ nguyên.`,
    /** Asked again, a hand-edited computed question: how to go back to the computed answer. */
    backHint: (now: string) => `Số tổng hợp từ các đơn vị hiện là ${now}. Gõ "tự động" để dùng số này thay cho số đã sửa tay.`,
    backToComputed: (n: number, now: string) => `Câu ${n} trở lại số tự động tổng hợp từ các đơn vị: ${now}.`,
    noIssuerUnit: (issuer: string) =>
      `Chưa nộp được: "${issuer}" chưa có trong danh sách đơn vị. Cán bộ cần thêm đơn vị ban hành (và đặt làm đơn vị cấp trên của các trường) vào danh sách bằng npm run roster.`,
    countedUpward: (unit: string, title: string) => `Báo cáo tổng hợp này cũng được tính là báo cáo của ${unit} trong đợt "${title}".`,
    /** `unitsId`: the question counting the units that gave a figure; an average of 2 of 3 units read as the whole ward's. */
    averageText: (label: string, unitsId: string) => `${label} (bình quân của {${unitsId}} đơn vị có số liệu): {value}.`,
    /** In place of "(bình quân của 1 đơn vị có số liệu)": one unit's figure is no average. */
    oneUnitFigure: "(số liệu của 1 đơn vị)",
    /** An average whose count of units is not known (skipped, or a report stored before it was counted). */
    averageOfUnits: "(bình quân các đơn vị có số liệu)",
    unitsAnsweredPrompt: (label: string) => `Số đơn vị có số liệu «${label}»`,
    /** A section every unit left out, in the ward's report: it is printed, saying so. */
    noUnitReported: "Không có đơn vị nào báo cáo nội dung này.",
    /** A yes/no question no unit answered, in the ward's report: "Đơn vị có tổ chức … không?" said as its statement. */
    noUnitReportedOn: (predicate: string) => `Không có đơn vị nào báo cáo về việc ${predicate}.`,
    noUnitReportedField: (label: string) => `${label}: không có đơn vị nào báo cáo nội dung này.`,
    /** After a share of yes while some units are out: it is over those that reported, not the whole ward. */
    overReported: (n: number) => `trong số ${n} đơn vị đã báo cáo`,
    countYesText: (label: string) => `${label}: {value} đơn vị trả lời Có.`,
    /** A yes/no question "Đơn vị có tổ chức … không?" as statements: "2 đơn vị có tổ chức …", "1 đơn vị không tổ chức …". */
    unitsDid: (predicate: string) => `{value} đơn vị có ${predicate}.`,
    unitsDidNot: (predicate: string) => `{value} đơn vị không ${predicate}.`,
    unitsNoPrompt: (label: string) => `Số đơn vị trả lời Không «${label}»`,
  },
  /** The plain page a production server shows at / (no data, no chat). */
  home: {
    title: "Bot báo cáo",
    body: "Bot báo cáo làm việc trong nhóm Zalo và Telegram của đơn vị: gõ /baocao trong nhóm để bắt đầu báo cáo, /trogiup để xem các lệnh.",
  },
  officer: {
    helpOfficer: [
      "Lệnh dành cho cán bộ phụ trách:",
      "/trangthai (/status) — tình hình nộp báo cáo của các đợt đang mở; /trangthai 2 — của đợt số 2 (cả khi đã đóng)",
      "/thongbao nội dung (/broadcast) — gửi thông báo tới nhóm các đơn vị của các đợt đang mở; /thongbao đợt N nội dung — của đợt số N; /thongbao tatca nội dung — tới mọi nhóm",
      "/nhacnho ngay (/remind now) — nhắc ngay các đơn vị chưa nộp của các đợt đang mở; /nhacnho lich 3,1,0 — đặt lịch nhắc (số ngày trước hạn); thêm đợt 2 để chỉ áp dụng cho đợt số 2",
      "/dangky MÃ_ĐƠN_VỊ (/bind) — gắn nhóm này với đơn vị; /dangky canbo — đặt nhóm này làm nhóm cán bộ; /dangky moi MÃ_ĐƠN_VỊ — tạo mã để đơn vị tự gắn nhóm",
      "/dotbaocao (/campaign) — mở đợt báo cáo mới; /dotbaocao dong — đóng đợt đang mở, hỏi lại trước khi đóng (/dotbaocao dong 2 khi có nhiều đợt đang mở); /dotbaocao giahan 2 30/10/2026 17:00 — gia hạn đợt số 2; /dotbaocao them MÃ — thêm đơn vị vào đợt đang mở, /dotbaocao bot MÃ — bỏ đơn vị chưa bắt đầu báo cáo khỏi đợt",
      "/tralai MÃ_ĐƠN_VỊ nhận xét (/return) — trả lại báo cáo để đơn vị sửa; /tralai MÃ_ĐƠN_VỊ đợt 2 nhận xét — báo cáo của đợt số 2",
      "/xuat (/export) — xuất số liệu các đơn vị ra tệp Excel; /xuat SỐ_ĐỢT hoặc /xuat tên đợt — xuất một đợt khác",
      "/tonghop (/consolidate) — dự thảo báo cáo tổng hợp của đợt đang mở; /tonghop sua — hoàn thiện và nộp báo cáo tổng hợp",
      "/canbo them MÃ, /canbo xoa MÃ (/officer add|remove) — thêm, bớt cán bộ (gõ tên người đó để xem mã); /canbo chuyen TÊN — cho một người báo cáo cho đơn vị khác (đã chuyển trường)",
      "/mau (/templates) — các loại báo cáo và phiên bản; /mau nap (/templates reload) — nạp lại mẫu sau khi sửa tệp",
      "/web (/trangweb) — liên kết đăng nhập trang cán bộ (bảng theo dõi, trả lại, nhắc, tải tệp); /web thoat — đăng xuất mọi phiên",
    ].join("\n"),
    helpStaff: "Để gắn nhóm với đơn vị: /dangky MÃ (mã do cán bộ phụ trách cung cấp).",
    onlyOfficers: "Lệnh này chỉ dành cho cán bộ phụ trách.",
    campaignTemplateGone: (title: string) => `Chưa mở được: loại báo cáo «${title}» không còn trong danh sách (mẫu vừa được nạp lại?). Gõ /sua 1 để chọn lại.`,
    onlyInOfficersChat: "Lệnh này dùng trong nhóm cán bộ phụ trách.",
    onlyInOfficersOrPrivateChat: "Lệnh này dùng trong nhóm cán bộ phụ trách hoặc trong tin nhắn riêng với bot.",
    otherUnit: (theirs: string, name: string) =>
      `Bạn đang tham gia báo cáo của ${theirs || "một đơn vị khác"} nên không thao tác được trên báo cáo của đơn vị này. Nếu bạn đã chuyển sang đơn vị này, nhờ cán bộ phụ trách gõ /canbo chuyen ${name} rồi gõ lại lệnh.`,
    bindUsage: "Cách dùng: /dangky MÃ_ĐƠN_VỊ, /dangky canbo hoặc /dangky moi MÃ_ĐƠN_VỊ.",
    bindNeedsOfficer: "Chỉ cán bộ phụ trách, hoặc người có mã gắn nhóm do cán bộ cung cấp, mới gắn được nhóm.",
    bindMoveNeedsOfficer: "Nhóm này đã được gắn với một đơn vị. Chỉ cán bộ phụ trách mới chuyển được nhóm sang đơn vị khác.",
    severalUnitsNamed: (words: string, units: string) => `«${words}» có trong tên của nhiều đơn vị: ${units}. Vui lòng gõ mã đơn vị.`,
    unknownUnit: (code: string, codes: string) => `Không có đơn vị mã ${code}. Mã các đơn vị: ${codes}.`,
    andMoreCodes: (n: number) => ` và ${n} mã khác`,
    unknownCode: "Mã không đúng hoặc đã được dùng.",
    bootstrapClosed: "Đã có cán bộ phụ trách nên mã khởi tạo không còn dùng được. Hãy nhờ một cán bộ thêm bạn bằng /canbo them.",
    unknownBindCode: "Mã không đúng, đã được dùng hoặc đã quá 7 ngày. Cán bộ phường có thể tạo mã mới bằng /dangky moi <mã đơn vị>.",
    bound: (unit: string) => `Đã gắn nhóm này với ${unit}. Thành viên gõ /baocao để bắt đầu báo cáo.`,
    boundOfficers: "Đã đặt nhóm này làm nhóm cán bộ phụ trách. Gõ /trogiup để xem các lệnh.",
    bindOfficersChatToUnit: (unit: string, confirm: string) =>
      `Nhóm này đang là nhóm cán bộ phụ trách. Gắn nhóm với ${unit || "một đơn vị"} thì nhóm không còn nhận thông báo nộp báo cáo, văn bản của các đơn vị và không dùng được các lệnh của cán bộ ở đây nữa. Nếu đúng ý bạn, gõ ${confirm}.`,
    bindUnitChatAsOfficers: (unit: string, confirm: string) =>
      `Nhóm này đang là nhóm của ${unit || "một đơn vị"}. Đặt làm nhóm cán bộ phụ trách thì mọi thành viên của nhóm sẽ nhận văn bản của tất cả các đơn vị và liên kết đăng nhập trang cán bộ. Nếu đúng ý bạn, gõ ${confirm}.`,
    bindCode: (unit: string, code: string) => `Mã gắn nhóm cho ${unit}: ${code}\nGửi mã này cho đơn vị; trong nhóm của đơn vị, gõ /dangky ${code} (dùng được một lần, trong 7 ngày).`,
    officerUsage:
      "Cách dùng: /canbo them MÃ hoặc /canbo xoa MÃ (mã người dùng trên nền tảng; gõ tên hiển thị của người đó để xem mã); /canbo chuyen TÊN hoặc MÃ để một người báo cáo được cho đơn vị khác.",
    releaseByIdPlease: (people: string, exampleId: string) => `Có nhiều người tên này: ${people}. Gõ lại lệnh với mã người dùng, ví dụ /canbo chuyen ${exampleId}.`,
    memberReleased: (name: string, unit: string) =>
      `${name} không còn gắn với ${unit || "đơn vị cũ"}: lần tới người này làm báo cáo ở nhóm đơn vị nào thì gắn với đơn vị đó.`,
    memberNotBound: (name: string) => `${name} chưa gắn với đơn vị nào.`,
    /** A name never makes an officer (anyone may take it): the officer confirms with the id. */
    officerByIdPlease: (add: boolean, people: string, exampleId: string) =>
      `Người có tên này: ${people}. Để ${add ? "thêm" : "bỏ quyền"}, gõ lại lệnh với mã người dùng, ví dụ /canbo ${add ? "them" : "xoa"} ${exampleId}.`,
    memberWithId: (name: string, id: string) => `${name} (mã ${id})`,
    officerAdded: (name: string) => `Đã thêm ${name} làm cán bộ phụ trách.`,
    officerRemoved: (name: string) => `${name} không còn là cán bộ phụ trách.`,
    officerUnknown: (id: string) => `Chưa thấy ai tên hoặc mã «${id}» nhắn với bot. Người đó cần nhắn với bot một tin trước (ví dụ /trogiup).`,
    notAnOfficer: (name: string) => `${name} không phải là cán bộ phụ trách.`,
    removeSelfConfirm: (id: string) => `Bạn sắp tự bỏ quyền cán bộ phụ trách của chính mình (sẽ không dùng được các lệnh cán bộ và trang cán bộ nữa). Nếu chắc chắn, gõ /canbo xoa ${id} chac.`,
    lastOfficer: "Không thể bỏ quyền của cán bộ phụ trách cuối cùng. Hãy thêm một cán bộ khác trước (/canbo them MÃ).",
    bootstrapped: "Mã khởi tạo đúng: bạn đã trở thành cán bộ phụ trách. Gõ /trogiup để xem các lệnh.",
    noOpenCampaign: "Hiện không có đợt báo cáo nào đang mở.",
    /** `number`: the campaign's, when others are open too (a plain /baocao may go on with another report). */
    announce: (title: string, deadline: string, number?: number) =>
      `Thông báo đợt báo cáo mới: "${title}". Hạn nộp: ${deadline}.\nGõ /baocao${number ? ` ${number}` : ""} để bắt đầu báo cáo, /trogiup để xem các lệnh.`,
    /** With its number: the officers' commands about it take that (/tonghop 2, /xuat 2). */
    campaignOpened: (number: number, title: string, units: number, chats: number, busy: number) =>
      `Đã mở đợt báo cáo số ${number} "${title}" cho ${units} đơn vị; đã thông báo tới ${chats} nhóm.${busy > 0 ? ` ${officerBusyNote(busy)}` : ""}`,
    /** After a campaign opened (chat and web page): units with a report in progress in another open campaign. */
    busyNote: (n: number) => officerBusyNote(n),
    /** After campaignOpened, when it applies: the issuing office typed among the units. */
    issuerLeftOut: (name: string) => `${name} là cơ quan nhận báo cáo của đợt này nên không phải nộp, dù có trong danh sách mã.`,
    /** After campaignOpened, when it applies: units no chat of which is bound. */
    /** `units`: their codes and names, when known (the chat's reply names them; the page counts them). */
    unreached: (n: number, units: string[] = []) =>
      `${n} đơn vị chưa có nhóm chat nào nên chưa nhận được thông báo${units.length > 0 ? ` (${units.slice(0, 10).join("; ")}${units.length > 10 ? "; …" : ""})` : ""}: gõ /dangky MÃ_ĐƠN_VỊ trong nhóm của đơn vị để gắn nhóm, rồi đơn vị gõ /baocao.`,
    titleTaken: (id: number) => `Đợt báo cáo số ${id} đang mở có cùng tên này: hai đợt trùng tên sẽ khó phân biệt trong nhóm của đơn vị. Hãy đặt tên khác (ví dụ thêm "đợt 2").`,
    deadlinePast: "Hạn nộp này đã qua: mọi đơn vị sẽ bị tính là nộp muộn ngay từ đầu.",
    deadlineFar: "Hạn nộp cách hôm nay hơn một năm: có thể năm bị gõ nhầm.",
    deadlineRetype: "Hãy gõ lại ngày (ngày/tháng/năm).",
    referenceDateFuture: "Ngày ban hành văn bản không thể sau hôm nay: có thể gõ nhầm ngày hoặc năm.",
    deadlineFix: (question: number, hour: boolean) => `Chưa mở được. Gõ /sua ${question} để sửa ${hour ? "giờ" : "ngày"} rồi /nop lại.`,
    fixAndSubmit: (question: number) => `Chưa mở được. Gõ /sua ${question} để sửa rồi /nop lại.`,
    /** Refused as typed, before the form goes on. */
    unknownUnitCodes: (codes: string, known: string) =>
      `Không có đơn vị mã ${codes}. Mã các đơn vị: ${known}. Hãy gõ lại danh sách mã, mỗi dòng một mã hoặc cách nhau bởi dấu phẩy.`,
    campaignUnknownUnits: (codes: string, question: number, known: string) =>
      `Chưa mở được: không có đơn vị mã ${codes}. Mã các đơn vị: ${known}. Gõ /sua ${question} để sửa danh sách rồi /nop lại.`,
    /** Once the issuing office is left out, no unit is left to report. */
    campaignNoUnits: "Đợt báo cáo này không có đơn vị nào phải nộp: cơ quan nhận báo cáo không tự báo cáo trong đợt của mình.",
    /** No unit but the issuer in the roster: nothing the form can fix. */
    campaignEmptyRoster: "Chưa mở được: danh sách chưa có đơn vị nào để báo cáo. Người quản trị nạp danh sách đơn vị (npm run roster -- tệp.csv) rồi mở lại đợt; gõ /huy để thôi.",
    campaignsStillOpen: (lines: readonly string[]) =>
      `Lưu ý: ${lines.length === 1 ? "đợt báo cáo này vẫn đang mở" : `${lines.length} đợt báo cáo này vẫn đang mở`}:\n${lines.join("\n")}\nĐợt mới sẽ mở thêm bên cạnh, không thay đợt cũ. Gõ /huy nếu không muốn mở thêm; /dotbaocao dong kèm số đợt để đóng một đợt.`,
    openCampaignLine: (id: number, title: string, deadline: string) => `${id}. "${title}" (hạn ${deadline})`,
    campaignClosedRefused: (title: string) =>
      `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng và không nhận báo cáo muộn, nên báo cáo đang làm dở của đơn vị không nộp được nữa. Các câu đã trả lời vẫn được lưu; nếu cần nộp, hãy liên hệ cán bộ phụ trách.`,
    campaignClosedLateAccepted: (title: string) =>
      `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng. Báo cáo đang làm dở của đơn vị vẫn được nhận nhưng ghi là nộp muộn: gõ /baocao để làm tiếp, /nop khi đã xong.`,
    campaignClosedReturned: (title: string) =>
      `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng. Báo cáo của đơn vị đang được trả lại để sửa nên vẫn được nhận: sửa bằng /sua N, rồi /nop để nộp lại.`,
    /** Closed while another is open, the unit's report still taken (late, or returned): reached by its number. */
    campaignClosedStillTaken: (title: string, number: number, returned: boolean) =>
      `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng. ${returned ? "Báo cáo của đơn vị đang được trả lại để sửa nên vẫn được nhận" : "Báo cáo đang làm dở của đơn vị vẫn được nhận nhưng ghi là nộp muộn"}: gõ /baocao ${number} để làm tiếp báo cáo này, /nop khi đã xong.`,
    /** To a unit that never started the closed campaign's report. */
    campaignClosedNotStarted: (title: string, after: "refused" | "late" | "moved-on", number: number) =>
      `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng; đơn vị chưa nộp báo cáo của đợt này. ${
        after === "refused"
          ? "Đợt này không nhận báo cáo muộn."
          : after === "late"
            ? "Báo cáo vẫn được nhận nhưng ghi là nộp muộn: gõ /baocao để bắt đầu."
            : `Báo cáo vẫn được nhận nhưng ghi là nộp muộn. Nhóm đang làm báo cáo của đợt khác còn mở: gõ /baocao ${number} để chuyển sang báo cáo đợt này.`
      }`,
    campaignClosedMovedOn: (title: string, next: string) =>
      `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng. Nhóm chuyển sang đợt "${next}" đang mở, nên báo cáo đang làm dở của đợt đã đóng không làm tiếp được trong nhóm. Các câu đã trả lời vẫn được lưu; nếu cần nộp, hãy liên hệ cán bộ phụ trách.`,
    campaignClosed: (title: string, policy: string) => `Đã đóng đợt báo cáo "${title}". Báo cáo nộp muộn: ${policy}.`,
    /** `effects`: what closing does now (closeEffects below, as the web page's close button says it). */
    closeConfirm: (id: number, title: string, effects: string) => `Đóng đợt ${id} "${title}"? ${effects} Nếu chắc chắn, gõ /dotbaocao dong ${id} chac.`,
    /** `deadline`: when it has not passed yet. `refusesLate`: the campaign's policy for reports after it closes. */
    closeEffects,
    campaignUsage:
      "Cách dùng: /dotbaocao (mở đợt mới), /dotbaocao dong N (đóng đợt số N), /dotbaocao giahan N dd/mm/yyyy [hh:mm] (gia hạn đợt số N), /dotbaocao them MÃ, /dotbaocao bot MÃ (thêm, bỏ đơn vị). Khi chỉ có một đợt đang mở, có thể bỏ số đợt.",
    extendUsage: "Cách dùng: /dotbaocao giahan N dd/mm/yyyy [hh:mm], ví dụ /dotbaocao giahan 2 30/10/2026 17:00 (bỏ N khi chỉ có một đợt đang mở; không ghi giờ thì giữ giờ của hạn cũ).",
    extendPast: (old: string) => `Chưa gia hạn: hạn mới đã qua. Hạn nộp vẫn là ${old}; gõ một hạn sau hôm nay.`,
    extendFar: (old: string) => `Chưa gia hạn: hạn mới cách hôm nay hơn một năm, có thể năm bị gõ nhầm. Hạn nộp vẫn là ${old}.`,
    /** "/dotbaocao giahan N" of a closed campaign: a closed one is never reopened; what is left to do depends on its policy. */
    extendClosed: (id: number, title: string, takesLate: boolean) =>
      `Đợt ${id} "${title}" đã đóng nên không gia hạn được: đợt đã đóng thì không mở lại được. ${
        takesLate
          ? `Đợt này vẫn nhận báo cáo nộp muộn: đơn vị chưa nộp vẫn gõ /baocao ${id} để nộp, báo cáo được ghi là nộp muộn.`
          : "Đợt này không nhận báo cáo muộn; nếu vẫn cần các đơn vị nộp, hãy mở đợt mới bằng /dotbaocao."
      }`,
    extendNotLater: (old: string) => `Hạn mới phải sau hạn hiện tại (${old}). Gia hạn chỉ lùi hạn nộp về sau.`,
    /** `told`: of those units, how many have a chat the bot could tell (one whose group removed the bot is not told). */
    extendedOnTimeNow: (n: number, told: number) =>
      `${n} đơn vị đã nộp sau hạn cũ, trước hạn mới, nay không còn bị tính là nộp muộn${
        told === n ? `; nhóm của ${n === 1 ? "đơn vị đó" : "các đơn vị đó"} đã được báo.` : told === 0 ? "." : `; đã báo tới nhóm của ${told} đơn vị.`
      }`,
    /** To a unit whose report, sent after the old deadline and before the new one, is late no longer. */
    extendedOnTimeToUnit: (title: string, moved: string) =>
      `Hạn nộp báo cáo "${title}" đã được gia hạn đến ${moved}, nên báo cáo đơn vị đã nộp nay được tính là nộp đúng hạn, không còn bị ghi là nộp muộn.`,
    /** `chats`: the unit chats told (those of units that have not submitted). */
    extended: (id: number, title: string, old: string, moved: string, chats: number) =>
      `Đã gia hạn đợt ${id} "${title}" từ ${old} đến ${moved}. ${chats === 0 ? "Không có nhóm nào của đơn vị chưa nộp cần báo." : `Đã báo hạn mới tới ${chats} nhóm của đơn vị chưa nộp.`}`,
    /** `number`: the campaign's number to type when several are open (a plain /baocao may open another). */
    extendedToUnit: (title: string, moved: string, officer: string, number?: number) =>
      `Hạn nộp báo cáo "${title}" được gia hạn đến ${moved} (cán bộ phụ trách ${officer}). Gõ /baocao${number === undefined ? "" : ` ${number}`} để làm hoặc tiếp tục báo cáo.`,
    lateAccepted: "vẫn nhận và đánh dấu nộp muộn",
    lateRefused: "không nhận",
    closedSubmittedReadOnly: "Đợt báo cáo đã đóng nên báo cáo đã nộp không sửa được nữa. Gõ /xem để xem lại, /vanban để nhận văn bản; nếu cần sửa, hãy liên hệ cán bộ phụ trách.",
    lateNotice: "Báo cáo được ghi nhận là nộp muộn.",
    returnUsage: "Cách dùng: /tralai MÃ_ĐƠN_VỊ nhận xét, hoặc /tralai MÃ_ĐƠN_VỊ đợt SỐ_ĐỢT nhận xét khi có nhiều đợt đang mở.",
    /** The unit named, its comment missing: said so, with the unit's own code in the example. */
    returnNeedsComment: (unit: string, code: string) =>
      `Chưa trả lại: cần ghi nhận xét để ${unit} biết phải sửa gì, ví dụ: /tralai ${code} Bổ sung số sách quyên góp (câu 11).`,
    returnWhich: (unit: string, code: string, lines: string[]) =>
      `${unit} đã nộp báo cáo của ${lines.length} đợt đang mở:\n${lines.join("\n")}\nGõ /tralai ${code} đợt N nhận xét, thay N bằng số đợt của báo cáo cần trả lại.`,
    notInCampaign: (unit: string, number: number) => `${unit} không có trong đợt báo cáo số ${number}.`,
    /**
     * Nothing to return. `implied`: the officer named no campaign, so it is the one the unit works on
     * (said only while open). Closed refusing late reports, the report will never come: not "chưa".
     */
    notSubmitted: (unit: string, campaign?: { title: string; implied: boolean; closed?: "refuse" | "accept" }) => {
      if (!campaign) return `${unit} chưa nộp báo cáo nên chưa thể trả lại.`;
      if (campaign.closed === "refuse")
        return `${unit} không nộp báo cáo đợt "${campaign.title}": đợt đã đóng và không nhận báo cáo nộp muộn, nên không có báo cáo nào để trả lại.`;
      const which = campaign.closed === "accept" ? " (đợt đã đóng, vẫn nhận báo cáo nộp muộn)" : campaign.implied ? " (đợt đơn vị đang làm)" : "";
      return `${unit} chưa nộp báo cáo đợt "${campaign.title}"${which} nên chưa thể trả lại.`;
    },
    /** The reference document as the campaign's documents cite it: `cited` is "Kế hoạch số 45/KH-UBND" (cited-document.ts). */
    referenceText: (cited: string, date: string, issuer: string) => `${cited} ngày ${date} của ${issuer}`,
    /** Document kinds a citation names: the first is the default (a công văn has no kind code). */
    documentKinds: {
      kinds: ["Công văn", "Kế hoạch", "Quyết định", "Hướng dẫn", "Thông báo", "Chỉ thị", "Nghị quyết", "Kết luận", "Thông tư", "Tờ trình"],
      byCode: { KH: "Kế hoạch", QD: "Quyết định", HD: "Hướng dẫn", TB: "Thông báo", CT: "Chỉ thị", NQ: "Nghị quyết", KL: "Kết luận", TT: "Thông tư", TTR: "Tờ trình" } as Record<string, string>,
      typedAbbreviations: { CV: "Công văn", KH: "Kế hoạch", "QĐ": "Quyết định" } as Record<string, string>,
    },
    /**
     * A second officer returning a report already returned: who returned it, when and with which
     * comment (`by`, `at` unknown for a return older than the activity log), and that hers was not sent.
     */
    alreadyReturned: (unit: string, by: string | undefined, at: string | undefined, comment: string) =>
      `${by ? `${by} đã trả lại báo cáo của ${unit}` : `Báo cáo của ${unit} đã được trả lại`}${at ? ` lúc ${at}` : ""}${comment ? ` với nhận xét «${clipped(comment, 300)}»` : ""}; báo cáo đang chờ đơn vị sửa, nộp lại. Nhận xét của bạn không được gửi tới đơn vị; nếu cần bổ sung, hãy trao đổi với người đã trả lại hoặc nhắn trực tiếp trong nhóm của đơn vị.`,
    /** `closed`: the campaign is closed; a returned report is still taken there, whatever its policy on late ones. */
    returnedToOfficer: (unit: string, title: string, closed = false) =>
      `Đã trả lại báo cáo "${title}" của ${unit} để sửa.${closed ? " Đợt đã đóng nhưng đơn vị vẫn nộp lại được báo cáo bị trả lại." : ""}`,
    /** `switchTo`: the unit's chat stays on another report it has in progress; this number moves it here. */
    returnedToUnit: (comment: string, title: string, officer: string, switchTo?: number) =>
      `Báo cáo "${title}" của đơn vị được cán bộ phụ trách${officer ? ` ${officer}` : ""} trả lại để sửa. Nhận xét: ${comment}\n${
        switchTo ? `Nhóm đang làm dở một báo cáo khác nên vẫn tiếp tục báo cáo đó; gõ /baocao ${switchTo} để chuyển sang sửa báo cáo này.` : "Gõ /xem để xem lại, /sua N để sửa câu N, rồi /nop để nộp lại."
      }`,
    broadcastUsage: "Cách dùng: /thongbao nội dung, /thongbao đợt N nội dung để gửi tới các đơn vị của đợt số N, hoặc /thongbao tatca nội dung để gửi tới mọi nhóm.",
    /** A campaign the notice was for closed while it was being sent (another officer, another instance): nothing went out. */
    broadcastCampaignClosed: (id: number, title: string) =>
      `Đợt ${id} "${title}" vừa được đóng nên thông báo chưa được gửi tới đơn vị nào. Nếu vẫn cần gửi, vui lòng gõ lại lệnh /thongbao.`,
    /**
     * /thongbao's reply: how many groups, then whom it goes to (the units of which campaigns, or every
     * unit) and how many units that is; it said the number of groups alone.
     */
    broadcastQueuedTo: (chats: number, units: number, campaigns: readonly { id: number; title: string }[], unreachable: number) =>
      `Đang gửi thông báo tới ${chats} nhóm, là ${
        campaigns.length === 0
          ? "tất cả các đơn vị"
          : campaigns.length === 1
            ? `các đơn vị của đợt ${campaigns[0]!.id} "${campaigns[0]!.title}"`
            : `các đơn vị của ${campaigns.length} đợt đang mở, ${campaigns.slice(0, -1).map((c) => `đợt ${c.id}`).join(", ")} và đợt ${campaigns.at(-1)!.id}`
      } (${units} đơn vị)${unreachable > 0 ? `; ${unreachable} đơn vị chưa có nhóm nên không nhận được` : ""}.`,
    broadcastQueued: (chats: number, unreachable: number) => `Đang gửi thông báo tới ${chats} nhóm${unreachable > 0 ? `; ${unreachable} đơn vị chưa có nhóm nên không nhận được` : ""}.`,
    /** A plain /thongbao with no campaign open goes to every unit, as /thongbao tatca does: said. */
    broadcastToEveryUnit: "Không có đợt báo cáo nào đang mở nên thông báo được gửi tới tất cả các đơn vị.",
    /**
     * `from`: the officer who sent it, and the office (the campaign's issuer) when one is known;
     * `about`: the campaign it was aimed at ("/thongbao đợt N"), its number when the unit has several open.
     */
    broadcastMessage: (text: string, from: string, about?: { title: string; number?: number }) =>
      `Thông báo từ cán bộ phụ trách ${from}${about ? ` về đợt báo cáo "${about.title}"${about.number === undefined ? "" : ` (đợt ${about.number})`}` : ""}:\n${text}`,
    /** `opening`: the notice's first words, to tell two results apart. */
    broadcastSummary: (opening: string | undefined, sent: number, failed: number, unreachable: number) =>
      `Kết quả gửi thông báo${opening ? ` «${clipped(opening, 40)}»` : ""}: ${sent} nhóm đã nhận, ${failed} nhóm gửi không được, ${unreachable} đơn vị chưa có nhóm.`,
    remindUsage:
      "Cách dùng: /nhacnho ngay (/nhacnho ngay lai nếu vừa nhắc), hoặc /nhacnho lich 3,1,0 (số ngày trước hạn; 0 là sáng ngày hết hạn). Thêm đợt N để chỉ nhắc hoặc đặt lịch cho đợt số N.",
    remindSchedule: (days: string) => `Lịch nhắc: ${days}; sau hạn nhắc mỗi ngày, lúc 8 giờ sáng ngày làm việc.`,
    /** After the schedule shown: how to change it, and how to remind now (/nhacnho alone showed the schedule only). */
    remindScheduleHow: "Đổi lịch: /nhacnho lich 3,1,0 (số ngày trước hạn; 0 là sáng ngày hết hạn), thêm đợt N khi có nhiều đợt đang mở. Nhắc ngay các đơn vị chưa nộp: /nhacnho ngay.",
    remindScheduleSet: (title: string, days: string) => `Đã đặt lịch nhắc cho đợt "${title}": ${days}.`,
    /** After a schedule or deadline change: the next step, the ones already past not made up for. */
    nextReminder: (at: string, overdue: boolean) => `Lần nhắc tiếp theo: ${at}${overdue ? " (sau hạn nộp)" : ""}; các mốc nhắc đã qua không gửi bù.`,
    noNextReminder: "Không còn mốc nhắc nào sắp tới; các mốc nhắc đã qua không gửi bù.",
    /** A line of a reply that covers several open campaigns. */
    ofCampaign: (id: number, title: string, text: string) => `Đợt ${id} "${title}": ${text}`,
    /**
     * `names`: the units reminded, listed when few; `skipped`: units reminded on their own a moment
     * ago, left out (their group would read it twice).
     */
    remindSent: (units: number, unreachable: number, names: string[] = [], skipped: string[] = []) =>
      (units > 0 ? `Đã gửi lời nhắc tới ${units} đơn vị chưa nộp${names.length > 0 && names.length <= 10 ? ` (${names.join(", ")})` : ""}` : unreachable + skipped.length > 0 ? "Không gửi được lời nhắc nào" : "Không còn đơn vị nào chưa nộp để nhắc") +
      (unreachable > 0 ? `; ${unreachable} đơn vị chưa nộp không có nhóm nào đang nhận tin của bot nên không nhận được` : "") +
      (skipped.length > 0 ? `; không nhắc lại ${skipped.length <= 10 ? skipped.join(", ") : `${skipped.length} đơn vị`} vì vừa được nhắc riêng trong 5 phút qua` : "") +
      ".",
    /** `number`: the campaign's, when several are open ("lai" then names one). */
    remindedRecently: (at: string, units: number, number?: number) =>
      `Các đơn vị chưa nộp vừa được nhắc lúc ${at} (${units} đơn vị). Gõ /nhacnho ngay lai${number === undefined ? "" : ` đợt ${number}`} để nhắc thêm lần nữa.`,
    /** "/dotbaocao dong" followed by something that is not a campaign's number. */
    closeWhich: (typed: string) => `Không hiểu "${typed}". Gõ /dotbaocao dong, hoặc /dotbaocao dong kèm số đợt khi có nhiều đợt đang mở; bot hỏi lại trước khi đóng, và /dotbaocao dong N chac thì đóng.`,
    remindAgainWhich: "Đang có nhiều đợt báo cáo mở: gõ /nhacnho ngay lai đợt N để nhắc lại các đơn vị của đợt số N.",
    reminderDaysBefore: (days: number) => `${days} ngày trước hạn`,
    reminderOnDeadline: "sáng ngày hết hạn",
    reminderReturned: (title: string, deadline: string, comment: string, overdue: boolean, number?: number) =>
      `${overdue ? "Đã quá hạn nộp" : "Nhắc nộp lại"} báo cáo "${title}" (hạn ${deadline}): báo cáo của đơn vị đã được trả lại để sửa${comment ? `, với nhận xét «${clipped(comment, 200)}»` : ""} và chưa được nộp lại.\nGõ /baocao${number ? ` ${number}` : ""} để sửa, /nop để nộp lại.`,
    /** An officer's reminder of a closed campaign still taking late reports; `progress` undefined: the report was returned. */
    reminderAfterClose: (title: string, progress: string | undefined, started: boolean, number: number) =>
      progress === undefined
        ? `Nhắc nộp lại báo cáo "${title}": đợt đã đóng nhưng báo cáo được trả lại để sửa vẫn được nhận, và báo cáo của đơn vị chưa được nộp lại.\nGõ /baocao ${number} để sửa, /nop để nộp lại.`
        : `Nhắc nộp báo cáo "${title}": đợt đã đóng nhưng vẫn nhận báo cáo nộp muộn (báo cáo được ghi là nộp muộn). Tiến độ của đơn vị: ${progress}.\nGõ /baocao ${number} để ${started ? "tiếp tục" : "bắt đầu"}, /nop khi đã xong.`,
    reminder: (title: string, deadline: string, progress: string, overdue: boolean, started: boolean, number?: number) =>
      `${overdue ? "Đã quá hạn nộp" : "Nhắc nộp"} báo cáo "${title}" (hạn ${deadline}). Tiến độ của đơn vị: ${progress}.\nGõ /baocao${number ? ` ${number}` : ""} để ${started ? "tiếp tục" : "bắt đầu"}, /nop khi đã xong.`,
  },
  status: {
    correctionsWaiting: "Có sửa đổi chưa nộp lại: gõ /nop để gửi bản sửa.",
    /** /trangthai in a private chat, which is neither the officers' chat nor a unit's. */
    whereToAsk: "Lệnh /trangthai dùng trong nhóm cán bộ phụ trách (tình hình các đơn vị) hoặc trong nhóm của đơn vị (báo cáo của đơn vị đó).",
    /** The number is the one /trangthai N, /xuat N and /tonghop N take. */
    /** `closed`: "refusing" when it takes no late report (its units not in will not be). */
    header: (id: number, title: string, deadline: string, closed: boolean | "refusing") =>
      `Tình hình đợt ${id} "${title}"${closed === "refusing" ? " (đã đóng, không nhận báo cáo nộp muộn)" : closed ? " (đã đóng)" : ""} — hạn ${deadline}`,
    /** `refusing`: closed refusing late reports, where no unit is in progress or to start any more, only "did not submit". */
    counts: (c: { submitted: number; inProgress: number; notStarted: number; overdue: number; returned: number; notSubmitted: number }, refusing: boolean) =>
      refusing
        ? `Đã nộp: ${c.submitted} · Không nộp: ${c.notSubmitted} · Trả lại: ${c.returned}`
        : `Đã nộp: ${c.submitted} · Đang làm: ${c.inProgress} · Chưa bắt đầu: ${c.notStarted} · Quá hạn: ${c.overdue} · Trả lại: ${c.returned}`,
    /** A unit whose report was not in when its campaign closed refusing late reports; how far it got. */
    notSubmitted: (k: number, n: number) => (k > 0 ? `không nộp (đã trả lời ${k}/${n} câu)` : "không nộp"),
    /**
     * `late`: "after-close" when it came after an early close, before the deadline shown beside it
     * (a bare "muộn" there read as a contradiction); late after the deadline shown, "(muộn)" says it.
     */
    submitted: (by: string, at: string, late: boolean | "after-close") =>
      `đã nộp${late === "after-close" ? " (muộn: sau khi đợt đóng, trước hạn nộp)" : late ? " (muộn)" : ""} — ${by}, ${at}`,
    inProgress: (k: number, n: number) => `đang làm ${k}/${n}`,
    notStarted: "chưa bắt đầu",
    // Not "đang sửa": said from the moment of the return, before the unit has opened the report.
    returned: (k: number, n: number) => `trả lại để sửa, đã trả lời ${k}/${n} câu`,
    overdue: "QUÁ HẠN",
    /** `closed`: "takes" when the closed campaign still takes this report, "sealed" when it no longer does. */
    unitOwn: (title: string, state: string, deadline: string, closed?: "takes" | "sealed") =>
      `Báo cáo "${title}"${closed === "takes" ? " (đợt đã đóng, vẫn nhận báo cáo này)" : closed === "sealed" ? " (đợt đã đóng)" : ""}: ${state}. Hạn nộp: ${deadline}.`,
    noSuchCampaign: (typed: string) => `Đơn vị không có đợt số ${typed} đang mở hoặc còn nhận báo cáo.`,
    /** One unitOwn per campaign the unit may work on (open, or closed and still taking its report), with the campaign's number. */
    unitOwnMany: (reports: { id: number; text: string }[], someClosed = false) =>
      `Đơn vị đang có ${reports.length} đợt báo cáo ${someClosed ? "(kể cả đợt đã đóng vẫn nhận báo cáo)" : "mở"}:\n${reports.map((r) => `${r.id}. ${r.text}`).join("\n")}\nGõ /baocao kèm số đợt để làm báo cáo của đợt đó, ví dụ /baocao ${reports[0]!.id}.`,
    more: (n: number) => `… và ${n} đơn vị khác: danh sách đầy đủ ở tệp Excel gửi kèm.`,
    sheetCaption: (title: string) => `Tình hình nộp báo cáo "${title}" (đầy đủ các đơn vị)`,
    sheetName: "Tình hình",
    sheetColumns: ["Mã đơn vị", "Đơn vị", "Tình trạng", "Đã trả lời", "Người nộp", "Thời điểm nộp", "Nộp muộn"],
    sheetFileName: (date: string) => `Tình-hình-nộp-báo-cáo-${date}.xlsx`,
  },
  /** /xuat: a campaign's answers as a spreadsheet. Sheet and column names are read by people outside the bot: keep them. */
  /** An officer's command that acts on one open campaign (choose-open-campaign.ts). */
  openCampaigns: {
    line: (id: number, title: string, deadline: string) => `${id}. ${title} (hạn ${deadline})`,
    which: (count: number, list: string, retry: string) => `Đang có ${count} đợt báo cáo mở:\n${list}\nGõ ${retry}, thay N bằng số đợt.`,
    /** Campaign `number` exists and is closed: an officer's command for open campaigns cannot act on it. */
    closed: (number: number, title: string, list: string) =>
      `Đợt ${number} "${title}" đã đóng; lệnh này chỉ dùng cho đợt đang mở.${list ? ` Các đợt đang mở:\n${list}` : " Hiện không có đợt nào đang mở."}`,
    /** Campaign `number` closed refusing late reports: no unit not in may still send its report. */
    closedRefusingRemind: (number: number, title: string) =>
      `Đợt ${number} "${title}" đã đóng và không nhận báo cáo nộp muộn: các đơn vị chưa nộp không nộp được nữa nên không có gì để nhắc.`,
    closedRefusingBroadcast: (number: number, title: string) =>
      `Đợt ${number} "${title}" đã đóng và không nhận báo cáo nộp muộn nên không gửi thông báo theo đợt này được (các đơn vị đã được báo khi đợt đóng). Để gửi tới mọi đơn vị, gõ /thongbao tatca nội dung.`,
    notOpen: (number: number, list: string) => (list ? `Không có đợt số ${number} đang mở. Các đợt đang mở:\n${list}` : `Không có đợt số ${number} đang mở; hiện không có đợt nào đang mở.`),
  },
  /** Picking a campaign by number or title (/xuat, /tonghop); `command` is how to ask again. */
  campaignChoice: {
    /** `example`: a closed campaign's number for the example (the newest, where known). */
    noOpenCampaign: (command: string, example: number) => `Hiện không có đợt báo cáo nào đang mở. Gõ ${command} kèm số đợt để chọn một đợt đã đóng, ví dụ ${command} ${example}.`,
    unknown: (command: string, asked: string, list: string) =>
      `Không tìm thấy đợt báo cáo "${asked}". Gõ ${command} kèm số đợt hoặc tên đợt.${list ? `\nCác đợt báo cáo:\n${list}` : ""}`,
    many: (command: string, asked: string, list: string) => `Có nhiều đợt báo cáo khớp với "${asked}". Gõ ${command} kèm số đợt:\n${list}`,
    whichOpen: (command: string, count: number, list: string, example: number) => `Đang có ${count} đợt báo cáo mở:\n${list}\nGõ ${command} kèm số đợt, ví dụ ${command} ${example}.`,
    line: (id: number, title: string, isOpen: boolean) => `${id}. ${title}${isOpen ? " (đang mở)" : ""}`,
  },
  export: {
    preparing: (id: number, title: string) => `Đang xuất số liệu đợt báo cáo số ${id} "${title}". Tệp Excel được gửi ngay sau tin này.`,
    caption: (title: string) => `Số liệu báo cáo "${title}": tổng hợp theo đơn vị và chi tiết từng câu trả lời`,
    fileName: (id: number, date: string) => `Số-liệu-đợt-${id}-${date}.xlsx`,
    /** The /status words, without the who and when that have their own columns. */
    submitted: (late: boolean) => `đã nộp${late ? " (muộn)" : ""}`,
    summarySheet: "Tổng hợp",
    summaryColumns: ["Mã đơn vị", "Đơn vị", "Trạng thái", "Người nộp", "Thời điểm nộp", "Phiên bản"],
    /** The question alone: a number over all questions would be another than a unit's own (Chi tiết numbers per unit). */
    questionColumn: (prompt: string) => prompt,
    total: "Tổng cộng",
    detailSheet: "Chi tiết",
    detailColumns: ["Đơn vị", "Câu", "Câu hỏi", "Trả lời", "Người trả lời", "Thời điểm"],
  },
  zaloOa: {
    /** Told once to the officers' chats on the other channels when Zalo declares the OA's refresh token dead. */
    refreshTokenDead:
      "Bot sẽ không gửi được tin nhắn qua Zalo OA nữa: mã làm mới (refresh token) của OA đã hết hiệu lực. Quản trị viên cần tạo cặp mã mới trong công cụ API Explorer của Zalo (hoặc cấp quyền lại cho ứng dụng), rồi chạy lệnh npm run zalo-tokens -- ACCESS_TOKEN REFRESH_TOKEN trên máy chủ.",
    /** The zalo-tokens command's own lines. */
    tokensUsage: "Cách dùng: npm run zalo-tokens -- ACCESS_TOKEN REFRESH_TOKEN (cặp mã của Zalo OA, lấy trong API Explorer của Zalo).",
    noDatabase: (path: string) =>
      `Không có cơ sở dữ liệu ${path}: bot chưa từng chạy với tệp này. Đặt DATABASE_PATH (hoặc DATABASE_URL) đúng như khi chạy bot rồi chạy lại lệnh.`,
    /** `channelOn`: the settings enable the Zalo OA channel (else no bot reads the pair yet). */
    tokensStored: (path: string, channelOn = true) =>
      `Đã lưu cặp mã Zalo OA mới vào ${path}. ${
        channelOn
          ? "Bot đang chạy sẽ dùng ngay cặp mã này, không cần khởi động lại."
          : "Lưu ý: kênh Zalo OA chưa được bật (cần đủ ZALO_OA_APP_ID, ZALO_APP_SECRET, ZALO_OA_ACCESS_TOKEN, ZALO_OA_REFRESH_TOKEN trong cài đặt), nên bot chưa dùng cặp mã này cho tới khi kênh được bật và bot khởi động lại."
      }`,
  },
  /** /dotbaocao them, /dotbaocao bot: units added to an open campaign, or taken out of it. */
  campaignUnits: {
    usage: (word: string) => `Gõ /dotbaocao ${word} kèm mã đơn vị, ví dụ /dotbaocao ${word} TH-LIEN-CHAU (nhiều mã cách nhau bằng dấu cách; thêm "đợt N" khi có nhiều đợt đang mở).`,
    unknown: (codes: string) => `Không có đơn vị mã ${codes} trong danh sách. Người quản trị nạp đơn vị mới bằng npm run roster rồi gõ lại lệnh.`,
    issuer: (name: string) => `${name} là đơn vị ban hành đợt này, không báo cáo trong đợt của chính mình.`,
    nothingToAdd: (campaignId: number, already: string) => `Không thêm gì: ${already} đã có trong đợt ${campaignId}.`,
    added: (campaignId: number, added: string, already: string, unreached: string) =>
      `Đã thêm vào đợt ${campaignId}: ${added}.${already ? ` Đã có trong đợt từ trước: ${already}.` : ""}${unreached ? ` Chưa có nhóm chat nào gắn với ${unreached}: gõ /dangky mã đơn vị trong nhóm của đơn vị để thông báo tới được.` : " Các nhóm của đơn vị đã nhận thông báo mở đợt."}`,
    started: (names: string) => `Không bỏ được: ${names} đã bắt đầu hoặc đã nộp báo cáo của đợt này. Chưa có gì thay đổi.`,
    removedNotice: (title: string) => `Đơn vị không còn trong danh sách báo cáo của đợt "${title}": không cần nộp báo cáo này. Nếu có nhầm lẫn, vui lòng liên hệ cán bộ phụ trách.`,
    nothingToRemove: (campaignId: number, outside: string) => `Không bỏ gì: ${outside} không có trong đợt ${campaignId}.`,
    removed: (campaignId: number, removed: string, outside: string) =>
      `Đã bỏ khỏi đợt ${campaignId}: ${removed}.${outside ? ` Không có trong đợt: ${outside}.` : ""} Đơn vị không còn được nhắc, không còn trong bảng theo dõi, bảng số liệu và báo cáo tổng hợp của đợt.`,
  },
  /** `npm run roster`: what it says besides the roster's own errors. */
  roster: {
    demoDatabase: (path: string) =>
      `Chưa đặt token nền tảng nào (TELEGRAM_BOT_TOKEN, ZALO_OA_ACCESS_TOKEN, ZALO_BOT_TOKEN) ở đây nên cơ sở dữ liệu mặc định là của bản demo (${path}): danh sách đơn vị không nạp vào đó. Đặt DATABASE_PATH (hoặc DATABASE_URL) như khi chạy bot, hoặc token trong tệp .env; muốn nạp vào bản demo, đặt DATABASE_PATH=${path}.`,
  },
  /** Template files: what `npm run template -- check`, the start-up log and /mau nap say about them. */
  template: {
    where: (file: string, line: number | undefined) => (line === undefined ? file : `${file}, dòng ${line}`),
    inSection: (heading: string) => `mục «${heading}»`,
    inField: (id: string) => `câu «${id}»`,
    inFieldNumber: (n: number) => `câu thứ ${n}`,
    inClosing: "phần cuối (closing)",
    inDocument: "phần văn bản (document)",
    syntax: (format: string, column: number | undefined, detail: string) =>
      `tệp không đúng cú pháp ${format}${column ? ` ở cột ${column}` : ""} (kiểm tra dấu phẩy, dấu ngoặc, dấu ngoặc kép và thụt lề): ${detail}`,
    quoteHint: 'nếu giá trị có dấu hai chấm, dấu # hoặc bắt đầu bằng { hay [, hãy đặt cả giá trị trong dấu ngoặc kép, ví dụ documentText: "Tổng số: {value} em."',
    unexpectedCharacter: (character: string) => `ký tự «${character}» không đúng chỗ`,
    unexpectedEnd: "tệp kết thúc giữa chừng (thiếu dấu đóng ngoặc?)",
    /** The YAML parser's error codes that a person editing a file meets most. */
    yamlErrors: {
      MISSING_CHAR: "thiếu dấu đóng (dấu ngoặc kép hoặc dấu ngoặc)",
      BAD_INDENT: "thụt lề không đúng",
      UNEXPECTED_TOKEN: "ký tự không đúng chỗ",
      MULTILINE_IMPLICIT_KEY: "khóa viết trên nhiều dòng (thiếu dấu hai chấm hoặc thụt lề sai?)",
      BLOCK_AS_IMPLICIT_KEY: "thụt lề không đúng trước dấu hai chấm",
      TAB_AS_INDENT: "thụt lề bằng phím Tab (YAML chỉ nhận dấu cách)",
    } as Record<string, string>,
    repeatedKey: (key: string) => `khóa «${key}» xuất hiện hai lần trong cùng một nhóm (chỉ giữ một)`,
    /** `detail`: the system's error code, said in words where it is a usual one. */
    unreadable: (detail: string) => `không đọc được tệp (${({ ENOENT: "không có tệp này", EISDIR: "đây là một thư mục, không phải tệp", EACCES: "không có quyền đọc tệp" } as Record<string, string>)[detail] ?? detail})`,
    /** How to save a template file again as UTF-8, in the two editors operators use. */
    notUtf8:
      "tệp không được lưu bằng mã UTF-8 (có thể là mã Windows, «ANSI»): chữ có dấu sẽ hiện sai («B�o c�o») trong danh sách mẫu và trên văn bản. Mở tệp bằng Notepad, chọn Lưu Như (Save As), ở ô Mã hóa (Encoding) chọn UTF-8 rồi lưu đè; hoặc trong VS Code bấm vào tên mã ở thanh dưới cùng, chọn Lưu với mã hóa (Save with Encoding) → UTF-8.",
    utf16:
      "tệp được lưu bằng mã UTF-16 («Unicode» của Notepad), không phải UTF-8. Mở tệp bằng Notepad, chọn Lưu Như (Save As), ở ô Mã hóa (Encoding) chọn UTF-8 rồi lưu đè; hoặc trong VS Code bấm vào tên mã ở thanh dưới cùng, chọn Lưu với mã hóa (Save with Encoding) → UTF-8.",
    emptyFile: "tệp trống: chưa có nội dung mẫu báo cáo nào",
    tooLarge: (kilobytes: number, maxKilobytes: number) =>
      `tệp quá lớn (${kilobytes.toLocaleString("vi-VN")} KB; một mẫu báo cáo không quá ${maxKilobytes.toLocaleString("vi-VN")} KB, các mẫu có sẵn chỉ khoảng 12 KB): tệp không được đọc; kiểm tra xem có phải tệp mẫu báo cáo không`,
    tooManyQuestions: (count: number, max: number) =>
      `mẫu có ${count.toLocaleString("vi-VN")} câu hỏi, quá giới hạn ${max} câu của một mẫu báo cáo (các mẫu có sẵn có khoảng 20 câu); tách thành nhiều loại báo cáo hoặc bỏ bớt câu hỏi`,
    notATemplate: "tệp phải là một mẫu báo cáo: một nhóm { … } có key, title, document, sections và closing (không phải một danh sách hay một giá trị đơn lẻ)",
    missing: (key: string) => `thiếu «${key}»`,
    mustBe: (key: string, kind: string) => `«${key}» phải là ${kind}`,
    kinds: { string: "chữ (đặt trong dấu ngoặc kép)", number: "một số", boolean: "true hoặc false", array: "một danh sách [ ... ]", object: "một nhóm { ... }" } as Record<string, string>,
    emptyText: (key: string) => `«${key}» không được để trống`,
    tooFew: (key: string, min: number) => `«${key}» cần ít nhất ${min} mục`,
    tooMany: (key: string, max: number) => `«${key}» có nhiều nhất ${max} mục`,
    numberTooSmall: (key: string, min: number) => `«${key}» phải từ ${min} trở lên`,
    numberAbove: (key: string, min: number) => `«${key}» phải lớn hơn ${min}`,
    numberBelow: (key: string, max: number) => `«${key}» phải nhỏ hơn ${max}`,
    duplicateColumnId: (id: string) => `mã cột «${id}» đã dùng cho một cột khác của bảng; mỗi cột cần một mã riêng`,
    numberTooBig: (key: string, max: number) => `«${key}» phải nhỏ hơn hoặc bằng ${max}`,
    unknownKeys: (keys: string) => `không dùng được ${keys} ở đây (gõ sai tên, hoặc loại câu hỏi này không có)`,
    unknownType: (type: string, types: string) => `loại câu hỏi «${type}» không có; chọn một trong: ${types}`,
    missingType: (types: string) => `thiếu «type» (loại câu hỏi); chọn một trong: ${types}`,
    badId: (id: string) => `mã «${id}» không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu _, bắt đầu bằng chữ (ví dụ so_nguoi_tham_gia)`,
    badKey: (key: string) => `mã mẫu «${key}» không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu - (ví dụ bao-cao-thi-dua)`,
    badDate: (key: string) => `«${key}» phải là một ngày dạng năm-tháng-ngày, ví dụ 2026-09-30`,
    oneOf: (key: string, values: string) => `«${key}» phải là một trong: ${values}`,
    condition: "điều kiện «showIf» cần đúng một trong: equals, notEquals, in, greaterThan, answered",
    checkRule: "mỗi quy tắc «check» cần đúng một trong: atLeast, atMost",
    checkTarget: (key: string, id: string) => `«${key}» chỉ tới câu «${id}», nhưng đó không phải một câu hỏi số khác (integer, decimal, percent) của mẫu này`,
    duplicateId: (id: string) => `mã câu hỏi «${id}» đã dùng cho một câu khác; mỗi câu cần một mã riêng`,
    reservedCountId: (id: string, owner: string) =>
      `mã câu hỏi «${id}» trùng với mã mà báo cáo tổng hợp dùng cho số đơn vị ${/_khong$/.test(id) ? "trả lời Không ở" : "có số liệu của"} câu «${owner}»; hãy đặt cho câu này một mã khác`,
    laterCondition: (id: string) => `«showIf» dựa vào câu «${id}», nhưng câu đó không đứng trước câu này (điều kiện chỉ dựa vào câu đã hỏi)`,
    minAboveMax: "«min» lớn hơn «max»",
    lowAboveHigh: (low: string, high: string) => `«${low}» lớn hơn «${high}»: không câu trả lời nào đạt được`,
    repeatedOption: (option: string) => `lựa chọn «${option}» bị lặp lại`,
    /** `always`: a notEquals, which such a value makes always true (the question always asked), not never. */
    conditionYesNo: (id: string, value: string, always: boolean) =>
      `câu «${id}» là câu Có/Không: điều kiện cần true (Có) hoặc false (Không), ví dụ equals: true; với «${value}» điều kiện ${always ? "luôn đúng và câu này luôn được hỏi" : "không bao giờ đúng và câu này không bao giờ được hỏi"}`,
    conditionNotAnOption: (value: string, id: string, options: readonly string[], always: boolean) =>
      `«${value}» không phải một lựa chọn của câu «${id}», nên điều kiện ${always ? "luôn đúng" : "không bao giờ đúng"}; các lựa chọn: ${options.join("; ")}`,
    conditionNotAFigure: (id: string, value: string, integer: boolean, always: boolean) =>
      `câu «${id}» là câu hỏi số${integer ? " nguyên" : ""}: điều kiện cần ${integer ? "một số nguyên" : "một số"} viết bằng chữ số, không đặt trong dấu ngoặc kép, ví dụ equals: 3; với «${value}» điều kiện ${always ? "luôn đúng và câu này luôn được hỏi" : "không bao giờ đúng và câu này không bao giờ được hỏi"}`,
    conditionNotADate: (id: string, value: string, always: boolean) =>
      `câu «${id}» là câu hỏi ngày: điều kiện cần một ngày dạng năm-tháng-ngày, ví dụ equals: "2026-09-30"; với «${value}» điều kiện ${always ? "luôn đúng và câu này luôn được hỏi" : "không bao giờ đúng và câu này không bao giờ được hỏi"}`,
    conditionOutOfRange: (id: string, value: string, min: string | undefined, max: string | undefined, always: boolean) =>
      `câu «${id}» chỉ nhận câu trả lời ${min !== undefined && max !== undefined ? `từ ${min} đến ${max}` : min !== undefined ? `từ ${min} trở lên` : `đến ${max}`}, nên với «${value}» điều kiện ${always ? "luôn đúng và câu này luôn được hỏi" : "không bao giờ đúng và câu này không bao giờ được hỏi"}`,
    conditionAboveMax: (id: string, greaterThan: number, max: number) =>
      `câu «${id}» chỉ nhận câu trả lời đến ${max}, nên «greaterThan: ${greaterThan}» không bao giờ đúng và câu này không bao giờ được hỏi`,
    conditionNotNumeric: (id: string) => `«greaterThan» chỉ dùng với câu hỏi số, nhưng câu «${id}» không phải câu hỏi số`,
    unknownPlaceholder: (name: string, allowed: string) => `«{${name}}» không điền được ở đây nên sẽ in nguyên văn; dùng được: ${allowed}`,
    noPlaceholders: "không tên nào (chữ ở đây được in đúng như viết)",
    loneBrace: "có dấu «{» hoặc «}» lẻ: tên cần điền phải nằm trong một cặp ngoặc, ví dụ {value}",
    closingRole: (role: string, id: string) => `«closing.${role}» chỉ tới câu «${id}», nhưng phần cuối không có câu đó`,
    unknownCounterpart: (key: string) => `«consolidatedBy» chỉ tới loại báo cáo «${key}», nhưng không có loại báo cáo nào mang mã này; sửa lại mã, hoặc bỏ dòng này để báo cáo tổng hợp dùng mẫu chung`,
    unknownSource: (id: string, key: string) => `«from.field» chỉ tới câu «${id}», nhưng mẫu «${key}» của các đơn vị không có câu đó; báo cáo tổng hợp sẽ không có số liệu này`,
    /**
     * The unit's file at fault for what its counterpart reads: the counterpart is a built-in (not the
     * operator's to change), or its file stayed as it was while this one changed.
     */
    counterpartFieldGone: (key: string, builtIn: boolean, id: string) =>
      `báo cáo tổng hợp «${key}» (${counterpartMark(builtIn)}) lấy số liệu từ câu «${id}» của mẫu này, nhưng mẫu này không có câu đó; giữ câu «${id}», hoặc ${counterpartWayOut(key, builtIn)}`,
    counterpartKindGone: (key: string, builtIn: boolean, kind: string, id: string, type: string) =>
      `báo cáo tổng hợp «${key}» (${counterpartMark(builtIn)}) tính «as: ${kind}» từ câu «${id}» của mẫu này, nhưng câu đó có kiểu ${type}; giữ kiểu cũ, hoặc ${counterpartWayOut(key, builtIn)}`,
    kindDoesNotFit: (kind: string, id: string, type: string, fitting: readonly string[]) =>
      `«as: ${kind}» không tính được từ câu «${id}» (kiểu ${type}); với câu kiểu này dùng được: ${fitting.join(", ")}`,
    targetDoesNotFit: (kind: string, sourceId: string, sourceType: string, type: string, fitting: readonly string[]) =>
      `«as: ${kind}» tính từ câu «${sourceId}» (kiểu ${sourceType}) không ghi được vào câu kiểu ${type}: báo cáo tổng hợp sẽ in sai số liệu này; dùng kiểu: ${fitting.join(", ")}`,
    columnNotInSource: (id: string, sourceId: string, key: string, columns: readonly string[]) =>
      `cột «${id}» không có trong bảng «${sourceId}» của mẫu «${key}»: cột này sẽ luôn trống; các cột của bảng đó: ${columns.join(", ")}`,
    columnSumDiffers: (id: string, unitsKeepApart: boolean) =>
      `cột «${id}» ${unitsKeepApart ? "không được cộng (sum: false) trong bảng của các đơn vị nhưng được cộng ở đây" : "được cộng trong bảng của các đơn vị nhưng không được cộng (sum: false) ở đây"}; ghi «sum» như nhau ở cả hai mẫu`,
    columnTypeDiffers: (id: string, type: string, sourceType: string) => `cột «${id}» có kiểu ${type} ở đây nhưng kiểu ${sourceType} trong bảng của các đơn vị; dùng cùng một kiểu`,
    duplicateTitle: (title: string, key: string) => `tên «${title}» đã dùng cho loại báo cáo «${key}»; mỗi loại cần một tên riêng để chọn khi mở đợt; tệp này bị bỏ qua`,
    unreadableFolder: (dir: string, detail: string) => `không đọc được thư mục ${dir} (${detail}); các mẫu đã nạp trước vẫn được dùng`,
    duplicateKeyBoth: (key: string, file: string) =>
      `mã mẫu «${key}» đã dùng ở tệp ${file}: cả hai tệp bị bỏ qua, loại báo cáo này dùng phiên bản đã nạp trước đó (nếu có) cho tới khi chỉ còn một tệp mang mã này`,
    duplicateKey: (key: string, file: string) => `mã mẫu «${key}» đã dùng ở tệp ${file}; tệp này bị bỏ qua`,
    otherFolder: (key: string, dir: string) =>
      `loại báo cáo «${key}» đang dùng được nạp từ tệp này, không nằm trong TEMPLATES_DIR của máy chủ này (${dir}): vẫn giữ phiên bản đã lưu; hãy đặt cùng một TEMPLATES_DIR (cùng các tệp) cho mọi máy chủ`,
    /** `feeds`: the key of the consolidated report that read the built-in's answers. */
    replacesBuiltIn: (key: string, builtInTitle: string, newKey: string, feeds: string | undefined) =>
      `tệp này mang mã «${key}» của mẫu có sẵn «${builtInTitle}» nên thay mẫu đó: «${builtInTitle}» không còn được chọn khi mở đợt${feeds ? `, và báo cáo tổng hợp «${feeds}» không còn tổng hợp từ mẫu có sẵn này` : ""}. Nếu đây là một loại báo cáo mới, hãy đặt cho nó một «key» riêng, ví dụ key: ${newKey}; nếu muốn thay mẫu có sẵn thì bỏ qua lưu ý này.`,
    /** The check tool's line for a note (not a problem) on a file. */
    noteLine: (file: string, note: string) => `${file}: lưu ý — ${note}`,
    notesHeading: "Lưu ý:",
    checkUsage: "Cách dùng: npm run template -- check TỆP [TỆP ...] (tệp mẫu báo cáo .json, .yaml hoặc .yml)",
    checkedWithFolder: (count: number, dir: string) => `Đối chiếu thêm với ${count} mẫu khác trong TEMPLATES_DIR (${dir}), như bot sẽ nạp cùng.`,
    checkOk: (file: string, title: string, questions: number) => `${file}: hợp lệ — «${title}», ${questions} câu hỏi.`,
    /** Not a problem: printed words typed without tone marks, which the document prints as written. */
    unmarkedNote: (file: string, texts: string[]) =>
      `${file}: lưu ý — chữ in trong văn bản chưa có dấu tiếng Việt: ${texts.slice(0, 5).map((t) => `«${t.length > 60 ? `${t.slice(0, 59)}…` : t}»`).join(", ")}${texts.length > 5 ? ", …" : ""}. Văn bản in nguyên văn như vậy; nên gõ lại có dấu.`,
    checkFailed: (files: number, problems: number) => `${problems} lỗi trong ${files} tệp. Sửa các lỗi trên rồi kiểm tra lại.`,
    /** /mau and /mau nap. */
    listHeading: "Các loại báo cáo đang dùng:",
    listLine: (title: string, key: string, version: number, source: string) => `• ${title} (${key}) — phiên bản ${version}, ${source}`,
    builtIn: "mẫu có sẵn",
    brokenNow: " — tệp đang có lỗi, vẫn dùng phiên bản này (gõ /mau nap để xem lỗi)",
    fromFile: (file: string) => `tệp ${file}`,
    listFooter: (dir: string) => `Thêm hoặc sửa mẫu trong thư mục ${dir} rồi gõ /mau nap để nạp lại.`,
    reloaded: "Đã nạp lại các mẫu báo cáo.",
    added: (title: string, version: number) => `• Mới: ${title} (phiên bản ${version})`,
    lostFiguresHeading: "Các đợt đang mở sẽ thiếu số liệu trong báo cáo tổng hợp (mẫu của các đơn vị trong đợt không có câu để lấy số liệu; sửa «from» cho khớp hoặc trả lời tay khi /tonghop sua):",
    lostFigure: (id: number, title: string, prompt: string, source: string) => `• Đợt ${id} "${title}": câu «${prompt.replace(/[?:.\s]+$/u, "")}» (lấy từ câu «${source}»)`,
    changed: (title: string, from: number, to: number, consolidates: boolean) =>
      `• Đã đổi: ${title} (phiên bản ${from} → ${to}); ${consolidates ? "là báo cáo tổng hợp: các đợt đang mở dùng ngay phiên bản mới khi tổng hợp (/tonghop)" : "các đợt đang mở vẫn dùng phiên bản cũ"}`,
    removed: (title: string) => `• Không còn dùng: ${title} (đợt đang mở vẫn giữ mẫu của mình)`,
    kept: (title: string) => `• Giữ phiên bản cũ: ${title} (tệp của mẫu đang có lỗi, xem dưới)`,
    unchanged: (n: number) => `• Không đổi: ${n} mẫu`,
    problemsHeading: "Tệp có lỗi (mẫu cũ, nếu có, vẫn được dùng):",
  },
  /** What a template's `{period}` prints when the campaign was given none (documents/campaign-period.ts). */
  period: {
    schoolYear: (startYear: number) => `năm học ${startYear} - ${startYear + 1}`,
    calendarYear: (year: number) => `năm ${year}`,
  },
  page: {
    title: "Bot báo cáo — trò chuyện thử",
    chatLabel: "Nhóm",
    memberLabel: "Thành viên",
    /** As in a platform's group, talk that neither answers nor names the bot gets no answer. */
    placeholder: "Gõ lệnh (ví dụ /baocao) hoặc trả lời câu hỏi của bot; gọi bot: @Bot Báo Cáo …",
    send: "Gửi",
    document: "Tải văn bản",
    /** The file button beside the text box, and what the page says while a file goes up. */
    /** Not "Gửi …": the send button is found by that name. */
    attach: "Chọn ảnh",
    attachTitle: "Ảnh JPEG hoặc PNG, tối đa 10 MB; chữ trong ô nhập đi kèm làm chú thích",
    sentFile: (name: string) => `[Tệp: ${name}]`,
  },
  /** A Word (.docx) file sent into a report: what it filled, what it left, why it was refused. */
  wordImport: {
    filled: (k: number, n: number, numbers: string) => `Đã điền ${k}/${n} câu từ tệp: câu ${numbers}. Gõ /xem để xem lại, /sua N để sửa câu N.`,
    kept: (numbers: string) => `Câu ${numbers} đã có câu trả lời nên được giữ nguyên, không thay bằng nội dung trong tệp; gõ /sua N nếu muốn sửa.`,
    onlyKept: (numbers: string) =>
      `Tệp không điền thêm câu nào: câu ${numbers} đã có câu trả lời nên được giữ nguyên; gõ /sua N nếu muốn sửa.`,
    noMatch: (example: string) =>
      `Không tìm thấy trong tệp đề mục nào của mẫu báo cáo (ví dụ «${example}»), nên chưa điền câu nào và báo cáo không thay đổi.`,
    notDocx: "Bot chỉ đọc tệp Word (.docx) và ảnh JPEG, PNG, nên tệp này không được dùng và báo cáo không thay đổi.",
    oldWord:
      "Tệp này là Word đời cũ (.doc) nên bot chưa đọc được, báo cáo không thay đổi. Mở tệp bằng Word, chọn Tệp → Lưu Như (File → Save As), ở ô loại tệp chọn Word Document (*.docx), rồi gửi lại tệp .docx vào nhóm.",
    tooBig: "Tệp quá lớn (trên 10 MB) nên không được đọc và báo cáo không thay đổi.",
    unreadable: "Không đọc được tệp Word này (tệp hỏng hoặc có mật khẩu), nên báo cáo không thay đổi.",
    unavailable: "Không tải được tệp vừa gửi nên báo cáo không thay đổi; vui lòng gửi lại.",
    busy: "Bot đang đọc nhiều tệp Word cùng lúc nên chưa đọc tệp này; báo cáo không thay đổi. Vui lòng gửi lại sau ít phút.",
    startFirst: "Chưa có báo cáo nào đang làm: gõ /baocao rồi gửi lại tệp (hoặc gửi tệp kèm chú thích /baocao) để điền báo cáo từ tệp.",
    submittedAlready: "Báo cáo đã nộp nên tệp không được dùng. Gõ /sua N để sửa một câu rồi nộp lại.",
  },
  /** The `photo` question: photos sent in the chat, each with an optional caption. */
  photo: {
    /** The alt text of a photo without a caption, in the document. */
    altText: "Ảnh",
    howTo: (max: number) =>
      `Gửi ảnh vào đây (tối đa ${max} ảnh, mỗi ảnh không quá 10 MB; chú thích kèm ảnh sẽ in dưới ảnh trong văn bản). Gõ Xong khi đã gửi đủ.`,
    again: "Gửi thêm ảnh, gõ Xóa ảnh để gửi lại từ đầu, hoặc Xong để giữ nguyên.",
    received: (n: number) => `Đã nhận ảnh ${n}. Gửi thêm ảnh, hoặc gõ Xong để sang câu tiếp.`,
    receivedLast: (n: number) => `Đã nhận ảnh ${n}: câu này đã đủ số ảnh tối đa.`,
    textInstead: "Câu này cần ảnh, không phải chữ. Vui lòng gửi ảnh (có thể kèm chú thích), hoặc gõ Xong khi đã gửi đủ ảnh.",
    /** Under a photo question shown again: the photos it held before a correction hid it. */
    earlierPhotos: (count: string) => `Ảnh trước đây: ${count} — gõ Giữ để dùng lại; gửi ảnh mới thì các ảnh này được thay.`,
    textInsteadOptional: "Câu này cần ảnh, không phải chữ. Vui lòng gửi ảnh (có thể kèm chú thích); không có ảnh thì gõ Xong để bỏ qua câu này.",
    needMore: (min: number) => `Câu này cần ít nhất ${min} ảnh. Vui lòng gửi thêm ảnh.`,
    cleared: "Đã xóa các ảnh của câu này. Vui lòng gửi lại ảnh.",
    full: (max: number) => `Câu này đã đủ ${max} ảnh nên ảnh vừa gửi không được lưu. Gõ Xóa ảnh để gửi lại từ đầu, hoặc Xong để sang câu tiếp.`,
    /**
     * A photo where none is asked, most often of the paper report sent instead of answering: that
     * the bot cannot read it, and what it takes instead. `asking`: a question follows; `photoQuestions`:
     * the report has questions that take photos, later; `wordFiles`: the platform delivers a .docx
     * to the bot (Zalo Bot does not: told to send one, the clerk's file would get no reply).
     */
    notAsked: (asking: boolean, photoQuestions: boolean, wordFiles: boolean) =>
      `Bot không đọc được chữ trong ảnh nên chưa lưu ảnh này. ${
        asking
          ? `Vui lòng gõ câu trả lời cho câu hỏi dưới đây${wordFiles ? ", hoặc gửi tệp Word (.docx) của báo cáo để bot tự điền các câu" : ""}.`
          : `Báo cáo chỉ nhận câu trả lời gõ vào nhóm${wordFiles ? " hoặc tệp Word (.docx)" : ""}.`
      }${photoQuestions ? " Ảnh hoạt động chỉ được lưu khi bot hỏi đến câu cần ảnh." : ""}`,
    tooBig: "Tệp quá lớn nên không được lưu: mỗi ảnh tối đa 10 MB. Vui lòng gửi ảnh nhỏ hơn.",
    notImage: "Tệp này không phải ảnh JPEG hoặc PNG nên không được lưu. Vui lòng gửi ảnh chụp dạng JPEG hoặc PNG.",
    unavailable: "Không tải được tệp vừa gửi, nên chưa lưu gì. Vui lòng gửi lại.",
    count: (n: number) => `${n} ảnh`,
    /** A consolidated report's line for a photo question of its units. */
    unitsWithPhotos: (label: string) => `${label}: {value} đơn vị đã gửi ảnh.`,
    item: (n: number, caption: string | undefined) => `- Ảnh ${n}${caption ? `: ${caption}` : " (không có chú thích)"}`,
  },
  /** Two members answering one question at once (engine-crossed-answers.ts). */
  crossing: {
    justAnswered: (name: string, n: number, value: string) => `${name} vừa trả lời câu ${n}: ${ended(quoted(value, 120))}`,
    skipped: "(bỏ qua)",
    isItFor: (name: string, text: string, n: number, prompt: string) =>
      `${name}: «${clipped(text, 80)}» là câu trả lời cho câu ${n} «${prompt}»? Trả lời Có để lưu, Không để bỏ tin này.`,
    /** A held answer confirmed by another member than its author: whose it is. */
    stored: (name: string, n: number) => `Đã lưu câu trả lời của ${name} cho câu ${n}.`,
    /** A held answer confirmed by its own author, who reads it: not named in the third person. */
    storedOwn: (text: string, n: number) => `Đã lưu «${clipped(text, 80)}» làm câu trả lời cho câu ${n}.`,
    /**
     * A member's answer, just after another's, to the question asked then: where it went. Said to
     * its author (who reads it first), so of "the message just sent", not of them by name.
     */
    storedFor: (n: number, prompt: string) => `Đã lưu tin vừa gửi làm câu trả lời cho câu ${n} «${prompt}». Nếu cần sửa, gõ: sửa câu ${n}: <câu trả lời>.`,
    skippedFor: (n: number, prompt: string) => `Theo tin vừa gửi, đã bỏ qua câu ${n} «${prompt}» (không có nội dung để đưa vào báo cáo). Nếu cần trả lời, gõ: sửa câu ${n}: <câu trả lời>.`,
    /** Who answered, when it is the member the bot is answering: named so, not in the third person. */
    you: "bạn",
    /** A refused message that answers the question just answered (engine-late-answer.ts); `by`: who answered it ("bạn": "Bạn vừa trả lời câu 7 …"). */
    meantForLast: (n: number, prompt: string, by: string, value: string) =>
      `${by === "bạn" ? `Bạn vừa trả lời câu ${n} «${prompt}»` : `Câu ${n} «${prompt}» vừa được ${by} trả lời`}: ${ended(quoted(value, 120))} Nếu tin vừa gửi là câu trả lời cho câu ${n}, gõ: sửa câu ${n}: <câu trả lời đầy đủ>. Còn nếu là câu trả lời cho câu đang hỏi:`,
    /** After meantForLast, where a text is asked and a figure or a date alone was sent. */
    textAsked: (text: string) => `«${clipped(text, 30)}» chưa phải nội dung để in vào báo cáo: câu hỏi dưới đây cần nội dung bằng chữ.`,
    alreadyAnswered: (n: number, prompt: string, by: string, value: string) =>
      `Câu ${n} «${prompt}» vừa được ${by} trả lời đúng như vậy (${quoted(value, 120)}), nên tin này không cần lưu thêm. Câu đang hỏi là câu dưới đây.`,
    droppedUnasked: (name: string, text: string) => `Đã bỏ tin «${clipped(text, 80)}» của ${name} (chưa được trả lời Có hay Không).`,
    dropped: (text: string, n: number | undefined) =>
      `Đã bỏ «${clipped(text, 80)}».${n === undefined ? "" : ` Nếu câu ${n} cần sửa, gõ: sửa câu ${n}: <câu trả lời>.`}`,
  },
  /** Last year's report as a starting point, and the second look at figures (issue #14). */
  lastYear: {
    offer: (previousTitle: string, reportTitle: string | undefined) =>
      `${reportTitle ? `Báo cáo "${reportTitle}": đợt` : "Đợt"} trước đơn vị đã nộp báo cáo "${previousTitle}". Bắt đầu từ báo cáo đợt trước? Trả lời Có để xem lại từng câu trả lời đợt trước (các số liệu vẫn nhập mới), Không để bắt đầu trống.`,
    copied: (n: number) => `Đã chép ${n} câu trả lời đợt trước làm bản nháp: mỗi câu sẽ hiện khi đến lượt để bạn giữ hoặc sửa.`,
    startEmpty: "Bắt đầu báo cáo trống.",
    /** "để mai em làm tiếp" at the offer: nothing started, nothing lost. */
    paused: "Tin nhắn này hẹn làm sau nên báo cáo chưa bắt đầu (chưa có gì thay đổi). Khi sẵn sàng, gõ /baocao: bot sẽ hỏi lại có bắt đầu từ báo cáo đợt trước hay không.",
    draft: (text: string) =>
      text.includes("\n") ? `Đợt trước:\n${text}\n— gõ Giữ để giữ, hoặc gõ nội dung mới` : `Đợt trước: ${text} — gõ Giữ để giữ, hoặc gõ nội dung mới`,
    keep: "Giữ",
    /** A figure far from last year's: "Đợt trước đơn vị báo cáo 85; xác nhận 850?" */
    farFromLastYear: (previous: string, value: string) => `Đợt trước đơn vị báo cáo ${previous}; xác nhận ${value}?`,
    /** A figure below another answer it should reach (participants fewer than sessions). */
    belowOther: (value: string, n: number, prompt: string, other: string) => `${value} nhỏ hơn câu trả lời câu ${n} «${prompt}» (${other}); xác nhận ${value}?`,
    aboveOther: (value: string, n: number, prompt: string, other: string) => `${value} lớn hơn câu trả lời câu ${n} «${prompt}» (${other}); xác nhận ${value}?`,
    belowNumber: (value: string, bound: string) => `${value} nhỏ hơn ${bound}; xác nhận ${value}?`,
    aboveNumber: (value: string, bound: string) => `${value} lớn hơn ${bound}; xác nhận ${value}?`,
    confirmHow: "Trả lời Có để lưu số này, Không để nhập lại (hoặc gõ ngay số đúng).",
    reEnter: "Vui lòng nhập lại số liệu.",
  },
} as const;
