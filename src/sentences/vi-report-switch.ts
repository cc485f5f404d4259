/**
 * A unit's chat between the reports of two campaigns: what the report left still waits on, said as
 * the chat moves ("/baocao 2"). Part of `vi` (vi.ts).
 */
import { campaignNamed, theReport, reportNamed } from "./vi-shared.ts";

export const reportSwitchSentences = {
  reportSwitch: {
    /** The report left was returned by the ward and not sent again (nothing was said). */
    leftReturned: (title: string, id: number) => `Lưu ý: ${theReport(title)} đang được trả lại để sửa và chưa được nộp lại; muốn sửa, gõ /baocao ${id}, sửa các câu cần sửa rồi /nop.`,
    /**
     * The report left, submitted, has question `n` asked again and unanswered (nothing was said);
     * `corrected`: other answers changed since the submission wait for /nop too.
     */
    leftAskedAgain: (title: string, id: number, n: number, corrected: boolean) =>
      corrected
        ? `Lưu ý: ${theReport(title)} đang sửa dở: câu ${n} đang chờ câu trả lời mới và các sửa đổi chưa được nộp. Muốn sửa tiếp và nộp, gõ /baocao ${id}, trả lời câu ${n} rồi /nop.`
        : `Lưu ý: ${theReport(title)} đang sửa dở: câu ${n} đang chờ câu trả lời mới; bản đã nộp vẫn giữ nguyên. Muốn sửa tiếp, gõ /baocao ${id}.`,
    /**
     * A new campaign's announcement to a unit whose chat stays on the report it is at, named by
     * number and title (`correcting`: a submitted report under correction; `opened`: opened with
     * nothing answered, which "đang làm dở" made sound begun); it said "Gõ /baocao N để bắt đầu" as if the chat moved.
     */
    announceKept: (title: string, deadline: string, number: number, kept: { campaign: { id: number; title: string }; correcting: boolean; opened: boolean }) =>
      `Thông báo đợt báo cáo mới: "${title}". Hạn nộp: ${deadline}.\n${keptState(kept)} các tin nhắn trong nhóm vẫn là của báo cáo đó cho đến khi ${kept.correcting ? "nộp bản sửa" : "nộp"}. Muốn làm báo cáo mới trước, gõ /baocao ${number}; /trogiup để xem các lệnh.`,
    /** At /vanban, after aboutReport, where the chat's report has no document yet: another campaign's report submitted, and how to get its document. */
    /** /sua, /nop, /xem or /vanban where the chat's report has not started: said first (it said only "Chưa bắt đầu báo cáo"). */
    notStartedHere: (title: string) => `${reportNamed(title)} mà nhóm đang làm chưa bắt đầu.`,
    /** After notStartedHere: the report submitted in another open campaign, and how to reach it. */
    submittedElsewhere: (title: string, id: number) =>
      `${reportNamed(title)} (đợt số ${id}) đã nộp; muốn xem, sửa hoặc nhận văn bản của báo cáo đó, gõ /baocao ${id} trước, rồi gõ lại lệnh.`,
    /** After a closed campaign's submitted report (it may be last year's): how to start the chat's own. */
    startHere: (title: string) => `Muốn làm ${theReport(title)}, gõ /baocao để bắt đầu.`,
    /**
     * A correction in words or "nộp lại" in a report never submitted, while another campaign's
     * report is returned or just submitted (correction-meant-elsewhere.ts): it went to the chat's
     * report, no report named.
     */
    elsewhere: {
      other: (id: number, title: string, returned: boolean) => `Báo cáo ${campaignNamed(id, title)} ${returned ? "đang được trả lại để sửa" : "vừa nộp"}.`,
      nothingToCorrect: (title: string, id: number, n: number) => `Chưa lưu gì: báo cáo ${campaignNamed(id, title)} mà nhóm đang làm chưa có câu trả lời câu ${n} để sửa.`,
      /** The chat's report has no question `n`: its count, not a /sua that cannot work. */
      noSuchQuestionHere: (title: string, id: number, n: number, count: number) => `Chưa lưu gì: báo cáo ${campaignNamed(id, title)} mà nhóm đang làm chỉ có ${count} câu, không có câu ${n}.`,
      /** Said only where the other report has question `n`. */
      correctThere: (id: number, n: number, answer: string | undefined, append = false) => `Để sửa báo cáo đó, gõ /baocao ${id}, rồi gõ "${typedCorrection(n, answer, append)}" và /nop để nộp lại.`,
      noneThere: (n: number) => `Báo cáo đó cũng không có câu ${n}.`,
      /** Said only where the chat's report has question `n`. */
      answerHere: (n: number, answer: string | undefined) => `Nếu đó là câu trả lời câu ${n} của báo cáo đang làm, gõ: /sua ${n}${answer === undefined ? "" : ` ${answer}`}`,
      correctedHere: (title: string, id: number, other: string, otherId: number, n: number, answer: string | undefined, append = false) =>
        `Câu sửa dưới đây là của báo cáo ${campaignNamed(id, title)} mà nhóm đang làm. ${other} Muốn sửa báo cáo đó, gõ /baocao ${otherId}, rồi gõ "${typedCorrection(n, answer, append)}" và /nop để nộp lại.`,
      /** The same, typed as the answer to the question being asked: stored there, the other report named. */
      answeredHere: (title: string, id: number, other: string, otherId: number, n: number, answer: string | undefined, append = false) =>
        `Câu trả lời dưới đây là của báo cáo ${campaignNamed(id, title)} mà nhóm đang làm. ${other} Muốn sửa báo cáo đó, gõ /baocao ${otherId}, rồi gõ "${typedCorrection(n, answer, append)}" và /nop để nộp lại.`,
      neverSubmitted: (title: string, id: number) => `Báo cáo ${campaignNamed(id, title)} mà nhóm đang làm chưa nộp lần nào.`,
      resubmitThere: (id: number) => `Để nộp lại báo cáo đó, gõ /baocao ${id} rồi /nop. Muốn nộp báo cáo đang làm, gõ /nop.`,
    },
    /**
     * Where the chat's report expects no answer, a row of the table another report of the unit asks
     * (row-for-other-report.ts): nothing stored, and how to answer it. It passed in silence, the row lost.
     */
    rowForOther: (title: string, id: number, otherTitle: string, otherId: number, n: number) =>
      `Chưa lưu dòng vừa gửi: nhóm đang làm báo cáo ${campaignNamed(id, title)}. Nếu đó là dòng của bảng câu ${n} trong báo cáo ${campaignNamed(otherId, otherTitle)}, gõ /baocao ${otherId} rồi gửi lại dòng đó.`,
    submittedDocumentElsewhere: (title: string, id: number) => `${reportNamed(title)} (đợt số ${id}) đã nộp; muốn nhận văn bản của báo cáo đó, gõ /baocao ${id} rồi /vanban.`,
    /**
     * After "/xem N"'s answers of another campaign's report, in place of the question the chat's
     * own report asks (an answer to it would land there): the chat stays, and how to go there
     * (`reachable`: /baocao N takes the chat to it; a campaign closed refusing it does not).
     */
    reviewedElsewhere: (id: number, chatTitle: string, reachable: boolean) =>
      `Trên đây là báo cáo đợt số ${id}; các tin nhắn trong nhóm vẫn là của ${theReport(chatTitle)}.${reachable ? ` Muốn sửa hoặc làm tiếp báo cáo đợt số ${id}, gõ /baocao ${id}.` : ""}`,
    /** "/xem N" for another campaign whose report was never started: nothing to show, and how to start it. */
    reviewNotStarted: (title: string, id: number) => `${reportNamed(title)} (đợt số ${id}) chưa bắt đầu nên chưa có câu trả lời nào; gõ /baocao ${id} để làm báo cáo đó.`,
  },
} as const;

/** What the chat is at in the report it stays on, up to the words "các tin nhắn trong nhóm". */
function keptState({ campaign, correcting, opened }: { campaign: { id: number; title: string }; correcting: boolean; opened: boolean }): string {
  const named = campaignNamed(campaign.id, campaign.title);
  if (correcting) return `Nhóm đang sửa báo cáo ${named} nên`;
  return opened ? `Nhóm đã mở báo cáo ${named} nhưng chưa trả lời câu nào;` : `Nhóm đang làm dở báo cáo ${named} nên`;
}

/** "sửa câu 11: 120", as the clerk types it again in the other report. */
/** `append`: items added by /them ("thêm câu 7: …"); "sửa câu 7: …" there would replace the whole list with them. */
const typedCorrection = (n: number, answer: string | undefined, append = false) => `${append ? "thêm" : "sửa"} câu ${n}${answer === undefined ? "" : `: ${answer}`}`;
