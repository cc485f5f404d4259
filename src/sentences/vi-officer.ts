/**
 * The officers' commands in their chat about people and messages: help, who may use what, binding a
 * chat to a unit (/dangky), officers (/canbo), returns (/tralai), notices (/thongbao) and reminders
 * (/nhacnho). A campaign's own commands are in vi-officer-campaigns.ts; vi.ts gathers both as `vi.officer`.
 */
import { clipped, campaignNamed, reportNamed, theReport } from "./vi-shared.ts";
import { sameTitle } from "./vi-officer-campaigns.ts";

/** "đợt 2, hạn …" where another campaign has the same title (same-title.ts), else "hạn …": one parenthesis after the title. */
const sameTitleAndDeadline = (same: number | undefined, deadline: string) => `${same === undefined ? "" : `đợt ${same}, `}hạn ${deadline}`;

export const officerSentences = {
  officer: {
    helpOfficer: [
      "Lệnh dành cho cán bộ phụ trách:",
      "/trangthai (/status) — tình hình nộp báo cáo của các đợt đang mở (khi không có đợt nào mở: các đợt đã đóng còn nhận báo cáo nộp muộn); /trangthai 2 — của đợt số 2 (cả khi đã đóng)",
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
    /** /canbo alone: the officers (name and id), before the usage. */
    officersListed: (people: readonly string[]) => `Cán bộ phụ trách (${people.length}): ${people.join("; ")}.`,
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
    notSubmitted: (unit: string, campaign?: { title: string; implied: boolean; closed?: "refuse" | "accept"; number?: number }) => {
      if (!campaign) return `${unit} chưa nộp báo cáo nên chưa thể trả lại.`;
      if (campaign.closed === "refuse")
        return `${unit} không nộp báo cáo đợt "${campaign.title}"${sameTitle(campaign.number)}: đợt đã đóng và không nhận báo cáo nộp muộn, nên không có báo cáo nào để trả lại.`;
      const which = campaign.closed === "accept" ? " (đợt đã đóng, vẫn nhận báo cáo nộp muộn)" : campaign.implied ? " (đợt đơn vị đang làm)" : "";
      return `${unit} chưa nộp báo cáo đợt "${campaign.title}"${sameTitle(campaign.number)}${which} nên chưa thể trả lại.`;
    },
    /** After notSubmitted: the unit's report submitted last, in another campaign, and how to return it. */
    returnOtherCampaign: (id: number, title: string, command: string) => `Báo cáo đơn vị đã nộp gần nhất là của ${campaignNamed(id, title)}; muốn trả lại báo cáo đó, gõ: ${command}`,
    /**
     * A second officer returning a report already returned: who returned it, when and with which
     * comment (`by`, `at` unknown for a return older than the activity log), and that hers was not sent.
     */
    alreadyReturned: (unit: string, by: string | undefined, at: string | undefined, comment: string) =>
      `${by ? `${by} đã trả lại báo cáo của ${unit}` : `Báo cáo của ${unit} đã được trả lại`}${at ? ` lúc ${at}` : ""}${comment ? ` với nhận xét «${clipped(comment, 300)}»` : ""}; báo cáo đang chờ đơn vị sửa, nộp lại. Nhận xét của bạn không được gửi tới đơn vị; nếu cần bổ sung, hãy trao đổi với người đã trả lại hoặc nhắn trực tiếp trong nhóm của đơn vị.`,
    /** `closed`: the campaign is closed; a returned report is still taken there, whatever its policy on late ones. */
    returnedToOfficer: (unit: string, title: string, closed = false, number?: number) =>
      `Đã trả lại ${theReport(title)}${sameTitle(number)} của ${unit} để sửa.${closed ? " Đợt đã đóng nhưng đơn vị vẫn nộp lại được báo cáo bị trả lại." : ""}`,
    /** `switchTo`: the unit's chat stays on another report it has in progress; this number moves it here. */
    returnedToUnit: (comment: string, title: string, officer: string, switchTo?: number) =>
      `${reportNamed(title)} của đơn vị được cán bộ phụ trách${officer ? ` ${officer}` : ""} trả lại để sửa. Nhận xét: ${comment}\n${
        switchTo ? `Nhóm đang làm dở một báo cáo khác nên vẫn tiếp tục báo cáo đó; gõ /baocao ${switchTo} để chuyển sang sửa báo cáo này.` : "Gõ /xem để xem lại, /sua N để sửa câu N, rồi /nop để nộp lại."
      }`,
    broadcastUsage: "Cách dùng: /thongbao nội dung, /thongbao đợt N nội dung để gửi tới các đơn vị của đợt số N, hoặc /thongbao tatca nội dung để gửi tới mọi nhóm.",
    /** A campaign the notice was for closed while it was being sent (another officer, another instance): nothing went out. */
    broadcastCampaignClosed: (id: number, title: string) =>
      `${campaignNamed(id, title, "Đợt")} vừa được đóng nên thông báo chưa được gửi tới đơn vị nào. Nếu vẫn cần gửi, vui lòng gõ lại lệnh /thongbao.`,
    /**
     * /thongbao's reply: how many groups, then whom it goes to (the units of which campaigns, or every
     * unit) and how many units that is; it said the number of groups alone.
     */
    broadcastQueuedTo: (chats: number, units: number, campaigns: readonly { id: number; title: string }[], unreachable: number) =>
      `Đang gửi thông báo tới ${
        campaigns.length === 0
          ? "tất cả các đơn vị"
          : campaigns.length === 1
            ? `các đơn vị của ${campaignNamed(campaigns[0]!.id, campaigns[0]!.title)}`
            : `các đơn vị của ${campaigns.length} đợt đang mở, ${campaigns.slice(0, -1).map((c) => `đợt ${c.id}`).join(", ")} và đợt ${campaigns.at(-1)!.id}`
      }: ${units} đơn vị, qua ${chats} nhóm${unreachable > 0 ? `; ${unreachable} đơn vị chưa có nhóm nên không nhận được` : ""}.`,
    broadcastQueued: (chats: number, unreachable: number) => `Đang gửi thông báo tới ${chats} nhóm${unreachable > 0 ? `; ${unreachable} đơn vị chưa có nhóm nên không nhận được` : ""}.`,
    /** /thongbao typed without marks, held back (unmarked-broadcast.ts): the same command again sends it as typed. */
    broadcastUnmarked: "Lưu ý: thông báo chưa có dấu tiếng Việt; các đơn vị sẽ nhận đúng như vậy. Chưa gửi thông báo nào: gõ lại đúng lệnh này để gửi nguyên văn, hoặc gõ lại có dấu.",
    /** A plain /thongbao with no campaign open (nor any closed still taking late reports) goes to every unit, as /thongbao tatca does: said. */
    broadcastToEveryUnit: "Không có đợt báo cáo nào đang mở.",
    /**
     * `from`: the officer who sent it, and the office (the campaign's issuer) when one is known;
     * `about`: the campaign it was aimed at ("/thongbao đợt N"), its number when the unit has several open.
     */
    broadcastMessage: (text: string, from: string, about?: { title: string; number?: number }) =>
      `Thông báo từ cán bộ phụ trách ${from}${about ? ` về đợt báo cáo "${about.title}"${about.number === undefined ? "" : ` (đợt ${about.number})`}` : ""}:\n${text}`,
    /** `opening`: the notice's first words, to tell two results apart. */
    broadcastSummary: (opening: string | undefined, sent: number, failed: number, unreachable: number) =>
      `Kết quả gửi thông báo${opening ? ` «${clipped(opening, 40)}»` : ""}: ${sent} nhóm đã nhận, ${failed} nhóm gửi không được, ${unreachable} đơn vị chưa có nhóm.`,
    /** What /nhacnho ngay đợt N does, after "để" (vi.openCampaigns.noneOpenButLate). */
    remindWhat: "nhắc các đơn vị chưa nộp",
    /** What /thongbao đợt N does, after "để"; and the other way, to every group. */
    broadcastWhat: "gửi thông báo tới các đơn vị",
    broadcastToAllHow: "Để gửi tới mọi nhóm, gõ /thongbao tatca nội dung.",
    remindUsage:
      "Cách dùng: /nhacnho ngay (/nhacnho ngay lai nếu vừa nhắc), hoặc /nhacnho lich 3,1,0 (số ngày trước hạn; 0 là sáng ngày hết hạn). Thêm đợt N để chỉ nhắc hoặc đặt lịch cho đợt số N.",
    remindSchedule: (days: string) => `Lịch nhắc: ${days}; sau hạn nhắc mỗi ngày, lúc 8 giờ sáng ngày làm việc.`,
    /** After the schedule shown: how to change it, and how to remind now (/nhacnho alone showed the schedule only). */
    remindScheduleHow: "Đổi lịch: /nhacnho lich 3,1,0 (số ngày trước hạn; 0 là sáng ngày hết hạn), thêm đợt N khi có nhiều đợt đang mở. Nhắc ngay các đơn vị chưa nộp: /nhacnho ngay.",
    remindScheduleSet: (title: string, days: string, number?: number) => `Đã đặt lịch nhắc cho đợt "${title}"${sameTitle(number)}: ${days}.`,
    /** After a schedule or deadline change: the next step, the ones already past not made up for. */
    nextReminder: (at: string, overdue: boolean) => `Lần nhắc tiếp theo: ${at}${overdue ? " (sau hạn nộp)" : ""}; các mốc nhắc đã qua không gửi bù.`,
    noNextReminder: "Không còn mốc nhắc nào sắp tới; các mốc nhắc đã qua không gửi bù.",
    /** A line of a reply that covers several open campaigns. */
    ofCampaign: (id: number, title: string, text: string) => `${campaignNamed(id, title, "Đợt")}: ${text}`,
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
    remindAgainWhich: "Đang có nhiều đợt báo cáo mở: gõ /nhacnho ngay lai đợt N để nhắc lại các đơn vị của đợt số N.",
    reminderDaysBefore: (days: number) => `${days} ngày trước hạn`,
    reminderOnDeadline: "sáng ngày hết hạn",
    /** `same`: the campaign's number when another has the same title (same-title.ts), said beside its deadline. */
    reminderReturned: (title: string, deadline: string, comment: string, overdue: boolean, number?: number, same?: number) =>
      `${overdue ? "Đã quá hạn nộp" : "Nhắc nộp lại"} ${theReport(title)} (${sameTitleAndDeadline(same, deadline)}): báo cáo của đơn vị đã được trả lại để sửa${comment ? `, với nhận xét «${clipped(comment, 200)}»` : ""} và chưa được nộp lại.\nGõ /baocao${number ? ` ${number}` : ""} để sửa, /nop để nộp lại.`,
    /** An officer's reminder of a closed campaign still taking late reports; `progress` undefined: the report was returned. */
    reminderAfterClose: (title: string, progress: string | undefined, started: boolean, number: number, same?: number) =>
      progress === undefined
        ? `Nhắc nộp lại ${theReport(title)}${sameTitle(same)}: đợt đã đóng nhưng báo cáo được trả lại để sửa vẫn được nhận, và báo cáo của đơn vị chưa được nộp lại.\nGõ /baocao ${number} để sửa, /nop để nộp lại.`
        : `Nhắc nộp ${theReport(title)}${sameTitle(same)}: đợt đã đóng nhưng vẫn nhận báo cáo, ghi là nộp muộn. Tiến độ của đơn vị: ${progress}.\nGõ /baocao ${number} để ${started ? "tiếp tục" : "bắt đầu"}, /nop khi đã xong.`,
    reminder: (title: string, deadline: string, progress: string, overdue: boolean, started: boolean, number?: number, same?: number) =>
      `${overdue ? "Đã quá hạn nộp" : "Nhắc nộp"} ${theReport(title)} (${sameTitleAndDeadline(same, deadline)}). Tiến độ của đơn vị: ${progress}.\nGõ /baocao${number ? ` ${number}` : ""} để ${started ? "tiếp tục" : "bắt đầu"}, /nop khi đã xong.`,
  },
} as const;
