/**
 * How the ward's consolidated report prints each school's lines, through the real server and the
 * local chat, its draft .docx opened: a school's "+ " lines stay under their "- " item, and items
 * run into one line read as one sentence (a common word after "; " in lower case, names as typed).
 */
import { describe, expect, it } from "vitest";
import { type TestApp, useTestApps } from "../helpers/build-test-app.ts";
import { paragraphXml, readDocx } from "../helpers/docx-reader.ts";
import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const apps = useTestApps();
const NAM_TRIEU = { chat: "thcs-nam-trieu", user: { userId: "u3", userName: "Lê Thị Lan" } };

/** Nam Triệu submits with these answers changed (by asking order); the ward's draft, opened. */
async function wardDraft(app: TestApp, changed: Record<number, string>) {
  const answers = FULL_REPORT_ANSWERS.map((answer, i) => changed[i] ?? answer);
  await submitFullReport(app, NAM_TRIEU.chat, NAM_TRIEU.user, answers);
  const url = (await app.post(OFFICERS, KHA, "/tonghop")).find((m) => m.document)?.document?.url;
  expect(url).toBeDefined();
  return readDocx((await app.app.inject(new URL(url!).pathname)).rawPayload);
}

const after = (paragraphs: string[], heading: string, n: number) => paragraphs.slice(paragraphs.indexOf(heading) + 1, paragraphs.indexOf(heading) + 1 + n);

describe("a school's lines in the ward's consolidated report", () => {
  it("keeps a '+ ' line under its '- ' item in a text answer (they all came out at one level, run into one line)", async () => {
    const propaganda = "- Tuyên truyền qua các hình thức:\n+ Treo 12 băng rôn\n+ Loa phát thanh\n- Đăng 5 tin bài trên trang web của trường";
    const { documentXml, paragraphs } = await wardDraft(await apps.start(), { 1: propaganda });
    expect(after(paragraphs, "1. Công tác tuyên truyền", 3)).toEqual([
      "- Trường THCS Nam Triệu:",
      "+ Tuyên truyền qua các hình thức: treo 12 băng rôn; loa phát thanh;",
      "+ Đăng 5 tin bài trên trang web của trường.",
    ]);
    // Set in as the seeds' sub-items, under the school's name.
    expect(paragraphXml(documentXml, "+ Đăng 5 tin bài trên trang web của trường.")).toMatch(/<w:ind [^>]*w:firstLine="/);
  });

  it("writes an item run in after '; ' with a common word in lower case, a name or an abbreviation as typed", async () => {
    const activities = "- Tổ chức Hội sách\n- Tổ chức các sân chơi trực tuyến\n- Trường THCS Nam Triệu phối hợp với Đoàn phường\n- UBND phường dự lễ khai mạc";
    const { paragraphs } = await wardDraft(await apps.start(), { 6: activities });
    expect(after(paragraphs, "2. Kết quả hoạt động", 1)).toEqual([
      "- Trường THCS Nam Triệu: Tổ chức Hội sách; tổ chức các sân chơi trực tuyến; Trường THCS Nam Triệu phối hợp với Đoàn phường; UBND phường dự lễ khai mạc.",
    ]);
  });
});
