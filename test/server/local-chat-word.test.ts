/**
 * A Word file through the local chat (POST /local/chats/:chatId/files, the route photos use): the
 * Liên Châu seed report as a .docx fills the narrative questions, the bot says which (k of n, by
 * number) and asks only the rest; an answer already given is kept; a file with no matching heading,
 * a file that is not a .docx, one over 10 MB and a broken one each get one sentence (then the question
 * asked) and change nothing.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU, useTestApps } from "../helpers/build-test-app.ts";
import { multipartForm } from "../helpers/multipart-form.ts";
import { docxFromParagraphs, seedDocx } from "../helpers/seed-docx.ts";

const apps = useTestApps();
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const SEED = "report-school-lien-chau-2023.txt";

async function start() {
  const server = await apps.start();
  const sendFile = async (name: string, data: Buffer, type = DOCX, caption?: string) => {
    const fields = caption === undefined ? HOA : { ...HOA, caption };
    const response = await server.app.inject({ method: "POST", url: `/local/chats/${LIEN_CHAU}/files`, ...multipartForm(fields, { name, type, data }) });
    expect(response.statusCode).toBe(200);
    return ((response.json() as { messages: BotMessage[] }).messages ?? []).map((m) => m.text);
  };
  const stored = async () => {
    const answers = await server.repos.submissions.listAnswers(1).catch(() => []);
    return Object.fromEntries(answers.map((a) => [a.fieldId, a.value]));
  };
  return { server, sendFile, stored };
}

describe("a .docx sent into a report", () => {
  it("fills the narrative questions from the seed report and asks only the rest, one at a time", async () => {
    const { server, sendFile, stored } = await start();
    await server.post(LIEN_CHAU, HOA, "/baocao");
    const replies = await sendFile("Bao cao Tuan le.docx", await seedDocx(SEED, "styled"));
    expect(replies).toEqual([
      "Đã điền 7/21 câu từ tệp: câu 2, 4, 6, 12, 13, 14, 15. Gõ /xem để xem lại, /sua N để sửa câu N.",
      expect.stringMatching(/^Câu 1\/21/),
    ]);
    const answers = await stored();
    expect(Object.keys(answers).sort()).toEqual(["activities", "lessons", "limitations", "propaganda", "proposals", "slogans", "strengths"]);
    expect(answers.propaganda).toMatch(/^Ngay sau khi có văn bản chỉ đạo/);
    expect(answers.slogans).toHaveLength(22);
    // The questions left come one at a time, the filled ones skipped.
    expect((await server.post(LIEN_CHAU, HOA, "Kế hoạch số 192/KH-THLC ngày 27/9/2023")).at(-1)!.text).toMatch(/^Câu 3\/21/);
    expect((await server.post(LIEN_CHAU, HOA, "1")).at(-1)!.text).toMatch(/^Câu 5\/\d+/);
    // /xem shows what the file filled; /sua 4 reopens a filled answer.
    const review = (await server.post(LIEN_CHAU, HOA, "/xem")).map((m) => m.text).join("\n");
    expect(review).toMatch(/Trường học vĩ đại nhất chính là sách vở/);
    expect((await server.post(LIEN_CHAU, HOA, "/sua 4")).at(-1)!.text).toMatch(/^Câu 4\/\d+/);
    // Nothing was submitted: no version exists.
    expect(await server.repos.submissions.listVersions(1)).toEqual([]);
  });

  it("starts the report from a file sent with /baocao (not from a file alone), with typed bold headings", async () => {
    const { sendFile, stored } = await start();
    // A file forwarded into the group while no report is open starts nothing.
    expect(await sendFile("bao-cao.docx", await seedDocx(SEED, "typed"))).toEqual([expect.stringMatching(/^Chưa có báo cáo nào đang làm: gõ \/baocao rồi gửi lại tệp/)]);
    expect(await stored()).toEqual({});
    const replies = await sendFile("bao-cao.docx", await seedDocx(SEED, "typed"), DOCX, "/baocao");
    expect(replies[0]).toMatch(/^Bắt đầu "Báo cáo kết quả/);
    expect(replies.slice(1)).toEqual([expect.stringMatching(/^Đã điền 7\/21 câu từ tệp: câu 2, 4, 6, 12, 13, 14, 15\./), expect.stringMatching(/^Câu 1\/21/)]);
    expect(Object.keys(await stored())).toHaveLength(7);
  });

  it("keeps an answer the unit already gave and says how to change it", async () => {
    const { server, sendFile, stored } = await start();
    await server.post(LIEN_CHAU, HOA, "/baocao");
    await server.post(LIEN_CHAU, HOA, "Kế hoạch số 7");
    await server.post(LIEN_CHAU, HOA, "Tuyên truyền qua loa truyền thanh của trường.");
    const replies = await sendFile("bao-cao.docx", await seedDocx(SEED, "styled"));
    expect(replies).toEqual([
      "Đã điền 6/21 câu từ tệp: câu 4, 6, 12, 13, 14, 15. Gõ /xem để xem lại, /sua N để sửa câu N.",
      "Câu 2 đã có câu trả lời nên được giữ nguyên, không thay bằng nội dung trong tệp; gõ /sua N nếu muốn sửa.",
      expect.stringMatching(/^Câu 3\/21/),
    ]);
    expect((await stored()).propaganda).toBe("Tuyên truyền qua loa truyền thanh của trường.");
  });

  it("answers a file with no matching heading, a non-docx, a too-big, a broken file and a zip bomb with one sentence and the question asked, changing nothing", async () => {
    const { server, sendFile, stored } = await start();
    await server.post(LIEN_CHAU, HOA, "/baocao");
    await server.post(LIEN_CHAU, HOA, "Kế hoạch số 7");
    const before = await stored();
    // Each refusal is followed by the question asked, as a refused answer or photo is.
    const question2 = expect.stringMatching(/^Câu 2\/21/);
    const unrelated = await docxFromParagraphs(["1. Giới thiệu chung", "Trường có 20 lớp.", "2. Kết luận", "- Năm học thành công."], "typed");
    expect(await sendFile("khac.docx", unrelated)).toEqual([
      "Không tìm thấy trong tệp đề mục nào của mẫu báo cáo (ví dụ «Công tác chỉ đạo»), nên chưa điền câu nào và báo cáo không thay đổi.",
      question2,
    ]);
    const notDocx = "Bot chỉ đọc tệp Word (.docx) và ảnh JPEG, PNG, nên tệp này không được dùng và báo cáo không thay đổi.";
    // The bytes decide, not the name: a PDF named .docx and a text file are both refused.
    expect(await sendFile("bao-cao.docx", Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\n"), "application/pdf")).toEqual([notDocx, question2]);
    expect(await sendFile("bao-cao.txt", Buffer.from("I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ\n1. Công tác chỉ đạo\nĐã tuyên truyền."), "text/plain")).toEqual([notDocx, question2]);
    const big = Buffer.concat([await seedDocx(SEED, "typed"), Buffer.alloc(10 * 1024 * 1024)]);
    expect(await sendFile("lon.docx", big)).toEqual(["Tệp quá lớn (trên 10 MB) nên không được đọc và báo cáo không thay đổi.", question2]);
    const broken = Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.from("word/document.xml is named here but this is no zip")]);
    expect(await sendFile("hong.docx", broken)).toEqual(["Không đọc được tệp Word này (tệp hỏng hoặc có mật khẩu), nên báo cáo không thay đổi.", question2]);
    // 120 kB that unpack to 120 MB of XML (a zip bomb): refused before any reader opens it.
    const bomb = Buffer.from(zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": new Uint8Array(120 * 1024 * 1024).fill(0x20) }, { level: 1 }));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await sendFile("bom.docx", bomb)).toEqual(["Không đọc được tệp Word này (tệp hỏng hoặc có mật khẩu), nên báo cáo không thay đổi.", question2]);
    expect(await stored()).toEqual(before);
    // The report goes on where it was.
    expect((await server.post(LIEN_CHAU, HOA, "/baocao")).at(-1)!.text).toMatch(/^Câu 2\/21/);
    // Nothing of any file was kept.
    expect(await server.repos.photos.captions(1)).toEqual({});
  });
});
