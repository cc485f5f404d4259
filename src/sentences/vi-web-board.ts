/**
 * The officers' web page about a campaign's board (vi.ts's `web.board`, `web.notices` and the
 * others beside them): the campaigns list and the board, its buttons and forms, what the page says
 * after them, what the officers' chats hear of them, and the campaign's activity log.
 */
import { lateMark, theReport } from "./vi-shared.ts";
import { sameTitle } from "./vi-officer-campaigns.ts";

/** The campaigns list and a campaign's board. */
export const webBoard = {
  campaignsTitle: "Các đợt báo cáo",
  noCampaigns: "Chưa có đợt báo cáo nào. Bấm «Mở đợt mới» để mở đợt đầu tiên.",
  columns: { campaign: "Đợt báo cáo", deadline: "Hạn nộp", state: "Tình trạng", counts: "Số đơn vị" },
  open: "đang mở",
  closed: "đã đóng",
  /** Closed still taking late reports: "đã đóng" alone read as if no unit could send its report any more. */
  closedTakingLate: "đã đóng, vẫn nhận báo cáo nộp muộn",
  /** `notSubmitted`: units not in when the campaign closed refusing late reports (then none is in progress, not started or overdue). */
  countItems: (c: { submitted: number; inProgress: number; notStarted: number; overdue: number; returned: number; notSubmitted: number }) =>
    c.notSubmitted > 0
      ? [`Đã nộp: ${c.submitted}`, `Không nộp: ${c.notSubmitted}`, `Trả lại: ${c.returned}`]
      : [`Đã nộp: ${c.submitted}`, `Đang làm: ${c.inProgress}`, `Chưa bắt đầu: ${c.notStarted}`, `Quá hạn: ${c.overdue}`, `Trả lại: ${c.returned}`],
  /** With the number /trangthai N and /xuat N take: two campaigns may have one title. */
  boardTitle: (id: number, title: string) => `Đợt ${id}: ${title}`,
  /** A campaign in the list: its number, as the chat names it, then its title. */
  campaignLink: (id: number, title: string) => `Đợt ${id}: ${title}`,
  /** `state`: open, closed, or closed still taking late reports (campaignStateText). */
  deadline: (at: string, state: string) => `Hạn nộp ${at} · ${state}`,
  /** No reminder sent: every unit not submitted was reminded on its own in the last minutes; named (ten at most), as /nhacnho ngay names them. */
  remindedJustNowNamed: (names: string[]) => `Không gửi lời nhắc nào: ${names.length} đơn vị chưa nộp (${names.join(", ")}) vừa được nhắc riêng trong 5 phút qua.`,
  unitColumns: { unit: "Đơn vị", state: "Tình trạng", by: "Người nộp, lúc", version: "Lần nộp" },
  filter: { label: "Tình trạng", all: "Tất cả", search: "Tìm đơn vị", apply: "Lọc" },
  /** `late`: as the chat's /trangthai says it (lateMark). */
  submitted: (late: boolean | "after-close") => `đã nộp${lateMark(late)}`,
  states: { overdue: "quá hạn", returned: "trả lại", "not-started": "chưa bắt đầu", "in-progress": "đang làm", "not-submitted": "không nộp", submitted: "đã nộp" },
  noUnits: "Không có đơn vị nào khớp bộ lọc.",
  refreshes: "Trang tự cập nhật khi các đơn vị trả lời.",
  activity: "Nhật ký hoạt động",
  notFound: "Không có đợt báo cáo này.",
};

/** What a page says after an action (chosen by key: a link cannot make the page say anything else). */
export const webNotices: Record<string, (n: number) => string> = {
  reminded: (n) => (n > 0 ? `Đã gửi lời nhắc tới ${n} đơn vị chưa nộp.` : "Không gửi lời nhắc nào: không còn đơn vị chưa nộp nào có nhóm đang nhận tin của bot."),
  /** n: the units not submitted, each reminded on its own in the last minutes (left out); more than ten are counted, not named (board-notices.ts). */
  remindedJustNow: (n) => `Không gửi lời nhắc nào: ${n} đơn vị chưa nộp vừa được nhắc riêng trong 5 phút qua.`,
  /** n: minutes since the last reminder. */
  remindedRecently: (n) =>
    `Chưa gửi: các đơn vị chưa nộp vừa được nhắc ${n < 1 ? "chưa đến 1 phút" : `${n} phút`} trước. Nếu cần nhắc thêm lần nữa, bấm lại "Nhắc các đơn vị chưa nộp".`,
  closed: () => "Đã đóng đợt báo cáo.",
  extendSentTwice: () => "Biểu mẫu gia hạn này đã được gửi một lần rồi nên không gia hạn thêm. Hạn nộp hiện tại ghi ở đầu trang.",
  broadcastSentTwice: () => "Biểu mẫu thông báo này đã được gửi một lần rồi nên thông báo không được gửi lại lần nữa.",
  opened: (n) => `Đã mở đợt báo cáo và gửi thông báo tới ${n} nhóm.`,
  /** n: the campaign's units, none of which has submitted (the chat's /xuat says the same, vi.export.nothingYet). */
  nothingToExport: (n) => `Chưa có đơn vị nào nộp báo cáo (0/${n} đơn vị) nên chưa có số liệu để xuất. Tình hình từng đơn vị ở bảng dưới đây.`,
  /** n: the campaign's units, none of which has submitted (the chat's /tonghop says the same, vi.consolidation.nothingIn). */
  nothingToConsolidate: (n) => `Chưa có đơn vị nào nộp báo cáo (0/${n} đơn vị) nên chưa có số liệu để lập dự thảo báo cáo tổng hợp. Tình hình từng đơn vị ở bảng dưới đây.`,
  /** As nothingToConsolidate, the campaign closed refusing late reports and none returned: none will come (as /tonghop says it). */
  nothingToConsolidateClosed: (n) =>
    `Đợt đã đóng (không nhận báo cáo nộp muộn) và không có đơn vị nào nộp báo cáo (0/${n} đơn vị) nên không có số liệu để lập dự thảo báo cáo tổng hợp. Tình hình từng đơn vị ở bảng dưới đây.`,
  formSentTwice: () => "Biểu mẫu mở đợt này đã được gửi một lần rồi nên không mở thêm đợt nào. Đợt đã mở (nếu có) nằm trong danh sách dưới đây.",
  returned: () => "Đã trả lại báo cáo để đơn vị sửa; nhóm của đơn vị đã được báo.",
  remindedUnit: () => "Đã gửi lời nhắc tới nhóm của đơn vị.",
  unitSubmitted: () => "Đơn vị đã nộp báo cáo nên không cần nhắc.",
  unitNoChat: () => "Đơn vị chưa có nhóm chat nào đang hoạt động nên chưa nhắc được.",
  unitRemindedRecently: () => "Chưa gửi: đơn vị vừa được nhắc trong 5 phút qua, nên nhóm của đơn vị không nhận thêm một lời nhắc giống hệt.",
};

/**
 * A form or button sent after the campaign was closed meanwhile (another officer, the chat): who
 * closed it and when, from the activity log (`closer`; undefined for a campaign closed before the
 * log), and that the action did nothing. `where`: vi.web.activity.where's words.
 */
export const webClosedMeanwhile = {
  extend: (closer?: Closer) => `Chưa gia hạn: ${closedBefore(closer, "biểu mẫu gia hạn của bạn được gửi")}. Hạn nộp giữ nguyên và không đơn vị nào được báo tin.`,
  broadcast: (closer?: Closer) => `Chưa gửi thông báo: ${closedBefore(closer, "biểu mẫu thông báo của bạn được gửi")}. Thông báo không được gửi tới nhóm nào.`,
  /**
   * The remind and close buttons, a unit's "Nhắc". Closed by the officer reading it (a second click
   * of "Đóng đợt", a stale page after their own close in the chat): what the close did stands, and
   * this request added nothing (it read "Nguyễn Thị Kha đã đóng …, không có tin nhắn nào được gửi").
   */
  other: (closer?: Closer) =>
    closer?.byYou
      ? `Đợt báo cáo này đã được bạn đóng lúc ${closer.at} ${closer.where}; yêu cầu gửi sau đó không thay đổi gì thêm.`
      : `Chưa thực hiện: ${closedBefore(closer, "yêu cầu của bạn được gửi")}. Không có gì thay đổi và không có lời nhắc hay tin nhắn nào được gửi tới các đơn vị.`,
};
/** `byYou`: the officer reading it closed it. */
type Closer = { name: string; at: string; where: string; bySchedule: boolean; byYou: boolean };
const closedBefore = (closer: Closer | undefined, what: string) =>
  !closer
    ? `đợt báo cáo này đã đóng trước khi ${what}`
    : closer.bySchedule
      ? `đợt báo cáo này đã được đóng tự động lúc ${closer.at}, trước khi ${what}`
      : `đợt báo cáo này đã được ${closer.byYou ? "bạn" : closer.name} đóng lúc ${closer.at} ${closer.where}, trước khi ${what}`;

/**
 * Added to the "opened" notice (counts from the address, at least 0). The units busy elsewhere and
 * the issuer left out are said in the chat's words (vi.officer.busyNote, issuerLeftOut).
 */
export const webOpenedNotes = {
  /** The units without a bound chat. */
  unreached: (n: number) => `${n} đơn vị chưa có nhóm chat nào nên chưa nhận được thông báo: gõ /dangky MÃ_ĐƠN_VỊ trong nhóm của đơn vị để gắn nhóm.`,
  /** The reference document's date typed without its year (the deadline's is said in vi.deadline.yearGuessed's words). */
  referenceYearGuessed: (date: string) => `Ngày ban hành văn bản không ghi năm nên hiểu là ngày ${date}.`,
};

/** Told in every officers' chat when an officer acts on the page (the chat's own actions are seen there). */
export const webOfficersHear = {
  opened: (officer: string, title: string, units: number, number?: number) => `${officer} đã mở đợt báo cáo "${title}"${sameTitle(number)} cho ${units} đơn vị trên trang cán bộ.`,
  closed: (officer: string, title: string, number?: number) => `${officer} đã đóng đợt báo cáo "${title}"${sameTitle(number)} trên trang cán bộ.`,
  extended: (officer: string, title: string, moved: string, number?: number) => `${officer} đã gia hạn đợt báo cáo "${title}"${sameTitle(number)} đến ${moved} trên trang cán bộ.`,
  returned: (officer: string, unit: string, title: string, comment: string, number?: number) => `${officer} đã trả lại ${theReport(title)}${sameTitle(number)} của ${unit} trên trang cán bộ. Lý do: ${comment}`,
};

/** The campaign's actions on its board. */
export const webActions = {
  title: "Thao tác",
  export: "Tải bảng số liệu (Excel)",
  consolidatedDraft: "Tải dự thảo báo cáo tổng hợp (Word)",
  consolidatedSubmitted: "Tải báo cáo tổng hợp đã nộp (Word)",
  remindAll: "Nhắc các đơn vị chưa nộp",
  consolidatedBehind: (id: number, at: string, units: number, returned: number) =>
    `Báo cáo tổng hợp đã nộp lúc ${at}; sau đó ${[...(units > 0 ? [`${units} đơn vị đã nộp hoặc nộp lại`] : []), ...(returned > 0 ? [`${returned} đơn vị bị trả lại để sửa`] : [])].join(", ")}, nên nút tải vẫn cho bản đã nộp, chưa có số liệu mới. ${returned > 0 ? `Khi các đơn vị bị trả lại đã nộp lại, gõ /tonghop sua ${id} rồi /nop trong nhóm cán bộ để cập nhật (nộp ngay thì báo cáo không có số liệu của các đơn vị này).` : `Để cập nhật, gõ /tonghop sua ${id} rồi /nop trong nhóm cán bộ.`}`,
  remindAgainConfirm: (at: string) => `Các đơn vị chưa nộp vừa được nhắc lúc ${at}. Nhắc thêm lần nữa?`,
  close: "Đóng đợt báo cáo",
  /** `effects`: what closing does to this campaign, in the chat's words (vi.officer.closeEffects). */
  closeConfirm: (effects: string) => `Đóng đợt này? ${effects}`,
  /** The board's notice when closing was not confirmed (no script): the same question, and how to confirm. */
  closeAsked: (effects: string) => `Chưa đóng. ${effects} Nếu chắc chắn, bấm lại "Đóng đợt báo cáo" để xác nhận.`,
  activity: "Nhật ký hoạt động",
};

/** The board's forms for what the chat also does: extend the deadline (/dotbaocao giahan), send a notice (/thongbao đợt N). */
export const webBoardForms = {
  extendTitle: "Gia hạn nộp",
  extendHint: (deadline: string) =>
    `Hạn nộp hiện tại: ${deadline}. Hạn mới phải sau hạn này; nhóm của các đơn vị chưa nộp được báo hạn mới, và lịch nhắc tính theo hạn mới.`,
  dateLabel: "Ngày hạn mới (dd/mm/yyyy)",
  timeLabel: "Giờ (hh:mm; để trống thì giữ giờ của hạn cũ)",
  /** The empty boxes show the format, never a value (an hour there read as the one to be set). */
  datePlaceholder: "dd/mm/yyyy",
  timePlaceholder: "hh:mm",
  extendButton: "Gia hạn",
  /** A date or an hour that cannot be read (the chat answers its usage instead). */
  extendInvalid: "Chưa gia hạn: ngày hoặc giờ không đúng. Gõ ngày dạng dd/mm/yyyy, giờ dạng hh:mm, ví dụ 30/10/2026 và 17:00.",
  broadcastTitle: "Gửi thông báo tới các đơn vị của đợt",
  broadcastHint: (max: number) =>
    `Thông báo được gửi tới nhóm của từng đơn vị trong đợt, mở đầu bằng tên người gửi và cơ quan, như lệnh /thongbao đợt N trong nhóm cán bộ. Tối đa ${max} ký tự. Khi gửi xong, nhóm cán bộ nhận kết quả gửi.`,
  broadcastLabel: "Nội dung thông báo",
  broadcastButton: "Gửi thông báo",
  /** A notice typed without marks, held back once (board-form-routes.ts): the officer may keep it. */
  broadcastUnmarked: "Thông báo chưa có dấu tiếng Việt; các đơn vị sẽ nhận đúng như vậy. Chưa gửi thông báo nào: bấm Gửi thông báo lần nữa để gửi nguyên văn, hoặc sửa lại có dấu.",
  broadcastEmpty: "Hãy ghi nội dung thông báo. Chưa gửi thông báo nào.",
  broadcastTooLong: (max: number, length: number) => `Thông báo dài ${length} ký tự, quá ${max} ký tự: hãy rút gọn. Chưa gửi thông báo nào.`,
};

/** A campaign's activity log: who did what, where and when, the units' submissions included. */
export const webActivity = {
  title: (id: number, campaign: string) => `Nhật ký đợt ${id}: ${campaign}`,
  order: "Cũ nhất ở trên, mới nhất ở dưới.",
  empty: "Chưa có hoạt động nào.",
  back: "Quay lại bảng theo dõi",
  columns: { at: "Lúc", who: "Ai", where: "Ở đâu", what: "Việc" },
  schedule: "Lịch nhắc tự động",
  where: { chat: "trong nhóm chat", web: "trên trang web", schedule: "tự động" },
  /** One sentence per action key; `detail` is what the action concerned (a count, a file, a unit). */
  actions: {
    opened: (detail: string) => `Mở đợt báo cáo cho ${detail} đơn vị.`,
    closed: () => "Đóng đợt báo cáo.",
    reminded: (detail: string) => (detail === "0" ? "Nhắc các đơn vị chưa nộp (không còn đơn vị nào chưa nộp)." : `Nhắc ${detail} đơn vị chưa nộp.`),
    "reminded-unit": (detail: string) => `Nhắc riêng ${detail} nộp báo cáo.`,
    "reminder-schedule": (detail: string) => `Đặt lịch nhắc: ${detail} ngày trước hạn nộp.`,
    extended: (detail: string) => `Gia hạn nộp: ${detail}.`,
    returned: (detail: string) => `Trả lại báo cáo của ${detail}${/[.!?…]$/.test(detail) ? "" : "."}`,
    exported: (detail: string) => `Tải bảng số liệu (${detail}).`,
    consolidated: (detail: string) => `Lập báo cáo tổng hợp (${detail}).`,
    downloaded: (detail: string) => `Tải văn bản ${detail}.`,
    "units-added": (detail: string) => `Thêm vào đợt: ${detail}.`,
    "units-removed": (detail: string) => `Bỏ khỏi đợt: ${detail}.`,
    broadcast: (detail: string) => `Gửi thông báo tới các đơn vị của đợt: «${detail}»`,
  } as Record<string, (detail: string) => string>,
  /** An action this version does not know yet (a newer instance wrote it): shown as stored. */
  unknown: (action: string, detail: string) => (detail ? `${action}: ${detail}` : action),
  submitted: (unit: string, version: number) => (version === 1 ? `${unit} nộp báo cáo.` : `${unit} nộp lại báo cáo (lần nộp thứ ${version}, bản sửa lần ${version - 1}).`),
};
