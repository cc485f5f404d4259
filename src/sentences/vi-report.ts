/**
 * A unit's report in its chat: starting, reviewing, submitting, corrections, closed campaigns.
 * Part of `vi` (vi.ts).
 */
import { barePrompt, clipped, notTakenAfterClose, numberList, thisReportCorrection, campaignNamed, reportNamed, theReport } from "./vi-shared.ts";
import { sameTitle } from "./vi-officer-campaigns.ts";

/** Where a unit's report in a campaign stands, in /baocao's list of campaigns. */
const STANDING = { "not-started": "chưa bắt đầu", "in-progress": "đang làm dở", submitted: "đã nộp", returned: "được trả lại để sửa" } as const;

export const reportSentences = {
  report: {
    /** `fewer`: questions some answers rule out ("Không" to a ceremony skips its date), counted in `count` until then. */
    started: (title: string, unit: string, count: number, fewer: boolean) =>
      `Bắt đầu ${theReport(title)} của ${unit}. Có ${count} câu hỏi${fewer ? " (có thể bớt vài câu tùy theo câu trả lời)" : ""}; gõ /trogiup để xem các lệnh.`,
    resumed: (title: string) => `Tiếp tục ${theReport(title)}.`,
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
        `Hạn nộp ${theReport(title)} là ${deadline}. ${
          refusesLate
            ? "Sau hạn, báo cáo vẫn được nhận và ghi là nộp muộn cho đến khi cán bộ phụ trách đóng đợt; đợt đã đóng thì không nhận báo cáo nữa."
            : "Báo cáo nộp sau hạn vẫn được nhận nhưng được ghi là nộp muộn."
        }`,
      afterDeadline: (title: string, deadline: string, refusesLate: boolean) =>
        `Đã quá hạn nộp ${theReport(title)} (${deadline}), nhưng báo cáo của đơn vị vẫn được nhận và được ghi là nộp muộn.${
          refusesLate ? " Vui lòng nộp sớm: khi cán bộ phụ trách đóng đợt, báo cáo sẽ không được nhận nữa." : ""
        }`,
      afterClose: (title: string) => `Đợt báo cáo "${title}" đã đóng nhưng vẫn nhận báo cáo nộp muộn: báo cáo của đơn vị vẫn được nhận và được ghi là nộp muộn.`,
      returned: "Báo cáo của đơn vị đang được trả lại để sửa nên vẫn được nhận: sửa xong, gõ /nop để nộp lại.",
      /** Submitted before, corrected since: a new version is never late (lateness.ts counts the first). */
      corrected: "Báo cáo của đơn vị đã được nộp, nên bản sửa vẫn được nhận: gõ /nop để nộp bản sửa. Thời điểm nộp vẫn tính theo lần nộp đầu, bản sửa không bị ghi là nộp muộn.",
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
        `Nhóm đang làm ${theReport(current)}. Để sửa báo cáo ${campaignNamed(id, title)}, gõ /baocao ${id}, rồi gõ "sửa câu <số câu>: <câu trả lời mới>" và /nop để nộp lại.`,
      closed: (id: number, title: string, issuer: string, submitted: boolean) =>
        submitted
          ? `Báo cáo ${campaignNamed(id, title)} đã nộp và đợt đã đóng, nên đơn vị không tự sửa được nữa; nếu cần sửa, vui lòng liên hệ cán bộ phụ trách của ${issuer} để được trả lại báo cáo.`
          : `${campaignNamed(id, title, "Đợt")} đã đóng. ${notTakenAfterClose(issuer)}`,
      none: (n: number, current: string) => `Đơn vị không có báo cáo đợt ${n}. ${thisReportCorrection(current)}`,
      noneBefore: (current: string) => `Đơn vị chưa có báo cáo nào của đợt trước. ${thisReportCorrection(current)}`,
    },
    /** After closedNotTaken, when the chat works on another report. */
    closedNotTakenOther: (title: string) => `Nhóm đang ở ${theReport(title)}: gõ /baocao để làm báo cáo đó.`,
    /** "/vanban 7" where the unit has no campaign numbered 7, open or closed. */
    noCampaignNumbered: (number: string) => `Đơn vị không có đợt báo cáo số ${number}. Gõ /baocao để xem các đợt đang mở và số của từng đợt.`,
    onlyReport: (number: string, title: string) => `Đơn vị không có đợt số ${number} đang mở; nhóm đang làm ${theReport(title)}.`,
    saved: "Đã lưu.",
    labelSameAnswer: (n: number) => `Câu ${n} đã có đúng câu trả lời này; không cần sửa.`,
    labelOnAnswered: (n: number, answer: string) =>
      `Câu ${n} chưa được thay: một dòng «câu ${n}: …» không thay câu trả lời đã có. Muốn thay bằng «${clipped(answer, 60)}», gõ: sửa câu ${n}: ${answer.length > 60 ? "<câu trả lời mới>" : answer}`,
    complete: "Đã trả lời xong các câu hỏi. Gõ /xem để xem lại, /nop để nộp báo cáo. Muốn sửa, gõ: sửa câu N: <câu trả lời mới>.",
    /** After a correction of a report already submitted: what was sent stays as it was until /nop. */
    completeAfterSubmit: "Đã trả lời xong. Bản đã nộp chưa thay đổi cho đến khi gõ /nop để nộp bản sửa; /xem để xem lại. Muốn sửa, gõ: sửa câu N: <câu trả lời mới>.",
    /** The same after a correction that left every answer as submitted ("Giữ"): nothing to send. */
    sameAsSubmitted: "Các câu trả lời vẫn giống bản đã nộp nên không cần nộp lại. Muốn sửa, gõ: sửa câu N: <câu trả lời mới>, rồi /nop để nộp bản sửa.",
    firstQuestion: "Đây đã là câu đầu tiên.",
    requiredCannotSkip: "Câu này bắt buộc, không thể bỏ qua.",
    answerKept: (n: number) => `Đã giữ nguyên câu trả lời câu ${n}.`,
    /** A correction that is what the question already holds. */
    correctionSame: (n: number, value: string) => `Câu ${n} đã là «${clipped(value, 120)}», không cần sửa.`,
    /** The signer's line stored otherwise than typed (its marks given back, "HT" written out). */
    signerLineRestored: (line: string) => `Đã ghi: ${line}`,
    /** The question is named too: an answer that shows or hides a question renumbers those after it. */
    answerHidden: (n: number, prompt: string, value: string) => `Câu ${n} «${clipped(barePrompt(prompt), 60)}» không còn được hỏi với câu trả lời này: câu trả lời trước (${clipped(value, 60)}) không đưa vào báo cáo; nếu câu này được hỏi lại, gõ Giữ để dùng lại.`,
    earlierAnswer: (text: string) =>
      text.includes("\n") ? `Câu trả lời trước đây:\n${text}\n— gõ Giữ để dùng lại, hoặc gõ câu trả lời mới` : `Câu trả lời trước đây: ${text} — gõ Giữ để dùng lại, hoặc gõ câu trả lời mới`,
    /** "Giữ" at a question shown again: the answer it held before it was hidden is back in the report. */
    earlierKept: (n: number, text: string) => (text.includes("\n") ? `Đã giữ câu trả lời câu ${n}:\n${text}` : `Đã giữ câu trả lời câu ${n}: ${clipped(text, 60)}`),
    renumbered: "Các câu sau đó được đánh số lại.",
    skippedElsewhere: (n: number) => `Đã bỏ qua câu ${n}.`,
    /** A labelled answer to another question than the one asked, refused: named, before why. */
    notSavedFor: (n: number, prompt: string) => `Chưa lưu được câu ${n} «${clipped(prompt, 60)}»:`,
    typeAgainAs: (n: number) => `Gõ lại: sửa câu ${n}: <câu trả lời>. Câu đang hỏi vẫn là câu dưới đây.`,
    /** "em nhầm số bạn đọc": the question its words name, and how to correct it (named-slip.ts). */
    slipNamed: (n: number, prompt: string, example: string, submitted: boolean) =>
      `${submitted ? "Bản đã nộp chưa thay đổi" : "Tin này chưa sửa gì"}. Câu ${n} là «${clipped(prompt, 80)}»; muốn sửa, gõ: sửa câu ${n}: ${example}${submitted ? ", rồi /nop để nộp bản sửa" : ""}.`,
    /** "em nhầm rồi" naming no question that matches: the general way. */
    slipGeneral: (submitted: boolean) =>
      `${submitted ? "Bản đã nộp chưa thay đổi" : "Tin này chưa sửa gì"}. Muốn sửa một câu đã trả lời, gõ: sửa câu <số câu>: <câu trả lời mới>${submitted ? ", rồi /nop để nộp bản sửa" : ""} (gõ /xem để xem số của từng câu).`,
    newAnswerFor: (type: string) => (type === "integer" || type === "decimal" || type === "percent" ? "<số mới>" : type === "date" ? "<ngày mới>" : "<câu trả lời mới>"),
    /** "câu 9 là 290, câu 10 là 1.520" with a question the report does not have: nothing corrected. */
    severalNoQuestion: (n: number, count: number) =>
      count === 1
        ? `Chưa sửa gì: báo cáo không có câu ${n}. Gõ /xem để xem số của từng câu.`
        : `Chưa sửa câu nào: báo cáo không có câu ${n}. Gõ /xem để xem số của từng câu, rồi gõ lại ${count === 2 ? "cả hai câu" : `cả ${count} câu`}.`,
    /** One of several corrections refused (`why`: the question's own reason): none is kept. */
    severalNotSaved: (n: number, prompt: string, why: string, count: number) =>
      count === 1
        ? `Chưa sửa câu ${n} «${clipped(prompt, 60)}»: câu trả lời này chưa dùng được${why ? `:\n${why}` : "."}\nĐể sửa câu ${n}, gõ: sửa câu ${n}: <câu trả lời mới>.`
        : `Chưa sửa câu nào, vì câu trả lời cho câu ${n} «${clipped(prompt, 60)}» chưa dùng được${why ? `:\n${why}` : "."}\nVui lòng gõ lại ${count === 2 ? "cả hai câu" : `cả ${count} câu`}, hoặc sửa từng câu: sửa câu ${n}: <câu trả lời mới>.`,
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
    /** A text answer typed without a single tone mark; `printed`: what the document prints when it is not the text typed (a citation's kind marked). */
    unmarkedText: (n: number, printed?: string) =>
      `Lưu ý: câu trả lời chưa có dấu tiếng Việt; văn bản sẽ in${printed === undefined ? " đúng như vậy" : `: «${clipped(printed, 120)}»`}. Muốn sửa, gõ: sửa câu ${n}: <nội dung có dấu>.`,
    unmarkedName: (name: string, n: number) =>
      `Lưu ý: họ tên «${clipped(name, 60)}» chưa có dấu; văn bản sẽ in đúng như vậy. Muốn sửa, gõ: sửa câu ${n}: <họ tên có dấu>.`,
    nothingToSkip: "Không có câu hỏi nào đang chờ để bỏ qua.",
    yearGuessed: (date: string, n: number) => `Đã hiểu là ngày ${date}. Nếu không phải năm này, gõ: sửa câu ${n}: <ngày/tháng/năm>.`,
    farDate: (date: string, n: number) => `Đã lưu ngày ${date}, cách hôm nay hơn một năm. Nếu gõ nhầm năm, gõ /sua ${n} để sửa.`,
    leftOut: "Đã bỏ qua câu này (không có nội dung để đưa vào báo cáo).",
    /** "Còn câu 4 chưa trả lời:", "Còn câu 3–9 và 12 chưa trả lời:" (runs of three or more as a range). */
    stillUnanswered: (numbers: readonly number[]) => `Còn câu ${numberList(numbers)} chưa trả lời:`,
    /** Named by its number: said after "sửa câu 18: mặc định" with question 19 asked, "câu này" was unclear. */
    defaultRecipients: (n: number) => `Đã bỏ qua câu ${n}: văn bản dùng nơi nhận mặc định.`,
    /**
     * `n` questions shown, `total` counted in "Câu k/n" (questions whose condition hangs on an answer
     * not given yet): "/sua 20" at "Câu 3/21" heard "chọn từ 1 đến 19", which the 21 did not explain.
     */
    editOutOfRange: (n: number, total = n) =>
      total > n
        ? `Không có câu số này. Hiện có ${n} câu (${total - n} câu nữa chỉ hỏi tùy câu trả lời trước): chọn từ 1 đến ${n}, ví dụ /sua 3.`
        : `Không có câu số này. Vui lòng chọn từ 1 đến ${n}, ví dụ /sua 3.`,
    /** The review's last line where "Câu k/n" counts questions not shown yet. */
    reviewUndecided: (shown: number, total: number) => `(Ngoài ${shown} câu trên còn ${total - shown} câu chỉ hỏi tùy câu trả lời trước: tổng cộng ${total} câu.)`,
    /** Also what several labelled answers pasted at once hear: first answers, not only corrections. */
    editOneAtATime: (first: string, second: string) => `Mỗi lần một câu: gõ /sua ${first} kèm câu trả lời, gửi, rồi gõ /sua ${second} kèm câu trả lời.`,
    editNeedsNumber: "Vui lòng ghi số câu cần sửa, ví dụ /sua 3.",
    unansweredRun: (from: number, to: number, readOnly = false) => `${from}–${to}. (chưa trả lời ${to - from + 1} câu${readOnly ? "" : "; /sua N để trả lời câu N"})`,
    reviewTitle: (title: string, unit: string) => (unit ? `Xem lại ${theReport(title)} — ${unit}:` : `Xem lại "${title}":`),
    missingRequired: (list: string) => `Chưa thể nộp: còn câu bắt buộc chưa trả lời (${list}).`,
    /** After missingRequired, where the question asked is optional and unanswered: left for the end (it was passed over in silence). */
    optionalLeft: (n: number) => `Câu ${n} (không bắt buộc) chưa trả lời, sẽ được hỏi lại sau cùng; muốn trả lời ngay, gõ /sua ${n}.`,
    confirmSubmit: "Xác nhận nộp báo cáo? Trả lời Có để nộp, Không để tiếp tục chỉnh sửa.",
    /**
     * `thanks`: to a unit; the officers submitting the ward's own report are not thanked. `correctable`: the campaign is open.
     * `backTo`: the campaign's number where the chat may go on to another report (its /sua N would act there).
     */
    submitted: (version: number, at: string, thanks = true, correctable = true, backTo?: number) =>
      version === 1
        ? `Đã nộp báo cáo lúc ${at}.${thanks ? " Cảm ơn đơn vị!" : ""}${correctable ? ` Có thể sửa bằng ${backTo === undefined ? "" : `/baocao ${backTo} rồi `}/sua N ${backTo === undefined ? "rồi" : "và"} /nop lại.` : ""}`
        : `Đã nộp bản sửa lần ${version - 1} lúc ${at}. Các bản trước vẫn được lưu.`,
    /** After a submission, when another open campaign still waits for the unit's report: the chat goes on to it. */
    nextCampaign: (title: string, returned: boolean, backTo: number, backClosed = false) =>
      `Lưu ý: đơn vị còn ${theReport(title)} ${returned ? "được trả lại để sửa" : "chưa nộp"}, nên từ tin nhắn tiếp theo nhóm này làm báo cáo đó (các lệnh /sua, /xem, /nop là của báo cáo đó). Gõ /baocao để bắt đầu hoặc tiếp tục. ${
        backClosed ? `Muốn nhận văn bản của báo cáo vừa nộp, gõ /vanban ${backTo}.` : `Muốn xem lại hoặc sửa báo cáo vừa nộp, gõ /baocao ${backTo} trước, rồi /xem hoặc /sua N và /nop.`
      }`,
    /** "/baocao" where the unit has several open campaigns: the list (the current one marked), and how to move. */
    /** `someClosed`: a closed campaign still taking the unit's report is among them. */
    openCampaigns: (lines: string[], example: number, someClosed = false) =>
      `Đơn vị đang có ${lines.length} đợt báo cáo ${someClosed ? "còn nhận báo cáo của đơn vị" : "mở"}:\n${lines.join("\n")}\nMuốn chuyển sang báo cáo khác, gõ /baocao kèm số đợt, ví dụ /baocao ${example}.`,
    /**
     * `current`: the chat's campaign. Not "chưa bắt đầu (nhóm đang làm báo cáo này)", which said the
     * group was at work on a report it had answered nothing of; a sent report is not being worked on either.
     */
    campaignLine: (n: number, title: string, standing: keyof typeof STANDING, current: boolean, closed = false) =>
      `${n}. ${title}${closed ? " (đợt đã đóng, vẫn nhận báo cáo này)" : ""} — ${
        current && standing === "not-started" ? "nhóm đang ở đợt này, chưa trả lời câu nào" : `${STANDING[standing]}${current ? " (nhóm đang ở đợt này)" : ""}`
      }`,
    standing: STANDING,
    noSuchCampaign: (typed: string, lines: string[], example: number) =>
      `Không có đợt báo cáo số "${typed}" đang mở cho đơn vị. Các đợt đang mở:\n${lines.join("\n")}\nGõ /baocao kèm số đợt, ví dụ /baocao ${example}.`,
    /** "/vanban N" for another campaign whose report was never submitted: /nop would act on the chat's own report. */
    otherNotSubmitted: (title: string, number: number) => `${reportNamed(title)} chưa nộp nên chưa có văn bản; gõ /baocao ${number} để làm báo cáo đó.`,
    /** Before /vanban's answer when several campaigns are open: the report it is about. */
    aboutReport: (title: string, number: number) => `${reportNamed(title)} (đợt số ${number}; gõ /baocao để xem các đợt đang mở, /baocao SỐ_ĐỢT để chuyển):`,
    movedTo: (title: string) => `Đã chuyển sang ${theReport(title)}: từ giờ các tin nhắn trong nhóm là của báo cáo này.`,
    /** Before movedTo, when the report left holds corrections not submitted (corrections-waiting.ts). */
    correctionsLeftUnsent: (title: string, id: number) => `Lưu ý: các sửa đổi của ${theReport(title)} chưa được nộp; muốn gửi, gõ /baocao ${id} rồi /nop.`,
    /** Before /vanban's document, when corrections since are not submitted: the document is the version sent. */
    documentBeforeCorrections: "Văn bản dưới đây là bản đã nộp: các sửa đổi sau đó chưa được gửi, gõ /nop để gửi bản sửa.",
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
    noDocumentYet: (title: string) => `Chưa có văn bản: ${theReport(title)} chưa được nộp. Gõ /nop để nộp báo cáo.`,
    documentCaption: (version: number) => (version === 1 ? "Văn bản báo cáo" : `Văn bản báo cáo (bản sửa lần ${version - 1})`),
    /** `changed`: a correction's questions whose answers differ from the version before. */
    /** `late`: the report's lateness, its first version's (sent after the deadline or the close, lateness.ts), said of each correction too. */
    /** `same`: the campaign's number when another has the same title (same-title.ts). */
    officersNotice: (unit: string, title: string, version: number, at: string, by: string, changed: number[] = [], late = false, same?: number) =>
      `${unit} đã nộp ${version === 1 ? "" : `bản sửa lần ${version - 1} của `}${theReport(title)}${sameTitle(same)} lúc ${at}${late ? " (nộp muộn)" : ""}. Người nộp: ${by}.${changed.length > 0 ? ` Các câu đã sửa: ${changed.join(", ")}.` : ""}`,
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
    /** Named: a unit with two reports under way knows which one loses its answers. */
    confirmCancel: (number?: number, title?: string) =>
      `Hủy báo cáo${number === undefined || title === undefined ? "" : ` ${campaignNamed(number, title)}`} sẽ xóa toàn bộ câu trả lời đã nhập. Bạn có chắc không? Trả lời Có để hủy, Không để tiếp tục.`,
    /**
     * Named: with several campaigns open, "/baocao" alone lists them or starts the newest, so the
     * cancelled one is started again by its number.
     */
    cancelled: (number?: number, title?: string, otherCampaigns = false) =>
      `Đã hủy báo cáo${number === undefined || title === undefined ? "" : ` ${campaignNamed(number, title)}`} và xóa các câu trả lời. ${
        otherCampaigns && number !== undefined ? `Muốn làm lại báo cáo này, gõ /baocao ${number} (hoặc /baocao để chọn đợt).` : "Gõ /baocao để bắt đầu lại."
      }`,
    cancelAborted: "Không hủy. Tiếp tục báo cáo.",
    /** Another member's Không to /huy: the asker learns who kept the report (their Có then read as talk). */
    cancelAbortedBy: (name: string, asker: string) => `${name} đã trả lời Không nên báo cáo không bị hủy (${asker} đã gõ /huy). Tiếp tục báo cáo.`,
    /**
     * Another member's message while one member is asked to confirm: not stored, and why. At /nop's
     * question anyone may answer Có for the group (it said to wait for the asker, then took a Có at once).
     */
    waitForConfirmation: (name: string, cancel: boolean) =>
      cancel
        ? `Tin nhắn của bạn chưa được lưu: ${name} đang được hỏi có hủy báo cáo không. Chờ ${name} trả lời Có hoặc Không rồi gửi lại (trả lời Không để tiếp tục báo cáo ngay).`
        : `Tin nhắn của bạn chưa được lưu: ${name} đang được hỏi có nộp báo cáo không. Muốn nộp thay ${name}, bạn trả lời Có; nếu không, chờ ${name} trả lời rồi gửi lại.`,
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
} as const;
