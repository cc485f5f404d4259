/**
 * Every Vietnamese sentence the bot says, in one place. Functions take the variable parts so
 * grammar and punctuation stay here, not in the code that decides what to say.
 */

export const vi = {
  parse: {
    empty: "Câu trả lời đang trống. Vui lòng nhập nội dung.",
    tooLong: (max: number) => `Câu trả lời quá dài: tối đa ${max} ký tự.`,
    tooShort: (min: number) => `Câu trả lời quá ngắn: cần ít nhất ${min} ký tự.`,
    oneLine: "Câu này chỉ cần một dòng.",
    notANumber: "Vui lòng nhập một số, ví dụ 12 hoặc 1.250.",
    notAnInteger: "Vui lòng nhập số nguyên (không có phần thập phân).",
    belowMin: (min: string) => `Số phải lớn hơn hoặc bằng ${min}.`,
    aboveMax: (max: string) => `Số phải nhỏ hơn hoặc bằng ${max}.`,
    notADate: "Ngày không hợp lệ. Vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 15/10/2026.",
    dateBefore: (min: string) => `Ngày phải từ ${min} trở đi.`,
    dateAfter: (max: string) => `Ngày phải trước hoặc bằng ${max}.`,
    unknownChoice: (count: number) => `Vui lòng chọn một số từ 1 đến ${count} hoặc gõ đúng tên lựa chọn.`,
    unknownChoices: (items: string, count: number) =>
      `Không nhận ra lựa chọn: ${items}. Vui lòng gõ các số từ 1 đến ${count}, cách nhau bởi dấu phẩy.`,
    tooFewItems: (min: number) => `Cần ít nhất ${min} mục.`,
    tooManyItems: (max: number) => `Tối đa ${max} mục.`,
    itemTooLong: (n: number, max: number) => `Mục ${n} quá dài: tối đa ${max} ký tự.`,
    notYesNo: "Vui lòng trả lời Có hoặc Không (hoặc gõ 1 = Có, 2 = Không).",
  },
  yes: "Có",
  no: "Không",
  answer: {
    skipped: "(bỏ qua)",
    missing: "(chưa trả lời)",
    yes: "Có",
    no: "Không",
  },
  question: {
    progress: (k: number, n: number) => `Câu ${k}/${n}`,
    optional: "(không bắt buộc, gõ /boqua để bỏ qua)",
    hint: (hint: string) => `Gợi ý: ${hint}`,
    example: (example: string) => `Ví dụ: ${example}`,
    current: (value: string) => `Câu trả lời hiện tại: ${value}`,
    chooseOne: "Gõ số thứ tự hoặc tên lựa chọn:",
    chooseMany: "Gõ các số thứ tự, cách nhau bởi dấu phẩy:",
    closingSection: "Nơi nhận và người ký",
  },
  report: {
    started: (title: string, unit: string, count: number) =>
      `Bắt đầu báo cáo "${title}" của ${unit}. Có ${count} câu hỏi; gõ /trogiup để xem các lệnh.`,
    resumed: (title: string) => `Tiếp tục báo cáo "${title}".`,
    saved: "Đã lưu.",
    complete: "Đã trả lời xong các câu hỏi. Gõ /xem để xem lại, /sua N để sửa câu N, /nop để nộp báo cáo.",
    firstQuestion: "Đây đã là câu đầu tiên.",
    requiredCannotSkip: "Câu này bắt buộc, không thể bỏ qua.",
    nothingToSkip: "Không có câu hỏi nào đang chờ để bỏ qua.",
    editOutOfRange: (n: number) => `Không có câu số này. Vui lòng chọn từ 1 đến ${n}, ví dụ /sua 3.`,
    editNeedsNumber: "Vui lòng ghi số câu cần sửa, ví dụ /sua 3.",
    reviewTitle: (title: string, unit: string) => `Xem lại báo cáo "${title}" — ${unit}:`,
    missingRequired: (list: string) => `Chưa thể nộp: còn câu bắt buộc chưa trả lời (${list}).`,
    confirmSubmit: "Xác nhận nộp báo cáo? Trả lời Có để nộp, Không để tiếp tục chỉnh sửa.",
    submitted: (version: number, at: string) =>
      version === 1
        ? `Đã nộp báo cáo lúc ${at}. Cảm ơn đơn vị! Có thể sửa bằng /sua N rồi /nop lại.`
        : `Đã nộp bản sửa lần ${version - 1} lúc ${at}. Các bản trước vẫn được lưu.`,
    submitCancelled: "Chưa nộp. Bạn có thể tiếp tục chỉnh sửa.",
    alreadySubmitted: (at: string) =>
      `Báo cáo đã được nộp lúc ${at}. Gõ /xem để xem lại, /sua N để sửa câu N rồi /nop để nộp bản sửa.`,
    noChangesSinceSubmit: "Báo cáo chưa có thay đổi nào kể từ lần nộp trước.",
    confirmCancel: "Hủy báo cáo sẽ xóa toàn bộ câu trả lời đã nhập. Bạn có chắc không? Trả lời Có để hủy, Không để tiếp tục.",
    cancelled: "Đã hủy báo cáo và xóa các câu trả lời. Gõ /baocao để bắt đầu lại.",
    cancelAborted: "Không hủy. Tiếp tục báo cáo.",
    cannotCancelSubmitted: "Báo cáo đã nộp nên không thể hủy. Bạn có thể sửa bằng /sua N rồi /nop lại.",
    notStarted: "Chưa bắt đầu báo cáo. Gõ /baocao để bắt đầu.",
    idleHint: "Gõ /baocao để bắt đầu hoặc tiếp tục báo cáo, /trogiup để xem các lệnh.",
    unknownCommand: (command: string) => `Không có lệnh /${command}. Gõ /trogiup để xem các lệnh.`,
    stateReset: "Xin lỗi, phiên trò chuyện bị lỗi và đã được khởi động lại. Các câu trả lời đã lưu vẫn còn nguyên.",
  },
  help: [
    "Các lệnh của bot báo cáo:",
    "/baocao (/report) — bắt đầu hoặc tiếp tục báo cáo của đơn vị",
    "/boqua (/skip) — bỏ qua câu không bắt buộc",
    "/quaylai (/back) — quay lại câu trước",
    "/sua N (/edit N) — sửa câu số N",
    "/xem (/review) — xem lại các câu trả lời",
    "/nop (/submit) — nộp báo cáo",
    "/huy (/cancel) — hủy báo cáo đang làm",
    "/trogiup (/help) — xem hướng dẫn này",
    "Trả lời câu hỏi bằng cách gõ tin nhắn bình thường.",
  ].join("\n"),
  chat: {
    notBound: "Nhóm này chưa được gắn với đơn vị nào. Cán bộ phụ trách cần gắn nhóm với mã đơn vị trước khi báo cáo.",
    officersChat: "Đây là nhóm cán bộ phụ trách. Các đơn vị báo cáo trong nhóm của đơn vị mình.",
    noOpenCampaign: "Hiện không có đợt báo cáo nào đang mở cho đơn vị.",
    handlerError: "Đã có lỗi, vui lòng thử lại.",
    badRequest: "Yêu cầu không hợp lệ.",
    unknownChat: "Không tìm thấy nhóm trò chuyện này.",
  },
  page: {
    title: "Bot báo cáo — trò chuyện thử",
    chatLabel: "Nhóm",
    memberLabel: "Thành viên",
    placeholder: "Nhập tin nhắn hoặc lệnh, ví dụ /baocao",
    send: "Gửi",
    document: "Tải văn bản",
  },
} as const;
