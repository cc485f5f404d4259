/**
 * Deadlines typed by officers (typed-deadline.ts): how the hour and the year were read, said back,
 * and why a day or an hour box could not be read. A date typed where an office's name is asked.
 * Part of `vi` (vi.ts).
 */
import { clipped } from "./vi-shared.ts";

/** What was typed, inside a sentence: one line, clipped. */
const typedText = (text: string) => `«${clipped(text.replace(/\s+/g, " ").trim(), 60)}»`;

export const deadlineSentences = {
  deadline: {
    /** After "/dotbaocao giahan … hết ngày X", on a line of its own: how the hour was set. */
    endOfDayRead: (time: string) => `"Hết ngày" được tính đến ${time} của ngày đó.`,
    /** After "/dotbaocao giahan X" with no hour: the old deadline's hour is kept, and how to set another. */
    hourKept: (time: string) => `Không ghi giờ nên giữ giờ của hạn cũ (${time}). Muốn giờ khác, gõ kèm giờ, ví dụ 30/12/2026 16:30; muốn đến hết ngày, gõ "hết ngày 30/12/2026".`,
    /** A day typed without its year: the next one not past. */
    yearGuessed: (date: string) => `Không ghi năm nên hiểu là ngày ${date} sắp tới.`,
    /** /dotbaocao: the day question answered with its hour ("trước 17h ngày 28/12/2026", "hết ngày 28/12"), so the hour is not asked. */
    /** `onPage`: the web form, where the hour's box was left empty (there is no question not asked to name). */
    dayAndHourRead: (date: string, time: string, endOfDay: boolean, onPage = false) =>
      `Đã hiểu hạn nộp là ${time} ngày ${date}${endOfDay ? ` ("hết ngày" được tính đến ${time})` : ""}${onPage ? "." : ", nên không hỏi giờ nữa."}`,
    /** The board's extension form: the day's box could not be read (`typed` empty: left empty). */
    dateBoxUnread: (typed: string) =>
      `Chưa gia hạn: ${typed === "" ? `ô "Ngày hạn mới" còn trống` : `ô "Ngày hạn mới" chưa đọc được ${typedText(typed)}`}. Gõ ngày dạng ngày/tháng/năm, ví dụ 30/12/2026; cũng được "20/12" (ngày 20/12 sắp tới) hoặc "hết ngày 30/12/2026".`,
    /** The board's extension form: the hour's box could not be read. */
    timeBoxUnread: (typed: string) =>
      `Chưa gia hạn: ô "Giờ" chưa đọc được ${typedText(typed)}. Gõ giờ dạng giờ:phút, ví dụ 17:00 hoặc 16h30; để trống thì giữ giờ của hạn cũ.`,
    /** A date typed where an office's name is asked (the recipient after "Kính gửi", the issuer of the request). */
    /**
     * `upward`: asked in the ward's own report (/tonghop sua), whose "Kính gửi" is the office above
     * the ward: the example named the ward itself there, the one office it does not write to.
     */
    officeIsDate: (date: string, upward = false) =>
      `${typedText(date)} có ngày tháng nên không được ghi làm tên cơ quan. Câu này chỉ ghi tên cơ quan, ví dụ: ${upward ? "Sở Giáo dục và Đào tạo thành phố Hải Phòng" : "UBND phường Nam Triệu"}; ngày tháng ghi ở câu hỏi về ngày.`,
    /** In the chat, after officeIsDate: nothing stored, the question asked again. */
    officeRetype: "Câu trả lời này chưa được lưu: hãy gõ lại tên cơ quan.",
  },
};
