/**
 * The campaign form's units question, typed in the officers' chat: units are named as /tralai names
 * them (codes, the code's words, or words of the unit's name that pick one unit); words in several
 * units' names are refused with those units.
 */
import { describe, expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

/** The form answered up to its units question (asked, not answered). */
async function formAtUnits() {
  await server.post(OFFICERS, KHA, "/dotbaocao");
  for (const answer of ["1", "Đợt bổ sung", "/boqua", "UBND phường Nam Triệu", "30/10/2026", "17h", "/boqua", "Không"]) await server.post(OFFICERS, KHA, answer);
}

describe("the campaign form's units question", () => {
  it("takes units by words of their names and opens the campaign over those units", async () => {
    await formAtUnits();
    expect(text(await server.post(OFFICERS, KHA, "Hoa Sen, Liên Châu"))).toMatch(/^Câu 10\/10/);
    await server.post(OFFICERS, KHA, "1");
    await server.post(OFFICERS, KHA, "/nop");
    expect(text(await server.post(OFFICERS, KHA, "Có"))).toMatch(/Đã mở "Đợt bổ sung" \(số 2\) cho 2 đơn vị/);
    const [campaign] = (await server.repos.officers.openCampaigns()).filter((c) => c.title === "Đợt bổ sung");
    const codes = await server.repos.directory.listUnits();
    const ids = await server.repos.officers.campaignUnitIds(campaign!.id);
    expect(codes.filter((unit) => ids.includes(unit.id)).map((unit) => unit.code).sort()).toEqual(["MN-HOA-SEN", "TH-LIEN-CHAU"]);
  });

  it("refuses words in several units' names, naming those units, and keeps the question open", async () => {
    await formAtUnits();
    expect(text(await server.post(OFFICERS, KHA, "Nam Triệu"))).toBe(
      "«Nam Triệu» có trong tên của nhiều đơn vị: Trường THCS Nam Triệu (THCS-NAM-TRIEU), UBND phường Nam Triệu (UBND-NAM-TRIEU). Vui lòng gõ mã đơn vị.",
    );
    expect(text(await server.post(OFFICERS, KHA, "THCS Nam Triệu"))).toMatch(/^Câu 10\/10/);
  });

  it("still refuses words that name no unit, listing the codes", async () => {
    await formAtUnits();
    expect(text(await server.post(OFFICERS, KHA, "Hoa Sen, Hoa Mai"))).toMatch(/^Không có đơn vị nào mã hoặc tên Hoa Mai\. Mã các đơn vị: MN-HOA-SEN, TH-LIEN-CHAU, THCS-NAM-TRIEU\./);
  });
});
