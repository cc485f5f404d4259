/**
 * What is said of an answer as it is read: the parsers' refusals, lists and tables, the question's own lines.
 * Part of `vi` (vi.ts).
 */
import { barePrompt, clipped, ended, meantForEarlier } from "./vi-shared.ts";

export const answerSentences = {
  parse: {
    empty: "Câu trả lời đang trống. Vui lòng nhập nội dung.",
    /** `skippable`: the question is optional; a required one refuses /boqua, so it is not offered. */
    noContent: (skippable: boolean) => `Câu trả lời chưa có chữ hay số nào. Vui lòng nhập nội dung${skippable ? ", hoặc gõ /boqua để bỏ qua câu này" : ""}.`,
    looksLikeTalk: "Tin nhắn này có vẻ gửi cho người trong nhóm nên chưa được lưu làm câu trả lời. Nếu đó là câu trả lời, vui lòng gõ lại phần nội dung (không kèm lời gọi).",
    asksHowToSend: "Tin nhắn này hỏi cách nộp nên chưa được lưu làm câu trả lời. Khi đã trả lời xong các câu, gõ /nop để nộp báo cáo (gõ /xem để xem lại trước). Câu đang hỏi:",
    /** "em muốn nộp báo cáo đợt 2 ạ" where an answer is asked: how to reach that campaign's report; the question follows. */
    asksOtherCampaign: (n: string) =>
      `Tin nhắn này nói về báo cáo đợt ${n} nên chưa được lưu làm câu trả lời. Để làm báo cáo đợt ${n}, gõ /baocao ${n} (gõ /baocao để xem các đợt đang mở).`,
    /** The same where the unit has no such campaign it can work on: no "/baocao N" to be refused; the question follows. */
    asksMissingCampaign: (n: string) => `Đơn vị không có đợt báo cáo số ${n} đang mở nên tin nhắn này chưa được lưu làm câu trả lời. Gõ /baocao để xem các đợt đang mở.`,
    /** "câu trả lời của em mất hết rồi ạ?" where an answer is asked: they are kept, and where to see them; the question follows. */
    asksWhereAnswersAre: "Tin nhắn này hỏi về các câu đã trả lời nên chưa được lưu làm câu trả lời. Các câu đã trả lời vẫn được giữ: gõ /xem để xem lại toàn bộ.",
    /** The same where no question is answered yet: "kept" would promise answers that are not there. */
    asksWhereNoAnswers: "Tin nhắn này hỏi về các câu đã trả lời nên chưa được lưu làm câu trả lời. Báo cáo chưa có câu nào được trả lời: câu đang hỏi ở dưới.",
    looksLikeQuestion: "Tin nhắn này là một câu hỏi nên chưa được lưu làm câu trả lời. Gõ /trogiup để xem hướng dẫn, hoặc gõ câu trả lời cho câu hỏi dưới đây.",
    asksAboutQuestion:
      "Tin nhắn này là câu hỏi về câu đang hỏi nên chưa được lưu làm câu trả lời. Câu hỏi được nhắc lại dưới đây, kèm gợi ý nếu có; nếu vẫn chưa rõ, hãy hỏi cán bộ phụ trách rồi gõ câu trả lời.",
    /** The same about another question than the one asked ("câu 9 chị ghi bao nhiêu thế?" at question 10): its answer is read by /xem; the question asked follows. */
    asksAboutOtherQuestion: (n: number, later: boolean) =>
      `Tin nhắn này hỏi về câu ${n} nên chưa được lưu làm câu trả lời. ${later ? `Câu ${n} chưa đến lượt: bot sẽ hỏi khi tới câu đó.` : "Gõ /xem để xem lại các câu đã trả lời, kèm số của từng câu."} Câu đang hỏi ở dưới.`,
    /**
     * The same about an earlier question: its answer, as /xem shows it (a list on lines of its own),
     * so the group needs no /xem to read a colleague's answer; the question asked follows.
     */
    answerOfQuestion: (n: number, prompt: string, shown: string) =>
      `Tin nhắn này hỏi về câu ${n} nên chưa được lưu làm câu trả lời. Câu ${n} «${clipped(barePrompt(prompt), 60)}»:${shown.includes("\n") ? `\n${shown}\n` : ` ${ended(shown)} `}Câu đang hỏi ở dưới.`,
    /** "ok chị", "đợi em chút", "em đi họp đã": the group's own talk where a question is asked; the question follows. */
    casualTalk: "Tin nhắn này có vẻ là lời trao đổi trong nhóm nên chưa được lưu vào báo cáo. Câu đang hỏi:",
    /** The group's talk at a figure question: one short line, what is asked and an example. */
    figureAsked: (n: number, prompt: string, example: string) => `Câu ${n} cần gõ một số: ${prompt}. Ví dụ: ${example}.`,
    /** The group's talk at a choice question: one short line, the options in it and what to type; `greeting`: the talk is a greeting, said so as at other questions. */
    choiceAsked: (n: number, prompt: string, options: string, several: boolean, greeting = false) =>
      `Tin nhắn này ${greeting ? "là lời chào trong nhóm nên " : ""}chưa được lưu làm câu trả lời. Câu ${n} «${prompt}» cần chọn: ${options}. Gõ ${several ? "các số thứ tự, cách nhau bởi dấu phẩy, ví dụ 1, 3" : "số thứ tự, ví dụ 1"}.`,
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
    /**
     * "dạ khoảng 20 buổi ạ" where a paragraph or a list is asked: a figure for a figure question.
     * `question`: the one whose words hold its unit (previous-question-hint.ts), `answered` when it
     * is behind (corrected by "sửa câu"), else still to come (unnumbered: a condition answered
     * before it may still move its number).
     */
    estimateForText: (typed: string, question?: { n: number; prompt: string; answered: boolean; figure: string }) =>
      `«${clipped(typed, 30)}» là con số ước lượng, chưa phải nội dung để in vào báo cáo nên chưa được lưu. Câu hỏi dưới đây cần nội dung bằng chữ; ${
        !question
          ? "nếu đó là số liệu cho một câu hỏi số, vui lòng gõ con số chính xác ở câu đó."
          : question.answered
            ? `nếu đó là số liệu cho câu ${question.n} «${clipped(question.prompt, 60)}», gõ con số chính xác, ví dụ: sửa câu ${question.n}: ${question.figure}.`
            : `nếu đó là số liệu cho câu hỏi «${clipped(question.prompt, 60)}» ở phía sau, vui lòng gõ con số chính xác khi đến câu đó.`
      }`,
    /**
     * The same estimate where two or three figure questions count its unit ("tầm 300 lượt": the
     * trainees and the readers): each named, for the clerk to choose (it named none). `answered`
     * as in estimateForText: a question behind gets its correction, one to come is answered there.
     */
    estimateForOneOf: (typed: string, questions: { n: number; prompt: string; answered: boolean }[], figure: string) => {
      const named = questions.map((q) => (q.answered ? `câu ${q.n} «${clipped(q.prompt, 60)}»` : `câu hỏi «${clipped(q.prompt, 60)}» ở phía sau`));
      const behind = questions.filter((q) => q.answered).map((q) => `sửa câu ${q.n}: ${figure}`);
      const how =
        behind.length === 0
          ? "vui lòng gõ con số chính xác khi đến câu đó."
          : `gõ con số chính xác vào câu đó, ví dụ: ${behind.join(" hoặc ")}${behind.length < questions.length ? " (câu ở phía sau: gõ khi đến câu đó)" : ""}.`;
      return `«${clipped(typed, 30)}» là con số ước lượng, chưa phải nội dung để in vào báo cáo nên chưa được lưu. Câu hỏi dưới đây cần nội dung bằng chữ; nếu đó là số liệu cho ${named.slice(0, -1).join(", ")} hoặc ${named.at(-1)}, ${how}`;
    },
    noContentIn: (text: string, skippable: boolean) =>
      `«${clipped(text, 20)}» chưa phải nội dung để in vào báo cáo. Vui lòng gõ nội dung cho câu hỏi dưới đây${skippable ? " (hoặc gõ /boqua để bỏ qua câu này)" : ""}.`,
    /**
     * "em không biết": never stored. `skippable`: the question is optional (a required one refuses
     * /boqua); `n`: the question's number, where the reader knows it.
     */
    notKnown: (typed: string, skippable: boolean, n?: number) => {
      const edit = n === undefined ? "/sua kèm số câu" : `/sua ${n}`;
      const how = skippable
        ? `Nếu chưa biết ghi gì, gõ /boqua để bỏ qua câu này; khi có thông tin, gõ ${edit} để bổ sung.`
        : `Câu này bắt buộc, không bỏ qua được: hãy hỏi đồng nghiệp hoặc người nắm thông tin rồi gõ câu trả lời; nếu sau này cần sửa, gõ ${edit}.`;
      return `«${clipped(typed, 40)}» không phải câu trả lời nên chưa được lưu. ${how}`;
    },
    noDefault: "Câu này không có nội dung mặc định, nội dung gõ vào sẽ được in nguyên văn trong báo cáo. Vui lòng gõ câu trả lời.",
    requiredNotNone: "Câu này bắt buộc và sẽ được in vào báo cáo. Vui lòng ghi nội dung; nếu đơn vị không có, ghi rõ thành câu, ví dụ: Đơn vị chưa tổ chức hoạt động này.",
    tooLong: (max: number) => `Câu trả lời quá dài: tối đa ${max} ký tự.`,
    /** A figure, a date or a choice typed in more than a sentence's worth of characters. */
    tooLongFor: (max: number) => `Câu trả lời quá dài cho câu hỏi này (tối đa ${max} ký tự): chỉ cần gõ số, ngày hoặc lựa chọn.`,
    tooShort: (min: number) => `Câu trả lời quá ngắn: cần ít nhất ${min} ký tự.`,
    oneLine: "Câu này chỉ cần một dòng.",
    /** Lines numbered by their questions ("2. …", "3. 1, 2", "5. Có") pasted as one answer; the advice to send them one at a time follows. */
    numberedAnswers: (numbers: readonly number[]) => `Các dòng đánh số ${numbers.join(", ")} có vẻ là câu trả lời của nhiều câu khác nhau nên tin nhắn này chưa được lưu.`,
    /** A line pasted with an answer that opens with another question's heading ("15. Bài học kinh nghiệm: …"); nothing of the message is stored. */
    lineForOtherQuestion: (line: string, n: number, prompt: string, asked: number) =>
      `Dòng «${clipped(line, 60)}» có vẻ là câu trả lời cho câu ${n} «${clipped(prompt, 60)}» nên tin nhắn này chưa được lưu. Vui lòng gửi riêng các dòng của câu ${asked}, rồi trả lời câu ${n} khi bot hỏi đến.`,
    notANumber: "Vui lòng nhập một số, ví dụ 12 hoặc 1.250.",
    /** "hai muoi" (number words without tone marks) read as a figure: said back, for "sáu" and "sau" look alike. */
    numberWordsRead: (words: string, figure: string, n: number) => `Đã hiểu «${clipped(words, 40)}» là ${figure}. Nếu không đúng, gõ: sửa câu ${n}: <số>.`,
    /** "khoảng 90%", "tầm 290 lượt": an estimate where the report prints the exact figure; `word` as typed. */
    notExact: (word: string, figure: string) => `Báo cáo in đúng con số được gõ nên không ghi «${word}». Vui lòng gõ con số chính xác, ví dụ ${figure}.`,
    onlyTheFigure: (figure: string) => `Vui lòng chỉ gõ con số, không kèm chữ: ví dụ ${figure}.`,
    /** "29o": the letter o typed for a zero, which the number's reader left out ("29o lượt" was stored as 29). */
    letterForZero: (typed: string) => `«${typed}» có chữ "o" lẫn trong số (gõ nhầm số 0?): vui lòng gõ lại số chỉ bằng chữ số, ví dụ ${typed.replace(/[oO]/g, "0")}.`,
    numberWordsUnclear: (typed: string) => `Chưa rõ số «${typed}» (viết bằng chữ có thể hiểu nhiều cách). Vui lòng gõ số bằng chữ số.`,
    notAPercent: "Vui lòng nhập tỉ lệ phần trăm, ví dụ 95 hoặc 95,5%.",
    /** "200 người" at "Số buổi…": a count of another thing, for the visible question `n` that counts it. */
    unitOfOtherQuestion: (unit: string, typed: string, n: number, prompt: string) =>
      `Câu này hỏi số ${unit}; «${clipped(typed, 40)}» có phải cho câu ${n} «${clipped(prompt, 60)}»? Gõ lại số ${unit}.`,
    /** The same where no visible question counts what was typed. */
    unitOfNoQuestion: (unit: string, typed: string) => `Câu này hỏi số ${unit}; «${clipped(typed, 40)}» có phải cho câu khác không? Gõ lại số ${unit}.`,
    percentForCount: "Câu này hỏi một số lượng, không phải tỉ lệ phần trăm. Vui lòng nhập số, ví dụ 12 hoặc 1.250.",
    noneIsZero: "Câu này cần một số. Nếu không có, gõ 0.",
    /** weekday: 0 Sunday … 6 Saturday, the day the date really is. */
    wrongWeekday: (typed: string, weekday: number) =>
      `«${typed}»: ngày này là ${weekday === 0 ? "Chủ nhật" : `thứ ${["", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"][weekday]}`}. Vui lòng kiểm tra lại ngày và thứ; có thể chỉ gõ ngày, không cần ghi thứ.`,
    noneIsZeroOrSkip: "Câu này cần một số. Nếu không có, gõ 0, hoặc /boqua để bỏ qua câu.",
    oneFigure: "Câu này hỏi một số: vui lòng gõ riêng số đó.",
    notAnInteger: "Vui lòng nhập số nguyên (không có phần thập phân).",
    commaIsDecimal: (plain: string, dotted: string) => `Vui lòng nhập số nguyên: dấu phẩy ngăn phần thập phân. Nếu là ${dotted}, gõ ${plain} hoặc ${dotted}.`,
    belowMin: (min: string) => `Số phải lớn hơn hoặc bằng ${min}.`,
    aboveMax: (max: string) => `Số phải nhỏ hơn hoặc bằng ${max}.`,
    notADate: "Ngày không hợp lệ. Vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 15/10/2026.",
    dateOnly: "Vui lòng chỉ gõ ngày theo dạng ngày/tháng/năm, không kèm chữ khác.",
    dateNeedsYear: "Vui lòng ghi cả năm, ví dụ 15/10/2026.",
    noSuchDay: (month: number, year: number, days: number) => `Tháng ${month} năm ${year} chỉ có ${days} ngày. Vui lòng kiểm tra lại ngày.`,
    dateBefore: (min: string) => `Ngày phải từ ${min} trở đi.`,
    dateAfter: (max: string) => `Ngày phải trước hoặc bằng ${max}.`,
    unknownChoice: (count: number) => `Vui lòng chọn một số từ 1 đến ${count} hoặc gõ đúng tên lựa chọn.`,
    /** "ht" where "Hoàn thành" and "Hoàn thành tốt" both fit: the options that fit, numbered as the question numbers them. */
    severalOptionsFit: (typed: string, numbered: readonly string[]) =>
      `«${typed.length > 40 ? `${typed.slice(0, 39)}…` : typed}» khớp với ${numbered.length} lựa chọn:\n${numbered.join("\n")}\nVui lòng gõ số thứ tự của lựa chọn đúng.`,
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
    /** A marked item where a figure, a date or a choice is asked, the list (question `listN`) answered earlier: how to add it there. */
    itemAfterList: (text: string, asked: number, listN: number, listPrompt: string, items: number) =>
      `«${clipped(text, 60)}» là một mục của danh sách, chưa phải câu trả lời cho câu ${asked}, nên chưa được lưu. Nếu đó là mục thêm cho câu ${listN} «${clipped(listPrompt, 80)}» (đang có ${items} mục), gõ /sua ${listN} rồi gửi lại cả danh sách, mỗi dòng một mục.`,
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
    /** A row of the table (question `tableN`) typed late, where another question is asked: how to add it there (row-after-table.ts). */
    rowAfterTable: (text: string, asked: number, tableN: number, tablePrompt: string, rows: number) =>
      `«${clipped(text, 60)}» giống một dòng của bảng ở câu ${tableN} «${clipped(tablePrompt, 80)}» (đang có ${rows} dòng), chưa phải câu trả lời cho câu ${asked}, nên chưa được lưu. Nếu đó là dòng thêm cho bảng, gõ /sua ${tableN} rồi gửi lại cả bảng, mỗi dòng một hàng.`,
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
  /** /them N: items added to a list, rows to a table, without the whole answer typed again (engine-append.ts). */
  append: {
    needsNumber: "Vui lòng ghi số câu cần thêm, ví dụ /them 7 Thi kể chuyện về sách.",
    onlyListsAndTables: (n: number) =>
      `Câu ${n} không phải là danh sách hay bảng nên không thêm mục được: /them chỉ dùng cho câu trả lời theo danh sách (mỗi dòng một mục) hoặc theo bảng. Để trả lời lại câu ${n}, gõ /sua ${n}.`,
    askItems: (n: number, prompt: string, table: boolean, current: string | undefined) =>
      [
        `Thêm vào câu ${n} «${clipped(barePrompt(prompt), 80)}».`,
        current === undefined ? `Câu ${n} chưa có câu trả lời.` : `Đang có:\n${current}`,
        table ? "Gửi các dòng cần thêm, mỗi dòng một hàng, các ô cách nhau bằng dấu ; hoặc |." : "Gửi các mục cần thêm, mỗi dòng một mục.",
      ].join("\n"),
    /** `shown`: the items or rows added, as /xem shows them. */
    added: (n: number, table: boolean, added: number, total: number, shown: string) =>
      `Đã thêm ${added} ${table ? "dòng vào bảng" : "mục vào"} câu ${n} (nay có ${total} ${table ? "dòng" : "mục"}):\n${shown}`,
    refused: (n: number, table: boolean) => `Chưa thêm gì vào câu ${n}: ${table ? "bảng vẫn giữ các dòng" : "câu này vẫn giữ các mục"} đã có.`,
  },
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
} as const;
