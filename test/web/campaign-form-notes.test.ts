/**
 * The new-campaign form says what the chat's /dotbaocao says: a question asked only after another
 * answer (the reference document's date and issuer, the unit codes) is required only then, so it
 * has no "*" but says so in its note; a date typed without its year is said back with the year taken
 * ("Không ghi năm nên hiểu là ngày …"), on the board the form leads to. Through the real server
 * (inject) over the seeded demo, on 8 October 2026.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../helpers/build-test-app.ts";
import { campaignFormValues } from "../helpers/campaign-form-values.ts";
import { KHA, OFFICERS_CHAT, signIn } from "../helpers/web-session.ts";

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
});
afterEach(() => server.close());

/** A question's label and notes on the page, tags left out. */
function question(body: string, fieldId: string): string {
  const start = body.indexOf(`for="f-${fieldId}"`) >= 0 ? body.indexOf(`for="f-${fieldId}"`) : body.indexOf(`id="f-${fieldId}"`);
  const end = body.lastIndexOf("<", body.indexOf(`name="${fieldId}"`, start));
  return body.slice(start, end).replace(/<[^>]*>/g, " ").replace(/^[^>]*>/, "").replace(/\s+/g, " ").trim();
}

const notice = (body: string) => /<p class="notice" role="status">([^<]*)<\/p>/.exec(body)?.[1]?.replace(/&quot;/g, '"');

it("marks with * only the questions always required; the ones asked only after an answer say they are required then", async () => {
  const page = (await (await signIn(server)).get("/web/dot/moi")).body;
  expect(question(page, "reference_date")).toBe(
    "4. Ngày ban hành văn bản đó? Chỉ điền khi đã trả lời câu 3 (Số, ký hiệu văn bản yêu cầu báo cáo), và khi đó bắt buộc phải điền; nếu không, câu này được bỏ qua. Ví dụ: 05/10/2026",
  );
  expect(question(page, "reference_issuer")).toMatch(/^5\. Cơ quan ban hành văn bản đó\? Chỉ điền khi đã trả lời câu 3 \(.*\), và khi đó bắt buộc phải điền;/);
  expect(question(page, "unit_codes")).toMatch(/^11\. Mã các đơn vị phải báo cáo .*\? Chỉ điền khi câu 10 \(.*\) là «Không», và khi đó bắt buộc phải điền;/);
  expect(question(page, "title")).toBe("2. Tên đợt báo cáo? * Ví dụ: Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời (đợt bổ sung)");
  expect(question(page, "reference_number")).toMatch(/^3\. Số, ký hiệu văn bản yêu cầu báo cáo\? Không bắt buộc/);
  // The chat: asked after question 3, with no "(không bắt buộc)", and /boqua refused.
  for (const answer of ["/dotbaocao", "1", "Báo cáo thử", "12/KH-UBND"]) await server.post(OFFICERS_CHAT, KHA, answer);
  expect((await server.post(OFFICERS_CHAT, KHA, "/boqua")).map((m) => m.text).join("\n")).toMatch(/bắt buộc/);
});

it("says back each date typed without its year, as the chat does, after opening the campaign", async () => {
  const kha = await signIn(server);
  const changes = { reference_number: "12/KH-UBND", reference_date: "1/10", reference_issuer: "UBND phường Nam Triệu", deadline_date: "30/10" };
  const sent = await kha.postForm("/web/dot/moi", campaignFormValues(changes), "/web/dot/moi");
  expect(sent.statusCode).toBe(303);
  expect(notice((await kha.get(String(sent.headers.location))).body)).toBe(
    "Đã mở đợt báo cáo và gửi thông báo tới 2 nhóm. Ngày ban hành văn bản không ghi năm nên hiểu là ngày 01/10/2026. Không ghi năm nên hiểu là ngày 30/10/2026 sắp tới.",
  );
  // With the years typed, nothing is said of them; a crafted date in the address says nothing either.
  const typed = await kha.postForm("/web/dot/moi", campaignFormValues({ ...changes, title: "Đợt 3", reference_date: "1/10/2026", deadline_date: "30/10/2026" }), "/web/dot/moi");
  expect(notice((await kha.get(String(typed.headers.location))).body)).toBe("Đã mở đợt báo cáo và gửi thông báo tới 2 nhóm.");
  expect(notice((await kha.get(`${String(typed.headers.location).replace(/&s=.*$/, "")}&y=2030-01-01`)).body)).toBeUndefined();
});
