/**
 * A unit's report once its campaign closed refusing late reports: an answer typed to it, and a
 * submitted report whose corrections since can no longer be sent. Part of `vi` (vi.ts).
 */
import { notTakenAfterClose, theReport } from "./vi-shared.ts";

/** Corrections made after the submission stay in the chat but are never sent: said once, plainly. */
const correctionsStranded = "Đợt báo cáo đã đóng và không nhận báo cáo nộp muộn, nên báo cáo của đơn vị giữ nguyên bản đã nộp; các sửa đổi sau lần nộp không gửi được nữa.";

export const reportClosedSentences = {
  closedReport: {
    /** An answer typed to a question asked before the close (it passed in silence). */
    answerNotStored: (title: string, issuer: string) => `Câu trả lời này không được lưu vì đợt báo cáo "${title}" đã đóng. ${notTakenAfterClose(issuer)}`,
    /** What stands after /baocao N, /xem or the help, every question answered (it said "gõ /nop để nộp bản sửa"). */
    keptAsSubmitted: `${correctionsStranded} Gõ /xem để xem lại, /vanban để nhận văn bản đã nộp; nếu cần sửa, vui lòng liên hệ cán bộ phụ trách.`,
    /** An answer to a question asked again (/sua N) of a submitted report, after that close: the report stays as sent. */
    correctionNotStored: `Câu trả lời này không được lưu: ${correctionsStranded} Gõ /xem để xem lại, /vanban để nhận văn bản; nếu cần sửa, vui lòng liên hệ cán bộ phụ trách.`,
    /**
     * The first message after a close moved the chat, mid-question, to another report (moved-by-close.ts):
     * not stored, why (`issuer`: the close refused late reports; else its report is still taken, by
     * its number), and the report the chat is on now (`closed`: a closed campaign still taking it),
     * where it stands. "asking": its question follows. It was stored there, or passed, in silence.
     */
    movedByClose: (left: { title: string; number: number; issuer?: string }, now: { title: string; closed: boolean; where: "asking" | "not-started" | "submitted" }) =>
      `${left.issuer ? `Câu trả lời này không được lưu vì đợt báo cáo "${left.title}" đã đóng. ${notTakenAfterClose(left.issuer)}` : `Câu trả lời này không được lưu vì đợt báo cáo "${left.title}" đã đóng; báo cáo đó vẫn được nhận (ghi là nộp muộn): gõ /baocao ${left.number} để làm tiếp.`} Các tin nhắn trong nhóm giờ là của ${theReport(now.title)}${now.closed ? " (đợt đã đóng nhưng vẫn nhận báo cáo nộp muộn)" : " đang mở"}${
        now.where === "asking" ? ", câu đang hỏi:" : now.where === "not-started" ? ", chưa bắt đầu: gõ /baocao để bắt đầu báo cáo đó." : ", đơn vị đã nộp báo cáo này: gõ /xem để xem lại, /vanban để nhận văn bản, /sua N nếu cần sửa."
      }`,
    /** After /xem's answers of a report never submitted when its campaign closed refusing late reports: kept, read only (it was refused). */
    reviewUnsent: (title: string, issuer: string) =>
      `Đợt báo cáo "${title}" đã đóng và không nhận báo cáo nộp muộn; báo cáo này chưa được nộp nên các câu trả lời trên chỉ để xem lại, không sửa hay nộp được nữa. Nếu cần nộp, vui lòng liên hệ cán bộ phụ trách của ${issuer}.`,
    /** Before /vanban's document: the version sent, what was corrected after it stays unsent (it said "gõ /nop"). */
    documentAsSubmitted: `Văn bản dưới đây là bản đã nộp. ${correctionsStranded} Nếu cần sửa, vui lòng liên hệ cán bộ phụ trách.`,
  },
} as const;
