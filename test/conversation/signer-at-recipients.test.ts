/**
 * The signer's position and name ("HT - Nguyễn Văn Bình") typed where "Nơi nhận báo cáo" is asked,
 * through the local chat: stored, it was printed among the recipients. Refused as an authority
 * line there is (signing-line-at-recipients.ts), saying where the position and the name go.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU, replyText as text } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";

const { server, storedAnswers, reportAt } = useDemoReport();

it.each(["HT - Nguyễn Văn Bình", "HT. Nguyễn Văn Bình", "Hiệu trưởng - Nguyễn Văn Bình", "- Như trên;\n- HT - Nguyen Van Binh"])(
  "refuses the signer's position and name at the recipients (%j), saying the questions they go to, and stores nothing",
  async (typed) => {
    await reportAt(18);
    const line = typed.split("\n").at(-1)!.replace(/^- /, "");
    const [refused, asked] = text(await server.post(LIEN_CHAU, HOA, typed)).split("\n---\n");
    expect(refused).toBe(
      `«${line}» là chức vụ và họ tên người ký ở chữ ký, không phải nơi nhận báo cáo, nên chưa được lưu. Chức vụ người ký ghi ở câu 20, họ và tên ở câu 21. Vui lòng gõ nơi nhận báo cáo, mỗi dòng một nơi.`,
    );
    expect(asked).toMatch(/^Câu 18\/21[^\n]*\nNơi nhận báo cáo/);
    expect(await storedAnswers()).not.toHaveProperty("recipients");
  },
);

it("stores real recipients, a head teacher among them without a name, and one of a school named for a person", async () => {
  await reportAt(18);
  expect(text(await server.post(LIEN_CHAU, HOA, "- Như trên;\n- Hiệu trưởng (để b/c);\n- Hiệu trưởng Lê Lợi;\n- Lưu: VT."))).toMatch(/Câu 19\/21/);
  expect((await storedAnswers()).recipients).toEqual(["Như trên;", "Hiệu trưởng (để b/c);", "Hiệu trưởng Lê Lợi;", "Lưu: VT."]);
});
