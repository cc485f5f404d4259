/**
 * The ward's consolidated report and its draft (/tonghop).
 * Part of `vi` (vi.ts).
 */
import { consolidateLater, unitNames, campaignNamed } from "./vi-shared.ts";

export const consolidationSentences = {
  consolidation: {
    perOption: (option: string, n: number) => `${option}: ${n} đơn vị`,
    genericTitle: (title: string) => `${title} (tổng hợp)`,
    andMore: (n: number) => `và ${n} đơn vị khác`,
    /** After a share in the draft taken from only some of the units (documents/share-base.ts). */
    shareBase: (answered: number, total: number) => `(tính trên ${answered}/${total} đơn vị có số liệu)`,
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
    /**
     * /tonghop (and the board's download) with no unit's report submitted: no draft is made.
     * `returned`: the names of units whose report was returned (they count once sent again);
     * `refusing`: closed refusing late reports, so only a returned unit may still come.
     */
    nothingIn: (id: number, title: string, total: number, returned: string, refusing = false) =>
      [
        `${campaignNamed(id, title, "Đợt")} ${refusing && !returned ? "đã đóng (không nhận báo cáo nộp muộn) và không có" : "chưa có"} đơn vị nào nộp báo cáo (0/${total} đơn vị) nên ${refusing && !returned ? "không" : "chưa"} có số liệu để tổng hợp; bot chưa lập dự thảo.`,
        ...(returned ? [`Đang bị trả lại để sửa: ${returned}; gõ lại /tonghop ${id} khi đơn vị nộp lại.`] : []),
        // Nothing will come where none may submit: writing the ward's part "beforehand" is offered only where figures may follow.
        `Gõ /trangthai ${id} để xem tình hình các đơn vị.${refusing && !returned ? "" : ` Phần của cán bộ có thể viết trước: gõ /tonghop sua ${id}.`}`,
      ].join(" "),
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
    /** /quaylai at the officer's first own question with no unit in: the questions before are the units' (back-past-computed.ts). */
    noEarlierOwnQuestion: "Đây đã là câu đầu tiên cán bộ cần viết; các câu trước đó lấy số liệu từ báo cáo của các đơn vị.",
    /**
     * /tonghop sua's start with no unit's report submitted: nothing to compute from. `sealed`: closed
     * refusing late reports, none returned, so no unit's figures will ever come (none-to-come.ts).
     */
    noUnitSubmitted: (id: number, sealed = false) =>
      `Lưu ý: ${
        sealed
          ? `đợt ${id} đã đóng (không nhận báo cáo nộp muộn) và không có đơn vị nào nộp báo cáo nên báo cáo tổng hợp không có số liệu từ đơn vị; các câu lấy số liệu từ đơn vị sẽ không được tự động điền (muốn tự nhập câu nào, gõ /sua N)`
          : "chưa có đơn vị nào nộp báo cáo nên báo cáo tổng hợp chưa có số liệu; các câu lấy số liệu từ đơn vị sẽ được tự động điền khi có đơn vị nộp"
      }. Gõ /trangthai ${id} để xem tình hình các đơn vị.`,
    /** /tonghop sua's start: what the units' reports answered. */
    /** The computed answers that changed since the ward's report was submitted, one line each. */
    changedSince: (n: number, prompt: string, was: string, now: string) => `• Câu ${n} «${prompt}»: ${was} → ${now}`,
    /** The same for a list whose count of lines is unchanged: its first line that differs, and how many others do. */
    lineChangedSince: (n: number, prompt: string, line: number, was: string, now: string, others = 0) =>
      `• Câu ${n} «${prompt}»: dòng ${line}: «${was}» → «${now}»${others > 0 ? ` và ${others} dòng khác` : ""}`,
    changesSince: (lines: string[]) => `Báo cáo của các đơn vị đã thay đổi so với bản tổng hợp đã nộp:\n${lines.join("\n")}\nGõ /nop để nộp bản mới.`,
    noAnswerYet: "(chưa có)",
    /** /xem's "Nơi nhận" left out: the lines the ward's document prints (its own campaign: no "Như trên"). */
    defaultRecipients: (lines: string[]) => `(mặc định: ${lines.join("; ")})`,
    lines: (n: number) => `${n} dòng`,
    prefilled: (count: number, units: number) =>
      `${count} câu đã được tự động tổng hợp từ báo cáo của ${units} đơn vị (gõ /xem để xem); bot hỏi các câu còn lại.`,
    alreadySubmitted: (at: string, id: number) =>
      `Lưu ý: báo cáo tổng hợp đã nộp lúc ${at}; dự thảo này là số liệu hiện nay, chưa phải bản đã nộp. Để nộp lại với số liệu mới, gõ /tonghop sua ${id} rồi /nop.`,
    /** Under a unit's submission notice, when the ward's consolidated report was sent before it. */
    wardReportBehind: (at: string, id: number) =>
      `Báo cáo tổng hợp của đợt này đã nộp lúc ${at}, chưa có số liệu của báo cáo vừa nộp. Để cập nhật, gõ /tonghop sua ${id} rồi /nop.`,
    draftCaption: "Dự thảo báo cáo tổng hợp",
    /** Named by its campaign as the export is: two campaigns' drafts of one day are two files. */
    draftFileName: (id: number, date: string) => `Dự-thảo-báo-cáo-tổng-hợp-đợt-${id}-${date}.docx`,
    confirmCancel: "Hủy sẽ bỏ mọi câu đã trả lời và đã sửa tay; số liệu trở về như tự động tổng hợp. Bạn có chắc không? Trả lời Có để hủy, Không để tiếp tục.",
    cancelled: (id: number) => `Đã hủy: các câu đã sửa tay được bỏ, số liệu trở về như tự động tổng hợp. Gõ /tonghop sua ${id} để làm lại.`,
    /** /dotbaocao typed during /tonghop sua: the campaign form takes the chat's messages; the report waits. */
    leftForCampaignForm: (id: number) =>
      `Đã tạm dừng báo cáo tổng hợp đợt ${id} (/tonghop sua): các câu đã trả lời vẫn được giữ. Mở xong đợt mới (hoặc gõ /huy để thôi), rồi gõ /tonghop sua ${id} để làm tiếp.`,
    /** The campaign form cancelled while /tonghop sua waits: how to go on with it. */
    setAsideAfterForm: (id: number) => `Báo cáo tổng hợp đợt ${id} đang làm dở vẫn được giữ: gõ /tonghop sua ${id} để làm tiếp.`,
    computedMark: "[tự động tổng hợp]",
    nothingToComputeMark: "[tự động tổng hợp khi có đơn vị nộp]",
    /** The same where no unit can submit any more (closed refusing late reports, none returned). */
    noneToComputeMark: "[không có đơn vị nộp để tổng hợp]",
    editedMark: "[đã sửa tay]",
    /** An answer the officer typed where nothing was computed: no figure was edited. */
    ownEntryMark: "[do cán bộ nhập]",
    /** /xem's mark of a hand edit (`own`: an own entry) the units' data has moved away from since. */
    staleEditMark: (now: string, own = false) => `[${own ? "do cán bộ nhập" : "đã sửa tay"}; số tổng hợp từ các đơn vị nay là ${now}]`,
    /** A hand-edited computed answer whose computed answer changed after the edit, one line each. */
    staleEdit: (n: number, edited: string | undefined, now: string | undefined, was: string | undefined) =>
      `• Câu ${n} (${edited === undefined ? "đã bỏ qua" : `đã sửa tay: ${edited}`}): ${now === undefined ? "số tổng hợp từ các đơn vị nay không tính được" : `số tổng hợp từ các đơn vị nay là ${now}`}, trước là ${was ?? "chưa có"}.`,
    /** `n`: a question of those with a computed answer now, for the example; none, no "tự động" to offer. */
    staleEdits: (lines: string[], n: number | undefined) =>
      `Số tổng hợp từ các đơn vị đã thay đổi sau khi sửa tay:\n${lines.join("\n")}\n${n === undefined ? "Số đã sửa tay được giữ" : `Để dùng số tổng hợp, gõ /sua N tự động (ví dụ /sua ${n} tự động); để giữ số đã sửa tay, không cần làm gì`} (gõ lại số đó bằng /sua N thì bot thôi nhắc).`,
    nothingComputed: (n: number) => `Câu ${n} hiện chưa có số tổng hợp từ các đơn vị nên chưa dùng số tự động được; câu trả lời đang có được giữ nguyên.`,
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
    countYesText: (label: string) => `${label}: {value} đơn vị trả lời Có.`,
    /** A yes/no question "Đơn vị có tổ chức … không?" as statements: "2 đơn vị có tổ chức …", "1 đơn vị không tổ chức …". */
    unitsDid: (predicate: string) => `{value} đơn vị có ${predicate}.`,
    unitsDidNot: (predicate: string) => `{value} đơn vị không ${predicate}.`,
    unitsNoPrompt: (label: string) => `Số đơn vị trả lời Không «${label}»`,
  },
} as const;
