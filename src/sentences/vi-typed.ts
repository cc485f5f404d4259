/**
 * How a clerk's typed words were read where they could mean more than one thing: a correction asked
 * as a question, a "câu N" whose number may still change, a choice typed so that two options fit.
 * Part of `vi` (vi.ts).
 */
import { barePrompt, clipped } from "./vi-shared.ts";

/** After a submission, a correction changes the version sent only with /nop. */
const howToCorrect = (n: number, answer: string, submitted: boolean) => `gõ: sửa câu ${n}: ${answer}${submitted ? ", rồi /nop để nộp bản sửa" : ""}.`;

export const typedSentences = {
  typed: {
    /** "câu 10 là 1.520 đúng không ạ": a question to the bot; what the report holds, nothing changed. */
    askedSame: (n: number, prompt: string, value: string) => `Đúng ạ: câu ${n} «${clipped(barePrompt(prompt), 60)}» đang ghi ${clipped(value, 120)}; không cần sửa.`,
    askedOther: (n: number, prompt: string, value: string, asked: string, submitted: boolean) =>
      `Câu ${n} «${clipped(barePrompt(prompt), 60)}» đang ghi: ${clipped(value, 120)}. Tin nhắn này chưa sửa gì; nếu muốn sửa thành ${clipped(asked, 60)}, ${howToCorrect(n, asked, submitted)}`,
    askedUnanswered: (n: number, prompt: string, asked: string) =>
      `Câu ${n} «${clipped(barePrompt(prompt), 60)}» chưa có câu trả lời. Tin nhắn này chưa lưu gì; nếu muốn trả lời ${clipped(asked, 60)}, ${howToCorrect(n, asked, false)}`,
    askedSkipped: (n: number, prompt: string, asked: string, submitted: boolean) =>
      `Câu ${n} «${clipped(barePrompt(prompt), 60)}» đang để trống (đã bỏ qua). Tin nhắn này chưa sửa gì; nếu muốn ghi ${clipped(asked, 60)}, ${howToCorrect(n, asked, submitted)}`,
    /**
     * "câu 12 là 1520 đúng không ạ" at a percent: a value the question would refuse is not advised;
     * what the question holds (`held`: its answer, null skipped, undefined unanswered), then why.
     */
    askedRefused: (n: number, prompt: string, held: string | null | undefined, asked: string, why: string) =>
      `Câu ${n} «${clipped(barePrompt(prompt), 60)}» ${held === undefined ? "chưa có câu trả lời" : held === null ? "đang để trống (đã bỏ qua)" : `đang ghi: ${clipped(held, 120)}`}. Tin nhắn này chưa ${held === undefined ? "lưu" : "sửa"} gì; «${clipped(asked, 60)}» không ghi được vào câu này. ${why}`,
    /** "câu 9 là 290" at question 2: each question as numbered now, which an answer to question `decider` may change. */
    numberedNow: (named: readonly { n: number; prompt: string }[], decider: number) =>
      `Lưu ý: số câu được hiểu theo thứ tự các câu lúc này: ${named.map(({ n, prompt }) => `câu ${n} là «${clipped(barePrompt(prompt), 60)}»`).join(", ")}. Số thứ tự các câu sau câu ${decider} còn có thể thay đổi tùy câu trả lời câu ${decider}; nếu bạn định sửa câu khác, gõ /xem để xem số của từng câu.`,
    /** "hôm nay" at a date question: the date read, said back. */
    relativeDay: (words: string, date: string, n: number) => `Đã hiểu «${clipped(words, 30)}» là ngày ${date}. Nếu không đúng, gõ: sửa câu ${n}: <ngày/tháng/năm>.`,
    /** "câu 20: …" typed at a question of a report of 19: nothing stored. */
    noSuchQuestion: (n: number, count: number) =>
      `Chưa lưu gì: báo cáo này có ${count} câu (từ câu 1 đến câu ${count}), không có câu ${n}. Nếu đó là câu trả lời cho câu đang hỏi, vui lòng gõ lại phần nội dung, không kèm «câu ${n}:».`,
    /** "KT. Hiệu trưởng" at the signer's name (or position): the authority line, and where it goes. */
    authorityNotSigner: (typed: string, name: boolean, where: { n: number; line: string } | undefined) =>
      `«${clipped(typed, 60)}» là quyền hạn ký (ký thay, thay mặt…), không phải ${name ? "họ và tên" : "chức vụ"} của người ký. Câu này chỉ hỏi ${name ? "họ và tên người ký, ví dụ Nguyễn Văn An" : "chức vụ của người ký, ví dụ HIỆU TRƯỞNG"}.${where ? ` Quyền hạn ký ghi ở câu ${where.n}; nếu cần, gõ: sửa câu ${where.n}: ${where.line}.` : ""}`,
    /** "KT. CHỦ TỊCH" typed at the recipients: `n`, the authority's own question, if the report asks it. */
    signingLineAtRecipients: (typed: string, n: number | undefined) =>
      `«${clipped(typed, 60)}» là dòng quyền hạn ký ở chữ ký (ký thay, thay mặt…), không phải nơi nhận báo cáo, nên chưa được lưu. ${n ? `Quyền hạn ký ghi ở câu ${n}.` : "Quyền hạn ký ghi ở phần chữ ký, không ghi ở nơi nhận."} Vui lòng gõ nơi nhận báo cáo, mỗi dòng một nơi.`,
    /** "HT - Nguyễn Văn Bình" typed at the recipients: the signer's position and name; `n`, their questions, if the report asks them. */
    signerAtRecipients: (typed: string, n: { position: number; name: number } | undefined) =>
      `«${clipped(typed, 60)}» là chức vụ và họ tên người ký ở chữ ký, không phải nơi nhận báo cáo, nên chưa được lưu. ${n ? `Chức vụ người ký ghi ở câu ${n.position}, họ và tên ở câu ${n.name}.` : "Chức vụ và họ tên người ký ghi ở phần chữ ký, không ghi ở nơi nhận."} Vui lòng gõ nơi nhận báo cáo, mỗi dòng một nơi.`,
    /** "Kính gửi: …" typed at another question: `n`, the addressee's own question, if the report asks it. */
    addresseeLine: (n: number | undefined) =>
      `Dòng «Kính gửi» là nơi nhận ghi ở đầu văn bản, không phải câu trả lời cho câu này, nên chưa được lưu. ${n ? `Nơi nhận sau «Kính gửi» ghi ở câu ${n}.` : "Văn bản đã tự ghi dòng «Kính gửi», không cần gõ."} Vui lòng gõ câu trả lời cho câu đang hỏi.`,
    /** "sáng thứ 7 vừa rồi" typed right after a date was answered, where no date is asked: a correction, or not. */
    dateFollowUp: (typed: string, date: string, n: number, prompt: string, current: string) =>
      `«${clipped(typed, 40)}» là một ngày (${date}), mà câu đang hỏi không hỏi ngày, nên tin nhắn này chưa được lưu. Nếu bạn muốn sửa câu ${n} «${clipped(prompt, 60)}» (đang ghi ${current}), gõ: sửa câu ${n}: ${date}. Còn nếu đó là câu trả lời cho câu đang hỏi, vui lòng gõ lại đầy đủ hơn.`,
    /** "như cũ" at a choice question, with last time's choice: choices are not copied, the numbers to type. */
    choiceAsBefore: (chosen: readonly string[], numbers: string) =>
      `Câu hỏi lựa chọn không được tự động chép từ báo cáo lần trước. Lần trước đơn vị đã chọn: ${chosen.map((option) => `«${clipped(option, 60)}»`).join(", ")}. Nếu vẫn như vậy, gõ: ${numbers}.`,
    /** "như cũ" at a choice question with nothing before it. */
    choiceNothingToKeep: (example: string) => `Câu này chưa có câu trả lời để giữ. Vui lòng gõ số thứ tự của lựa chọn trong danh sách dưới đây, ví dụ ${example}.`,
    askedNoQuestion: (n: number) => `Báo cáo không có câu ${n}. Gõ /xem để xem số của từng câu.`,
  },
} as const;
