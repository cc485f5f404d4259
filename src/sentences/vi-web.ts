/**
 * Every Vietnamese sentence of the officers' web page (vi.ts's `web`): kept beside vi.ts so the
 * chat's sentences stay readable; the page says things the same way the chat does.
 */
export const web = {
  siteTitle: "Trang cán bộ — Báo cáo",
  /** /web in the chat. */
  command: {
    link: (name: string, url: string, minutes: number, isPrivate: boolean) =>
      `Liên kết đăng nhập trang cán bộ cho ${name} (dùng được một lần, trong ${minutes} phút):\n${url}\nĐừng chuyển liên kết này cho người khác.${isPrivate ? "" : " Muốn nhận liên kết riêng, hãy nhắn /web cho bot trong tin nhắn riêng."}`,
    noPublicUrl: "Trang cán bộ chưa mở được: máy chủ chưa có địa chỉ công khai (PUBLIC_URL). Người quản trị cần đặt PUBLIC_URL rồi khởi động lại bot.",
    used: (name: string, at: string) => `${name} vừa đăng nhập trang cán bộ lúc ${at} bằng liên kết ở đây. Nếu không phải bạn, gõ /web thoat để đăng xuất mọi phiên.`,
    staffRefused: "Trang web dành cho cán bộ phụ trách.",
    /**
     * /web typed by staff in their unit's chat: the page is the officers' (from their group), then what
     * the unit does here instead, by where its report stands (after a submission it said "gõ /baocao").
     */
    staffRefusedInUnitChat: (standing: "none" | "sealed" | "not-started" | "in-progress" | "returned" | "submitted") =>
      `Trang web chỉ dành cho cán bộ phụ trách, mở từ nhóm của cán bộ phụ trách. ${
        {
          none: "Hiện đơn vị chưa có đợt báo cáo nào; khi có, bot sẽ báo trong nhóm này.",
          sealed: "Đợt báo cáo đã đóng và không nhận báo cáo nộp muộn; nếu cần nộp, vui lòng liên hệ cán bộ phụ trách.",
          "not-started": "Báo cáo của đơn vị làm ngay trong nhóm này: gõ /baocao để bắt đầu.",
          "in-progress": "Báo cáo của đơn vị làm ngay trong nhóm này: gõ /baocao để tiếp tục, /xem để xem lại các câu đã trả lời.",
          returned: "Báo cáo của đơn vị đang được trả lại để sửa: gõ /baocao để sửa, /xem để xem lại các câu trả lời.",
          submitted: "Báo cáo của đơn vị đã nộp: gõ /xem để xem lại các câu trả lời, /vanban để nhận văn bản báo cáo.",
        }[standing]
      }`,
    /** "/web" followed by a word it does not know: no link is sent for it (the group would see one). */
    usage: "Gõ /web để nhận liên kết đăng nhập trang cán bộ, hoặc /web thoat (đăng xuất) để đăng xuất mọi phiên.",
    signedOut: (n: number) => (n > 0 ? `Đã đăng xuất ${n} phiên trên trang cán bộ.` : "Bạn không có phiên nào đang mở trên trang cán bộ."),
  },
  signIn: {
    title: "Đăng nhập trang cán bộ",
    howTo: "Trang này dành cho cán bộ phụ trách. Để đăng nhập, gõ /web (hoặc /trangweb) trong nhóm cán bộ: bot gửi một liên kết dùng một lần, có hạn 15 phút.",
    confirm: "Bấm nút dưới đây để vào trang cán bộ.",
    openedElsewhere:
      "Liên kết đăng nhập này được mở từ một trang web khác. Chỉ bấm Đăng nhập nếu chính bạn vừa gõ /web trong nhóm cán bộ để nhận liên kết này; nếu không, hãy đóng trang này.",
    button: "Đăng nhập",
    refused: "Liên kết đăng nhập này đã được dùng hoặc đã hết hạn. Gõ /web trong nhóm cán bộ để nhận liên kết mới.",
    signedOut: "Bạn đã đăng xuất.",
    needSession: "Bạn cần đăng nhập để xem trang này.",
  },
  nav: {
    campaigns: "Các đợt báo cáo",
    newCampaign: "Mở đợt mới",
    signOut: "Đăng xuất",
    signedInAs: (name: string) => `Đăng nhập: ${name}`,
  },
  errors: {
    csrf: "Biểu mẫu đã cũ hoặc không hợp lệ nên chưa được thực hiện. Hãy tải lại trang rồi làm lại.",
    notFound: "Không tìm thấy trang này.",
    crossSite: "Liên kết tải tệp này chỉ mở được từ trang cán bộ. Hãy mở trang cán bộ rồi bấm lại vào nút tải.",
    failed: "Có lỗi xảy ra, chưa thực hiện được. Vui lòng thử lại sau.",
    back: "Quay lại danh sách đợt báo cáo",
    /** The title of an error page (the site's name follows it in the browser's tab). */
    title: "Không thực hiện được",
  },
  /** A document's download link (/files/…) that no longer works: it is opened from a chat, not the officers' page. */
  fileLink: {
    title: "Liên kết tải văn bản không còn dùng được",
    body: "Liên kết tải văn bản chỉ dùng được trong 24 giờ, và liên kết này đã hết hạn hoặc không đúng. Gõ /vanban trong nhóm trò chuyện để nhận lại văn bản với một liên kết mới.",
  },
};

/** The campaigns list and a campaign's board. */
export const webBoard = {
  campaignsTitle: "Các đợt báo cáo",
  noCampaigns: "Chưa có đợt báo cáo nào. Bấm «Mở đợt mới» để mở đợt đầu tiên.",
  columns: { campaign: "Đợt báo cáo", deadline: "Hạn nộp", state: "Tình trạng", counts: "Số đơn vị" },
  open: "đang mở",
  closed: "đã đóng",
  /** `notSubmitted`: units not in when the campaign closed refusing late reports (then none is in progress, not started or overdue). */
  countItems: (c: { submitted: number; inProgress: number; notStarted: number; overdue: number; returned: number; notSubmitted: number }) =>
    c.notSubmitted > 0
      ? [`Đã nộp: ${c.submitted}`, `Không nộp: ${c.notSubmitted}`, `Trả lại: ${c.returned}`]
      : [`Đã nộp: ${c.submitted}`, `Đang làm: ${c.inProgress}`, `Chưa bắt đầu: ${c.notStarted}`, `Quá hạn: ${c.overdue}`, `Trả lại: ${c.returned}`],
  boardTitle: (title: string) => `Đợt: ${title}`,
  deadline: (at: string, open: boolean) => `Hạn nộp ${at} · ${open ? "đang mở" : "đã đóng"}`,
  unitColumns: { unit: "Đơn vị", state: "Tình trạng", by: "Người nộp, lúc", version: "Lần nộp" },
  filter: { label: "Tình trạng", all: "Tất cả", search: "Tìm đơn vị", apply: "Lọc" },
  submitted: (late: boolean) => `đã nộp${late ? " (muộn)" : ""}`,
  states: { overdue: "quá hạn", returned: "trả lại", "not-started": "chưa bắt đầu", "in-progress": "đang làm", "not-submitted": "không nộp", submitted: "đã nộp" },
  noUnits: "Không có đơn vị nào khớp bộ lọc.",
  refreshes: "Trang tự cập nhật khi các đơn vị trả lời.",
  activity: "Nhật ký hoạt động",
  notFound: "Không có đợt báo cáo này.",
};

/** What a page says after an action (chosen by key: a link cannot make the page say anything else). */
export const webNotices: Record<string, (n: number) => string> = {
  reminded: (n) => (n > 0 ? `Đã gửi lời nhắc tới ${n} đơn vị chưa nộp.` : "Không gửi lời nhắc nào: không còn đơn vị chưa nộp nào có nhóm đang nhận tin của bot."),
  /** n: the units not submitted, each reminded on its own in the last minutes (left out). */
  remindedJustNow: (n) => `Không gửi lời nhắc nào: ${n} đơn vị chưa nộp vừa được nhắc riêng trong 5 phút qua.`,
  /** n: minutes since the last reminder. */
  remindedRecently: (n) =>
    `Chưa gửi: các đơn vị chưa nộp vừa được nhắc ${n < 1 ? "chưa đến 1 phút" : `${n} phút`} trước. Nếu cần nhắc thêm lần nữa, bấm lại "Nhắc các đơn vị chưa nộp".`,
  closed: () => "Đã đóng đợt báo cáo.",
  extendSentTwice: () => "Biểu mẫu gia hạn này đã được gửi một lần rồi nên không gia hạn thêm. Hạn nộp hiện tại ghi ở đầu trang.",
  broadcastSentTwice: () => "Biểu mẫu thông báo này đã được gửi một lần rồi nên thông báo không được gửi lại lần nữa.",
  opened: (n) => `Đã mở đợt báo cáo và gửi thông báo tới ${n} nhóm.`,
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
};

/** Told in every officers' chat when an officer acts on the page (the chat's own actions are seen there). */
export const webOfficersHear = {
  opened: (officer: string, title: string, units: number) => `${officer} đã mở đợt báo cáo "${title}" cho ${units} đơn vị trên trang cán bộ.`,
  closed: (officer: string, title: string) => `${officer} đã đóng đợt báo cáo "${title}" trên trang cán bộ.`,
  extended: (officer: string, title: string, moved: string) => `${officer} đã gia hạn đợt báo cáo "${title}" đến ${moved} trên trang cán bộ.`,
  returned: (officer: string, unit: string, title: string, comment: string) => `${officer} đã trả lại báo cáo "${title}" của ${unit} trên trang cán bộ. Lý do: ${comment}`,
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
  broadcastEmpty: "Hãy ghi nội dung thông báo. Chưa gửi thông báo nào.",
  broadcastTooLong: (max: number, length: number) => `Thông báo dài ${length} ký tự, quá ${max} ký tự: hãy rút gọn. Chưa gửi thông báo nào.`,
};

/** A unit's page in a campaign: its answers, its versions and what changed, its files, "Trả lại" and "Nhắc". */
export const webSubmission = {
  title: (unit: string) => `Báo cáo của ${unit}`,
  code: (code: string) => `Mã đơn vị: ${code}`,
  campaign: (title: string) => `Đợt báo cáo: ${title}`,
  backToBoard: "Về bảng theo dõi của đợt",
  state: (text: string) => `Tình trạng: ${text}`,
  returnComment: "Nhận xét khi trả lại:",
  answersTitle: "Các câu trả lời",
  columns: { number: "Câu", question: "Câu hỏi", answer: "Trả lời", by: "Người trả lời, lúc" },
  notAnswered: "Chưa trả lời",
  answeredBy: (name: string, at: string) => `${name}, ${at}`,
  versionsTitle: "Các lần nộp",
  noVersions: "Đơn vị chưa nộp lần nào.",
  /** With the chat's words for it ("bản sửa lần 1" is the second submission), so officer and clerk mean one version. */
  version: (n: number) => (n === 1 ? "Lần nộp 1" : `Lần nộp ${n} (bản sửa lần ${n - 1})`),
  submittedBy: (name: string, at: string) => `${name} nộp lúc ${at}`,
  returnedBy: (name: string, at: string) => `Trả lại để sửa lúc ${at}, bởi ${name}, với nhận xét:`,
  late: "nộp muộn",
  firstVersion: "Lần nộp đầu tiên.",
  noChanges: "Không có thay đổi so với lần nộp trước.",
  changes: (n: number) => `Thay đổi so với lần nộp trước (${n} câu):`,
  pendingChanges: (n: number, version: number) =>
    `Đơn vị đã sửa ${n} câu sau lần nộp ${version} nhưng chưa nộp lại. Bảng dưới đây là các câu trả lời hiện tại; bản đã nộp (văn bản, bảng số liệu, báo cáo tổng hợp) vẫn là lần nộp ${version}. Các câu đã sửa:`,
  question: (n: number | undefined, prompt: string) => (n === undefined ? prompt : `Câu ${n}. ${prompt}`),
  nothing: "(không có)",
  download: (fileName: string) => `Tải văn bản: ${fileName}`,
  returnTitle: "Trả lại để đơn vị sửa",
  returnLabel: "Nhận xét gửi đơn vị (bắt buộc)",
  returnHint: "Nhóm của đơn vị nhận nhận xét này; đơn vị sửa rồi nộp lại thành một lần nộp mới.",
  returnButton: "Trả lại",
  returnOnlySubmitted: "Chỉ trả lại được báo cáo đã nộp.",
  remindTitle: "Nhắc đơn vị",
  remindHint: "Gửi lời nhắc kèm tiến độ tới nhóm của đơn vị, như lời nhắc theo lịch.",
  remindButton: "Nhắc đơn vị này",
  commentEmpty: "Hãy ghi nhận xét để đơn vị biết cần sửa gì. Báo cáo chưa được trả lại.",
  commentTooLong: (max: number) => `Nhận xét dài quá ${max} ký tự, hãy rút gọn. Báo cáo chưa được trả lại.`,
  notFound: "Đơn vị này không thuộc đợt báo cáo.",
  documentNotFound: "Không có văn bản này trong báo cáo của đơn vị.",
};

/** The form that opens a campaign: the questions of /dotbaocao, on one page. */
export const webCampaignForm = {
  title: "Mở đợt báo cáo mới",
  lead: "Các câu hỏi giống như khi mở đợt bằng lệnh /dotbaocao trong nhóm cán bộ. Câu có dấu * là bắt buộc; câu không bắt buộc thì để trống để bỏ qua.",
  required: "Câu này bắt buộc: vui lòng điền.",
  requiredChoice: "Câu này bắt buộc: vui lòng chọn.",
  requiredMark: "*",
  optional: "Không bắt buộc: để trống để bỏ qua.",
  hint: (hint: string) => `Gợi ý: ${hint}`,
  example: (example: string) => `Ví dụ: ${example}`,
  choose: "— Chọn —",
  yes: "Có",
  no: "Không",
  /**
   * What an empty date or hour box shows: the format, never a value. "17:00" in the required hour's
   * empty box read as filled in, and the form came back with "Câu này bắt buộc" under it.
   */
  datePlaceholder: "dd/mm/yyyy",
  timePlaceholder: "hh:mm",
  listFormat: "Mỗi dòng một mục.",
  /** Under the unit codes' box: the roster, folded, so the officer need not ask the chat for the codes. */
  unitList: (n: number) => `Xem mã của ${n} đơn vị trong danh sách`,
  /** When a question applies: the chat asks it only then, and the page ignores it otherwise. */
  onlyWhen: {
    answered: (n: number, prompt: string) => `Chỉ điền khi đã trả lời câu ${n} (${prompt}); nếu không, câu này được bỏ qua.`,
    unanswered: (n: number, prompt: string) => `Chỉ điền khi bỏ trống câu ${n} (${prompt}); nếu không, câu này được bỏ qua.`,
    equals: (n: number, prompt: string, value: string) => `Chỉ điền khi câu ${n} (${prompt}) là «${value}»; nếu không, câu này được bỏ qua.`,
    notEquals: (n: number, prompt: string, value: string) => `Chỉ điền khi câu ${n} (${prompt}) không phải «${value}»; nếu không, câu này được bỏ qua.`,
    oneOf: (n: number, prompt: string, values: string) => `Chỉ điền khi câu ${n} (${prompt}) là một trong: ${values}; nếu không, câu này được bỏ qua.`,
    greaterThan: (n: number, prompt: string, value: string) => `Chỉ điền khi câu ${n} (${prompt}) lớn hơn ${value}; nếu không, câu này được bỏ qua.`,
  },
  refused: (n: number) => `Chưa mở đợt báo cáo: ${n} câu cần sửa (ghi chú bên dưới từng câu). Những gì đã điền vẫn được giữ.`,
  noUnits: "Đợt báo cáo này không có đơn vị nào phải nộp: cơ quan nhận báo cáo không tự báo cáo trong đợt của mình. Hãy thêm mã các đơn vị báo cáo.",
  emptyRoster: "Danh sách chưa có đơn vị nào để báo cáo: người quản trị cần nạp danh sách đơn vị (npm run roster -- tệp.csv) trước khi mở đợt.",
  unknownUnits: (codes: string, known: string) => `Không có đơn vị mã ${codes}. Hãy sửa danh sách mã. Mã các đơn vị: ${known}.`,
  titleTaken: (id: number) => `Đợt báo cáo số ${id} đang mở có cùng tên này: hai đợt trùng tên sẽ khó phân biệt trong nhóm của đơn vị. Hãy đặt tên khác.`,
  deadlinePast: "Hạn nộp này đã qua: mọi đơn vị sẽ bị tính là nộp muộn ngay từ đầu. Hãy chọn một ngày, giờ sắp tới.",
  deadlineFar: "Hạn nộp cách hôm nay hơn một năm: có thể năm bị gõ nhầm. Hãy kiểm tra lại.",
  templateGone: (title: string) => `Loại báo cáo «${title}» không còn trong danh sách (mẫu vừa được nạp lại?). Hãy chọn lại.`,
  submit: "Mở đợt báo cáo và thông báo tới các đơn vị",
};

/** A campaign's activity log: who did what, where and when, the units' submissions included. */
export const webActivity = {
  title: (campaign: string) => `Nhật ký: ${campaign}`,
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
