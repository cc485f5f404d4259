/**
 * An officer's campaign title typed without marks goes to every unit as typed; a unit's own text
 * answers are told so. The officer is told too, at the form's confirmation, and may keep it.
 * Through the officers' local chat of the demo.
 */
import { expect, it } from "vitest";
import { KHA, OFFICERS, text, useOfficersChat } from "../helpers/officers-chat.ts";

const { server } = useOfficersChat();

/** /dotbaocao answered up to its confirmation with `title`; what the officer read after /nop. */
async function confirmationFor(title: string): Promise<string> {
  await server.post(OFFICERS, KHA, "/dotbaocao");
  for (const answer of ["1", title, "/boqua", "UBND phường Nam Triệu", "30/10/2026", "17h", "/boqua", "Có", "1"]) await server.post(OFFICERS, KHA, answer);
  return text(await server.post(OFFICERS, KHA, "/nop"));
}

const NOTE = "Lưu ý: câu 2 «Dot kiem tra thu» chưa có dấu tiếng Việt; các đơn vị sẽ nhận và văn bản sẽ in đúng như vậy. Vẫn mở được nếu muốn giữ; muốn sửa, trả lời Không rồi gõ /sua 2.";

it("notes a title without marks under the confirmation question, and opens the campaign as typed when the officer keeps it", async () => {
  const confirmation = await confirmationFor("Dot kiem tra thu");
  expect(confirmation).toMatch(/Trả lời Có để mở, Không để sửa tiếp\.\nLưu ý: /);
  expect(confirmation).toContain(NOTE);
  expect(text(await server.post(OFFICERS, KHA, "Có"))).toContain('Đã mở "Dot kiem tra thu" (số 2) cho 3 đơn vị');
});

it("says nothing of marks under the confirmation when the title has them", async () => {
  const confirmation = await confirmationFor("Đợt kiểm tra thử");
  expect(confirmation).toMatch(/Trả lời Có để mở, Không để sửa tiếp\.$/);
  expect(confirmation).not.toContain("chưa có dấu");
});
