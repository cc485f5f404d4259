/**
 * The chat itself: the help, binding a chat, what is said outside a report.
 * Part of `vi` (vi.ts).
 */
export const chatSentences = {
  help: [
    "Các lệnh của bot báo cáo:",
    "/baocao (/report) — bắt đầu hoặc tiếp tục báo cáo của đơn vị",
    "/baocao N — khi đơn vị có nhiều đợt báo cáo đang mở: chuyển sang báo cáo của đợt số N (gõ /baocao để xem danh sách)",
    "/boqua (/skip) — bỏ qua câu không bắt buộc",
    "/quaylai (/back) — quay lại câu trước",
    "/sua N (/edit N) — sửa câu số N",
    "/them N (/add N) — thêm mục vào danh sách hoặc dòng vào bảng của câu số N, không cần gõ lại cả câu (ví dụ /them 7 Thi kể chuyện về sách)",
    "/xem (/review) — xem lại các câu trả lời",
    "/xem N — xem lại các câu trả lời của báo cáo đợt số N (nhóm vẫn ở báo cáo đang làm)",
    "/nop (/submit) — nộp báo cáo",
    "/huy (/cancel) — hủy báo cáo đang làm; sau khi nộp: bỏ các sửa đổi chưa nộp",
    "/vanban (/document) — gửi lại văn bản báo cáo đã nộp",
    "/trangthai (/status) — tình hình báo cáo của đơn vị và hạn nộp",
    "/trogiup (/help) — xem hướng dẫn này",
    "Trả lời câu hỏi bằng cách gõ tin nhắn bình thường.",
  ].join("\n"),
  /** The help's last line where the platform delivers files to the bot (channel.ts, receivesFiles). */
  helpWordFile: "Đã có báo cáo viết bằng Word? Gửi tệp .docx vào nhóm: bot điền các câu tìm thấy trong tệp, rồi hỏi tiếp các câu còn thiếu.",
  chat: {
    intro: [
      "Xin chào! Tôi là bot báo cáo. Tôi hỏi từng câu của báo cáo ngay trong nhóm, lưu mọi câu trả lời và gửi lại văn bản báo cáo đúng thể thức.",
      "Để bắt đầu, cán bộ phụ trách gắn nhóm này với đơn vị bằng lệnh /dangky MÃ_ĐƠN_VỊ (ví dụ /dangky TH-LIEN-CHAU).",
      "Sau đó, thành viên của đơn vị gõ /baocao để bắt đầu báo cáo, /trogiup để xem các lệnh.",
    ].join("\n"),
    notBound: "Nhóm này chưa được gắn với đơn vị nào. Cán bộ phụ trách cần gắn nhóm với mã đơn vị trước khi báo cáo.",
    /** A greeting said to the bot before any report (greeting.ts): one line on how to start; `name`: the one the clerk gave. */
    greeting: (name?: string) => `Chào anh/chị${name ? ` ${name}` : ""}! Để bắt đầu báo cáo của đơn vị, gõ /baocao: bot sẽ hỏi lần lượt từng câu. Gõ /trogiup để xem các lệnh.`,
    /** The same in a private chat that is no unit's: reports are made in the unit's group. */
    greetingNotBound: (name?: string) => `Chào anh/chị${name ? ` ${name}` : ""}! Báo cáo của đơn vị được làm trong nhóm chat của đơn vị: gõ /baocao trong nhóm đó để bắt đầu. Gõ /trogiup để xem các lệnh.`,
    officersChat: "Đây là nhóm cán bộ phụ trách. Các đơn vị báo cáo trong nhóm của đơn vị mình.",
    noOpenCampaign: "Hiện không có đợt báo cáo nào đang mở cho đơn vị.",
    handlerError: "Đã có lỗi, vui lòng thử lại.",
    badRequest: "Yêu cầu không hợp lệ.",
    notFound: "Không tìm thấy.",
    unauthorized: "Không được phép.",
    textOnly: "Xin lỗi, bot chỉ đọc được tin nhắn văn bản. Vui lòng gõ câu trả lời bằng chữ.",
    /** Telegram groups in privacy mode deliver the bot only replies and mentions: said with the first question. */
    telegramGroupHowToAnswer: (botUsername: string) =>
      `Trong nhóm, hãy trả lời bằng cách bấm "Trả lời" (Reply) vào tin nhắn câu hỏi, hoặc gõ @${botUsername} rồi đến câu trả lời.`,
    /** Zalo groups deliver a bot only mentions and replies: said with the first question. */
    zaloGroupHowToAnswer: (botName: string) =>
      `Trong nhóm Zalo, bot chỉ nhận được tin nhắn nhắc đến bot hoặc trả lời tin nhắn của bot. Hãy chạm giữ tin nhắn câu hỏi rồi chọn "Trả lời", hoặc gõ @, chọn ${botName} rồi gõ câu trả lời (ví dụ: @${botName} 12).`,
    documentLink: (caption: string, url: string) => `${caption}: ${url}\n(Liên kết tải văn bản có hiệu lực trong 24 giờ; gõ /vanban để nhận liên kết mới.)`,
    unknownChat: "Không tìm thấy nhóm trò chuyện này.",
  },
  /** The plain page a production server shows at / (no data, no chat). */
  home: {
    title: "Bot báo cáo",
    body: "Bot báo cáo làm việc trong nhóm Zalo và Telegram của đơn vị: gõ /baocao trong nhóm để bắt đầu báo cáo, /trogiup để xem các lệnh.",
  },
} as const;
