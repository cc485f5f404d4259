import { describe, expect, it } from "vitest";
import { parseAnswer } from "../../src/templates/answer-parsers.ts";
import { readNumberWords } from "../../src/vietnamese/number-words.ts";
import { type Field, fieldSchema } from "../../src/templates/template-schema.ts";

const field = (spec: Record<string, unknown>): Field => fieldSchema.parse({ id: "f", prompt: "?", ...spec });
const ok = (f: Field, input: string) => {
  const result = parseAnswer(f, input);
  if (!result.ok) throw new Error(`expected "${input}" to be accepted, got: ${result.error}`);
  return result.value;
};
const error = (f: Field, input: string) => {
  const result = parseAnswer(f, input);
  if (result.ok) throw new Error(`expected "${input}" to be refused, got ${JSON.stringify(result.value)}`);
  return result.error;
};

describe("short text", () => {
  const f = field({ type: "short-text", maxLength: 10 });
  it("keeps the trimmed text", () => expect(ok(f, "  Hoa Sen  ")).toBe("Hoa Sen"));
  it("refuses empty, too long and multi-line text, and text without a letter or a digit", () => {
    expect(error(f, "   ")).toMatch(/trống/);
    for (const input of [".", "...", "-", "?!"]) expect(error(f, input), input).toMatch(/^Câu trả lời chưa có chữ hay số nào/);
    expect(error(f, "Trường Tiểu học Liên Châu")).toMatch(/tối đa 10 ký tự/);
    expect(error(f, "a\nb")).toMatch(/một dòng/);
  });
});

describe("talk typed where a text is asked", () => {
  it("refuses a question to the bot on any text question, and a bare 'ok' or 'dạ có' on a paragraph or a list, printed they would be the report's text", () => {
    for (const type of ["short-text", "paragraph", "bullet-list"]) {
      const f = field({ type });
      for (const typed of ["làm sao để gửi", "Gửi thế nào ạ?", "cach nao nop vay"]) expect(error(f, typed), `${type}: ${typed}`).toMatch(/^Tin nhắn này (?:hỏi cách nộp|là một câu hỏi) nên chưa được lưu/);
    }
    for (const type of ["paragraph", "bullet-list"]) {
      for (const typed of ["ok", "Dạ có.", "vâng ạ", "dc"]) expect(error(field({ type }), typed), `${type}: ${typed}`).toMatch(/chưa phải nội dung để in vào báo cáo/);
    }
    // A short answer's "Có" (a table's cell) stays; a sentence that asks nothing stays, and so do
    // a slogan that asks its own question and an answer opening with "Cách".
    expect(ok(field({ type: "short-text" }), "Có")).toBe("Có");
    for (const typed of ["Đọc sách để làm gì?", "Học tập suốt đời - vì sao?", "Cách làm: treo băng rôn tại cổng trường", "Cách mạng tháng Tám"]) {
      expect(ok(field({ type: "paragraph" }), typed), typed).toBe(typed);
      expect(ok(field({ type: "bullet-list" }), typed), typed).toEqual([typed]);
    }
    expect(ok(field({ type: "paragraph" }), "Làm sao để học sinh đọc nhiều hơn là điều nhà trường quan tâm.")).toMatch(/^Làm sao/);
  });
  it("refuses a message calling a colleague ('Chị Lan ơi …') on any text question, not a slogan calling someone else", () => {
    for (const type of ["short-text", "paragraph", "bullet-list"]) {
      for (const typed of ["Chị Lan ơi để em làm tiếp phần này nhé", "anh oi, so lieu nay lay o dau", "Mọi người ơi mai nộp nhé", "c ơi e gửi sau"]) {
        expect(error(field({ type }), typed), `${type}: ${typed}`).toBe("Tin nhắn này có vẻ gửi cho người trong nhóm nên chưa được lưu làm câu trả lời. Nếu đó là câu trả lời, vui lòng gõ lại phần nội dung (không kèm lời gọi).");
      }
    }
    // "ơi" that calls the slogan's reader, or inside a word ("chơi", "hơi"), typed with or without marks.
    const answers = ["Mẹ ơi, con muốn đọc sách", "Bạn ơi, hãy đọc sách mỗi ngày!", "Em ơi, hãy đọc sách mỗi ngày", "Các bạn chơi trò chơi dân gian", "Bạn đọc hơi ít so với năm trước", "Em bơi lội"];
    for (const typed of [...answers, "Co toi 50 hoc sinh tham gia", "Bac Ho voi thieu nhi", "Chi hoi phu nu toi"]) expect(ok(field({ type: "paragraph" }), typed), typed).toBe(typed);
  });
  it("answers 'làm sao để gửi?' typed where a question is asked with how to send, storing nothing", () => {
    for (const type of ["short-text", "paragraph", "integer"]) {
      expect(error(field({ type }), "làm sao để gửi?"), type).toBe("Tin nhắn này hỏi cách nộp nên chưa được lưu làm câu trả lời. Khi đã trả lời xong các câu, gõ /nop để nộp báo cáo (gõ /xem để xem lại trước). Câu đang hỏi:");
    }
  });
  it("refuses a question about the question, a greeting and an answer promised for later, on any question, and keeps answers with the same words", () => {
    const about = ["chào bot, cái này điền gì ạ?", "cái này điền gì ạ?", "Em không hiểu câu này ạ", "chua hieu y cau hoi", "câu này là tính cả gv trường khác à?", "câu này mầm non thì điền gì ạ?", "ghi thế nào vậy", "cau nay ghi gi vay c", "cái này ghi gì vậy chị", "câu này điền thế nào chị ạ", "câu này ghi gì vậy Minh", "ghi gì vậy chị Lan", "c ơi câu này ghi gì", "Minh ơi câu này ghi gì", "chi Yen oi cau nay ghi gi", "câu 6 là ngày nào vậy chị", "câu 4 là ghi khẩu hiệu gì vậy chị", "hoạt động thì ghi những gì hả chị"];
    const greetings = ["chào cả nhà, hôm qua em làm dở, giờ làm tiếp", "Xin chào", "hello bot", "bot ơi", "Bot ơi!", "ad oi"];
    const later = ["em chưa có số kế hoạch, mai em bổ sung sau nhé", "em gửi sau ạ", "để em hỏi lại hiệu trưởng", "số lượt bạn đọc chị Trang ơi, để em hỏi lại thư viện đã nhé", "để mai em làm tiếp", "em bận, tí nữa em làm tiếp", "chiều em làm nốt", "lát em điền nốt nhé", "Tạm dừng nhé", "em làm sau nhé", "tí nữa làm tiếp", "mai làm nốt"];
    for (const type of ["short-text", "paragraph", "bullet-list", "integer", "date", "yes-no", "single-choice"]) {
      const f = field({ type, ...(type === "single-choice" ? { options: ["Tốt", "Khá"] } : {}) });
      for (const typed of about) expect(error(f, typed), `${type}: ${typed}`).toMatch(/^Tin nhắn này là câu hỏi về câu đang hỏi nên chưa được lưu làm câu trả lời\. Câu hỏi được nhắc lại dưới đây/);
      for (const typed of greetings) expect(error(f, typed), `${type}: ${typed}`).toMatch(/^Tin nhắn này là lời chào trong nhóm nên chưa được lưu/);
      for (const typed of later) expect(error(f, typed), `${type}: ${typed}`).toMatch(/^Tin nhắn này hẹn bổ sung sau nên chưa được lưu làm câu trả lời\. Các câu đã trả lời vẫn được giữ: khi có nội dung, gõ \/baocao/);
    }
    // The same words in an answer: a slogan's greeting, what parents did not understand, a
    // proposal to add later, a long paragraph naming "câu này".
    const answers = [
      "Chào mừng Tuần lễ học tập suốt đời",
      // "để", "cho" after a comma, in an answer: no call before them.
      "Cho học sinh viết bài thu hoạch, để cô kiểm tra và góp ý",
      "Thi kể chuyện, cho em tìm hiểu thêm về sách",
      "Một số phụ huynh không hiểu ý nghĩa của tuần lễ",
      "Đề nghị Phòng GD bổ sung sau khi có ý kiến",
      "Học sinh hiểu câu này nghĩa là: đọc sách mỗi ngày giúp em học tốt hơn, ghi nhớ lâu hơn, và yêu thích học tập hơn trước?",
      // A flag ceremony, hope, a slogan greeting its reader; "mức độ", "câu đố", "ở đó" before "ạ".
      "Chào cờ đầu tuần, phát động Tuần lễ",
      "Chao co dau tuan",
      "Hi vọng được hỗ trợ thêm sách",
      "Chào em, người đọc sách!",
      "Mức độ tham gia của học sinh rất tích cực ạ",
      "Thi giải câu đố về sách, kể chuyện theo sách ạ",
      // Contests and talks that ask; limitations not understood; "sau" that is no promise.
      "Chưa hiểu hết ý nghĩa của Tuần lễ",
      "Tọa đàm: Học tập suốt đời nghĩa là gì?",
      "Cuộc thi Em viết gì về cuốn sách em yêu",
      // A question named by its number in an answer that asks nothing of it.
      "Thi rung chuông vàng: câu 10 hỏi sách gì em yêu thích nhất",
      "Rung chuông vàng: câu 10 hỏi sách gì em yêu thích nhất?",
      "Như câu 8, không có gì thêm ạ",
      "Đã nêu ở câu 12, không có hoạt động nào khác ạ",
      "Số liệu như câu 3, không thay đổi gì ạ",
      "Học sinh trả lời đúng câu 3 được tặng sách, lớp nào cũng tham gia ạ",
      "Thi trắc nghiệm 30 câu hỏi 20 phút: Em biết gì về Ngày Sách Việt Nam?",
      "câu 10 không có gì ạ",
      "Sách - Ghi gì cũng nhớ",
      "Các em biểu diễn sau lễ khai mạc",
      "Gửi sáu bài dự thi của các em",
      "Số liệu sẽ được cập nhật sau khi tổng kết, đề nghị phòng hỗ trợ",
      // Work continued, in a report's own words; a time and "về nhà" that are no pause.
      "Tiếp tục làm tốt công tác tuyên truyền",
      "Học sinh làm tiếp bài tập về nhà",
      "Chiều 2/10 tổ chức lễ khai mạc",
      "Các em làm tiếp bài thu hoạch sau buổi ngoại khóa",
      // Words that fold to a time ("tới", "lát", "chiêu", "tỉ", the name Mai): no pause.
      "Năm học tới hoàn thành nốt việc xây dựng thư viện xanh.",
      "Trong tháng tới, trường sẽ làm tiếp hồ sơ kiểm định.",
      "Làm tiếp hạng mục lát nền phòng đọc.",
      "Làm tiếp công tác chiêu sinh lớp 1.",
      "Cô Nguyễn Thị Mai làm tiếp công tác thư viện.",
      "Làm tiếp dự án 2 tỉ đồng cho thư viện",
    ];
    // Stored (a closing "ạ" said to the bot left out).
    for (const typed of answers) expect(ok(field({ type: "paragraph" }), typed), typed).toBe(typed.replace(/\s+ạ$/u, ""));
    expect(ok(field({ type: "bullet-list" }), "Chưa hiểu hết ý nghĩa của Tuần lễ\nKinh phí hạn chế")).toEqual(["Chưa hiểu hết ý nghĩa của Tuần lễ", "Kinh phí hạn chế"]);
    expect(ok(field({ type: "single-choice", options: ["Hoàn thành tốt", "Hoàn thành"] }), "Mức độ hoàn thành tốt ạ")).toBe("Hoàn thành tốt");
    // A figure or a choice is read first: "Không" to a yes-no question stays its answer.
    expect(ok(field({ type: "yes-no" }), "Không")).toBe(false);
  });
});

describe("paragraph", () => {
  const f = field({ type: "paragraph", maxLength: 50, minLength: 5 });
  it("keeps several lines", () => expect(ok(f, "Dòng một.\nDòng hai.")).toBe("Dòng một.\nDòng hai."));
  it("refuses a figure alone to a paragraph or a list ('40', printed as an activity), and keeps a text that starts with one", () => {
    for (const type of ["paragraph", "bullet-list"]) {
      for (const typed of ["40", "1.250", "- 95%", "1, 4, 5"]) expect(error(field({ type }), typed), `${type}: ${typed}`).toMatch(/chỉ có số, chưa phải nội dung để in vào báo cáo\. [^\n]*gõ: sửa câu <số của câu đó>: /);
      expect(ok(field({ type }), "40 học sinh tham gia hội thi"), type).toBeTruthy();
    }
  });
  it("refuses a date alone to a paragraph or a list, and keeps an activity with its date, also opening with words the date question reads past", () => {
    for (const type of ["paragraph", "bullet-list"]) {
      for (const typed of ["2/10/2026", "ngày 3/10", "Thứ sáu 02/10/2026"]) expect(error(field({ type }), typed), `${type}: ${typed}`).toMatch(/chỉ là một ngày, chưa phải nội dung/);
      // These were refused as a date alone (the date question's reader skips the words before a date).
      for (const typed of ["Khai mạc ngày 2/10/2026", "Tổ chức vào ngày 5/10/2026", "Diễn ra ngày 2/10", "Sáng 2/10", "2-3"]) expect(ok(field({ type }), typed), `${type}: ${typed}`).toBeTruthy();
    }
  });
  it("refuses a bare 'không' or 'ko' to a required paragraph or list (it would be printed), and keeps a sentence saying none", () => {
    const required = field({ type: "paragraph", required: true });
    for (const typed of ["không", "Ko", "k", "Ko có", "chưa"]) expect(error(required, typed), typed).toMatch(/^Câu này bắt buộc và sẽ được in vào báo cáo/);
    expect(ok(required, "Không có.")).toBe("Không có.");
    expect(ok(required, "Đơn vị chưa tổ chức hoạt động này.")).toBe("Đơn vị chưa tổ chức hoạt động này.");
    expect(error(field({ type: "bullet-list", required: true }), "ko")).toMatch(/^Câu này bắt buộc/);
  });
  it("refuses text outside the length limits", () => {
    expect(error(f, "abc")).toMatch(/ít nhất 5/);
    expect(error(f, "x".repeat(51))).toMatch(/tối đa 50/);
  });
});

describe("bullet list", () => {
  const f = field({ type: "bullet-list", minItems: 2, maxItems: 3, maxLength: 20 });
  it("takes one item per line, strips the list markers and keeps the text as typed", () => {
    expect(ok(f, "- Hội sách;\n\n3. Tập huấn.")).toEqual(["Hội sách;", "Tập huấn."]);
    expect(ok(f, "Đọc sách...\nVì sao?\nHọc nữa!")).toEqual(["Đọc sách...", "Vì sao?", "Học nữa!"]);
    // "1/" numbers an item too; "2/10/2026" opens one with its date.
    expect(ok(f, "1/ Hội sách\n2/ Thi kể chuyện\n2/10/2026 khai mạc")).toEqual(["Hội sách", "Thi kể chuyện", "2/10/2026 khai mạc"]);
  });
  it("leaves out the line introducing the items pasted with it ('Các khẩu hiệu:'), not an item ending in ':'", () => {
    expect(ok(f, "Các khẩu hiệu:\n1) Học tập suốt đời\n2) Đọc sách mỗi ngày")).toEqual(["Học tập suốt đời", "Đọc sách mỗi ngày"]);
    expect(ok(f, "- Hoạt động:\n+ đọc sách\n- Hội sách")).toEqual([{ text: "Hoạt động:", sub: ["đọc sách"] }, "Hội sách"]);
    expect(ok(field({ type: "bullet-list" }), "Lưu ý:")).toEqual(["Lưu ý:"]);
    // A first line with sub-items below it is an item, not an introduction.
    expect(ok(field({ type: "bullet-list" }), "Hoạt động tuyên truyền:\n+ loa phát thanh\n+ băng rôn\nHội sách")).toEqual([{ text: "Hoạt động tuyên truyền:", sub: ["loa phát thanh", "băng rôn"] }, "Hội sách"]);
  });
  it("nests a '+' line or an indented line under the item above it, stored as { text, sub }", () => {
    expect(ok(f, "- Hội sách;\n+ Sân chơi\n3. Tập huấn.")).toEqual([{ text: "Hội sách;", sub: ["Sân chơi"] }, "Tập huấn."]);
    expect(ok(f, "Tuyên truyền\n    loa đài\n\tbăng rôn\nKhai mạc")).toEqual([{ text: "Tuyên truyền", sub: ["loa đài", "băng rôn"] }, "Khai mạc"]);
  });
  it("keeps a list pasted with every line indented (the chat trimmed the first) on one level", () => {
    expect(ok(f, "- Hội sách\n\t- Sân chơi\n\t- Tập huấn")).toEqual(["Hội sách", "Sân chơi", "Tập huấn"]);
    // One stray space is a typo, not a level; "1+" numbers an item as in the seed.
    expect(ok(f, "- Hội sách\n - Sân chơi\n1+ Tập huấn")).toEqual(["Hội sách", "Sân chơi", "Tập huấn"]);
  });
  it("keeps a figure that starts an item: a number followed by a digit is no list marker", () => {
    expect(ok(f, "1.200 học sinh dự\n2.10.2026 khai mạc")).toEqual(["1.200 học sinh dự", "2.10.2026 khai mạc"]);
    expect(ok(f, "1.Hội sách\n2) 350 cuốn")).toEqual(["Hội sách", "350 cuốn"]);
  });
  it("reads one line with ';' between its parts as that many items, as a phone types a list", () => {
    expect(ok(f, "Hội sách; kể chuyện ;đọc sách;")).toEqual(["Hội sách", "kể chuyện", "đọc sách"]);
    // Several lines: a ";" inside one is that item's own.
    expect(ok(f, "Băng rôn; khẩu hiệu\nHội sách")).toEqual(["Băng rôn; khẩu hiệu", "Hội sách"]);
  });
  it("keeps a list written all with '+' on one level ('+' nests only under another marker)", () => {
    expect(ok(f, "+ Hội sách\n+ Sân chơi\n+ Tập huấn")).toEqual(["Hội sách", "Sân chơi", "Tập huấn"]);
  });
  it("counts a sub-item's length against the item's", () => {
    expect(error(f, `ngắn\nmục hai\n+ ${"dài ".repeat(10)}`)).toMatch(/Mục 2 quá dài/);
  });
  it("refuses too few, too many and too long items", () => {
    expect(error(f, "Một mục")).toMatch(/ít nhất 2 mục/);
    expect(error(f, "a\nb\nc\nd")).toMatch(/Tối đa 3 mục/);
    expect(error(f, `ngắn\n${"dài ".repeat(10)}`)).toMatch(/Mục 2 quá dài/);
  });
});

describe("integer", () => {
  const f = field({ type: "integer", min: 0, max: 100000 });
  it("refuses the letter o typed for a zero ('29o lượt' was stored as 29), offering the digits back, and keeps a unit word after the figure", () => {
    expect(error(f, "29o luot")).toBe('«29o» có chữ "o" lẫn trong số (gõ nhầm số 0?): vui lòng gõ lại số chỉ bằng chữ số, ví dụ 290.');
    for (const typed of ["3oo", "1o5", "9o"]) expect(error(f, typed), typed).toMatch(/^«[^»]+» có chữ "o" lẫn trong số/);
    expect(error(field({ type: "percent" }), "9o%")).toMatch(/ví dụ 90\.$/);
    for (const [typed, value] of [["290 lượt", 290], ["10 ô", 10], ["5 tổ", 5]] as const) expect(ok(f, typed), typed).toBe(value);
  });
  it.each([
    ["6", 6],
    ["1.250", 1250],
    ["1 250", 1250],
    ["6 buổi", 6],
    ["0", 0],
    ["12.000 lượt", 12000],
    ["dc 120 cuon", 120],
    ["120 a", 120],
    // A multiplier word multiplies: read as a unit word, "2 nghìn" was stored as 2.
    ["2 nghìn", 2000],
    ["2k", 2000],
    ["2 ngàn lượt", 2000],
    ["1,5 nghìn", 1500],
    ["1,1 nghìn", 1100],
    ["3 trăm", 300],
    ["2 Nghin", 2000],
    // Units that fold to a multiplier's letters stay units.
    ["3 trạm", 3],
    ["5 ngăn", 5],
    ["15 tr.", 15],
    // As a sentence ends: the closing mark or courtesy word is no part of the figure.
    ["12.", 12],
    ["1.250.", 1250],
    ["6 buổi ạ.", 6],
    ["12 nhé", 12],
    // Words before the figure that say nothing of it, as clerks write a count.
    ["sl 120", 120],
    ["số lượng: 120", 120],
    ["được 120 cuốn", 120],
    ["Tổng số 1.250 lượt", 1250],
    // After the "dạ" or "vâng" most replies open with.
    ["Dạ 460 ạ", 460],
    ["vâng, tổng là 12", 12],
    ["dạ sl 120", 120],
  ])("reads %j as %d", (input, value) => expect(ok(f, input)).toBe(value));
  it("asks for the figure alone when words after it change it ('trở lên', 'dự kiến', 'không tính')", () => {
    for (const typed of ["12 trở lên", "12 chưa đủ", "12 người không tính giáo viên", "12 tro len", "12 hơn"]) {
      expect(error(f, typed), typed).toBe("Vui lòng chỉ gõ con số, không kèm chữ: ví dụ 12.");
    }
    // An estimate is named as why: the report prints the exact figure.
    for (const [typed, word] of [["12 dự kiến", "dự kiến"], ["khoảng 12", "khoảng"]]) {
      expect(error(f, typed!), typed).toBe(`Báo cáo in đúng con số được gõ nên không ghi «${word}». Vui lòng gõ con số chính xác, ví dụ 12.`);
    }
    expect(ok(f, "3 trung tâm")).toBe(3);
    expect(ok(f, "12 người tham gia")).toBe(12);
    // Words that only look like a bound: the thing counted.
    for (const typed of ["3 bài đăng trên website", "4 buổi sinh hoạt dưới cờ", "2.000 lượt bạn đọc đến thư viện", "12 cuốn sách hay"]) expect(typeof ok(f, typed), typed).toBe("number");
  });
  it("refuses a multiplied figure out of range, and one with figures after its multiplier", () => {
    expect(error(f, "2 triệu")).toMatch(/nhỏ hơn hoặc bằng 100\.000/);
    expect(error(f, "2 tỉ")).toMatch(/nhỏ hơn hoặc bằng 100\.000/);
    expect(error(f, "1 triệu 2")).toMatch(/nhập một số/);
    expect(error(f, "2 nghìn 500")).toMatch(/nhập một số/);
  });
  it("answers 'không' and 'chưa có' with how to write none: 0, or /boqua where the question may be skipped", () => {
    expect(error(field({ type: "integer", required: false }), "không")).toBe("Câu này cần một số. Nếu không có, gõ 0, hoặc /boqua để bỏ qua câu.");
    expect(error(field({ type: "integer", required: true }), "Chưa có.")).toBe("Câu này cần một số. Nếu không có, gõ 0.");
  });
  it("refuses '1,200' and '1,000 học sinh' (a thousand typed the English way, not 1), saying how to write them", () => {
    expect(error(f, "1,200")).toBe("Vui lòng nhập số nguyên: dấu phẩy ngăn phần thập phân. Nếu là 1.200, gõ 1200 hoặc 1.200.");
    expect(error(f, "1,000 học sinh")).toBe("Vui lòng nhập số nguyên: dấu phẩy ngăn phần thập phân. Nếu là 1.000, gõ 1000 hoặc 1.000.");
    expect(error(f, "12,000,000")).toMatch(/Nếu là 12\.000\.000, gõ 12000000/);
  });
  it("asks for the figure alone when one is typed among words the report cannot print", () => {
    expect(error(f, "khoảng 200 người")).toBe("Báo cáo in đúng con số được gõ nên không ghi «khoảng». Vui lòng gõ con số chính xác, ví dụ 200.");
    expect(error(f, "hơn 1.250 lượt.")).toBe("Vui lòng chỉ gõ con số, không kèm chữ: ví dụ 1.250.");
    // The figure as typed, multiplier included; a share is still told apart from a count.
    expect(error(f, "khoảng 20 nghìn lượt")).toBe("Báo cáo in đúng con số được gõ nên không ghi «khoảng». Vui lòng gõ con số chính xác, ví dụ 20.000.");
    expect(error(f, "trên 50%")).toMatch(/nhập một số|tỉ lệ phần trăm/);
    // A question's number is no figure to offer back ("câu 8" typed where question 9 is asked).
    expect(error(f, "em trả lời câu 8 thôi")).toBe("Vui lòng nhập một số, ví dụ 12 hoặc 1.250.");
    // Nor a day of the week ("thứ 7", Saturday).
    expect(error(f, "thư viện mở cửa cả thứ 7")).toBe("Vui lòng nhập một số, ví dụ 12 hoặc 1.250.");
  });
  it("refuses decimals, words and values out of range", () => {
    expect(error(f, "12,5")).toMatch(/số nguyên/);
    expect(error(f, "nhiều")).toMatch(/nhập một số/);
    expect(error(f, "-3")).toMatch(/lớn hơn hoặc bằng 0/);
    expect(error(f, "200.000")).toMatch(/nhỏ hơn hoặc bằng 100\.000/);
    expect(error(f, "1.2.3")).toMatch(/nhập một số/);
  });
});

describe("integer in words", () => {
  const f = field({ type: "integer", prompt: "Số buổi tập huấn, số lượt người tham gia?", min: 0, max: 100000 });
  it.each([
    ["sáu", 6],
    ["Sáu buổi.", 6],
    ["năm", 5],
    ["mười", 10],
    ["mười hai lượt", 12],
    ["mười lăm", 15],
    ["hai mươi", 20],
    ["hai mươi mốt", 21],
    ["ba mươi tư", 34],
    ["bốn mươi lăm người", 45],
    ["chín mươi chín", 99],
    ["một trăm", 100],
    ["một trăm linh năm", 105],
    ["hai trăm lẻ một", 201],
    ["một trăm mười", 110],
    ["ba trăm hai mươi lăm lượt người", 325],
    ["hai nghìn", 2000],
    ["mười hai nghìn lượt", 12000],
    // Several groups, each said whole.
    ["một nghìn hai trăm", 1200],
    ["một ngàn hai trăm lượt", 1200],
    ["hai nghìn không trăm năm mươi", 2050],
    ["một nghìn linh năm", 1005],
    ["chín mươi chín nghìn chín trăm", 99900],
    ["sáu".normalize("NFD"), 6],
  ])("reads %j as %d", (input, value) => expect(ok(f, input)).toBe(value));
  it("reads millions group by group", () => {
    expect(readNumberWords("hai triệu ba trăm nghìn")).toEqual({ value: 2300000, rest: [] });
    expect(readNumberWords("một triệu không trăm linh năm nghìn cuốn")).toEqual({ value: 1005000, rest: ["cuốn"] });
  });
  it("asks again for what is not one reading followed only by the question's own words, never guessing", () => {
    // Number words only: said to be unclear, and to be typed in figures.
    // (No example figure: "ví dụ 120" read as the figure meant.)
    for (const typed of ["hai ba", "một trăm hai", "mười năm", "hai mươi năm", "mười mốt", "một mươi", "một nghìn hai", "hai nghìn năm mươi", "trăm", "nghìn hai trăm", "hai nghìn nghìn", "hai nghìn không trăm hai", "một nghìn không trăm", "hai triệu nghìn"]) {
      expect(error(f, typed), typed).toBe(`Chưa rõ số «${typed}» (viết bằng chữ có thể hiểu nhiều cách). Vui lòng gõ số bằng chữ số.`);
    }
    const unread = [
      // Words after the number that change it, or mean no figure at all.
      ...["một số buổi", "một vài buổi", "một nửa", "mười mấy", "một trăm mấy", "hai trăm rưỡi"],
      ...["một nghìn rưỡi", "năm hoặc sáu", "hai đến ba buổi", "sáu cuộc thi"],
      // Without tone marks, and names of JavaScript's own properties.
      ...["sau", "constructor", "mười constructor", "__proto__", "hai toString"],
    ];
    for (const typed of unread) expect(error(f, typed), typed).toMatch(/^Vui lòng nhập một số/);
    // Two number words and more without tone marks are read as with them (unmarked-number-words.ts).
    expect(ok(f, "muoi hai")).toBe(12);
    // "Không" says there is none, as before, and so does a sentence saying "không" or "chưa".
    for (const typed of ["không", "năm nay không có", "năm nay chưa tổ chức", "trường ko tổ chức quyên góp", "K to chuc"]) expect(error(f, typed), typed).toMatch(/Nếu không có, gõ 0/);
    // Two figures: the question wants one.
    for (const typed of ["2 buổi với 45 người tham gia", "2 buổi, 45 lượt người"]) expect(error(f, typed), typed).toMatch(/^Câu này hỏi một số: vui lòng gõ riêng số đó/);
    // One figure in shorthand, a range, a ratio: not two answers.
    for (const typed of ["2tr5", "10-15", "15/20"]) expect(error(f, typed), typed).not.toMatch(/^Câu này hỏi một số: vui lòng gõ riêng/);
    // A figure not known yet is not invited to be 0.
    for (const typed of ["chưa có số liệu", "k biết", "chưa tổng hợp"]) expect(error(f, typed), typed).not.toMatch(/gõ 0/);
  });
  it("tells a share in words from a count, and takes it where a share is asked", () => {
    expect(error(f, "năm mươi phần trăm")).toMatch(/không phải tỉ lệ phần trăm/);
    expect(error(f, "50 phan tram")).toMatch(/không phải tỉ lệ phần trăm/);
    expect(ok(field({ type: "percent", prompt: "Tỉ lệ hài lòng?" }), "năm mươi phần trăm")).toBe(50);
  });
});

describe("decimal", () => {
  const f = field({ type: "decimal", max: 5000 });
  it.each([
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["1.250,75", 1250.75],
    ["3", 3],
  ])("reads %j as %d", (input, value) => expect(ok(f, input)).toBe(value));
  it("refuses text and values above max", () => {
    expect(error(f, "mười mấy")).toMatch(/nhập một số/);
    // An estimate in words is refused with the reason, as one in digits is.
    expect(error(f, "khoảng mười")).toMatch(/không ghi «khoảng»\. Vui lòng gõ con số chính xác, ví dụ 10\./);
    expect(error(f, "5.000,5")).toMatch(/nhỏ hơn hoặc bằng 5\.000/);
  });
});

describe("percent", () => {
  const f = field({ type: "percent" });
  it("reads numbers with or without %", () => {
    expect(ok(f, "95,5%")).toBe(95.5);
    expect(ok(f, "100")).toBe(100);
    expect(ok(f, "95%.")).toBe(95);
  });
  it("refuses values outside 0-100 by default", () => {
    expect(error(f, "120%")).toMatch(/100/);
    expect(error(f, "nhiều")).toBe("Vui lòng nhập tỉ lệ phần trăm, ví dụ 95 hoặc 95,5%.");
  });
  it("is refused where a count is asked: a share is not the number of people", () => {
    expect(error(field({ type: "integer" }), "95%")).toMatch(/^Câu này hỏi một số lượng, không phải tỉ lệ phần trăm\./);
    expect(error(field({ type: "decimal" }), "2,5 %")).toMatch(/không phải tỉ lệ phần trăm/);
  });
});

describe("time", () => {
  const f = field({ type: "time" });
  it.each([
    ["17:00", "17:00"],
    ["17h", "17:00"],
    ["17h30", "17:30"],
    ["8 giờ", "08:00"],
    ["5h chiều", "17:00"],
    ["5 giờ 30 chiều", "17:30"],
    ["17h chiều", "17:00"],
    ["8 giờ tối", "20:00"],
    ["11h trưa", "11:00"],
    ["1h trưa", "13:00"],
    ["7h sáng", "07:00"],
    ["10h trưa", "10:00"],
    ["12h trưa", "12:00"],
    ["9h đêm", "21:00"],
    ["11h đêm", "23:00"],
    ["1h đêm", "01:00"],
  ])("reads %j as %s", (input, value) => expect(ok(f, input)).toBe(value));
  it("refuses what is no time of day, and a time that could be noon or midnight", () => {
    for (const typed of ["25h", "17h sáng", "8h70", "chiều", "12h tối", "12 giờ đêm", "5h trưa"]) expect(error(f, typed), typed).toBe("Giờ không hợp lệ. Vui lòng nhập theo dạng giờ:phút, ví dụ 17:00 hoặc 17h.");
  });
});

describe("date", () => {
  const f = field({ type: "date", min: "2026-01-01", max: "2026-12-31" });
  it.each([
    ["15/10/2026", "2026-10-15"],
    ["15-10-2026", "2026-10-15"],
    ["5.1.2026", "2026-01-05"],
    ["15 tháng 10 năm 2026", "2026-10-15"],
    ["ngày 02 tháng 10 năm 2026", "2026-10-02"],
    ["15 thang 10 nam 2026", "2026-10-15"],
    ["02/10/2026.", "2026-10-02"],
    ["Ngày 02/10/2026.", "2026-10-02"],
    ["2/10/2026 ạ", "2026-10-02"],
    ["mùng 2/10/2026", "2026-10-02"],
    ["ngày mồng 2 tháng 10 năm 2026", "2026-10-02"],
    // With the day of the week it is (2 October 2026 is a Friday), however written.
    ["thứ 6 ngày 2/10/2026", "2026-10-02"],
    ["Thứ Sáu, 02/10/2026", "2026-10-02"],
    ["T6 2/10/2026", "2026-10-02"],
    ["Chủ nhật ngày 4 tháng 10 năm 2026", "2026-10-04"],
    ["thứ bẩy 3/10/2026", "2026-10-03"],
    ["Thứ sáu (02/10/2026)", "2026-10-02"],
    ["02/10/2026 (thứ 6)", "2026-10-02"],
    ["hôm thứ 6 ngày 2/10/2026", "2026-10-02"],
    ["khai mạc ngày 3/10/2026 ạ", "2026-10-03"],
    ["sáng thứ 7 ngày 3/10/2026", "2026-10-03"],
    ["tổ chức vào ngày 02/10/2026", "2026-10-02"],
  ])("reads %j as %s", (input, iso) => expect(ok(f, input)).toBe(iso));
  it("says which day a date is when the day of the week typed with it is another, guessing neither", () => {
    expect(error(f, "thứ 5 ngày 2/10/2026")).toBe("«thứ 5 ngày 2/10/2026»: ngày này là thứ Sáu. Vui lòng kiểm tra lại ngày và thứ; có thể chỉ gõ ngày, không cần ghi thứ.");
    expect(error(f, "CN 2/10/2026")).toMatch(/ngày này là thứ Sáu/);
    expect(error(f, "thứ 2 ngày 4/10/2026")).toMatch(/ngày này là Chủ nhật/);
    expect(error(f, "2/10/2026 (thứ 5)")).toMatch(/ngày này là thứ Sáu/);
  });
  it.each([
    ["02/10/26", "2026-10-02"],
    ["2026-10-15", "2026-10-15"],
  ])("reads %j (a two-digit year, ISO) as %s", (input, iso) => expect(ok(f, input)).toBe(iso));
  it("refuses impossible dates, other formats and dates out of range, saying what is wrong", () => {
    expect(error(f, "31/02/2026")).toBe("Tháng 2 năm 2026 chỉ có 28 ngày. Vui lòng kiểm tra lại ngày.");
    expect(error(f, "31/9/2026")).toBe("Tháng 9 năm 2026 chỉ có 30 ngày. Vui lòng kiểm tra lại ngày.");
    // Without a today to take the year from (a Word import, a table's cell).
    expect(error(f, "2/10")).toBe("Vui lòng ghi cả năm, ví dụ 15/10/2026.");
    expect(error(f, "ngày 2 tháng 10")).toBe("Vui lòng ghi cả năm, ví dụ 15/10/2026.");
    expect(error(f, "15/10/0026")).toMatch(/^Ngày không hợp lệ/);
    expect(error(f, "15/13/2026")).toMatch(/^Ngày không hợp lệ\. Vui lòng nhập theo dạng ngày\/tháng\/năm/);
    expect(error(f, "hôm qua")).toMatch(/không hợp lệ/);
    // A date among other words is no bad date: the words are.
    expect(error(f, "3/10/2026 lúc 8 giờ")).toBe("Vui lòng chỉ gõ ngày theo dạng ngày/tháng/năm, không kèm chữ khác.");
    // A month and year is no date among words: it is no date.
    expect(error(f, "10/2026")).toMatch(/^Ngày không hợp lệ/);
    expect(error(f, "15/10/2025")).toMatch(/từ 01\/01\/2026/);
    expect(error(f, "01/01/2027")).toMatch(/trước hoặc bằng 31\/12\/2026/);
  });
});

describe("a date typed without its year, with today known", () => {
  const f = { id: "d", type: "date", prompt: "Ngày?", required: true } as Field;
  const read = (text: string, today: string) => parseAnswer(f, text, today);
  it.each([
    ["3/10", "2026-12-05", "2026-10-03"],
    ["ngày 3 tháng 10", "2026-12-05", "2026-10-03"],
    ["mùng 3/10", "2026-12-05", "2026-10-03"],
    // Near the turn of the year: the year that puts the day nearest to today.
    ["28/12", "2027-01-05", "2026-12-28"],
    ["5/1", "2026-12-20", "2027-01-05"],
  ])("reads %j on %s as %s, saying the year was not typed", (text, today, iso) => expect(read(text, today)).toEqual({ ok: true, value: iso, yearGuessed: true }));
  it("checks the day of the week and the month's days against the year taken", () => {
    expect(read("thứ 6 ngày 2/10", "2026-12-05")).toEqual({ ok: true, value: "2026-10-02", yearGuessed: true });
    expect(read("thứ 5 ngày 2/10", "2026-12-05")).toMatchObject({ ok: false, error: expect.stringMatching(/ngày này là thứ Sáu/) });
    expect(read("29/2", "2026-03-01")).toEqual({ ok: false, error: "Tháng 2 năm 2026 chỉ có 28 ngày. Vui lòng kiểm tra lại ngày." });
  });
  it("leaves a typed year alone", () => expect(read("3/10/2025", "2026-12-05")).toEqual({ ok: true, value: "2025-10-03" }));
  it("reads a date typed without tone marks with the words around it: an 'ạ' typed 'a', a yes before it", () => {
    for (const typed of ["sang 5/10 a", "5/10 a", "sáng 5/10 ạ", "co, khai mac sang 5/10", "Có, khai mạc sáng 5/10"]) expect(read(typed, "2026-12-05"), typed).toEqual({ ok: true, value: "2026-10-05", yearGuessed: true });
  });
});

describe("single choice", () => {
  const f = field({ type: "single-choice", options: ["Hoàn thành tốt", "Hoàn thành", "Chưa hoàn thành"] });
  it("accepts a number or the text, ignoring case and diacritics", () => {
    expect(ok(f, "1")).toBe("Hoàn thành tốt");
    expect(ok(f, "3.")).toBe("Chưa hoàn thành");
    expect(ok(f, "HOAN THANH")).toBe("Hoàn thành");
    expect(ok(f, "chưa hoàn thành")).toBe("Chưa hoàn thành");
  });
  it("accepts an option's whole text when the option itself ends in a bracket, as a tapped button sends it", () => {
    const bracketed = field({ type: "single-choice", options: ["Báo cáo tuần lễ", "Báo cáo tuần lễ (cấp phường, xã)"] });
    expect(ok(bracketed, "Báo cáo tuần lễ (cấp phường, xã)")).toBe("Báo cáo tuần lễ (cấp phường, xã)");
    expect(ok(bracketed, "2)")).toBe("Báo cáo tuần lễ (cấp phường, xã)");
    expect(ok(f, "Hoàn thành.")).toBe("Hoàn thành");
  });
  it("accepts an option typed with words shortened to their initials ('ht tot', 'cht'), only one option's, never two letters alone", () => {
    expect(ok(f, "ht tot")).toBe("Hoàn thành tốt");
    expect(ok(f, "htt")).toBe("Hoàn thành tốt");
    expect(ok(f, "cht")).toBe("Chưa hoàn thành");
    // A closing "ạ", typed "a" too.
    expect(ok(f, "ht tot a")).toBe("Hoàn thành tốt");
    expect(ok(f, "htt ạ")).toBe("Hoàn thành tốt");
    // Initials alone take three letters: two are chat words ("dc" is "được", not "Đã có"). Two that
    // begin two options are refused naming them, for their numbers.
    expect(error(f, "ht")).toBe("«ht» khớp với 2 lựa chọn:\n1. Hoàn thành tốt\n2. Hoàn thành\nVui lòng gõ số thứ tự của lựa chọn đúng.");
    // "ok" alone is said to someone: talk, not a wrong choice (acknowledgement-talk.test.ts).
    expect(error(f, "ok")).toMatch(/^Tin nhắn này có vẻ là lời trao đổi trong nhóm/);
    const had = field({ type: "single-choice", options: ["Đã có", "Chưa có"] });
    for (const typed of ["cc", "dc a"]) expect(error(had, typed), typed).toMatch(/từ 1 đến 2/);
    // "dc" ("được") alone is an acknowledgement: talk, as "ok" is.
    expect(error(had, "dc")).toMatch(/^Tin nhắn này có vẻ là lời trao đổi trong nhóm/);
    expect(ok(field({ type: "multiple-choice", options: ["Băng rôn", "Loa phát thanh", "Mạng xã hội"] }), "mxh va lpt")).toEqual(["Loa phát thanh", "Mạng xã hội"]);
  });
  it("accepts words of one option's text ('tốt'), not words several options share, nor an option whose other words reverse them", () => {
    expect(ok(f, "tốt")).toBe("Hoàn thành tốt");
    expect(error(f, "thành")).toMatch(/^«thành» khớp với 3 lựa chọn:\n1\. Hoàn thành tốt\n2\. Hoàn thành\n3\. Chưa hoàn thành\n/);
    const deadline = field({ type: "single-choice", options: ["Đã hoàn thành", "Không hoàn thành đúng hạn", "Chưa triển khai"] });
    expect(error(deadline, "hoàn thành đúng hạn")).toMatch(/từ 1 đến 3/);
    const sizes = field({ type: "single-choice", options: ["Dưới 100 người", "100 - 500 người", "Trên 500 người"] });
    expect(error(sizes, "100 người")).toMatch(/từ 1 đến 3/);
  });
  it("takes the option a short sentence names, the longest it holds, unless a word around it could reverse it", () => {
    expect(ok(f, "hoàn thành tốt kế hoạch")).toBe("Hoàn thành tốt");
    expect(ok(f, "Đơn vị tự đánh giá hoàn thành tốt ạ")).toBe("Hoàn thành tốt");
    expect(ok(f, "trường chưa hoàn thành ạ")).toBe("Chưa hoàn thành");
    expect(ok(f, "năm nay hoàn thành")).toBe("Hoàn thành");
    // Reversed, however "no" is typed, qualified, or two options side by side: asked again.
    for (const typed of ["không hoàn thành tốt", "ko hoàn thành tốt", "k hoàn thành tốt", "chẳng hoàn thành tốt", "đơn vị ko hoàn thành", "hoàn thành xuất sắc"]) expect(error(f, typed), typed).toMatch(/từ 1 đến 3/);
    const types = field({ type: "single-choice", options: ["Báo cáo tuần lễ", "Báo cáo tuần lễ (cấp phường, xã)"] });
    expect(error(types, "báo cáo tuần lễ của phường")).toMatch(/từ 1 đến 2/);
    const deadline = field({ type: "single-choice", options: ["Đã hoàn thành", "Chưa triển khai"] });
    expect(error(deadline, "đã hoàn thành một phần, còn lại chưa triển khai")).toMatch(/từ 1 đến 3|từ 1 đến 2/);
    // A paragraph that names an option somewhere is no choice; nor is a one-word option in a sentence.
    expect(error(f, "Trường đã tổ chức nhiều hoạt động và tự thấy hoàn thành tốt nhưng còn thiếu kinh phí")).toMatch(/từ 1 đến 3/);
    const other = field({ type: "single-choice", options: ["Trực tiếp", "Khác"] });
    expect(error(other, "khác với năm trước")).toMatch(/từ 1 đến 2/);
  });
  it("refuses a number out of range or an unknown text", () => {
    expect(error(f, "4")).toMatch(/từ 1 đến 3/);
    expect(error(f, "xuất sắc")).toMatch(/từ 1 đến 3/);
  });
});

describe("multiple choice", () => {
  const f = field({ type: "multiple-choice", options: ["Băng rôn, khẩu hiệu", "Loa phát thanh", "Mạng xã hội"], maxItems: 2 });
  it("accepts numbers and texts separated by commas, in the template's order", () => {
    expect(ok(f, "3, 1")).toEqual(["Băng rôn, khẩu hiệu", "Mạng xã hội"]);
    expect(ok(f, "loa phat thanh; 3")).toEqual(["Loa phát thanh", "Mạng xã hội"]);
    expect(ok(f, "Băng rôn, khẩu hiệu")).toEqual(["Băng rôn, khẩu hiệu"]);
    expect(ok(f, "2 2")).toEqual(["Loa phát thanh"]);
  });
  it("accepts what clerks type: words of an option, 'và', dots between numbers, and 'tất cả'", () => {
    expect(ok(f, "bang ron va mang xa hoi")).toEqual(["Băng rôn, khẩu hiệu", "Mạng xã hội"]);
    expect(ok(f, "1.3")).toEqual(["Băng rôn, khẩu hiệu", "Mạng xã hội"]);
    // The courtesy closing the message is no part of the last option.
    expect(ok(f, "loa phát thanh và mạng xã hội ạ")).toEqual(["Loa phát thanh", "Mạng xã hội"]);
    expect(ok(f, "1, 2 nhé.")).toEqual(["Băng rôn, khẩu hiệu", "Loa phát thanh"]);
    // Its "ạ" typed without the mark.
    expect(ok(f, "1,3 a")).toEqual(["Băng rôn, khẩu hiệu", "Mạng xã hội"]);
    expect(ok(f, "bang ron, mang xa hoi a")).toEqual(["Băng rôn, khẩu hiệu", "Mạng xã hội"]);
    const all = field({ type: "multiple-choice", options: ["Băng rôn", "Loa", "Mạng xã hội"] });
    expect(ok(all, "Tất cả")).toEqual(["Băng rôn", "Loa", "Mạng xã hội"]);
    // Every option is more than the limit allows.
    expect(error(f, "tất cả")).toMatch(/Tối đa 2 mục/);
  });
  it("reads a range of option numbers as every number in it, and refuses one past the options", () => {
    const four = field({ type: "multiple-choice", options: ["Băng rôn", "Loa", "Mạng xã hội", "Báo chí"] });
    expect(ok(four, "1-3")).toEqual(["Băng rôn", "Loa", "Mạng xã hội"]);
    expect(ok(four, "2 đến 4")).toEqual(["Loa", "Mạng xã hội", "Báo chí"]);
    expect(ok(four, "1, 3–4")).toEqual(["Băng rôn", "Mạng xã hội", "Báo chí"]);
    expect(error(four, "2-7")).toMatch(/2-7/);
    expect(error(four, "3-1")).toMatch(/3-1/);
  });
  it("names what it did not recognise and enforces the item limit", () => {
    expect(error(f, "1, 7, báo chí")).toMatch(/7, báo chí/);
    expect(error(f, "1, 2, 3")).toMatch(/Tối đa 2 mục/);
  });
});

describe("yes/no", () => {
  const f = field({ type: "yes-no" });
  it.each([
    ["Có", true],
    ["co", true],
    ["1", true],
    ["Không", false],
    ["ko", false],
    ["2", false],
    // What clerks type: polite words around the reply, and what follows it.
    ["dạ có", true],
    ["có ạ", true],
    ["Vâng.", true],
    ["ừ đúng rồi", true],
    ["uh co", true],
    ["uh", true],
    ["ờ không", false],
    ["có tổ chức", true],
    ["Có, ngày 2/10/2026", true],
    ["không ạ", false],
    ["khong a", false],
    ["không tổ chức", false],
    ["chưa tổ chức", false],
    ["Đã tổ chức", true],
    ["đã", true],
    ["oke", true],
    ["Okie ạ", true],
    ["uk", true],
    ["đúng vậy", true],
    ["không có", false],
    ["c", true],
    ["k", false],
    ["dung roi", true],
    ["Đúng.", true],
    ["k co", false],
    ["K có", false],
  ])("reads %j as %s", (input, value) => expect(ok(f, input)).toBe(value));
  it("refuses anything else: doubts (shortened too), questions, and words that only look like có, không or đúng without their marks", () => {
    const refused = ["có lẽ", "có thể", "không biết", "chưa rõ ạ", "ko biết", "k rõ", "hông biết", "không nhớ", "có hay không", "có không?", "ạ", "tổ chức rồi", "12"];
    for (const input of [...refused, "đừng hủy", "dừng lại", "cô Lan chưa họp", "nó chưa làm", "y tế chưa tổ chức"]) expect(error(f, input), input).toMatch(/Có hoặc Không/);
    // "đã" opens a yes only when nothing after it undoes it.
    for (const input of ["Đã hoãn do mưa bão", "Đã hủy", "đã không tổ chức được", "đã lùi sang tháng 11", "đã dời"]) expect(error(f, input), input).toMatch(/Có hoặc Không/);
  });
});

describe("table", () => {
  const f = field({ type: "table", columns: [{ id: "ghi_chu", title: "Ghi chú", type: "text" }, { id: "so", title: "Số", type: "integer" }, { id: "ten", title: "Tên", type: "text" }] });
  it("keeps a pasted row's empty first cell (its leading tab) in its column, and names it", () => {
    expect(error(f, "\t12\tHội sách")).toContain("Dòng 1, cột «Ghi chú»: ô đang trống.");
    expect(ok(f, "Mới\t12\tHội sách")).toEqual({ rows: [{ ghi_chu: "Mới", so: 12, ten: "Hội sách" }] });
    // A cell's "Không" is its value (a required paragraph's bare "không" is refused, not a cell's).
    expect(ok(f, "Không\t12\tHội sách")).toEqual({ rows: [{ ghi_chu: "Không", so: 12, ten: "Hội sách" }] });
  });
});

describe("a 'none' on a question that may be left out", () => {
  it("leaves out a short answer said as none, and never a name that folds like one", async () => {
    const { leavesOut } = await import("../../src/templates/says-none.ts");
    const short = field({ type: "short-text", required: false });
    for (const typed of ["ko", "K", "không.", "Không có", "khong co", "chưa có ạ"]) expect(leavesOut(short, typed), typed).toBe(true);
    for (const typed of ["Hồng", "Hương", "KT. HIỆU TRƯỞNG"]) expect(leavesOut(short, typed), typed).toBe(false);
    expect(leavesOut(field({ type: "short-text", required: true }), "ko")).toBe(false);
    // A date, a time or a choice that may be left out: "ko" was refused as no date; an option named
    // "Không" is chosen, and a figure's or a yes/no's "không" is its answer.
    for (const type of ["date", "time"] as const) for (const typed of ["ko", "chua co a", "Chưa có ạ"]) expect(leavesOut(field({ type, required: false }), typed), `${type} ${typed}`).toBe(true);
    expect(leavesOut(field({ type: "date", required: true }), "ko")).toBe(false);
    expect(leavesOut(field({ type: "single-choice", options: ["Có", "Không"], required: false }), "Không")).toBe(false);
    // A choice with a "no" of its own: "ko", "chưa ạ" may be that option, never a skip.
    expect(leavesOut(field({ type: "single-choice", options: ["Có", "Không"], required: false }), "ko")).toBe(false);
    expect(leavesOut(field({ type: "single-choice", options: ["Đạt", "Chưa"], required: false }), "chưa ạ")).toBe(false);
    expect(leavesOut(field({ type: "multiple-choice", options: ["Loa", "Zalo"], required: false }), "ko co")).toBe(true);
    for (const type of ["integer", "yes-no"] as const) expect(leavesOut(field({ type, required: false }), "không"), type).toBe(false);
    const list = field({ type: "bullet-list", required: false });
    // With a courtesy "ạ" typed without its tone mark, too.
    for (const typed of ["ko co", "ko co a", "k co a", "khong co a", "Chua co a."]) expect(leavesOut(list, typed), typed).toBe(true);
    expect(leavesOut(list, "Không có.")).toBe(false);
    // Tone marks on part of an abbreviation: still the abbreviation, never printed.
    for (const typed of ["Ko có", "không co", "Kg có.", "K có"]) {
      expect(leavesOut(list, typed), typed).toBe(true);
      expect(leavesOut(short, typed), typed).toBe(true);
    }
    expect(leavesOut(list, "Chưa có.")).toBe(false);
    // "không có gì" is talk, typed any way; "Không có ý kiến." written out is a sentence reports print.
    for (const typed of ["không có gì", "khong co gi", "ko co j", "khong co y kien", "ko co y kien a"]) expect(leavesOut(list, typed), typed).toBe(true);
    expect(leavesOut(list, "Không có ý kiến.")).toBe(false);
  });

  it("reads 'mặc định' as what the hint offers when the question is left out", async () => {
    const { saysDefault } = await import("../../src/templates/says-none.ts");
    for (const typed of ["mặc định", "Mac dinh", "dùng mặc định ạ", "theo mặc định."]) expect(saysDefault(typed), typed).toBe(true);
    for (const typed of ["UBND phường", "không mặc định"]) expect(saysDefault(typed), typed).toBe(false);
  });
});

describe("a text closed by a word said to the bot", () => {
  it("leaves out a closing 'ạ' or 'nhé', keeping the closing mark, and keeps words that only end so", () => {
    expect(ok(field({ type: "short-text" }), "Kế hoạch số 115/KH-THLC ngày 28/9/2026 ạ")).toBe("Kế hoạch số 115/KH-THLC ngày 28/9/2026");
    expect(ok(field({ type: "paragraph" }), "Cần phát huy tính chủ động nhé.")).toBe("Cần phát huy tính chủ động.");
    expect(ok(field({ type: "paragraph" }), "Học sinh đọc sách tại nhà")).toBe("Học sinh đọc sách tại nhà");
    // Typed without tone marks, the "ạ" is an "a"; with them, "a" is a word of the text.
    expect(ok(field({ type: "short-text" }), "ke hoach so 45/KH-MNHS ngay 25/9 a")).toBe("ke hoach so 45/KH-MNHS ngay 25/9");
    expect(ok(field({ type: "short-text" }), "Phương án a")).toBe("Phương án a");
    // Unmarked, an "a" after a short word is a label, and "nhe" may be "nhẹ".
    for (const kept of ["to chuc cho hoc sinh lop 5 a", "chon phuong an a", "Thiet hai nhe"]) expect(ok(field({ type: "short-text" }), kept), kept).toBe(kept);
  });
});

describe("a text opened by the 'dạ' said to the bot", () => {
  it("leaves out an opening 'dạ' (or 'dạ vâng,'), which was printed in the report, and keeps 'dạ hội' and a text typed without marks", () => {
    expect(ok(field({ type: "short-text" }), "dạ Kế hoạch số 7/KH-THLC ngày 1/12/2026 ạ")).toBe("Kế hoạch số 7/KH-THLC ngày 1/12/2026");
    expect(ok(field({ type: "short-text" }), "dạ Nguyễn Văn Bình ạ")).toBe("Nguyễn Văn Bình");
    // The sentence it opened opens with what follows.
    expect(ok(field({ type: "paragraph" }), "Dạ trường em treo băng rôn ở cổng trường ạ")).toBe("Trường em treo băng rôn ở cổng trường");
    expect(ok(field({ type: "paragraph" }), "Dạ vâng, trường tổ chức ngày hội đọc sách")).toBe("Trường tổ chức ngày hội đọc sách");
    expect(ok(field({ type: "paragraph" }), "Dạ hội trăng rằm cho học sinh")).toBe("Dạ hội trăng rằm cho học sinh");
    // Unmarked, "da" is "đã".
    expect(ok(field({ type: "paragraph" }), "da to chuc ngay hoi doc sach")).toBe("da to chuc ngay hoi doc sach");
    // A run of spaces is read once, not once for each of its spaces.
    expect(ok(field({ type: "paragraph", maxLength: 9000 }), `dạ${" ".repeat(4000)}x`)).toBe("x");
  });
});

describe("a hostile answer (a member of any unit's chat can send one)", () => {
  // Each was read by a regex with overlapping repeats: the first held the event loop for 48 s, and
  // every chat with it; done again, a test that hangs here fails by its time-out.
  it("is answered, where the patterns it replaced ran for seconds to hours: dots before a letter after a date or a figure, spaces inside a figure", () => {
    const dots = `1/1/2026${".".repeat(4000)}x`;
    expect(error(field({ type: "date" }), dots)).toMatch(/ngày/);
    expect(error(field({ type: "integer" }), `12${".".repeat(4000)}x`)).toBeTruthy();
    expect(error(field({ type: "integer" }), `1${" ".repeat(4000)}#`)).toBeTruthy();
    expect(error(field({ type: "decimal" }), `1${" ".repeat(2000)}a${" ".repeat(2000)}#`)).toBeTruthy();
    // A table's line of dashes (a Markdown rule line's marks) before a letter.
    const table = field({ type: "table", columns: [{ id: "ten", title: "Tên", type: "text" }, { id: "so", title: "Số", type: "integer" }] });
    expect(error(table, `${"-".repeat(4000)}x`)).toMatch(/^Bảng chưa được ghi nhận/);
    expect(ok(table, "| Tên | Số |\n|---|:--:|\n| Hội sách | 2 |")).toEqual({ rows: [{ ten: "Hội sách", so: 2 }] });
    // What they guarded still reads: closing marks and words, a unit after the figure.
    expect(ok(field({ type: "integer" }), "1.250 ...")).toBe(1250);
    expect(ok(field({ type: "integer" }), "120 a.")).toBe(120);
    expect(ok(field({ type: "integer" }), "2 nghìn lượt")).toBe(2000);
    // Any space before the unit: a non-breaking one (pasted), a tab, a line break.
    for (const typed of ["1.250\u00a0cuốn", "1.250\tcuốn", "1.250\ncuốn"]) expect(ok(field({ type: "integer" }), typed), JSON.stringify(typed)).toBe(1250);
    expect(ok(field({ type: "percent" }), "95 %  nhé")).toBe(95);
    expect(ok(field({ type: "date" }), "02/10/2026 ạ!")).toBe("2026-10-02");
  });

  it("is refused unread where a figure, a date or a choice is asked and it is longer than any such answer", () => {
    expect(error(field({ type: "integer" }), `khoảng ${"ạ".repeat(4000)} 120`)).toBe("Câu trả lời quá dài cho câu hỏi này (tối đa 500 ký tự): chỉ cần gõ số, ngày hoặc lựa chọn.");
    const choice = field({ type: "multiple-choice", options: ["Loa", "Zalo", "Băng rôn"] });
    expect(error(choice, `ạ${"1".repeat(4000)}x`)).toMatch(/^Câu trả lời quá dài cho câu hỏi này \(tối đa 1000 ký tự\)/);
    expect(error(choice, `ạ${" ".repeat(900)}1 và 2`)).toBeTruthy();
    expect(ok(choice, "1-3 ạ")).toEqual(["Loa", "Zalo", "Băng rôn"]);
    expect(ok(field({ type: "integer" }), "sl 120")).toBe(120);
  });
});
