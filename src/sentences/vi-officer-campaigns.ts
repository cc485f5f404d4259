/**
 * An officer's campaigns in their chat (/dotbaocao): opening one and the units told, the reference
 * document it cites, closing it and what a closed one still takes, extending its deadline. The rest
 * of the officers' commands are in vi-officer.ts; vi.ts gathers both as `vi.officer`.
 */
import { campaignNamed, clipped, closeEffects, officerBusyNote, titleTakenBy, theReport } from "./vi-shared.ts";

/** After a campaign's quoted title, its number when another campaign has the same title (same-title.ts). */
export const sameTitle = (number?: number) => (number === undefined ? "" : ` (đợt ${number})`);

export const officerCampaignSentences = {
  campaignTemplateGone: (title: string) => `Chưa mở được: loại báo cáo «${title}» không còn trong danh sách (mẫu vừa được nạp lại?). Gõ /sua 1 để chọn lại.`,
  noOpenCampaign: "Hiện không có đợt báo cáo nào đang mở.",
  /** `number`: the campaign's, when others are open too (a plain /baocao may go on with another report). */
  announce: (title: string, deadline: string, number?: number) =>
    `Thông báo đợt báo cáo mới: "${title}". Hạn nộp: ${deadline}.\nGõ /baocao${number ? ` ${number}` : ""} để bắt đầu báo cáo, /trogiup để xem các lệnh.`,
  /** With its number: the officers' commands about it take that (/tonghop 2, /xuat 2). */
  campaignOpened: (number: number, title: string, units: number, chats: number, busy: number, busyLate = 0) =>
    `Đã mở ${campaignNamed(number, title, "đợt báo cáo số")} cho ${units} đơn vị; đã thông báo tới ${chats} nhóm.${busy + busyLate > 0 ? ` ${officerBusyNote(busy, busyLate)}` : ""}`,
  /** After a campaign opened (chat and web page): units with a report in progress in another open campaign, or in a closed one still taking late reports. */
  busyNote: (n: number, late = 0) => officerBusyNote(n, late),
  /** After campaignOpened, when it applies: the issuing office typed among the units. */
  issuerLeftOut: (name: string) => `${name} là cơ quan nhận báo cáo của đợt này nên không phải nộp, dù có trong danh sách mã.`,
  /** After campaignOpened, when it applies: units no chat of which is bound. */
  /** `units`: their codes and names, when known (the chat's reply names them; the page counts them). */
  unreached: (n: number, units: string[] = []) =>
    `${n} đơn vị chưa có nhóm chat nào nên chưa nhận được thông báo${units.length > 0 ? ` (${units.slice(0, 10).join("; ")}${units.length > 10 ? "; …" : ""})` : ""}: gõ /dangky MÃ_ĐƠN_VỊ trong nhóm của đơn vị để gắn nhóm, rồi đơn vị gõ /baocao.`,
  /** `closed`: that campaign is closed, still taking late reports (its units may still report to it). */
  titleTaken: (id: number, closed: boolean) => `${titleTakenBy(id, closed)} cùng tên này: hai đợt trùng tên sẽ khó phân biệt trong nhóm của đơn vị. Hãy đặt tên khác (ví dụ thêm "đợt 2").`,
  /** Under the form's confirmation: texts the units receive as typed, without marks (unmarked-campaign-texts.ts); the officer may keep them. */
  unmarkedCampaignTexts: (texts: readonly { number: number; text: string }[]) =>
    `Lưu ý: ${texts.map((t) => `câu ${t.number} «${clipped(t.text, 60)}»`).join(", ")} chưa có dấu tiếng Việt; các đơn vị sẽ nhận và văn bản sẽ in đúng như vậy. Vẫn mở được nếu muốn giữ; muốn sửa, trả lời Không rồi gõ /sua ${texts[0]!.number}.`,
  deadlinePast: "Hạn nộp này đã qua: mọi đơn vị sẽ bị tính là nộp muộn ngay từ đầu.",
  deadlineFar: "Hạn nộp cách hôm nay hơn một năm: có thể năm bị gõ nhầm.",
  deadlineRetype: "Hãy gõ lại ngày (ngày/tháng/năm).",
  /** At the hour question (or the day typed with its hour): the moment already gone, the time now; nothing stored. */
  /** `withDay`: the hour came with the day, at the day's question (typed again there, not through /sua). */
  deadlineHourPast: (deadline: string, now: string, nowTime: string, dayQuestion: number, withDay: boolean) =>
    `Hạn nộp ${deadline} đã qua: bây giờ là ${now}. Câu trả lời này chưa được lưu: ${withDay ? `hãy gõ lại hạn nộp với giờ sau ${nowTime}, hoặc một ngày khác.` : `hãy gõ một giờ sau ${nowTime}, hoặc gõ /sua ${dayQuestion} để đổi ngày.`}`,
  /** An hour typed at the period question (meant for the deadline's hour): nothing stored, the question stays. */
  periodIsHour: (typed: string, hourQuestion: number) =>
    `«${clipped(typed.trim(), 30)}» là một giờ, không phải thời gian báo cáo, nên chưa được lưu. Muốn sửa giờ hạn nộp, gõ /sua ${hourQuestion}. Ở câu này hãy gõ thời gian báo cáo (ví dụ: năm học 2026 - 2027), hoặc /boqua.`,
  /** The period question's hint: what skipping it gives, from the deadline typed ("15/01/2027", "năm học 2026 - 2027"). */
  periodHint: (deadline: string, schoolYear: string) => `Bỏ qua để dùng năm học có hạn nộp: hạn ${deadline} thì là ${schoolYear}.`,
  /** A date or a time typed at the request's number (reference-number.ts): nothing stored, the question stays. */
  referenceNumberIsDate: (typed: string) =>
    `«${clipped(typed.replace(/\s+/g, " ").trim(), 60)}» là ngày, giờ chứ không phải số, ký hiệu văn bản, nên chưa được lưu. Hãy gõ số, ký hiệu của văn bản yêu cầu báo cáo, ví dụ: 125/UBND-VHXH hoặc 77/KH-UBND (gõ /boqua nếu không có văn bản); hạn nộp được hỏi ở các câu sau.`,
  /** The same on the web form, and at the opening (a number typed before the check, restored): what it is, with an example. */
  referenceNumberNotDate: (typed: string) =>
    `«${clipped(typed.replace(/\s+/g, " ").trim(), 60)}» là ngày, giờ chứ không phải số, ký hiệu văn bản (ví dụ: 125/UBND-VHXH hoặc 77/KH-UBND; để trống nếu không có văn bản).`,
  referenceDateFuture: "Ngày ban hành văn bản không thể sau hôm nay: có thể gõ nhầm ngày hoặc năm.",
  deadlineFix: (question: number, hour: boolean) => `Chưa mở được. Gõ /sua ${question} để sửa ${hour ? "giờ" : "ngày"} rồi /nop lại.`,
  fixAndSubmit: (question: number) => `Chưa mở được. Gõ /sua ${question} để sửa rồi /nop lại.`,
  /** Refused as typed, before the form goes on. */
  unknownUnitCodes: (codes: string, known: string) =>
    `Không có đơn vị nào mã hoặc tên ${codes}. Mã các đơn vị: ${known}. Hãy gõ lại danh sách, mỗi dòng một mã hoặc tên đơn vị, hoặc cách nhau bởi dấu phẩy.`,
  /** Offices typed among a new campaign's units (`names`: "UBND phường Nam Triệu"), at the units question. */
  officeNotUnit: (names: string, known: string) =>
    `${names} là cơ quan tổng hợp, không phải đơn vị báo cáo, nên danh sách chưa được lưu. Mã các đơn vị báo cáo: ${known}. Hãy gõ lại danh sách, không kèm cơ quan tổng hợp.`,
  /** The same, found at /nop (the list typed before the check, or the office changed after). */
  campaignOfficeNotUnit: (names: string, question: number) =>
    `Chưa mở được: ${names} là cơ quan tổng hợp, không phải đơn vị báo cáo. Gõ /sua ${question} để bỏ khỏi danh sách rồi /nop lại.`,
  campaignUnknownUnits: (codes: string, question: number, known: string) =>
    `Chưa mở được: không có đơn vị mã hoặc tên ${codes}. Mã các đơn vị: ${known}. Gõ /sua ${question} để sửa danh sách rồi /nop lại.`,
  /** Once the issuing office is left out, no unit is left to report. */
  campaignNoUnits: "Đợt báo cáo này không có đơn vị nào phải nộp: cơ quan nhận báo cáo không tự báo cáo trong đợt của mình.",
  /** No unit but the issuer in the roster: nothing the form can fix. */
  campaignEmptyRoster: "Chưa mở được: danh sách chưa có đơn vị nào để báo cáo. Người quản trị nạp danh sách đơn vị (npm run roster -- tệp.csv) rồi mở lại đợt; gõ /huy để thôi.",
  campaignsStillOpen: (lines: readonly string[]) =>
    `Lưu ý: ${lines.length === 1 ? "đợt báo cáo này vẫn đang mở" : `${lines.length} đợt báo cáo này vẫn đang mở`}:\n${lines.join("\n")}\nĐợt mới sẽ mở thêm bên cạnh, không thay đợt cũ. Gõ /huy nếu không muốn mở thêm; /dotbaocao dong kèm số đợt để đóng một đợt.`,
  openCampaignLine: (id: number, title: string, deadline: string) => `${id}. "${title}" (hạn ${deadline})`,
  campaignClosedRefused: (title: string) =>
    `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng và không nhận báo cáo nộp muộn, nên báo cáo đang làm dở của đơn vị không nộp được nữa. Các câu đã trả lời vẫn được lưu; nếu cần nộp, hãy liên hệ cán bộ phụ trách.`,
  /** After a close refusing late reports: the report the unit's chat goes on to (`closed`: a closed campaign still taking it). */
  chatGoesTo: (title: string, closed: boolean) =>
    `Từ giờ các tin nhắn trong nhóm là của ${theReport(title)}${closed ? " (đợt đã đóng nhưng vẫn nhận báo cáo nộp muộn)" : " đang mở"}: gõ /baocao để làm báo cáo đó.`,
  /** After a close: the report the chat was on already, not the closed one's, stays its report (`closed`: a closed campaign still taking it). */
  chatStaysOn: (title: string, closed: boolean) =>
    `Các tin nhắn trong nhóm vẫn là của ${theReport(title)}${closed ? " (đợt đã đóng nhưng vẫn nhận báo cáo nộp muộn)" : " đang mở"} mà nhóm đang làm.`,
  /** The same, the report the chat goes on to already submitted by the unit: nothing to make, what it can do. */
  chatGoesToSubmitted: (title: string) =>
    `Từ giờ các tin nhắn trong nhóm là của ${theReport(title)} đang mở, đơn vị đã nộp báo cáo này: gõ /xem để xem lại, /vanban để nhận văn bản, /sua N nếu cần sửa.`,
  campaignClosedLateAccepted: (title: string) =>
    `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng. Báo cáo đang làm dở của đơn vị vẫn được nhận nhưng ghi là nộp muộn: gõ /baocao để làm tiếp, /nop khi đã xong.`,
  campaignClosedReturned: (title: string) =>
    `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng. Báo cáo của đơn vị đang được trả lại để sửa nên vẫn được nhận: sửa bằng /sua N, rồi /nop để nộp lại.`,
  /** Closed while another is open, the unit's report still taken (late, or returned): reached by its number. */
  campaignClosedStillTaken: (title: string, number: number, returned: boolean) =>
    `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng. ${returned ? "Báo cáo của đơn vị đang được trả lại để sửa nên vẫn được nhận" : "Báo cáo đang làm dở của đơn vị vẫn được nhận nhưng ghi là nộp muộn"}: gõ /baocao ${number} để làm tiếp báo cáo này, /nop khi đã xong.`,
  /**
   * To a unit that never started the closed campaign's report. "moved-on": its group is working on
   * another open campaign's report; "by-number": another is open to it, not in progress (a plain
   * /baocao would go there). `otherClosed`: that other report is of a closed campaign still taking it, picked.
   */
  campaignClosedNotStarted: (title: string, after: "refused" | "late" | "moved-on" | "by-number", number: number, otherClosed = false) =>
    `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng; đơn vị chưa nộp báo cáo của đợt này. ${
      after === "refused"
        ? "Đợt này không nhận báo cáo nộp muộn."
        : after === "late"
          ? "Báo cáo vẫn được nhận nhưng ghi là nộp muộn: gõ /baocao để bắt đầu."
          : after === "moved-on"
            ? `Báo cáo vẫn được nhận nhưng ghi là nộp muộn. Nhóm đang làm báo cáo của đợt khác ${otherClosed ? "(đợt đã đóng nhưng vẫn nhận báo cáo nộp muộn)" : "còn mở"}: gõ /baocao ${number} để chuyển sang báo cáo đợt này.`
            : `Báo cáo vẫn được nhận nhưng ghi là nộp muộn: gõ /baocao ${number} để bắt đầu báo cáo đợt này.`
    }`,
  /**
   * Closed refusing late reports while another campaign is open to the unit: the report is lost to
   * the policy, not to the move (it read as if moving on were the reason), then where the chat goes.
   */
  campaignClosedMovedOn: (title: string, next: string, nextSubmitted = false) =>
    `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng và không nhận báo cáo nộp muộn, nên báo cáo đang làm dở của đơn vị không nộp được nữa. Các câu đã trả lời vẫn được lưu; nếu cần nộp, hãy liên hệ cán bộ phụ trách. ${
      nextSubmitted ? officerCampaignSentences.chatGoesToSubmitted(next) : `Nhóm chuyển sang ${theReport(next)} đang mở: gõ /baocao để làm báo cáo đó.`
    }`,
  /** To a unit correcting its submitted report when the campaign closes refusing late reports; where its chat goes follows. */
  campaignClosedCorrectionRefused: (title: string) =>
    `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng và không nhận báo cáo nộp muộn, nên bản sửa báo cáo của đơn vị không được nhận nữa: các sửa đổi chưa nộp lại không được gửi, báo cáo đã nộp trước đó được giữ nguyên.`,
  /** To a unit correcting its submitted report when the campaign closes still taking late reports: the chat stays on it. */
  campaignClosedCorrectionKept: (title: string) =>
    `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng. Bản sửa báo cáo của đơn vị vẫn được nhận: các tin nhắn trong nhóm vẫn là của báo cáo này cho đến khi gõ /nop để nộp bản sửa.`,
  /** The same, to a unit whose chat is on another campaign's report: it stays there, and the correction is sent by number. */
  campaignClosedCorrectionByNumber: (title: string, number: number) =>
    `Đợt báo cáo "${title}" đã được cán bộ phụ trách đóng. Bản sửa báo cáo của đơn vị vẫn được nhận: gõ /baocao ${number} rồi /nop để nộp bản sửa.`,
  /** After campaignClosedCorrectionRefused, with no other report for the chat: the closed one is read only. */
  correctionReadOnly: "Gõ /xem để xem lại báo cáo đã nộp, /vanban để nhận văn bản; nếu cần sửa, hãy liên hệ cán bộ phụ trách.",
  campaignClosed: (title: string, policy: string, number?: number) => `Đã đóng đợt báo cáo "${title}"${sameTitle(number)}. Báo cáo nộp muộn: ${policy}.`,
  /** "Không" to the close question: nothing done. */
  closeKept: (id: number) => `Không đóng: đợt ${id} vẫn mở.`,
  /** `effects`: what closing does now (closeEffects below, as the web page's close button says it). */
  /** `corrected`: units whose submitted report has corrections not sent again (unsentCorrections below). */
  closeConfirm: (id: number, title: string, effects: string, corrected = "") => `Đóng ${campaignNamed(id, title)}? ${effects}${corrected ? ` ${corrected}` : ""} Nếu chắc chắn, gõ /dotbaocao dong ${id} chac (hoặc trả lời "có").`,
  /** Units that reopened their submitted report and have not sent the corrections again; what closing does to them. */
  unsentCorrections: (units: readonly string[], refusesLate: boolean) =>
    `${units.length === 1 ? `${units[0]} đang sửa báo cáo đã nộp` : `Các đơn vị đang sửa báo cáo đã nộp: ${units.join(", ")}`} nhưng chưa nộp lại bản sửa. ${
      refusesLate ? "Sau khi đóng, bản sửa không được nhận nữa; báo cáo đã nộp trước đó được giữ nguyên." : "Sau khi đóng, bản sửa vẫn được nhận khi đơn vị gõ /nop để nộp lại."
    }`,
  /** `deadline`: when it has not passed yet. `refusesLate`: the campaign's policy for reports after it closes. */
  closeEffects,
  campaignUsage:
    "Cách dùng: /dotbaocao (mở đợt mới), /dotbaocao dong N (đóng đợt số N), /dotbaocao giahan N dd/mm/yyyy [hh:mm] (gia hạn đợt số N), /dotbaocao them MÃ, /dotbaocao bot MÃ (thêm, bỏ đơn vị). Khi chỉ có một đợt đang mở, có thể bỏ số đợt.",
  extendUsage:
    'Cách dùng: /dotbaocao giahan N dd/mm/yyyy [hh:mm], ví dụ /dotbaocao giahan 2 30/10/2026 17:00 (bỏ N khi chỉ có một đợt đang mở; không ghi giờ thì giữ giờ của hạn cũ; "hết ngày 30/10/2026" là đến 23:59 ngày đó).',
  extendPast: (old: string) => `Chưa gia hạn: hạn mới đã qua. Hạn nộp vẫn là ${old}; gõ một hạn sau hôm nay.`,
  extendFar: (old: string) => `Chưa gia hạn: hạn mới cách hôm nay hơn một năm, có thể năm bị gõ nhầm. Hạn nộp vẫn là ${old}.`,
  /** "/dotbaocao giahan N" of a closed campaign: a closed one is never reopened; what is left to do depends on its policy. */
  extendClosed: (id: number, title: string, takesLate: boolean) =>
    `${campaignNamed(id, title, "Đợt")} đã đóng nên không gia hạn được: đợt đã đóng thì không mở lại được. ${
      takesLate
        ? `Đợt này vẫn nhận báo cáo nộp muộn: đơn vị chưa nộp vẫn gõ /baocao ${id} để nộp, báo cáo được ghi là nộp muộn.`
        : "Đợt này không nhận báo cáo nộp muộn; nếu vẫn cần các đơn vị nộp, hãy mở đợt mới bằng /dotbaocao."
    }`,
  extendNotLater: (old: string) => `Hạn mới phải sau hạn hiện tại (${old}). Gia hạn chỉ lùi hạn nộp về sau.`,
  /** `told`: of those units, how many have a chat the bot could tell (one whose group removed the bot is not told). */
  extendedOnTimeNow: (n: number, told: number) =>
    `${n} đơn vị đã nộp sau hạn cũ, trước hạn mới, nay không còn bị tính là nộp muộn${
      told === n ? `; nhóm của ${n === 1 ? "đơn vị đó" : "các đơn vị đó"} đã được báo.` : told === 0 ? "." : `; đã báo tới nhóm của ${told} đơn vị.`
    }`,
  /** To a unit whose report, sent after the old deadline and before the new one, is late no longer. */
  extendedOnTimeToUnit: (title: string, moved: string) =>
    `Hạn nộp ${theReport(title)} đã được gia hạn đến ${moved}, nên báo cáo đơn vị đã nộp nay được tính là nộp đúng hạn, không còn bị ghi là nộp muộn.`,
  /** `chats`: the unit chats told (those of units that have not submitted). */
  extended: (id: number, title: string, old: string, moved: string, chats: number) =>
    `Đã gia hạn ${campaignNamed(id, title)} từ ${old} đến ${moved}. ${chats === 0 ? "Không có nhóm nào của đơn vị chưa nộp cần báo." : `Đã báo hạn mới tới ${chats} nhóm của đơn vị chưa nộp.`}`,
  /** `number`: the campaign's number to type when several are open (a plain /baocao may open another). */
  extendedToUnit: (title: string, moved: string, officer: string, number?: number) =>
    `Hạn nộp ${theReport(title)} được gia hạn đến ${moved} (cán bộ phụ trách ${officer}). Gõ /baocao${number === undefined ? "" : ` ${number}`} để làm hoặc tiếp tục báo cáo.`,
  lateAccepted: "vẫn nhận và đánh dấu nộp muộn",
  lateRefused: "không nhận",
  closedSubmittedReadOnly: "Đợt báo cáo đã đóng nên báo cáo đã nộp không sửa được nữa. Gõ /xem để xem lại, /vanban để nhận văn bản; nếu cần sửa, hãy liên hệ cán bộ phụ trách.",
  /**
   * Told in the unit's chat at a late submission: why it is late. `closed`: closed by the officer,
   * `early` before its deadline. Lateness is the submission's: answers typed in time do not change it.
   * `sameMinute`: sent seconds after the deadline, both read the same minute ("Đã nộp … lúc 23:12",
   * "Hạn nộp là 23:12 … nộp muộn" read as a contradiction), so the seconds are said.
   */
  lateNotice: (deadline: string, closed: boolean, early: boolean, sameMinute = false) =>
    early
      ? `Đợt báo cáo đã được cán bộ phụ trách đóng trước hạn nộp (${deadline}), nên báo cáo được nhận nhưng ghi là nộp muộn.`
      : `Hạn nộp là ${deadline}${closed ? " và đợt báo cáo đã đóng" : ""}${
          sameMinute ? `${closed ? ";" : " và"} báo cáo được nộp sau hạn vài giây nên được nhận` : `${closed ? "," : ""} nên báo cáo được nhận`
        } nhưng ghi là nộp muộn (tính theo lúc nộp, không theo lúc trả lời các câu).`,
  /** The reference document as the campaign's documents cite it: `cited` is "Kế hoạch số 45/KH-UBND" (cited-document.ts). */
  referenceText: (cited: string, date: string, issuer: string) => `${cited} ngày ${date} của ${issuer}`,
  /** Document kinds a citation names: the first is the default (a công văn has no kind code). */
  documentKinds: {
    kinds: ["Công văn", "Kế hoạch", "Quyết định", "Hướng dẫn", "Thông báo", "Chỉ thị", "Nghị quyết", "Kết luận", "Thông tư", "Tờ trình"],
    byCode: { KH: "Kế hoạch", QD: "Quyết định", HD: "Hướng dẫn", TB: "Thông báo", CT: "Chỉ thị", NQ: "Nghị quyết", KL: "Kết luận", TT: "Thông tư", TTR: "Tờ trình" } as Record<string, string>,
    typedAbbreviations: { CV: "Công văn", KH: "Kế hoạch", "QĐ": "Quyết định" } as Record<string, string>,
  },
  /** "/dotbaocao dong" followed by something that is not a campaign's number. */
  closeWhich: (typed: string) => `Không hiểu "${typed}". Gõ /dotbaocao dong, hoặc /dotbaocao dong kèm số đợt khi có nhiều đợt đang mở; bot hỏi lại trước khi đóng, và /dotbaocao dong N chac thì đóng.`,
} as const;
