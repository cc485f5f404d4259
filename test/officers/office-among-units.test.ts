/**
 * An office typed among a new campaign's units: with "Kính gửi" naming no unit of the roster ("Phòng
 * Văn hóa - Xã hội"), UBND-NAM-TRIEU typed in the list was made a reporting unit, asked to report to
 * itself. Now it is refused at the units question with the reason, and the list is asked again.
 * Through the demo's officers' chat (Kha), on 8 October 2026; UBND phường Nam Triệu issues campaign 1.
 */
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();
const say = async (typed: string) => text(await server.post(OFFICERS, KHA, typed));

it("refuses the ward's office typed among the units when 'Kính gửi' names another office, says why, and opens the campaign for the schools typed again", async () => {
  await say("/dotbaocao");
  for (const answer of ["2", "Đợt có cơ quan", "/boqua", "Phòng Văn hóa - Xã hội", "30/10/2026", "17h", "/boqua"]) await say(answer);
  expect(await say("Không")).toMatch(/^Câu 9\/\d+ /);
  for (const list of ["TH-LIEN-CHAU, UBND-NAM-TRIEU", "th liên châu\nUBND phường Nam Triệu"]) {
    expect(await say(list), list).toBe(
      "UBND phường Nam Triệu là cơ quan tổng hợp, không phải đơn vị báo cáo, nên danh sách chưa được lưu. Mã các đơn vị báo cáo: MN-HOA-SEN, TH-LIEN-CHAU, THCS-NAM-TRIEU. Hãy gõ lại danh sách, không kèm cơ quan tổng hợp.",
    );
  }
  // Nothing stored: the list is still unanswered.
  expect(await say("/xem")).toMatch(/\n9\. Mã các đơn vị phải báo cáo [^\n]*\n\(chưa trả lời\)\n/);
  expect(await say("TH-LIEN-CHAU, THCS-NAM-TRIEU")).toMatch(/^Câu 10\/\d+ /);
  for (const answer of ["1", "/nop"]) await say(answer);
  expect(await say("Có")).toMatch(/^Đã mở "Đợt có cơ quan" \(số 2\) cho 2 đơn vị;/m);
  expect((await server.repos.officers.unitStatuses(2)).map((unit) => unit.name).sort()).toEqual(["Trường THCS Nam Triệu", "Trường Tiểu học Liên Châu"]);
});
