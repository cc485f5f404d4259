/**
 * The new-campaign form's deadline and office boxes, read as the chat reads them: "20/12" without
 * its year was refused ("Vui lòng ghi cả năm") where /dotbaocao giahan took it; "hết ngày 20/12"
 * fills the empty hour; a date in an office's box, or in the request's number box, is refused under that box. Through the real server
 * (inject) over the seeded demo, on 8 October 2026.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../helpers/build-test-app.ts";
import { campaignFormValues } from "../helpers/campaign-form-values.ts";
import { signIn } from "../helpers/web-session.ts";

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
});
afterEach(() => server.close());

// Every unit, so that the form is about its dates and offices alone.
const form = (changes: Record<string, string>) => campaignFormValues({ all_units: "Có", unit_codes: "", ...changes });

/** Sends the form; the new campaign's deadline (ISO), or the refusal under each question that has one. */
async function send(changes: Record<string, string>) {
  const kha = await signIn(server);
  const before = (await server.repos.directory.listCampaigns()).length;
  const response = await kha.postForm("/web/dot/moi", form(changes), "/web/dot/moi");
  const campaigns = await server.repos.directory.listCampaigns();
  const errors = Object.fromEntries([...response.body.matchAll(/<p id="f-([a-z_]+)-error" class="error" role="alert">([^<]*)<\/p>/g)].map((m) => [m[1]!, m[2]!.replace(/&quot;/g, '"')]));
  if (response.statusCode !== 303) return { status: response.statusCode, errors, opened: campaigns.length - before };
  const opened = campaigns.find((c) => c.title === form(changes).title)!;
  return { status: 303, deadline: new Date(opened.deadlineAt).toISOString() };
}

it("takes a day without its year as the next one, as the chat does, and the hour typed with the day when the hour's box is empty", async () => {
  expect(await send({ deadline_date: "20/12" })).toEqual({ status: 303, deadline: "2026-12-20T10:00:00.000Z" });
  expect(await send({ title: "Đợt 3", deadline_date: "đến hết ngày 21/12", deadline_time: "" })).toEqual({ status: 303, deadline: "2026-12-21T16:59:00.000Z" });
  expect(await send({ title: "Đợt 4", deadline_date: "trước 16h ngày 22/12/2026", deadline_time: "" })).toEqual({ status: 303, deadline: "2026-12-22T09:00:00.000Z" });
  // The hour's box, filled, says the hour.
  expect(await send({ title: "Đợt 5", deadline_date: "hết ngày 23/12/2026", deadline_time: "8h" })).toEqual({ status: 303, deadline: "2026-12-23T01:00:00.000Z" });
});

it("refuses a date in an office's box under that box, opening nothing", async () => {
  const refused = await send({ issuer_name: "15/12/2026", reference_number: "125/UBND-VHXH", reference_date: "5/10", reference_issuer: "UBND phường Nam Triệu, ngày 5/10/2026" });
  expect(refused).toEqual({
    status: 400,
    opened: 0,
    errors: {
      issuer_name: "«15/12/2026» có ngày tháng nên không được ghi làm tên cơ quan. Câu này chỉ ghi tên cơ quan, ví dụ: UBND phường Nam Triệu; ngày tháng ghi ở câu hỏi về ngày.",
      reference_issuer: "«UBND phường Nam Triệu, ngày 5/10/2026» có ngày tháng nên không được ghi làm tên cơ quan. Câu này chỉ ghi tên cơ quan, ví dụ: UBND phường Nam Triệu; ngày tháng ghi ở câu hỏi về ngày.",
    },
  });
});

it("refuses a deadline typed in the request's number box under that box, as the chat does, opening nothing", async () => {
  const refused = await send({ reference_number: "trước 17h ngày 28/12/2026", reference_date: "5/10", reference_issuer: "UBND phường Nam Triệu" });
  expect(refused).toEqual({
    status: 400,
    opened: 0,
    errors: { reference_number: "«trước 17h ngày 28/12/2026» là ngày, giờ chứ không phải số, ký hiệu văn bản (ví dụ: 125/UBND-VHXH hoặc 77/KH-UBND; để trống nếu không có văn bản)." },
  });
  expect(await send({ title: "Đợt 6", reference_number: "15/KH-UBND", reference_date: "5/10", reference_issuer: "UBND phường Nam Triệu" })).toMatchObject({ status: 303 });
});

it("says back how 'hết ngày 24/12' was read, as the chat's deadline question says it; the hour's box filled says nothing of it", async () => {
  const kha = await signIn(server);
  const opened = await kha.postForm("/web/dot/moi", form({ deadline_date: "hết ngày 24/12", deadline_time: "" }), "/web/dot/moi");
  expect(opened.statusCode).toBe(303);
  const notice = (await kha.get(opened.headers.location as string)).body.replace(/&quot;/g, '"');
  expect(notice).toContain('Không ghi năm nên hiểu là ngày 24/12/2026 sắp tới. Đã hiểu hạn nộp là 23:59 ngày 24/12/2026 ("hết ngày" được tính đến 23:59).');

  const typedHour = await kha.postForm("/web/dot/moi", form({ title: "Đợt 6", deadline_date: "hết ngày 23/12/2026", deadline_time: "8h" }), "/web/dot/moi");
  expect((await kha.get(typedHour.headers.location as string)).body).not.toContain("Đã hiểu hạn nộp");
});

it("says a day before today is past beside the form's other problems, even when the hour does not read", async () => {
  const refused = await send({ title: "Đ".repeat(660), deadline_date: "01/10/2026", deadline_time: "abc", reference_number: "5/10/2026", reference_date: "5/10", reference_issuer: "UBND phường Nam Triệu" });
  expect(refused).toMatchObject({ status: 400, opened: 0 });
  const errors: Record<string, string> = ("errors" in refused ? refused.errors : undefined) ?? {};
  expect(Object.keys(errors).sort()).toEqual(["deadline_date", "deadline_time", "reference_number", "title"]);
  expect(errors.deadline_date).toBe("Hạn nộp này đã qua: mọi đơn vị sẽ bị tính là nộp muộn ngay từ đầu. Hãy chọn một ngày, giờ sắp tới.");
});
