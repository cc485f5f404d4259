/**
 * A campaign opened for "all units" counted the ward office among its units when the "Kính gửi"
 * office was typed otherwise than the roster spells it ("Ủy ban nhân dân phường Nam Triệu"): the
 * ward was told to report to its own campaign (/trangthai, "Còn 4 đơn vị chưa nộp"). Its units are
 * now those under the issuing office, never an office itself. Through the demo's officers' chat.
 */
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();
const say = async (words: string) => text(await server.post(OFFICERS, KHA, words));

it("opens a campaign for all units over the ward's three schools, not the ward, whatever the recipient office is called", async () => {
  await say("/dotbaocao");
  for (const answer of ["1", "Đợt mới", "/boqua", "Ủy ban nhân dân phường Nam Triệu", "20/12/2026", "17h", "/boqua", "Có", "1", "/nop"]) await say(answer);
  const opened = await say("Có");
  expect(opened).toMatch(/Đã mở "Đợt mới" \(số 2\) cho 3 đơn vị/);
  expect(opened).not.toMatch(/UBND-NAM-TRIEU/);
  const units = await server.repos.officers.statusRows(2);
  expect(units.map((u) => u.code).sort()).toEqual(["MN-HOA-SEN", "TH-LIEN-CHAU", "THCS-NAM-TRIEU"]);
});
