/**
 * The ward's report's "Kính gửi" lines typed through /tonghop sua are checked for dates as the
 * campaign's own "Kính gửi" question checks them (office-name.ts): a date is never an office's
 * name; refused, nothing stored, the question asked again. Through the local chat of the demo.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { consolidationKey } from "../../src/consolidation/consolidated-report.ts";


const { server } = useOfficersChat();

/** The ward's report as stored: what it holds of a refused answer (nothing, or it was stored anyway). */
const storedReport = async () => (await server.repos.conversations.load(consolidationKey(1)))?.state ?? "";

/** Liên Châu submits; the officer opens the ward's report and goes on to its "Kính gửi" question. */
async function toAddressedTo(): Promise<void> {
  await submitFullReport(server, LIEN_CHAU, HOA);
  let last = text(await server.post(OFFICERS, KHA, "/tonghop sua"));
  for (let i = 0; i < 20 && !last.includes("dòng Kính gửi"); i++) {
    last = text(await server.post(OFFICERS, KHA, "/boqua"));
    if (/bắt buộc|không bỏ qua/i.test(last)) last = text(await server.post(OFFICERS, KHA, "Nội dung bổ sung"));
  }
  expect(last).toContain("dòng Kính gửi");
}

it("refuses a date typed as the office after 'Kính gửi' in the ward's report, stores nothing, and takes an office's name", async () => {
  await toAddressedTo();
  expect(text(await server.post(OFFICERS, KHA, "Sở Giáo dục và Đào tạo, hạn 15/12/2026"))).toBe(
    "«Sở Giáo dục và Đào tạo, hạn 15/12/2026» có ngày tháng nên không được ghi làm tên cơ quan. Câu này chỉ ghi tên cơ quan, ví dụ: Sở Giáo dục và Đào tạo thành phố Hải Phòng; ngày tháng ghi ở câu hỏi về ngày. Câu trả lời này chưa được lưu: hãy gõ lại tên cơ quan.",
  );
  expect(await storedReport()).not.toContain("15/12/2026");
  const next = text(await server.post(OFFICERS, KHA, "Sở Giáo dục và Đào tạo thành phố Hải Phòng"));
  expect(next).not.toContain("ngày tháng");
  expect(next).not.toContain("dòng Kính gửi");
});

it("refuses a date in a 'Kính gửi' line that has '+' sub-lines too (it went unchecked), and stores nothing", async () => {
  await toAddressedTo();
  expect(text(await server.post(OFFICERS, KHA, "- Sở Giáo dục và Đào tạo, hạn 15/12/2026\n+ Phòng Giáo dục thường xuyên"))).toMatch(/^«Sở Giáo dục và Đào tạo, hạn 15\/12\/2026» có ngày tháng/);
  expect(text(await server.post(OFFICERS, KHA, "- Sở Giáo dục và Đào tạo\n+ Phòng Giáo dục thường xuyên, hạn 15/12/2026"))).toMatch(/^«Phòng Giáo dục thường xuyên, hạn 15\/12\/2026» có ngày tháng/);
  expect(await storedReport()).not.toContain("15/12/2026");
  expect(await storedReport()).not.toContain("Phòng Giáo dục thường xuyên");
});
