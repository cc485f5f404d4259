/**
 * A unit in two open campaigns at once (an officer opened a second before the first closed): its
 * chat finishes the report it has in progress first, instead of the newer campaign hiding that
 * draft, then goes on to the newer one; the officer opening it is told. Through the real server
 * and the local chat.
 */
import { expect, it } from "vitest";
import { type BotMessage, HOA, LIEN_CHAU, useTestApps } from "../helpers/build-test-app.ts";

import { FULL_REPORT_ANSWERS, submitFullReport } from "../helpers/full-report.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";
import { DUE_BEFORE_DEMO, openCampaignInChat } from "../helpers/new-campaign-chat.ts";

const texts = (messages: BotMessage[]) => messages.map((m) => m.text).join("\n---\n");
/** Liên Châu's draft of the first campaign at question 2, then "Đợt mới" opened for every unit. */
async function draftThenNewCampaign({ post, database }: Pick<Awaited<ReturnType<typeof apps.start>>, "post" | "database">) {
  const [first] = await database.db.select().from(database.tables.campaigns);
  await post(LIEN_CHAU, HOA, "/baocao");
  await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  await openCampaignInChat(post);
  const second = (await database.db.select().from(database.tables.campaigns)).find((c) => c.title === "Đợt mới")!;
  return { first, second };
}

const apps = useTestApps();

it("finishes the report in progress in the older open campaign first, then starts the newer one", async () => {
  const { post, repos, database } = await apps.start();
  const [first] = await database.db.select().from(database.tables.campaigns);
  await post(LIEN_CHAU, HOA, "/baocao");
  await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  const units = await repos.directory.listUnits();
  // The officer opens a second campaign of the same report for every unit, and is told of the draft.
  expect(await openCampaignInChat(post)).toMatch(/Đã mở "Đợt mới" \(số 2\) cho 3 đơn vị; đã thông báo tới 3 nhóm\. Lưu ý: 1 đơn vị đang làm dở báo cáo của đợt khác còn mở; nhóm của đơn vị này hoàn thành báo cáo đó trước/);
  const second = (await database.db.select().from(database.tables.campaigns)).find((c) => c.title === "Đợt mới")!;

  // The draft is where it was: question 2 of the first campaign. The chat lists both campaigns.
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(
    /^Đơn vị đang có 2 đợt báo cáo mở:\n1\. [^\n]+ — đang làm dở \(nhóm đang ở đợt này\)\n2\. Đợt mới — chưa bắt đầu\nMuốn chuyển sang báo cáo khác, gõ \/baocao kèm số đợt, ví dụ \/baocao 2\.\n---\nTiếp tục "Báo cáo kết quả[\s\S]*Câu 2\/21/,
  );
  for (const answer of FULL_REPORT_ANSWERS.slice(1)) await post(LIEN_CHAU, HOA, answer);
  await post(LIEN_CHAU, HOA, "/nop");
  expect(texts(await post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp báo cáo/);
  const unit = units.find((u) => u.code === "TH-LIEN-CHAU")!;
  expect((await repos.submissions.find(first!.id, unit.id))?.status).toBe("submitted");

  // Submitted: the chat goes on to the newer campaign, which offers the report just submitted as its start.
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/^Báo cáo "Đợt mới": đợt trước đơn vị đã nộp "Báo cáo kết quả/);
  expect(texts(await post(LIEN_CHAU, HOA, "Không"))).toMatch(/Câu 1\/21/);
  expect((await repos.submissions.find(second.id, unit.id))?.status).toBe("in_progress");

  // Its document would have had the first's name (one report type, one year): it carries its campaign's number.
  for (const answer of FULL_REPORT_ANSWERS) await post(LIEN_CHAU, HOA, answer);
  await post(LIEN_CHAU, HOA, "/nop");
  const names = (await post(LIEN_CHAU, HOA, "Có")).flatMap((m) => (m.document ? [m.document.name] : []));
  expect(names).toEqual([`Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026-đợt-${second.id}.docx`]);
  // A correction of the first campaign's report keeps that campaign's plain name.
  await post(LIEN_CHAU, HOA, "/vanban");
  expect((await repos.documents.listForSubmission((await repos.submissions.find(first!.id, unit.id))!.id)).map((d) => d.fileName)).toEqual(["Báo-cáo-Trường-Tiểu-học-Liên-Châu-2026.docx"]);
});

it("does not keep a unit on a report it opened or cancelled without an answer left", async () => {
  const { post, database } = await apps.start();
  await post(LIEN_CHAU, HOA, "/baocao");
  await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  await post(LIEN_CHAU, HOA, "/huy");
  await post(LIEN_CHAU, HOA, "Có");
  // "Đợt mới" is due first: the chat goes there unless the cancelled report keeps it.
  expect(await openCampaignInChat(post, "Đợt mới", "accept", DUE_BEFORE_DEMO)).toMatch(/đã thông báo tới 3 nhóm\.$/);
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/2\. Đợt mới — nhóm đang ở đợt này, chưa trả lời câu nào\n1\. [^\n]+\n[^\n]+\n---\nBắt đầu báo cáo "Đợt mới"[\s\S]*Câu 1\/21/);
  const second = (await database.db.select().from(database.tables.campaigns)).find((c) => c.title === "Đợt mới")!;
  expect(await database.db.select().from(database.tables.submissions).then((rows) => rows.filter((r) => r.campaignId === second.id).length)).toBe(1);
});

it("after the newer campaign's report is submitted, goes on to the older open campaign not yet submitted, and says so", async () => {
  let now = Date.parse("2026-10-08T03:15:00Z");
  const { post, repos, database } = await apps.start({ now: () => new Date((now += 1000)) });
  const [first] = await database.db.select().from(database.tables.campaigns);
  await openCampaignInChat(post, "Đợt mới", "accept", DUE_BEFORE_DEMO);
  // The announcement's /baocao starts the newer campaign, due first; the older one waits.
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/2\. Đợt mới — nhóm đang ở đợt này, chưa trả lời câu nào\n1\. [^\n]+\n[^\n]+\n---\nBắt đầu báo cáo "Đợt mới"/);
  for (const answer of FULL_REPORT_ANSWERS) await post(LIEN_CHAU, HOA, answer);
  await post(LIEN_CHAU, HOA, "/nop");
  const submitted = texts(await post(LIEN_CHAU, HOA, "Có"));
  expect(submitted).toMatch(/Đã nộp báo cáo lúc/);
  expect(submitted).toContain(
    `Lưu ý: đơn vị còn "${first!.title}" chưa nộp, nên từ tin nhắn tiếp theo nhóm này làm báo cáo đó (các lệnh /sua, /xem, /nop là của báo cáo đó). Gõ /baocao để bắt đầu hoặc tiếp tục. Muốn xem lại hoặc sửa báo cáo vừa nộp, gõ /baocao 2 trước, rồi /xem hoặc /sua N và /nop.`,
  );
  // The chat moved on to a report not started: /vanban gives the document just sent, named, as /vanban 2 does.
  const document = await post(LIEN_CHAU, HOA, "/vanban");
  expect(texts(document)).toMatch(/^Báo cáo "Đợt mới" \(đợt số 2; /);
  expect(document.filter((m) => m.document)).toHaveLength(1);
  // The older campaign's report starts.
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(new RegExp(`^Bắt đầu "${first!.title.replace(/[()]/g, "\\$&")}"`));
  const unit = (await repos.directory.listUnits()).find((u) => u.code === "TH-LIEN-CHAU")!;
  for (const answer of FULL_REPORT_ANSWERS) await post(LIEN_CHAU, HOA, answer);
  await post(LIEN_CHAU, HOA, "/nop");
  // The last one to send: no note.
  expect(texts(await post(LIEN_CHAU, HOA, "Có"))).not.toContain("Lưu ý: đơn vị còn");
  expect((await repos.submissions.find(first!.id, unit.id))?.status).toBe("submitted");
  // Both submitted: the chat stays on the one submitted last, whose /xem and /sua the reply offered.
  expect(texts(await post(LIEN_CHAU, HOA, "/xem"))).toMatch(new RegExp(`^Xem lại "${first!.title.replace(/[()]/g, "\\$&")}"`));
  // The other is reached by its number: /baocao lists both, due first at the top, a wrong number changes nothing.
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/^Đơn vị đang có 2 đợt báo cáo mở:\n2\. Đợt mới — đã nộp\n1\. [^\n]+ — đã nộp \(nhóm đang ở đợt này\)\n/);
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao 3"))).toMatch(/^Không có đợt báo cáo số "3" đang mở cho đơn vị\. Các đợt đang mở:\n2\. Đợt mới — đã nộp\n1\. [^\n]+\nGõ \/baocao kèm số đợt, ví dụ \/baocao 2\.$/);
  expect(texts(await post(LIEN_CHAU, HOA, "/xem"))).toMatch(new RegExp(`^Xem lại "${first!.title.replace(/[()]/g, "\\$&")}"`));
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao số 2"))).toMatch(/^Đã chuyển sang báo cáo "Đợt mới": từ giờ các tin nhắn trong nhóm là của báo cáo này\.\n---\nBáo cáo đã được nộp lúc/);
  const second = (await database.db.select().from(database.tables.campaigns)).find((c) => c.title === "Đợt mới")!;
  expect(texts(await post(LIEN_CHAU, HOA, "/sua 11"))).toMatch(/^Câu 11\/21/);
  await post(LIEN_CHAU, HOA, "400");
  await post(LIEN_CHAU, HOA, "/nop");
  expect(texts(await post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp bản sửa lần 1/);
  expect((await repos.submissions.find(second.id, unit.id))?.version).toBe(2);
  expect((await repos.submissions.find(first!.id, unit.id))?.version).toBe(1);
  // The officer names the campaign whose report goes back ("đợt 1"); a campaign the unit is not in is refused,
  // and so is a number with no comment after it.
  expect(texts(await post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU đợt 9 Thiếu ảnh"))).toBe("Trường Tiểu học Liên Châu không có trong đợt báo cáo số 9.");
  expect(texts(await post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU đợt 1"))).toBe("Chưa trả lại: cần ghi nhận xét để Trường Tiểu học Liên Châu biết phải sửa gì, ví dụ: /tralai TH-LIEN-CHAU đợt 1 Bổ sung số sách quyên góp (câu 11).");
  expect(texts(await post(OFFICERS, KHA, "/tralai lien chau"))).toMatch(/^Chưa trả lại: cần ghi nhận xét để Trường Tiểu học Liên Châu biết phải sửa gì, ví dụ: \/tralai TH-LIEN-CHAU Bổ sung/);
  // The unit reads the second report again (picked, submitted): that is no draft to keep the chat on.
  await post(LIEN_CHAU, HOA, "/baocao 2");
  const seen = (await repos.localMessages.history(LIEN_CHAU)).length;
  expect(texts(await post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU đợt 1 Thiếu ảnh"))).toBe(`Đã trả lại "${first!.title}" của Trường Tiểu học Liên Châu để sửa.`);
  expect(await repos.submissions.find(first!.id, unit.id)).toMatchObject({ status: "returned", returnComment: "Thiếu ảnh" });
  expect((await repos.submissions.find(second.id, unit.id))?.status).toBe("submitted");
  expect((await repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text)).toEqual([
    `"${first!.title}" của đơn vị được cán bộ phụ trách Nguyễn Thị Kha trả lại để sửa. Nhận xét: Thiếu ảnh\nGõ /xem để xem lại, /sua N để sửa câu N, rồi /nop để nộp lại.`,
  ]);
  expect(texts(await post(LIEN_CHAU, HOA, "/xem"))).toMatch(new RegExp(`^Báo cáo đang được trả lại để sửa[^\n]*\n---\nXem lại "${first!.title.replace(/[()]/g, "\\$&")}"`));
});

it("moves a unit's chat to a newer campaign by its number while a draft waits, and back to the draft where it was", async () => {
  const { post, repos, database } = await apps.start();
  const { first, second } = await draftThenNewCampaign({ post, database });
  const unit = (await repos.directory.listUnits()).find((u) => u.code === "TH-LIEN-CHAU")!;

  expect(texts(await post(LIEN_CHAU, HOA, "/baocao 2"))).toMatch(/^Đã chuyển sang báo cáo "Đợt mới"[^\n]*\n---\nBắt đầu báo cáo "Đợt mới"[\s\S]*Câu 1\/21/);
  expect(texts(await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!))).toMatch(/Câu 2\/21/);
  expect(await repos.submissions.listAnswers((await repos.submissions.find(second.id, unit.id))!.id)).toHaveLength(1);
  // Back to the first, typed without the slash ("báo cáo 1" reached the campaign the chat was on): its draft is where it was left.
  expect(texts(await post(LIEN_CHAU, HOA, "báo cáo 1"))).toMatch(/^Đã chuyển sang "Báo cáo kết quả[^"]+"[^\n]*\n---\nTiếp tục "Báo cáo kết quả[\s\S]*Câu 2\/21/);
  for (const answer of FULL_REPORT_ANSWERS.slice(1)) await post(LIEN_CHAU, HOA, answer);
  await post(LIEN_CHAU, HOA, "/nop");
  // Submitted, the pick ends: the chat goes on to the other draft, and says how to come back.
  expect(texts(await post(LIEN_CHAU, HOA, "Có"))).toContain(`Lưu ý: đơn vị còn báo cáo "Đợt mới" chưa nộp, nên từ tin nhắn tiếp theo nhóm này làm báo cáo đó (các lệnh /sua, /xem, /nop là của báo cáo đó). Gõ /baocao để bắt đầu hoặc tiếp tục. Muốn xem lại hoặc sửa báo cáo vừa nộp, gõ /baocao 1 trước, rồi /xem hoặc /sua N và /nop.`);
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Tiếp tục báo cáo "Đợt mới"[\s\S]*Câu 2\/21/);
  expect((await repos.submissions.find(first!.id, unit.id))?.status).toBe("submitted");
  // With two campaigns open, each campaign's reminder gives the number that reaches its report.
  const seen = (await repos.localMessages.history("thcs-nam-trieu")).length;
  await post(OFFICERS, KHA, "/nhacnho ngay");
  expect((await repos.localMessages.history("thcs-nam-trieu")).slice(seen).map((m) => m.text)).toEqual([
    expect.stringMatching(/^Nhắc nộp "Báo cáo kết quả[^"]+"[^\n]*\nGõ \/baocao 1 để bắt đầu, \/nop khi đã xong\.$/),
    expect.stringMatching(/^Nhắc nộp báo cáo "Đợt mới"[^\n]*\nGõ \/baocao 2 để bắt đầu, \/nop khi đã xong\.$/),
  ]);
});

it("keeps a unit's chat on the draft it picked when another campaign opens, so the next answer lands there", async () => {
  const { post, repos, database } = await apps.start();
  const open = (title: string) => openCampaignInChat(post, title);
  await post(LIEN_CHAU, HOA, "/baocao");
  await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  await open("Đợt mới");
  // Drafts in both: the newer one started, then the chat back on the first.
  await post(LIEN_CHAU, HOA, "/baocao 2");
  await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao 1"))).toMatch(/Tiếp tục "Báo cáo kết quả[\s\S]*Câu 2\/21/);
  await open("Đợt thứ ba");
  // The next answer is the first report's question 2, not the second draft's (its newest).
  expect(texts(await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[1]!))).toMatch(/^Câu 3\/21/);
  const unit = (await repos.directory.listUnits()).find((u) => u.code === "TH-LIEN-CHAU")!;
  const [first, second] = await database.db.select().from(database.tables.campaigns);
  expect(await repos.submissions.listAnswers((await repos.submissions.find(first!.id, unit.id))!.id)).toHaveLength(2);
  expect(await repos.submissions.listAnswers((await repos.submissions.find(second!.id, unit.id))!.id)).toHaveLength(1);
});

it("returns a unit's submitted report without taking its chat away from the other report it is answering", async () => {
  const { post, repos, database } = await apps.start();
  const [first] = await database.db.select().from(database.tables.campaigns);
  await openCampaignInChat(post, "Đợt mới", "accept", DUE_BEFORE_DEMO);
  const second = (await database.db.select().from(database.tables.campaigns)).find((c) => c.title === "Đợt mới")!;
  const unit = (await repos.directory.listUnits()).find((u) => u.code === "TH-LIEN-CHAU")!;
  await submitFullReport({ post }, LIEN_CHAU, HOA);
  expect((await repos.submissions.find(second.id, unit.id))?.status).toBe("submitted");
  // The chat went on to the first campaign; the unit is answering it.
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(new RegExp(`Bắt đầu "${first!.title.replace(/[()]/g, "\\$&")}"`));
  await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);

  // /tralai finds the report that was submitted, not the draft; the unit hears which report and how to reach it.
  const seen = (await repos.localMessages.history(LIEN_CHAU)).length;
  expect(texts(await post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU Bổ sung số sách quyên góp"))).toBe('Đã trả lại báo cáo "Đợt mới" của Trường Tiểu học Liên Châu để sửa.');
  expect((await repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text)).toEqual([
    'Báo cáo "Đợt mới" của đơn vị được cán bộ phụ trách Nguyễn Thị Kha trả lại để sửa. Nhận xét: Bổ sung số sách quyên góp\nNhóm đang làm dở một báo cáo khác nên vẫn tiếp tục báo cáo đó; gõ /baocao 2 để chuyển sang sửa báo cáo này.',
  ]);
  expect((await repos.submissions.find(second.id, unit.id))?.status).toBe("returned");
  // The next answer still goes to the draft.
  expect(texts(await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[1]!))).toMatch(/Câu 3\/21/);
  expect(await repos.submissions.listAnswers((await repos.submissions.find(first!.id, unit.id))!.id)).toHaveLength(2);
  // Its number moves the chat to the returned report, with the officer's comment.
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao 2"))).toMatch(/^Đã chuyển sang báo cáo "Đợt mới"[\s\S]*Nhận xét của cán bộ phụ trách: Bổ sung số sách quyên góp/);
  await post(LIEN_CHAU, HOA, "/sua 11");
  await post(LIEN_CHAU, HOA, "400");
  await post(LIEN_CHAU, HOA, "/nop");
  expect(texts(await post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp bản sửa lần 1[\s\S]*Lưu ý: đơn vị còn "Báo cáo kết quả[^"]+" chưa nộp/);
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Tiếp tục "Báo cáo kết quả[\s\S]*Câu 3\/21/);
});

it("tells the chats of units that have not submitted when their campaign is closed: a report in progress, and one never started, still taken (late)", async () => {
  const { post, repos } = await apps.start();
  const LAN = { userId: "u3", userName: "Lê Thị Lan" };
  await post(LIEN_CHAU, HOA, "/baocao");
  await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  // Opened and left without an answer: nothing to lose.
  await post("thcs-nam-trieu", LAN, "/baocao");
  const chats = [LIEN_CHAU, "thcs-nam-trieu", "mn-hoa-sen"];
  const seen = await Promise.all(chats.map(async (chat) => (await repos.localMessages.history(chat)).length));
  expect(texts(await post(OFFICERS, KHA, "/dotbaocao dong chac"))).toMatch(/^Đã đóng đợt báo cáo/);
  const since = await Promise.all(chats.map(async (chat, i) => (await repos.localMessages.history(chat)).slice(seen[i]).map((m) => m.text)));
  // The demo's campaign takes late reports: the unit hears its report is still welcome, and it is.
  // The units that never started (one opened the report and left it) hear it closed, and may still.
  const notStarted = expect.stringMatching(/^Đợt báo cáo "[^"]+" đã được cán bộ phụ trách đóng; đơn vị chưa nộp báo cáo của đợt này\. Báo cáo vẫn được nhận nhưng ghi là nộp muộn: gõ \/baocao để bắt đầu\.$/);
  expect(since).toEqual([
    [expect.stringMatching(/^Đợt báo cáo "[^"]+" đã được cán bộ phụ trách đóng\. Báo cáo đang làm dở của đơn vị vẫn được nhận nhưng ghi là nộp muộn: gõ \/baocao để làm tiếp, \/nop khi đã xong\.$/)],
    [notStarted],
    [notStarted],
  ]);
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Câu 2\/21/);
  for (const answer of FULL_REPORT_ANSWERS.slice(1)) await post(LIEN_CHAU, HOA, answer);
  await post(LIEN_CHAU, HOA, "/nop");
  expect(texts(await post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp báo cáo[\s\S]*nộp muộn/);
});

it("keeps a unit's chat on its draft whose campaign closed taking late reports while another campaign is open, to finish it marked late; the chat then goes back to the open one", async () => {
  const { post, repos, database } = await apps.start();
  const { first, second } = await draftThenNewCampaign({ post, database });
  const seen = (await repos.localMessages.history(LIEN_CHAU)).length;
  expect(texts(await post(OFFICERS, KHA, `/dotbaocao dong ${first!.id} chac`))).toMatch(/^Đã đóng đợt báo cáo/);
  expect((await repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text)).toEqual([
    `Đợt báo cáo "${first!.title}" đã được cán bộ phụ trách đóng. Báo cáo đang làm dở của đơn vị vẫn được nhận nhưng ghi là nộp muộn: gõ /baocao để làm tiếp, /nop khi đã xong.`,
  ]);
  // The list names it with the open one.
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(new RegExp(`${first!.id}\\. ${first!.title} \\(đợt đã đóng, vẫn nhận báo cáo này\\) — đang làm dở`));
  expect(texts(await post(LIEN_CHAU, HOA, `/baocao ${first!.id}`))).toMatch(/Câu 2\/21/);
  for (const answer of FULL_REPORT_ANSWERS.slice(1)) await post(LIEN_CHAU, HOA, answer);
  await post(LIEN_CHAU, HOA, "/nop");
  expect(texts(await post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp báo cáo[\s\S]*nộp muộn/);
  const school = (await repos.directory.listUnits()).find((u) => u.code === "TH-LIEN-CHAU")!;
  expect((await repos.submissions.find(first!.id, school.id))?.isLate).toBe(true);
  // Submitted, the closed campaign is out of the way: the chat works on the open one.
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(new RegExp(`Bắt đầu báo cáo "Đợt mới"|"Đợt mới"`));
  expect((await repos.directory.findOpenCampaign(school.id))?.campaign.id).toBe(second.id);
});

it("tells a unit with a report in progress that it can no longer submit when its closed campaign refuses late reports", async () => {
  const { post, repos, database } = await apps.start();
  await database.db.update(database.tables.campaigns).set({ latePolicy: "refuse" });
  await post(LIEN_CHAU, HOA, "/baocao");
  await post(LIEN_CHAU, HOA, FULL_REPORT_ANSWERS[0]!);
  const seen = (await repos.localMessages.history(LIEN_CHAU)).length;
  await post(OFFICERS, KHA, "/dotbaocao dong chac");
  expect((await repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text)).toEqual([
    expect.stringMatching(/^Đợt báo cáo "[^"]+" đã được cán bộ phụ trách đóng và không nhận báo cáo nộp muộn, nên báo cáo đang làm dở của đơn vị không nộp được nữa\./),
  ]);
  expect((await repos.localMessages.history("mn-hoa-sen")).at(-1)?.text).toMatch(/đã được cán bộ phụ trách đóng; đơn vị chưa nộp báo cáo của đợt này\. Đợt này không nhận báo cáo nộp muộn\.$/);
});

it("still takes the correction of a returned report after the campaign closed refusing late reports, not marked late; a submitted report stays readable only", async () => {
  const { post, repos, database } = await apps.start();
  const LAN = { userId: "u3", userName: "Lê Thị Lan" };
  await database.db.update(database.tables.campaigns).set({ latePolicy: "refuse" });
  await submitFullReport({ post }, LIEN_CHAU, HOA);
  await submitFullReport({ post }, "thcs-nam-trieu", LAN);
  await post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU Bổ sung số sách quyên góp");
  const seen = (await repos.localMessages.history(LIEN_CHAU)).length;
  await post(OFFICERS, KHA, "/dotbaocao dong chac");
  expect((await repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text)).toEqual([
    expect.stringMatching(/^Đợt báo cáo "[^"]+" đã được cán bộ phụ trách đóng\. Báo cáo của đơn vị đang được trả lại để sửa nên vẫn được nhận/),
  ]);
  expect(texts(await post(LIEN_CHAU, HOA, "/sua 11"))).toMatch(/^Câu 11\/21/);
  await post(LIEN_CHAU, HOA, "400");
  await post(LIEN_CHAU, HOA, "/nop");
  const replies = texts(await post(LIEN_CHAU, HOA, "Có"));
  expect(replies).toMatch(/Đã nộp bản sửa lần 1/);
  expect(replies).not.toMatch(/nộp muộn/);
  const school = (await repos.directory.listUnits()).find((u) => u.code === "TH-LIEN-CHAU")!;
  expect((await repos.submissions.find(1, school.id))?.isLate).toBe(false);
  // Submitted and not returned: read, not corrected.
  expect(texts(await post("thcs-nam-trieu", LAN, "/sua 11"))).toMatch(/^Đợt báo cáo đã đóng nên báo cáo đã nộp không sửa được nữa/);
  expect(texts(await post("thcs-nam-trieu", LAN, "/xem"))).toMatch(/^Xem lại "Báo cáo kết quả/);
});

it("skips an optional question of the campaign form on a plain 'bỏ qua', as a unit's report does, rather than storing the words", async () => {
  const { post, database } = await apps.start();
  await post(OFFICERS, KHA, "/dotbaocao");
  for (const answer of ["1", "Đợt mới", "bỏ qua", "UBND phường Nam Triệu", "30/10/2026", "17h", "Bỏ qua.", "Có", "1", "/nop"]) await post(OFFICERS, KHA, answer);
  expect(texts(await post(OFFICERS, KHA, "Có"))).toMatch(/Đã mở "Đợt mới" \(số \d+\)/);
  const opened = (await database.db.select().from(database.tables.campaigns)).find((c) => c.title === "Đợt mới")!;
  expect(opened.referenceText).toBe("");
  expect(opened.period).not.toMatch(/bỏ qua/i);
});

it("answers /trangthai in a unit's chat with each open report and its number, and an officer's /trangthai N with that campaign only, closed or not", async () => {
  const { post, database } = await apps.start();
  const { first, second } = await draftThenNewCampaign({ post, database });

  expect(texts(await post(LIEN_CHAU, HOA, "/trangthai"))).toMatch(
    new RegExp(`^Đơn vị đang có 2 đợt báo cáo mở:\\n${first!.id}\\. "${first!.title}": đang làm 1/21\\. Hạn nộp: [^\\n]+\\n${second.id}\\. Báo cáo "Đợt mới": chưa bắt đầu\\. Hạn nộp: 17:00 ngày 30/10/2026\\.\\nGõ /baocao kèm số đợt`),
  );
  // The unit's "/trangthai N": that report only (the number was ignored).
  expect(texts(await post(LIEN_CHAU, HOA, `/trangthai ${second.id}`))).toBe(`Báo cáo "Đợt mới": chưa bắt đầu. Hạn nộp: 17:00 ngày 30/10/2026.`);
  // Officers: both campaigns by default, one by its number.
  expect((await post(OFFICERS, KHA, "/trangthai")).filter((m) => m.text.startsWith("Tình hình")).map((m) => m.text.split(" — ")[0])).toEqual([`Tình hình "${first!.title}" (số ${first!.id})`, `Tình hình "Đợt mới" (số ${second.id})`]);
  expect((await post(OFFICERS, KHA, `/trangthai ${second.id}`)).map((m) => m.text.split(" — ")[0])).toEqual([`Tình hình "Đợt mới" (số ${second.id})`]);
  // "đợt N", as /nhacnho takes it.
  expect((await post(OFFICERS, KHA, `/trangthai đợt ${first!.id}`)).filter((m) => m.text.startsWith("Tình hình")).map((m) => m.text.split(" — ")[0])).toEqual([`Tình hình "${first!.title}" (số ${first!.id})`]);
  // /xuat and /tonghop act on one campaign: with two open they ask which, rather than take the newest.
  for (const command of ["/xuat", "/tonghop"]) {
    expect(texts(await post(OFFICERS, KHA, command)), command).toBe(`Đang có 2 đợt báo cáo mở:\n${first!.id}. ${first!.title} (đang mở)\n${second.id}. Đợt mới (đang mở)\nGõ ${command} kèm số đợt, ví dụ ${command} ${first!.id}.`);
  }
  // Picked by "đợt N" (nothing submitted in it yet, so nothing to export: said of that campaign).
  expect(texts(await post(OFFICERS, KHA, `/xuat đợt ${first!.id}`))).toMatch(new RegExp(`^Đợt ${first!.id} "[^"]+" chưa có đơn vị nào nộp báo cáo`));
  expect(texts(await post(OFFICERS, KHA, "/trangthai 99"))).toMatch(/^Không tìm thấy đợt báo cáo "99"\. Gõ \/trangthai kèm số đợt/);
  // A closed campaign is still there by its number. It takes late reports (the form's first
  // policy), so the unit's chat still lists it, marked closed, as /baocao does.
  expect(texts(await post(OFFICERS, KHA, `/dotbaocao dong ${second.id} chac`))).toMatch(/^Đã đóng đợt báo cáo "Đợt mới"/);
  expect((await post(OFFICERS, KHA, `/trangthai ${second.id}`)).map((m) => m.text.split(" — ")[0])).toEqual([`Tình hình "Đợt mới" (số ${second.id}, đã đóng, vẫn nhận báo cáo nộp muộn)`]);
  expect(texts(await post(LIEN_CHAU, HOA, "/trangthai"))).toMatch(
    new RegExp(`^Đơn vị đang có 2 đợt báo cáo \\(kể cả đợt đã đóng vẫn nhận báo cáo\\):\\n${first!.id}\\. "${first!.title}": đang làm 1/21\\. Hạn nộp: [^\\n]+\\n${second.id}\\. Báo cáo "Đợt mới" \\(đợt đã đóng, vẫn nhận báo cáo này\\): chưa bắt đầu\\.`),
  );
  // A number that is no campaign of the unit's: said, and the chat goes on with the one it works on.
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao 99"))).toMatch(/^Không có đợt báo cáo số "99" đang mở cho đơn vị/);
  // /trangthai says it too (it answered with the others as if asked for them).
  expect(texts(await post(LIEN_CHAU, HOA, "/trangthai 99"))).toMatch(/^Đơn vị không có đợt số 99 đang mở hoặc còn nhận báo cáo\.\nĐơn vị đang có 2 đợt báo cáo/);
});

it("reminds and broadcasts in every open campaign, and asks which one before closing, setting a schedule or returning a report of a unit in several", async () => {
  const { post, repos, database } = await apps.start();
  const [first] = await database.db.select().from(database.tables.campaigns);
  // A second campaign for two schools only: Mầm non Hoa Sen is in the first alone.
  await post(OFFICERS, KHA, "/dotbaocao");
  for (const answer of ["1", "Đợt mới", "/boqua", "UBND phường Nam Triệu", "30/10/2026", "17h", "/boqua", "Không", "TH-LIEN-CHAU, THCS-NAM-TRIEU", "1", "/nop"]) await post(OFFICERS, KHA, answer);
  expect(texts(await post(OFFICERS, KHA, "Có"))).toMatch(/Đã mở "Đợt mới" \(số \d+\) cho 2 đơn vị/);
  const second = (await database.db.select().from(database.tables.campaigns)).find((c) => c.title === "Đợt mới")!;
  const since = async () => {
    const counts = new Map<string, number>();
    for (const chat of [LIEN_CHAU, "thcs-nam-trieu", "mn-hoa-sen"]) counts.set(chat, (await repos.localMessages.history(chat)).length);
    return async (chat: string) => (await repos.localMessages.history(chat)).slice(counts.get(chat)).map((m) => m.text);
  };

  let seen = await since();
  expect(texts(await post(OFFICERS, KHA, "/thongbao Họp giao ban lúc 8 giờ"))).toMatch(/: 3 đơn vị, qua 3 nhóm\.$/);
  expect(await seen("mn-hoa-sen")).toEqual([expect.stringContaining("Họp giao ban lúc 8 giờ")]);

  seen = await since();
  expect(texts(await post(OFFICERS, KHA, "/nhacnho ngay"))).toBe(
    `Đợt ${first!.id} "${first!.title}": Đã gửi lời nhắc tới 3 đơn vị chưa nộp (Trường Mầm non Hoa Sen, Trường Tiểu học Liên Châu, Trường THCS Nam Triệu).\n"Đợt mới" (số ${second.id}): Đã gửi lời nhắc tới 2 đơn vị chưa nộp (Trường Tiểu học Liên Châu, Trường THCS Nam Triệu).`,
  );
  expect(await seen("mn-hoa-sen")).toEqual([expect.stringMatching(new RegExp(`^Nhắc nộp "${first!.title}"`))]);
  expect(await seen(LIEN_CHAU)).toHaveLength(2);
  // Again at once: each campaign names its own "lai", and a "lai" for all of them is refused (it
  // would remind twice in a row the units of a campaign reminded a moment ago).
  expect(texts(await post(OFFICERS, KHA, "/nhacnho ngay"))).toMatch(new RegExp(`Gõ /nhacnho ngay lai đợt ${first!.id} để nhắc thêm lần nữa\\.\\n"Đợt mới" \\(số ${second.id}\\)[^\\n]+Gõ /nhacnho ngay lai đợt ${second.id} để`));
  expect(texts(await post(OFFICERS, KHA, "/nhacnho ngay lai"))).toBe("Đang có nhiều đợt báo cáo mở: gõ /nhacnho ngay lai đợt N để nhắc lại các đơn vị của đợt số N.");
  // One campaign named: its hint names it too (a plain "lai" would be refused, as above).
  expect(texts(await post(OFFICERS, KHA, `/nhacnho ngay đợt ${second.id}`))).toMatch(new RegExp(`Gõ /nhacnho ngay lai đợt ${second.id} để nhắc thêm lần nữa\\.$`));
  seen = await since();
  expect(texts(await post(OFFICERS, KHA, `/nhacnho ngay lai đợt ${second.id}`))).toBe("Đã gửi lời nhắc tới 2 đơn vị chưa nộp (Trường Tiểu học Liên Châu, Trường THCS Nam Triệu).");
  expect(await seen("mn-hoa-sen")).toEqual([]);

  expect(texts(await post(OFFICERS, KHA, "/nhacnho lich 2,0"))).toMatch(/^Đang có 2 đợt báo cáo mở:\n\d+\. [^\n]+\n\d+\. Đợt mới \(hạn 17:00 ngày 30\/10\/2026\)\nGõ \/nhacnho lich 2,0 đợt N, thay N bằng số đợt\.$/);
  expect(texts(await post(OFFICERS, KHA, `/nhacnho lich 2,0 đợt ${second.id}`))).toBe(`Đã đặt lịch nhắc cho đợt "Đợt mới": 2 ngày trước hạn, sáng ngày hết hạn. Lần nhắc tiếp theo: 08:00 ngày 28/10/2026; các mốc nhắc đã qua không gửi bù.`);
  const days = Object.fromEntries((await database.db.select().from(database.tables.campaigns)).map((c) => [c.id, c.reminderDays]));
  expect(days).toEqual({ [first!.id]: [3, 1, 0], [second.id]: [2, 0] });

  // Liên Châu submits both reports: which one goes back is asked, not guessed.
  for (const campaign of [first!, second]) {
    if (/đợt trước đơn vị đã nộp/.test(texts(await post(LIEN_CHAU, HOA, `/baocao ${campaign.id}`)))) await post(LIEN_CHAU, HOA, "Không");
    for (const answer of FULL_REPORT_ANSWERS) await post(LIEN_CHAU, HOA, answer);
    await post(LIEN_CHAU, HOA, "/nop");
    expect(texts(await post(LIEN_CHAU, HOA, "Có"))).toMatch(/Đã nộp báo cáo/);
  }
  expect(texts(await post(OFFICERS, KHA, "/tralai TH-LIEN-CHAU Bổ sung số liệu"))).toBe(
    `Trường Tiểu học Liên Châu đã nộp báo cáo của 2 đợt đang mở:\n${first!.id}. ${first!.title}\n${second.id}. Đợt mới\nGõ /tralai TH-LIEN-CHAU đợt N nhận xét, thay N bằng số đợt của báo cáo cần trả lại.`,
  );
  const unit = (await repos.directory.listUnits()).find((u) => u.code === "TH-LIEN-CHAU")!;
  expect((await repos.submissions.find(first!.id, unit.id))?.status).toBe("submitted");
  expect(texts(await post(OFFICERS, KHA, `/tralai TH-LIEN-CHAU đợt ${first!.id} Bổ sung số liệu`))).toMatch(/^Đã trả lại "Báo cáo kết quả/);
  expect((await repos.submissions.find(first!.id, unit.id))?.status).toBe("returned");

  // Closing: the number is asked for, and only an open campaign's is taken.
  expect(texts(await post(OFFICERS, KHA, "/dotbaocao dong"))).toMatch(/^Đang có 2 đợt báo cáo mở:[\s\S]*\nGõ \/dotbaocao dong N, thay N bằng số đợt\.$/);
  expect(texts(await post(OFFICERS, KHA, "/dotbaocao dong dợt 2"))).toMatch(/^Không hiểu "dợt 2"\./);
  expect(texts(await post(OFFICERS, KHA, "/dotbaocao dong 99"))).toMatch(/^Không có đợt số 99 đang mở\. Các đợt đang mở:\n/);
  expect(texts(await post(OFFICERS, KHA, `/dotbaocao dong đợt ${second.id} chac`))).toMatch(/^Đã đóng đợt báo cáo "Đợt mới"/);
  expect((await database.db.select().from(database.tables.campaigns)).map((c) => c.status)).toEqual(["open", "closed"]);
  // One left open: /dotbaocao dong needs no number (confirmed with chac, as every close).
  expect(texts(await post(OFFICERS, KHA, "/dotbaocao dong chac"))).toMatch(/^Đã đóng đợt báo cáo/);
});

it("tells a unit's /trangthai that a correction made since its submission still waits for /nop, and not of a question asked again and kept", async () => {
  const { post } = await apps.start();
  await submitFullReport({ post }, LIEN_CHAU, HOA);
  expect(texts(await post(LIEN_CHAU, HOA, "/trangthai"))).not.toMatch(/Có sửa đổi chưa nộp lại/);
  // Asked again and kept: nothing to send (and /nop says so).
  await post(LIEN_CHAU, HOA, "sửa câu 12");
  await post(LIEN_CHAU, HOA, "giữ");
  expect(texts(await post(LIEN_CHAU, HOA, "/trangthai"))).not.toMatch(/Có sửa đổi chưa nộp lại/);
  await post(LIEN_CHAU, HOA, "/sua 8 7");
  expect(texts(await post(LIEN_CHAU, HOA, "/trangthai"))).toMatch(/: đã nộp[^\n]*Có sửa đổi chưa nộp lại: gõ \/nop để gửi bản sửa\.$/);
  await post(LIEN_CHAU, HOA, "/nop");
  await post(LIEN_CHAU, HOA, "Có");
  expect(texts(await post(LIEN_CHAU, HOA, "/trangthai"))).not.toMatch(/Có sửa đổi chưa nộp lại/);
});

it("lets a unit that never started a campaign closed while another is open to it, where late reports are taken, start it by its number (it was told to call an officer, and /baocao N refused)", async () => {
  const app = await apps.start();
  const { post, database, repos } = app;
  await submitFullReport(app, LIEN_CHAU, HOA);
  await openCampaignInChat(post);
  const second = (await database.db.select().from(database.tables.campaigns)).find((c) => c.title === "Đợt mới")!;
  const seen = (await repos.localMessages.history(LIEN_CHAU)).length;
  expect(texts(await post(OFFICERS, KHA, `/dotbaocao dong ${second.id} chac`))).toMatch(/^Đã đóng đợt báo cáo "Đợt mới"/);
  expect((await repos.localMessages.history(LIEN_CHAU)).slice(seen).map((m) => m.text)).toEqual([
    `Đợt báo cáo "Đợt mới" đã được cán bộ phụ trách đóng; đơn vị chưa nộp báo cáo của đợt này. Báo cáo vẫn được nhận nhưng ghi là nộp muộn: gõ /baocao ${second.id} để bắt đầu báo cáo đợt này.`,
  ]);
  expect(second.latePolicy).toBe("accept");
  const moved = texts(await post(LIEN_CHAU, HOA, `/baocao ${second.id}`));
  expect(moved).toMatch(/^Đã chuyển sang báo cáo "Đợt mới"/);
  expect(moved).toMatch(/Bắt đầu từ báo cáo đợt trước\?/);
  expect(texts(await post(LIEN_CHAU, HOA, "Không"))).toMatch(/Câu 1\/\d+/);
  await submitFullReport(app, LIEN_CHAU, HOA);
  const late = await repos.submissions.find(second.id, 1);
  expect(late).toMatchObject({ status: "submitted", isLate: true });
});

it("tells the units of an extended campaign its number when several are open (a plain /baocao opened the other one)", async () => {
  const { post, database, repos } = await apps.start();
  const { first } = await draftThenNewCampaign({ post, database });
  const seen = (await repos.localMessages.history("mn-hoa-sen")).length;
  // Without the number, the way to type it again keeps the hour typed (it was dropped).
  expect(texts(await post(OFFICERS, KHA, "/dotbaocao giahan 29/10/2026 16:00"))).toMatch(/\nGõ \/dotbaocao giahan N 29\/10\/2026 16:00, thay N bằng số đợt\.$/);
  expect(texts(await post(OFFICERS, KHA, `/dotbaocao giahan ${first!.id} 29/10/2026`))).toMatch(/^Đã gia hạn đợt/);
  expect((await repos.localMessages.history("mn-hoa-sen")).slice(seen).map((m) => m.text)).toEqual([
    expect.stringMatching(new RegExp(`được gia hạn đến 17:00 ngày 29/10/2026 \\(cán bộ phụ trách Nguyễn Thị Kha\\)\\. Gõ /baocao ${first!.id} để làm`)),
  ]);
});

it("takes a late report for an older closed campaign that accepts them when the unit's newest campaign closed refusing them (the unit was told to type /baocao, then refused)", async () => {
  const app = await apps.start();
  const { post, database, repos } = app;
  await post(OFFICERS, KHA, "/dotbaocao");
  // A second campaign refusing late reports ("2"), for every unit.
  for (const answer of ["1", "Đợt mới", "/boqua", "UBND phường Nam Triệu", "30/10/2026", "17h", "/boqua", "Có", "2", "/nop"]) await post(OFFICERS, KHA, answer);
  await post(OFFICERS, KHA, "Có");
  const second = (await database.db.select().from(database.tables.campaigns)).find((c) => c.title === "Đợt mới")!;
  expect(second.latePolicy).toBe("refuse");
  // Asked first, the question says plainly that nothing is taken after an early close.
  expect(texts(await post(OFFICERS, KHA, `/dotbaocao dong ${second.id}`))).toContain("Còn 3 đơn vị chưa nộp; sau khi đóng, báo cáo không được nhận nữa, dù hạn nộp chưa đến. Các đơn vị chưa nộp sẽ được báo tin.");
  await post(OFFICERS, KHA, `/dotbaocao dong ${second.id} chac`);
  await post(OFFICERS, KHA, "/dotbaocao dong 1 chac");
  // Its /trangthai names that campaign (it said no campaign was open).
  expect(texts(await post(LIEN_CHAU, HOA, "/trangthai"))).toMatch(/^"Báo cáo kết quả Tuần lễ[^"]*" \(đợt đã đóng, vẫn nhận báo cáo này\): chưa bắt đầu\./);
  expect(texts(await post(LIEN_CHAU, HOA, "/baocao"))).toMatch(/Bắt đầu "Báo cáo kết quả Tuần lễ[^"]*"[^]*Câu 1\/21/);
  await submitFullReport(app, LIEN_CHAU, HOA);
  expect(await repos.submissions.find(1, 1)).toMatchObject({ status: "submitted", isLate: true });
});
