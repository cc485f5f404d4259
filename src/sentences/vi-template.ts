/**
 * Report types (/mau), periods and the document's page.
 * Part of `vi` (vi.ts).
 */
import { counterpartMark, counterpartWayOut, campaignNamed } from "./vi-shared.ts";

export const templateSentences = {
  /** Template files: what `npm run template -- check`, the start-up log and /mau nap say about them. */
  template: {
    where: (file: string, line: number | undefined) => (line === undefined ? file : `${file}, dòng ${line}`),
    inSection: (heading: string) => `mục «${heading}»`,
    inField: (id: string) => `câu «${id}»`,
    inFieldNumber: (n: number) => `câu thứ ${n}`,
    inClosing: "phần cuối (closing)",
    inDocument: "phần văn bản (document)",
    syntax: (format: string, column: number | undefined, detail: string) =>
      `tệp không đúng cú pháp ${format}${column ? ` ở cột ${column}` : ""} (kiểm tra dấu phẩy, dấu ngoặc, dấu ngoặc kép và thụt lề): ${detail}`,
    quoteHint: 'nếu giá trị có dấu hai chấm, dấu # hoặc bắt đầu bằng { hay [, hãy đặt cả giá trị trong dấu ngoặc kép, ví dụ documentText: "Tổng số: {value} em."',
    unexpectedCharacter: (character: string) => `ký tự «${character}» không đúng chỗ`,
    unexpectedEnd: "tệp kết thúc giữa chừng (thiếu dấu đóng ngoặc?)",
    /** The YAML parser's error codes that a person editing a file meets most. */
    yamlErrors: {
      MISSING_CHAR: "thiếu dấu đóng (dấu ngoặc kép hoặc dấu ngoặc)",
      BAD_INDENT: "thụt lề không đúng",
      UNEXPECTED_TOKEN: "ký tự không đúng chỗ",
      MULTILINE_IMPLICIT_KEY: "khóa viết trên nhiều dòng (thiếu dấu hai chấm hoặc thụt lề sai?)",
      BLOCK_AS_IMPLICIT_KEY: "thụt lề không đúng trước dấu hai chấm",
      TAB_AS_INDENT: "thụt lề bằng phím Tab (YAML chỉ nhận dấu cách)",
    } as Record<string, string>,
    repeatedKey: (key: string) => `khóa «${key}» xuất hiện hai lần trong cùng một nhóm (chỉ giữ một)`,
    /** `detail`: the system's error code, said in words where it is a usual one. */
    unreadable: (detail: string) => `không đọc được tệp (${({ ENOENT: "không có tệp này", EISDIR: "đây là một thư mục, không phải tệp", EACCES: "không có quyền đọc tệp" } as Record<string, string>)[detail] ?? detail})`,
    /** How to save a template file again as UTF-8, in the two editors operators use. */
    notUtf8:
      "tệp không được lưu bằng mã UTF-8 (có thể là mã Windows, «ANSI»): chữ có dấu sẽ hiện sai («B�o c�o») trong danh sách mẫu và trên văn bản. Mở tệp bằng Notepad, chọn Lưu Như (Save As), ở ô Mã hóa (Encoding) chọn UTF-8 rồi lưu đè; hoặc trong VS Code bấm vào tên mã ở thanh dưới cùng, chọn Lưu với mã hóa (Save with Encoding) → UTF-8.",
    utf16:
      "tệp được lưu bằng mã UTF-16 («Unicode» của Notepad), không phải UTF-8. Mở tệp bằng Notepad, chọn Lưu Như (Save As), ở ô Mã hóa (Encoding) chọn UTF-8 rồi lưu đè; hoặc trong VS Code bấm vào tên mã ở thanh dưới cùng, chọn Lưu với mã hóa (Save with Encoding) → UTF-8.",
    emptyFile: "tệp trống: chưa có nội dung mẫu báo cáo nào",
    tooLarge: (kilobytes: number, maxKilobytes: number) =>
      `tệp quá lớn (${kilobytes.toLocaleString("vi-VN")} KB; một mẫu báo cáo không quá ${maxKilobytes.toLocaleString("vi-VN")} KB, các mẫu có sẵn chỉ khoảng 12 KB): tệp không được đọc; kiểm tra xem có phải tệp mẫu báo cáo không`,
    tooManyQuestions: (count: number, max: number) =>
      `mẫu có ${count.toLocaleString("vi-VN")} câu hỏi, quá giới hạn ${max} câu của một mẫu báo cáo (các mẫu có sẵn có khoảng 20 câu); tách thành nhiều loại báo cáo hoặc bỏ bớt câu hỏi`,
    notATemplate: "tệp phải là một mẫu báo cáo: một nhóm { … } có key, title, document, sections và closing (không phải một danh sách hay một giá trị đơn lẻ)",
    missing: (key: string) => `thiếu «${key}»`,
    mustBe: (key: string, kind: string) => `«${key}» phải là ${kind}`,
    kinds: { string: "chữ (đặt trong dấu ngoặc kép)", number: "một số", boolean: "true hoặc false", array: "một danh sách [ ... ]", object: "một nhóm { ... }" } as Record<string, string>,
    emptyText: (key: string) => `«${key}» không được để trống`,
    tooFew: (key: string, min: number) => `«${key}» cần ít nhất ${min} mục`,
    tooMany: (key: string, max: number) => `«${key}» có nhiều nhất ${max} mục`,
    numberTooSmall: (key: string, min: number) => `«${key}» phải từ ${min} trở lên`,
    numberAbove: (key: string, min: number) => `«${key}» phải lớn hơn ${min}`,
    numberBelow: (key: string, max: number) => `«${key}» phải nhỏ hơn ${max}`,
    duplicateColumnId: (id: string) => `mã cột «${id}» đã dùng cho một cột khác của bảng; mỗi cột cần một mã riêng`,
    numberTooBig: (key: string, max: number) => `«${key}» phải nhỏ hơn hoặc bằng ${max}`,
    unknownKeys: (keys: string) => `không dùng được ${keys} ở đây (gõ sai tên, hoặc loại câu hỏi này không có)`,
    unknownType: (type: string, types: string) => `loại câu hỏi «${type}» không có; chọn một trong: ${types}`,
    missingType: (types: string) => `thiếu «type» (loại câu hỏi); chọn một trong: ${types}`,
    badId: (id: string) => `mã «${id}» không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu _, bắt đầu bằng chữ (ví dụ so_nguoi_tham_gia)`,
    badKey: (key: string) => `mã mẫu «${key}» không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu - (ví dụ bao-cao-thi-dua)`,
    badDate: (key: string) => `«${key}» phải là một ngày dạng năm-tháng-ngày, ví dụ 2026-09-30`,
    oneOf: (key: string, values: string) => `«${key}» phải là một trong: ${values}`,
    condition: "điều kiện «showIf» cần đúng một trong: equals, notEquals, in, greaterThan, answered",
    checkRule: "mỗi quy tắc «check» cần đúng một trong: atLeast, atMost",
    checkTarget: (key: string, id: string) => `«${key}» chỉ tới câu «${id}», nhưng đó không phải một câu hỏi số khác (integer, decimal, percent) của mẫu này`,
    duplicateId: (id: string) => `mã câu hỏi «${id}» đã dùng cho một câu khác; mỗi câu cần một mã riêng`,
    reservedCountId: (id: string, owner: string) =>
      `mã câu hỏi «${id}» trùng với mã mà báo cáo tổng hợp dùng cho số đơn vị ${/_khong$/.test(id) ? "trả lời Không ở" : "có số liệu của"} câu «${owner}»; hãy đặt cho câu này một mã khác`,
    laterCondition: (id: string) => `«showIf» dựa vào câu «${id}», nhưng câu đó không đứng trước câu này (điều kiện chỉ dựa vào câu đã hỏi)`,
    minAboveMax: "«min» lớn hơn «max»",
    lowAboveHigh: (low: string, high: string) => `«${low}» lớn hơn «${high}»: không câu trả lời nào đạt được`,
    repeatedOption: (option: string) => `lựa chọn «${option}» bị lặp lại`,
    /** `always`: a notEquals, which such a value makes always true (the question always asked), not never. */
    conditionYesNo: (id: string, value: string, always: boolean) =>
      `câu «${id}» là câu Có/Không: điều kiện cần true (Có) hoặc false (Không), ví dụ equals: true; với «${value}» điều kiện ${always ? "luôn đúng và câu này luôn được hỏi" : "không bao giờ đúng và câu này không bao giờ được hỏi"}`,
    conditionNotAnOption: (value: string, id: string, options: readonly string[], always: boolean) =>
      `«${value}» không phải một lựa chọn của câu «${id}», nên điều kiện ${always ? "luôn đúng" : "không bao giờ đúng"}; các lựa chọn: ${options.join("; ")}`,
    conditionNotAFigure: (id: string, value: string, integer: boolean, always: boolean) =>
      `câu «${id}» là câu hỏi số${integer ? " nguyên" : ""}: điều kiện cần ${integer ? "một số nguyên" : "một số"} viết bằng chữ số, không đặt trong dấu ngoặc kép, ví dụ equals: 3; với «${value}» điều kiện ${always ? "luôn đúng và câu này luôn được hỏi" : "không bao giờ đúng và câu này không bao giờ được hỏi"}`,
    conditionNotADate: (id: string, value: string, always: boolean) =>
      `câu «${id}» là câu hỏi ngày: điều kiện cần một ngày dạng năm-tháng-ngày, ví dụ equals: "2026-09-30"; với «${value}» điều kiện ${always ? "luôn đúng và câu này luôn được hỏi" : "không bao giờ đúng và câu này không bao giờ được hỏi"}`,
    conditionOutOfRange: (id: string, value: string, min: string | undefined, max: string | undefined, always: boolean) =>
      `câu «${id}» chỉ nhận câu trả lời ${min !== undefined && max !== undefined ? `từ ${min} đến ${max}` : min !== undefined ? `từ ${min} trở lên` : `đến ${max}`}, nên với «${value}» điều kiện ${always ? "luôn đúng và câu này luôn được hỏi" : "không bao giờ đúng và câu này không bao giờ được hỏi"}`,
    conditionAboveMax: (id: string, greaterThan: number, max: number) =>
      `câu «${id}» chỉ nhận câu trả lời đến ${max}, nên «greaterThan: ${greaterThan}» không bao giờ đúng và câu này không bao giờ được hỏi`,
    conditionNotNumeric: (id: string) => `«greaterThan» chỉ dùng với câu hỏi số, nhưng câu «${id}» không phải câu hỏi số`,
    unknownPlaceholder: (name: string, allowed: string) => `«{${name}}» không điền được ở đây nên sẽ in nguyên văn; dùng được: ${allowed}`,
    noPlaceholders: "không tên nào (chữ ở đây được in đúng như viết)",
    loneBrace: "có dấu «{» hoặc «}» lẻ: tên cần điền phải nằm trong một cặp ngoặc, ví dụ {value}",
    closingRole: (role: string, id: string) => `«closing.${role}» chỉ tới câu «${id}», nhưng phần cuối không có câu đó`,
    unknownCounterpart: (key: string) => `«consolidatedBy» chỉ tới loại báo cáo «${key}», nhưng không có loại báo cáo nào mang mã này; sửa lại mã, hoặc bỏ dòng này để báo cáo tổng hợp dùng mẫu chung`,
    unknownSource: (id: string, key: string) => `«from.field» chỉ tới câu «${id}», nhưng mẫu «${key}» của các đơn vị không có câu đó; báo cáo tổng hợp sẽ không có số liệu này`,
    /**
     * The unit's file at fault for what its counterpart reads: the counterpart is a built-in (not the
     * operator's to change), or its file stayed as it was while this one changed.
     */
    counterpartFieldGone: (key: string, builtIn: boolean, id: string) =>
      `báo cáo tổng hợp «${key}» (${counterpartMark(builtIn)}) lấy số liệu từ câu «${id}» của mẫu này, nhưng mẫu này không có câu đó; giữ câu «${id}», hoặc ${counterpartWayOut(key, builtIn)}`,
    counterpartKindGone: (key: string, builtIn: boolean, kind: string, id: string, type: string) =>
      `báo cáo tổng hợp «${key}» (${counterpartMark(builtIn)}) tính «as: ${kind}» từ câu «${id}» của mẫu này, nhưng câu đó có kiểu ${type}; giữ kiểu cũ, hoặc ${counterpartWayOut(key, builtIn)}`,
    kindDoesNotFit: (kind: string, id: string, type: string, fitting: readonly string[]) =>
      `«as: ${kind}» không tính được từ câu «${id}» (kiểu ${type}); với câu kiểu này dùng được: ${fitting.join(", ")}`,
    targetDoesNotFit: (kind: string, sourceId: string, sourceType: string, type: string, fitting: readonly string[]) =>
      `«as: ${kind}» tính từ câu «${sourceId}» (kiểu ${sourceType}) không ghi được vào câu kiểu ${type}: báo cáo tổng hợp sẽ in sai số liệu này; dùng kiểu: ${fitting.join(", ")}`,
    columnNotInSource: (id: string, sourceId: string, key: string, columns: readonly string[]) =>
      `cột «${id}» không có trong bảng «${sourceId}» của mẫu «${key}»: cột này sẽ luôn trống; các cột của bảng đó: ${columns.join(", ")}`,
    columnSumDiffers: (id: string, unitsKeepApart: boolean) =>
      `cột «${id}» ${unitsKeepApart ? "không được cộng (sum: false) trong bảng của các đơn vị nhưng được cộng ở đây" : "được cộng trong bảng của các đơn vị nhưng không được cộng (sum: false) ở đây"}; ghi «sum» như nhau ở cả hai mẫu`,
    columnTypeDiffers: (id: string, type: string, sourceType: string) => `cột «${id}» có kiểu ${type} ở đây nhưng kiểu ${sourceType} trong bảng của các đơn vị; dùng cùng một kiểu`,
    duplicateTitle: (title: string, key: string) => `tên «${title}» đã dùng cho loại báo cáo «${key}»; mỗi loại cần một tên riêng để chọn khi mở đợt; tệp này bị bỏ qua`,
    unreadableFolder: (dir: string, detail: string) => `không đọc được thư mục ${dir} (${detail}); các mẫu đã nạp trước vẫn được dùng`,
    duplicateKeyBoth: (key: string, file: string) =>
      `mã mẫu «${key}» đã dùng ở tệp ${file}: cả hai tệp bị bỏ qua, loại báo cáo này dùng phiên bản đã nạp trước đó (nếu có) cho tới khi chỉ còn một tệp mang mã này`,
    duplicateKey: (key: string, file: string) => `mã mẫu «${key}» đã dùng ở tệp ${file}; tệp này bị bỏ qua`,
    otherFolder: (key: string, dir: string) =>
      `loại báo cáo «${key}» đang dùng được nạp từ tệp này, không nằm trong TEMPLATES_DIR của máy chủ này (${dir}): vẫn giữ phiên bản đã lưu; hãy đặt cùng một TEMPLATES_DIR (cùng các tệp) cho mọi máy chủ`,
    /** `feeds`: the key of the consolidated report that read the built-in's answers. */
    replacesBuiltIn: (key: string, builtInTitle: string, newKey: string, feeds: string | undefined) =>
      `tệp này mang mã «${key}» của mẫu có sẵn «${builtInTitle}» nên thay mẫu đó: «${builtInTitle}» không còn được chọn khi mở đợt${feeds ? `, và báo cáo tổng hợp «${feeds}» không còn tổng hợp từ mẫu có sẵn này` : ""}. Nếu đây là một loại báo cáo mới, hãy đặt cho nó một «key» riêng, ví dụ key: ${newKey}; nếu muốn thay mẫu có sẵn thì bỏ qua lưu ý này.`,
    /** The check tool's line for a note (not a problem) on a file. */
    noteLine: (file: string, note: string) => `${file}: lưu ý — ${note}`,
    notesHeading: "Lưu ý:",
    checkUsage: "Cách dùng: npm run template -- check TỆP [TỆP ...] (tệp mẫu báo cáo .json, .yaml hoặc .yml)",
    checkedWithFolder: (count: number, dir: string) => `Đối chiếu thêm với ${count} mẫu khác trong TEMPLATES_DIR (${dir}), như bot sẽ nạp cùng.`,
    checkOk: (file: string, title: string, questions: number) => `${file}: hợp lệ — «${title}», ${questions} câu hỏi.`,
    /** Not a problem: printed words typed without tone marks, which the document prints as written. */
    unmarkedNote: (file: string, texts: string[]) =>
      `${file}: lưu ý — chữ in trong văn bản chưa có dấu tiếng Việt: ${texts.slice(0, 5).map((t) => `«${t.length > 60 ? `${t.slice(0, 59)}…` : t}»`).join(", ")}${texts.length > 5 ? ", …" : ""}. Văn bản in nguyên văn như vậy; nên gõ lại có dấu.`,
    checkFailed: (files: number, problems: number) => `${problems} lỗi trong ${files} tệp. Sửa các lỗi trên rồi kiểm tra lại.`,
    /** /mau and /mau nap. */
    listHeading: "Các loại báo cáo đang dùng:",
    listLine: (title: string, key: string, version: number, source: string) => `• ${title} (${key}) — phiên bản ${version}, ${source}`,
    builtIn: "mẫu có sẵn",
    brokenNow: " — tệp đang có lỗi, vẫn dùng phiên bản này (gõ /mau nap để xem lỗi)",
    fromFile: (file: string) => `tệp ${file}`,
    /** The folder is on the server, out of an officer's reach: whose work it is comes first. */
    listFooter: (dir: string) => `Người quản trị bot thêm hoặc sửa mẫu trong thư mục ${dir} trên máy chủ rồi gõ /mau nap để nạp lại.`,
    reloaded: "Đã nạp lại các mẫu báo cáo.",
    /** A Word file sent into the officers' chat (officers-chat-file.ts): what can be done instead. */
    wordNotTemplate:
      "Bot không tạo loại báo cáo mới từ tệp Word gửi vào nhóm: mẫu báo cáo do người quản trị bot soạn và nạp.\nĐể có loại báo cáo mới, hãy gửi kế hoạch hoặc mẫu Word cho người quản trị bot; báo cáo bằng Word của một đơn vị thì gửi trong nhóm của đơn vị đó, kèm lệnh /baocao.",
    added: (title: string, version: number) => `• Mới: ${title} (phiên bản ${version})`,
    lostFiguresHeading: "Các đợt đang mở sẽ thiếu số liệu trong báo cáo tổng hợp (mẫu của các đơn vị trong đợt không có câu để lấy số liệu; sửa «from» cho khớp hoặc trả lời tay khi /tonghop sua):",
    lostFigure: (id: number, title: string, prompt: string, source: string) => `• ${campaignNamed(id, title, "Đợt")}: câu «${prompt.replace(/[?:.\s]+$/u, "")}» (lấy từ câu «${source}»)`,
    changed: (title: string, from: number, to: number, consolidates: boolean) =>
      `• Đã đổi: ${title} (phiên bản ${from} → ${to}); ${consolidates ? "là báo cáo tổng hợp: các đợt đang mở dùng ngay phiên bản mới khi tổng hợp (/tonghop)" : "các đợt đang mở vẫn dùng phiên bản cũ"}`,
    removed: (title: string) => `• Không còn dùng: ${title} (đợt đang mở vẫn giữ mẫu của mình)`,
    kept: (title: string) => `• Giữ phiên bản cũ: ${title} (tệp của mẫu đang có lỗi, xem dưới)`,
    unchanged: (n: number) => `• Không đổi: ${n} mẫu`,
    problemsHeading: "Tệp có lỗi (mẫu cũ, nếu có, vẫn được dùng):",
  },
  /** What a template's `{period}` prints when the campaign was given none (documents/campaign-period.ts). */
  period: {
    schoolYear: (startYear: number) => `năm học ${startYear} - ${startYear + 1}`,
    calendarYear: (year: number) => `năm ${year}`,
  },
  page: {
    title: "Bot báo cáo — trò chuyện thử",
    chatLabel: "Nhóm",
    memberLabel: "Thành viên",
    /** As in a platform's group, talk that neither answers nor names the bot gets no answer. */
    placeholder: "Gõ lệnh (ví dụ /baocao) hoặc trả lời câu hỏi của bot; gọi bot: @Bot Báo Cáo …",
    send: "Gửi",
    document: "Tải văn bản",
    /** The file button beside the text box, and what the page says while a file goes up. */
    /** Not "Gửi …": the send button is found by that name. */
    attach: "Chọn ảnh",
    attachTitle: "Ảnh JPEG hoặc PNG, tối đa 10 MB; chữ trong ô nhập đi kèm làm chú thích",
    sentFile: (name: string) => `[Tệp: ${name}]`,
  },
} as const;
