/**
 * The campaign form's "Số, ký hiệu văn bản" typed in the officers' chat, through the real server: a
 * deadline or a date typed there ("trước 17h ngày 28/12/2026") is refused with an example and the
 * question stays; numbers and signs as the seed reports write them are stored.
 */
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

/** The form at question 3, the request's number. */
async function atReferenceNumber(): Promise<void> {
  await server.post(OFFICERS, KHA, "/dotbaocao");
  await server.post(OFFICERS, KHA, "1");
  expect(text(await server.post(OFFICERS, KHA, "Đợt có văn bản"))).toMatch(/Câu 3\/\d+ [^]*Số, ký hiệu văn bản yêu cầu báo cáo\?/);
}

it("refuses a deadline, a date or an hour typed as the request's number, with an example, and stores nothing", async () => {
  await atReferenceNumber();
  for (const typed of ["trước 17h ngày 28/12/2026", "28/12/2026", "hạn 28/12", "17h00 ngày 28/12"]) {
    expect(text(await server.post(OFFICERS, KHA, typed)), typed).toBe(
      `«${typed}» là ngày, giờ chứ không phải số, ký hiệu văn bản, nên chưa được lưu. Hãy gõ số, ký hiệu của văn bản yêu cầu báo cáo, ví dụ: 125/UBND-VHXH hoặc 77/KH-UBND (gõ /boqua nếu không có văn bản); hạn nộp được hỏi ở các câu sau.`,
    );
  }
  expect(text(await server.post(OFFICERS, KHA, "/xem"))).toMatch(/\n3–9\. \(chưa trả lời 7 câu[^]*\nCâu 3\/\d+ — [^\n]*\nSố, ký hiệu văn bản/);
});

it("stores numbers and signs as documents write them, a date after the sign included", async () => {
  for (const typed of ["15/BC-THCS", "123/KH-UBND", "3442/SGDĐT-GDTX-ĐH", "23-NQ/TU", "số 12/KH-THLC ngày 25/9/2026"]) {
    await atReferenceNumber();
    expect(text(await server.post(OFFICERS, KHA, typed)), typed).toMatch(/Ngày ban hành văn bản đó\?/);
    expect(text(await server.post(OFFICERS, KHA, "/xem")), typed).toContain(`3. Số, ký hiệu văn bản yêu cầu báo cáo?\n${typed}`);
    await server.post(OFFICERS, KHA, "/huy");
    await server.post(OFFICERS, KHA, "Có");
  }
});
