/**
 * Files in a report: Word files read in, photos, answers crossing, last year's report.
 * Part of `vi` (vi.ts).
 */
import { clipped, ended, quoted, reportNamed, theReport } from "./vi-shared.ts";

export const fileSentences = {
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
    /** The same, of a held "không": Có/Không cannot tell it (engine-crossed-answers.ts). */
    isItForNo: (name: string, text: string, n: number, prompt: string) =>
      `${name}: «${clipped(text, 80)}» là câu trả lời cho câu ${n} «${prompt}»? Trả lời Có hoặc gõ lại «${clipped(text, 80)}» để lưu, Bỏ để bỏ tin này.`,
    /** isItFor, of a message that may be one more item of the list a crossing answer followed: only Thêm adds it there (a "không" did, unseen). */
    isItForOrItem: (name: string, text: string, n: number, prompt: string, listN: number, listPrompt: string) =>
      `${name}: «${clipped(text, 80)}» là câu trả lời cho câu ${n} «${prompt}»? Trả lời Có để lưu vào câu ${n}, Thêm để thêm thành một mục của câu ${listN} «${listPrompt}», Bỏ để bỏ tin này.`,
    /** The button (and word) that adds a held line to the list (isItForOrItem). */
    add: "Thêm",
    /** A "Không" to isItForOrItem: it says neither where the line goes nor that it goes nowhere, so nothing is done and the choice asked again. */
    itemOrAnswerAgain: (text: string, n: number, listN: number) =>
      `Chưa lưu «${clipped(text, 80)}» vào đâu cả. Gõ Thêm để thêm thành một mục của câu ${listN}, Có để lưu vào câu ${n}, hoặc Bỏ để bỏ tin này.`,
    /** The button that drops a held "không". */
    drop: "Bỏ",
    /** A held answer confirmed by another member than its author: whose it is. */
    stored: (name: string, n: number) => `Đã lưu câu trả lời của ${name} cho câu ${n}.`,
    /** A held answer confirmed by its own author, who reads it: not named in the third person. */
    storedOwn: (text: string, n: number) => `Đã lưu «${clipped(text, 80)}» làm câu trả lời cho câu ${n}.`,
    /** A held answer confirmed by its own author that leaves its question out: skipped, not "stored". */
    skippedOwn: (text: string, n: number) =>
      `Theo «${clipped(text, 80)}», đã bỏ qua câu ${n} (không có nội dung để đưa vào báo cáo). Nếu cần trả lời, gõ: sửa câu ${n}: <câu trả lời>.`,
    /** skippedOwn, confirmed by another member than its author: whose message it was. */
    skippedTheirs: (name: string, text: string, n: number) =>
      `Theo tin «${clipped(text, 80)}» của ${name}, đã bỏ qua câu ${n} (không có nội dung để đưa vào báo cáo). Nếu cần trả lời, gõ: sửa câu ${n}: <câu trả lời>.`,
    /**
     * A member's answer, just after another's, to the question asked then: where it went. Said to
     * its author (who reads it first), so of "the message just sent", not of them by name.
     */
    storedFor: (n: number, prompt: string) => `Đã lưu tin vừa gửi làm câu trả lời cho câu ${n} «${prompt}». Nếu cần sửa, gõ: sửa câu ${n}: <câu trả lời>.`,
    /** storedFor just after "/baocao 2" moved the chat: the answer may have been meant for the report left. */
    storedAfterMove: (n: number, prompt: string, title: string) =>
      `Đã lưu tin vừa gửi làm câu trả lời cho câu ${n} «${prompt}» của ${theReport(title)} (nhóm vừa chuyển sang báo cáo này). Nếu cần sửa, gõ: sửa câu ${n}: <câu trả lời>.`,
    /** `movedTo`: the report "/baocao 2" just moved the chat to, named as storedAfterMove names it (the "không" may be meant for the one left). */
    skippedFor: (n: number, prompt: string, movedTo?: string) =>
      `Theo tin vừa gửi, đã bỏ qua câu ${n} «${prompt}»${
        movedTo === undefined ? " (không có nội dung để đưa vào báo cáo)" : ` của ${theReport(movedTo)} (nhóm vừa chuyển sang báo cáo này): không có nội dung để đưa vào báo cáo`
      }. Nếu cần trả lời, gõ: sửa câu ${n}: <câu trả lời>.`,
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
      `${reportTitle ? `${reportNamed(reportTitle)}: đợt` : "Đợt"} trước đơn vị đã nộp ${theReport(previousTitle)}. Bắt đầu từ báo cáo đợt trước? Trả lời Có để xem lại từng câu trả lời đợt trước (các số liệu vẫn nhập mới), Không để bắt đầu trống.`,
    copied: (n: number) => `Đã chép ${n} câu trả lời đợt trước làm bản nháp: mỗi câu sẽ hiện khi đến lượt để bạn giữ hoặc sửa.`,
    /** After "Bắt đầu báo cáo …" (the start says that already): what "Không" chose. */
    startEmpty: "Không chép câu trả lời đợt trước: mọi câu để trống.",
    /** A late "có" to the offer, at the first question: the report already started from last year's. */
    /** Drafts are last year's texts and lists only (last-year-drafts.ts): figures, dates and choices are typed anew. */
    alreadyCopied:
      "Báo cáo đã bắt đầu từ báo cáo đợt trước (chưa lưu gì): ở các câu trả lời bằng chữ, nội dung đợt trước hiện dưới câu hỏi; gõ Giữ để giữ, hoặc gõ nội dung mới. Số liệu, ngày và các lựa chọn vẫn nhập mới. Câu đang hỏi:",
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
