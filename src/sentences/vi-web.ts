/**
 * The officers' web page (vi.ts's `web`): /web in the chat, signing in, the page's frame and errors,
 * a unit's report page and the form that opens a campaign; the board and its forms are in
 * vi-web-board.ts. Kept beside vi.ts so the chat's sentences stay readable; the page says things
 * the same way the chat does.
 */
import { clipped, titleTakenBy } from "./vi-shared.ts";

/** The new-campaign form's button, named again by the note that asks to press it once more. */
const OPEN_BUTTON = "Mở đợt báo cáo và thông báo tới các đơn vị";

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

/** A unit's page in a campaign: its answers, its versions and what changed, its files, "Trả lại" and "Nhắc". */
export const webSubmission = {
  title: (unit: string) => `Báo cáo của ${unit}`,
  code: (code: string) => `Mã đơn vị: ${code}`,
  campaign: (id: number, title: string) => `Đợt báo cáo số ${id}: ${title}`,
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
  /** As /trangthai says it (lateMark): late for an early close when it came before the deadline. */
  late: (afterClose: boolean) => (afterClose ? "nộp muộn: sau khi đợt đóng, trước hạn nộp" : "nộp muộn"),
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
  /**
   * When a question applies: the chat asks it only then, and the page ignores it otherwise. A
   * required one is required only then (the chat asks it, with no /boqua), so it has no "*".
   */
  onlyWhen: {
    answered: (n: number, prompt: string) => `đã trả lời câu ${n} (${prompt})`,
    unanswered: (n: number, prompt: string) => `bỏ trống câu ${n} (${prompt})`,
    equals: (n: number, prompt: string, value: string) => `câu ${n} (${prompt}) là «${value}»`,
    notEquals: (n: number, prompt: string, value: string) => `câu ${n} (${prompt}) không phải «${value}»`,
    oneOf: (n: number, prompt: string, values: string) => `câu ${n} (${prompt}) là một trong: ${values}`,
    greaterThan: (n: number, prompt: string, value: string) => `câu ${n} (${prompt}) lớn hơn ${value}`,
    note: (when: string, required: boolean) => `Chỉ điền khi ${when}${required ? ", và khi đó bắt buộc phải điền" : ""}; nếu không, câu này được bỏ qua.`,
  },
  refused: (n: number) => `Chưa mở đợt báo cáo: ${n} câu cần sửa (ghi chú bên dưới từng câu). Những gì đã điền vẫn được giữ.`,
  noUnits: "Đợt báo cáo này không có đơn vị nào phải nộp: cơ quan nhận báo cáo không tự báo cáo trong đợt của mình. Hãy thêm mã các đơn vị báo cáo.",
  emptyRoster: "Danh sách chưa có đơn vị nào để báo cáo: người quản trị cần nạp danh sách đơn vị (npm run roster -- tệp.csv) trước khi mở đợt.",
  /** Offices typed among the units (`names`: "UBND phường Nam Triệu"). */
  officeNotUnit: (names: string) => `${names} là cơ quan tổng hợp, không phải đơn vị báo cáo. Hãy bỏ khỏi danh sách mã.`,
  unknownUnits: (codes: string, known: string) => `Không có đơn vị mã ${codes}. Hãy sửa danh sách mã. Mã các đơn vị: ${known}.`,
  /** `closed`: that campaign is closed, still taking late reports (its units may still report to it). */
  titleTaken: (id: number, closed: boolean) => `${titleTakenBy(id, closed)} cùng tên này: hai đợt trùng tên sẽ khó phân biệt trong nhóm của đơn vị. Hãy đặt tên khác.`,
  deadlinePast: "Hạn nộp này đã qua: mọi đơn vị sẽ bị tính là nộp muộn ngay từ đầu. Hãy chọn một ngày, giờ sắp tới.",
  deadlineFar: "Hạn nộp cách hôm nay hơn một năm: có thể năm bị gõ nhầm. Hãy kiểm tra lại.",
  templateGone: (title: string) => `Loại báo cáo «${title}» không còn trong danh sách (mẫu vừa được nạp lại?). Hãy chọn lại.`,
  submit: OPEN_BUTTON,
  /** Above the form sent with texts the units receive typed without marks: held back once, opened as typed when sent again. */
  unmarked: (texts: readonly { number: number; text: string }[]) =>
    `Lưu ý: ${texts.map((t) => `câu ${t.number} «${clipped(t.text, 60)}»`).join(", ")} chưa có dấu tiếng Việt; các đơn vị sẽ nhận và văn bản sẽ in đúng như vậy. Chưa mở đợt báo cáo: bấm «${OPEN_BUTTON}» lần nữa để mở với nội dung như đã gõ, hoặc sửa lại có dấu.`,
};
