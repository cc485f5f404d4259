/**
 * Where the units stand (/trangthai), the open campaigns, the export (/xuat).
 * Part of `vi` (vi.ts).
 */
import { lateMark, campaignNamed, campaignTitleFirst, reportNamed, theReport } from "./vi-shared.ts";
import { sameTitle } from "./vi-officer-campaigns.ts";

/** The newest closed campaigns still taking late reports, the older ones only named, and whether there are more (choose-open-campaign.ts). */
type LateList = { campaigns: readonly { id: number; title: string }[]; older: readonly { id: number; title: string }[]; more: boolean };

const lateLines = (late: LateList, command: (id: number | "N") => string) => late.campaigns.map((c) => `• ${campaignNamed(c.id, c.title, "Đợt")}: gõ ${command(c.id)}`).join("\n");

/** The older ones, named only (after a few years there were dozens); "" when none. */
const olderNames = (late: LateList) =>
  `${late.older.map((c) => campaignNamed(c.id, c.title)).join(", ")}${late.more ? " và các đợt cũ hơn nữa" : ""}`;

/** Older ones are named, not listed with their command: how to reach one by its number. */
const olderLate = (late: LateList, what: string, command: (id: number | "N") => string) =>
  late.older.length > 0 ? `\nCác đợt cũ hơn cũng đã đóng nhưng vẫn nhận báo cáo nộp muộn: ${olderNames(late)}. Để ${what} của một trong các đợt này, gõ ${command("N")}, thay N bằng số đợt.` : "";

export const statusSentences = {
  status: {
    correctionsWaiting: "Có sửa đổi chưa nộp lại: gõ /nop để gửi bản sửa.",
    /** /trangthai in a private chat, which is neither the officers' chat nor a unit's. */
    whereToAsk: "Lệnh /trangthai dùng trong nhóm cán bộ phụ trách (tình hình các đơn vị) hoặc trong nhóm của đơn vị (báo cáo của đơn vị đó).",
    /** The number is the one /trangthai N, /xuat N and /tonghop N take. */
    /**
     * `closed`: "refusing" when it takes no late report (its units not in will not be); `true`
     * when it still takes them ("(đã đóng)" alone left the policy unsaid).
     */
    header: (id: number, title: string, deadline: string, closed: boolean | "refusing") =>
      `Tình hình ${campaignTitleFirst(id, title, closed === "refusing" ? "đã đóng, không nhận báo cáo nộp muộn" : closed ? "đã đóng, vẫn nhận báo cáo nộp muộn" : undefined)} — hạn ${deadline}`,
    /** `refusing`: closed refusing late reports, where no unit is in progress or to start any more, only "did not submit". */
    counts: (c: { submitted: number; inProgress: number; notStarted: number; overdue: number; returned: number; notSubmitted: number }, refusing: boolean) =>
      refusing
        ? `Đã nộp: ${c.submitted} · Không nộp: ${c.notSubmitted} · Trả lại: ${c.returned}`
        : `Đã nộp: ${c.submitted} · Đang làm: ${c.inProgress} · Chưa bắt đầu: ${c.notStarted} · Quá hạn: ${c.overdue} · Trả lại: ${c.returned}`,
    /** A unit whose report was not in when its campaign closed refusing late reports; how far it got. */
    notSubmitted: (k: number, n: number) => (k > 0 ? `không nộp (đã trả lời ${k}/${n} câu)` : "không nộp"),
    /** `late`: as lateMark (vi-shared.ts) says it. */
    submitted: (by: string, at: string, late: boolean | "after-close") => `đã nộp${lateMark(late)} — ${by}, ${at}`,
    inProgress: (k: number, n: number) => `đang làm ${k}/${n}`,
    notStarted: "chưa bắt đầu",
    /** Opened with /baocao, its first question asked, none answered (it read "chưa bắt đầu"). */
    openedNoAnswer: "đã mở, chưa trả lời câu nào",
    /** Before the status of closed campaigns still taking late reports, shown as none is open. */
    /** `older`: older ones are left out (olderLateStatus says how to see one). */
    noneOpenButLate: (count: number, older = false) =>
      `Hiện không có đợt báo cáo nào đang mở. ${count === 1 && !older ? "Đợt" : `${count} đợt gần đây nhất`} dưới đây đã đóng nhưng vẫn nhận báo cáo nộp muộn và còn đơn vị chưa nộp:`,
    /** What /trangthai N does, after "để" (vi.openCampaigns.alsoLate). */
    statusWhat: "xem tình hình nộp báo cáo",
    // Not "đang sửa": said from the moment of the return, before the unit has opened the report.
    returned: (k: number, n: number) => `trả lại để sửa, đã trả lời ${k}/${n} câu`,
    overdue: "QUÁ HẠN",
    /**
     * `closed`: "takes" when the closed campaign still takes this report, "sealed" when it no longer
     * does. `same`: the campaign's number when another has the same title (same-title.ts).
     */
    unitOwn: (title: string, state: string, deadline: string, closed?: "takes" | "sealed", same?: number) => {
      const marks = [...(same === undefined ? [] : [`đợt ${same}`]), ...(closed === "takes" ? ["đợt đã đóng, vẫn nhận báo cáo này"] : closed === "sealed" ? ["đợt đã đóng"] : [])];
      return `${reportNamed(title)}${marks.length > 0 ? ` (${marks.join("; ")})` : ""}: ${state}. Hạn nộp: ${deadline}.`;
    },
    noSuchCampaign: (typed: string) => `Đơn vị không có đợt số ${typed} đang mở hoặc còn nhận báo cáo.`,
    /** One unitOwn per campaign the unit may work on (open, or closed and still taking its report), with the campaign's number. */
    unitOwnMany: (reports: { id: number; text: string }[], someClosed = false) =>
      `Đơn vị đang có ${reports.length} đợt báo cáo ${someClosed ? "(kể cả đợt đã đóng vẫn nhận báo cáo)" : "mở"}:\n${reports.map((r) => `${r.id}. ${r.text}`).join("\n")}\nGõ /baocao kèm số đợt để làm báo cáo của đợt đó, ví dụ /baocao ${reports[0]!.id}.`,
    more: (n: number) => `… và ${n} đơn vị khác: danh sách đầy đủ ở tệp Excel gửi kèm.`,
    sheetCaption: (title: string, number?: number) => `Tình hình nộp ${theReport(title)}${sameTitle(number)} (đầy đủ các đơn vị)`,
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
      `${campaignNamed(number, title, "Đợt")} đã đóng; lệnh này chỉ dùng cho đợt đang mở.${list ? ` Các đợt đang mở:\n${list}` : " Hiện không có đợt nào đang mở."}`,
    /** Campaign `number` closed refusing late reports: no unit not in may still send its report. */
    closedRefusingRemind: (number: number, title: string) =>
      `${campaignNamed(number, title, "Đợt")} đã đóng và không nhận báo cáo nộp muộn: các đơn vị chưa nộp không nộp được nữa nên lệnh nhắc không dùng cho đợt này. Đơn vị có báo cáo bị trả lại để sửa đã được báo trong nhóm khi báo cáo bị trả lại.`,
    closedRefusingBroadcast: (number: number, title: string) =>
      `${campaignNamed(number, title, "Đợt")} đã đóng và không nhận báo cáo nộp muộn nên không gửi thông báo theo đợt này được (các đơn vị đã được báo khi đợt đóng). Để gửi tới mọi đơn vị, gõ /thongbao tatca nội dung.`,
    /**
     * None open, but closed ones still take late reports: which, and the command to type for each
     * (a bare /nhacnho ngay said only that none was open; /thongbao went to every unit unasked).
     * `what`: what the command does to a campaign's units; `command`: it typed for campaign N.
     */
    noneOpenButLate: (late: LateList, what: string, command: (id: number | "N") => string, nothingSent = false) =>
      // Not sent because it is unclear whom it is for (these units, or every unit), not because none is open.
      `${nothingSent ? "Thông báo chưa được gửi vì chưa rõ gửi tới các đơn vị của đợt đã đóng còn nhận báo cáo nộp muộn hay tới mọi đơn vị (hiện không có đợt báo cáo nào đang mở)" : "Hiện không có đợt báo cáo nào đang mở"}. ${
        late.campaigns.length === 1 && late.older.length === 0
          ? `${campaignNamed(late.campaigns[0]!.id, late.campaigns[0]!.title, "Đợt")} đã đóng nhưng vẫn nhận báo cáo nộp muộn: để ${what} của đợt này, gõ ${command(late.campaigns[0]!.id)}.`
          : `Các đợt đã đóng${late.older.length > 0 ? " gần đây nhất" : ""} nhưng vẫn nhận báo cáo nộp muộn:\n${lateLines(late, command)}\nMỗi lệnh trên ${what} của đợt đó.${olderLate(late, what, command)}`
      }`,
    /**
     * After what a plain /nhacnho ngay or /thongbao did to the open campaigns: the closed ones still
     * taking late reports were left out (silently: an officer took them as reminded too), and the
     * command that reaches each.
     */
    alsoLate: (late: LateList, what: string, command: (id: number | "N") => string) =>
      late.campaigns.length === 1 && late.older.length === 0
        ? `Lưu ý: ${campaignNamed(late.campaigns[0]!.id, late.campaigns[0]!.title)} đã đóng nhưng vẫn nhận báo cáo nộp muộn, không nằm trong lệnh vừa rồi. Để ${what} của đợt này, gõ ${command(late.campaigns[0]!.id)}.`
        : `Lưu ý: các đợt đã đóng${late.older.length > 0 ? " gần đây nhất" : ""} nhưng vẫn nhận báo cáo nộp muộn sau không nằm trong lệnh vừa rồi:\n${lateLines(late, command)}\nMỗi lệnh trên ${what} của đợt đó.${olderLate(late, what, command)}`,
    /** After /trangthai's status of the newest closed campaigns still taking late reports, shown as none is open. */
    olderLateStatus: (late: LateList) =>
      `Các đợt cũ hơn cũng đã đóng nhưng vẫn nhận báo cáo nộp muộn (không hiện ở đây): ${olderNames(late)}. Để xem tình hình một đợt, gõ /trangthai đợt N, thay N bằng số đợt.`,
    notOpen: (number: number, list: string) => (list ? `Không có đợt số ${number} đang mở. Các đợt đang mở:\n${list}` : `Không có đợt số ${number} đang mở; hiện không có đợt nào đang mở.`),
  },
  /** Picking a campaign by number or title (/xuat, /tonghop); `command` is how to ask again. */
  campaignChoice: {
    /** `example`: a closed campaign's number for the example (choose-campaign.ts); none: no example. */
    noOpenCampaign: (command: string, example?: number) => `Hiện không có đợt báo cáo nào đang mở. Gõ ${command} kèm số đợt để chọn một đợt đã đóng${example === undefined ? "" : `, ví dụ ${command} ${example}`}.`,
    unknown: (command: string, asked: string, list: string) =>
      `Không tìm thấy đợt báo cáo "${asked}". Gõ ${command} kèm số đợt hoặc tên đợt.${list ? `\nCác đợt báo cáo:\n${list}` : ""}`,
    many: (command: string, asked: string, list: string) => `Có nhiều đợt báo cáo khớp với "${asked}". Gõ ${command} kèm số đợt:\n${list}`,
    whichOpen: (command: string, count: number, list: string, example: number) => `Đang có ${count} đợt báo cáo mở:\n${list}\nGõ ${command} kèm số đợt, ví dụ ${command} ${example}.`,
    line: (id: number, title: string, isOpen: boolean) => `${id}. ${title}${isOpen ? " (đang mở)" : ""}`,
  },
  export: {
    /** No unit has submitted yet: no figures to export; `units`: how many the campaign has. */
    /** `returned`: reports sent back for correction and not submitted again, which are not in the figures. */
    /** `refusing`: closed refusing late reports, so none will come: not "chưa" (not yet), as /tonghop N says it. */
    nothingYet: (id: number, title: string, units: number, returned = 0, refusing = false) =>
      returned > 0
        ? `${campaignNamed(id, title, "Đợt")} hiện chưa có báo cáo nào đã nộp (0/${units} đơn vị) nên chưa có số liệu để xuất: ${returned} báo cáo đã được trả lại để sửa và đang chờ đơn vị nộp lại. Gõ /trangthai ${id} để xem tình hình các đơn vị.`
        : refusing
          ? `${campaignNamed(id, title, "Đợt")} đã đóng (không nhận báo cáo nộp muộn) và không có đơn vị nào nộp báo cáo (0/${units} đơn vị) nên không có số liệu để xuất. Gõ /trangthai ${id} để xem tình hình các đơn vị.`
          : `${campaignNamed(id, title, "Đợt")} chưa có đơn vị nào nộp báo cáo (0/${units} đơn vị) nên chưa có số liệu để xuất. Gõ /trangthai ${id} để xem tình hình các đơn vị.`,
    /** A plain /xuat with none open: the newest closed campaigns with reports submitted, each with its command. */
    noneOpenButClosed: (campaigns: readonly { id: number; title: string; submitted: number; units: number }[]) =>
      campaigns.length === 1
        ? `Hiện không có đợt báo cáo nào đang mở. ${campaignNamed(campaigns[0]!.id, campaigns[0]!.title, "Đợt")} đã đóng và có số liệu của ${campaigns[0]!.submitted}/${campaigns[0]!.units} đơn vị đã nộp: gõ /xuat ${campaigns[0]!.id} để nhận tệp Excel số liệu của đợt này.`
        : `Hiện không có đợt báo cáo nào đang mở. Các đợt đã đóng gần đây có số liệu để xuất:\n${campaigns.map((c) => `• ${campaignNamed(c.id, c.title, "Đợt")} (${c.submitted}/${c.units} đơn vị đã nộp): gõ /xuat ${c.id}`).join("\n")}\nMỗi lệnh trên gửi tệp Excel số liệu của đợt đó; đợt cũ hơn: gõ /xuat kèm số đợt.`,
    /**
     * After a plain /tonghop or /xuat on the open campaign: the closed ones with reports, as
     * vi.openCampaigns.alsoLate names closed ones after /trangthai. `what`: what the command does, after "để".
     */
    closedAlso: (campaigns: readonly { id: number; title: string; submitted: number; units: number }[], what: string, command: (id: number) => string) =>
      campaigns.length === 1
        ? `Lưu ý: ${campaignNamed(campaigns[0]!.id, campaigns[0]!.title)} (đã đóng) có báo cáo của ${campaigns[0]!.submitted}/${campaigns[0]!.units} đơn vị đã nộp, không nằm trong lệnh vừa rồi. Để ${what} của đợt này, gõ ${command(campaigns[0]!.id)}.`
        : `Lưu ý: các đợt đã đóng gần đây sau có báo cáo của đơn vị đã nộp, không nằm trong lệnh vừa rồi:\n${campaigns.map((c) => `• ${campaignNamed(c.id, c.title, "Đợt")} (${c.submitted}/${c.units} đơn vị đã nộp): gõ ${command(c.id)}`).join("\n")}\nMỗi lệnh trên ${what} của đợt đó.`,
    /** What /xuat N does, after "để" (closedAlso). */
    exportWhat: "nhận tệp Excel số liệu",
    /** What /tonghop N does, after "để" (closedAlso). */
    consolidateWhat: "lập dự thảo báo cáo tổng hợp",
    preparing: (id: number, title: string) => `Đang xuất số liệu ${campaignNamed(id, title, "đợt báo cáo số")}. Tệp Excel được gửi ngay sau tin này.`,
    caption: (title: string, number?: number) => `Số liệu ${theReport(title)}${sameTitle(number)}: tổng hợp theo đơn vị và chi tiết từng câu trả lời`,
    fileName: (id: number, date: string) => `Số-liệu-đợt-${id}-${date}.xlsx`,
    /** The /status words, without the who and when that have their own columns. */
    /** `late`: as the chat's /trangthai says it (lateMark). */
    submitted: (late: boolean | "after-close") => `đã nộp${lateMark(late)}`,
    summarySheet: "Tổng hợp",
    summaryColumns: ["Mã đơn vị", "Đơn vị", "Trạng thái", "Người nộp", "Thời điểm nộp", "Phiên bản"],
    /** The question alone: a number over all questions would be another than a unit's own (Chi tiết numbers per unit). */
    questionColumn: (prompt: string) => prompt,
    total: "Tổng cộng",
    detailSheet: "Chi tiết",
    detailColumns: ["Đơn vị", "Câu", "Câu hỏi", "Trả lời", "Người trả lời", "Thời điểm"],
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
} as const;
