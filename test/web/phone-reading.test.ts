/**
 * What a ward officer new to the page stumbled on, on a phone: the campaigns list's counts read as
 * "0 / 0 / 3 / 0 / 0" under a five-part heading, and the date and hour boxes of the deadline forms
 * brought up a digit pad without "/" or ":" and showed "17:00" in an empty box as if it were filled
 * in. Through the real server with a signed-in session.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildTestApp, HOA, LIEN_CHAU, type TestApp } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { signIn } from "../helpers/web-session.ts";

let server: TestApp;
beforeEach(async () => {
  server = await buildTestApp({ now: () => new Date("2026-10-08T03:15:00Z") });
});
afterEach(() => server.close());

/** Every <input> of a page whose name is one of `names`, as its attributes. */
const inputs = (body: string, names: string[]) =>
  [...body.matchAll(/<input ([^>]*)>/g)]
    .map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])))
    .filter((attributes) => names.includes(attributes.name ?? ""));

describe("the campaigns list on a phone", () => {
  it("names each count beside its figure, as the board does", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const page = (await kha.get("/web")).body;
    expect(page).toContain('<td data-label="Số đơn vị"><ul class="counts"><li>Đã nộp: 1</li><li>Đang làm: 0</li><li>Chưa bắt đầu: 2</li><li>Quá hạn: 0</li><li>Trả lại: 0</li></ul></td>');
    expect(page).not.toMatch(/\d \/ \d \/ \d/);
  });
});

describe("the date and hour boxes on a phone", () => {
  it("take text from the full keyboard and show the format, never a value, when empty", async () => {
    const kha = await signIn(server);
    const boxes = [...inputs((await kha.get("/web/dot/1")).body, ["ngay", "gio"]), ...inputs((await kha.get("/web/dot/moi")).body, ["deadline_date", "deadline_time", "reference_date"])];
    expect(boxes.map((box) => box.name)).toEqual(["ngay", "gio", "reference_date", "deadline_date", "deadline_time"]);
    for (const box of boxes) {
      expect(box.inputmode, box.name).toBeUndefined();
      expect(box.value, box.name).toBe("");
      expect(box.placeholder, box.name).toMatch(/^(dd\/mm\/yyyy|hh:mm)$/);
    }
    // What the boxes are for is then typed as the officer writes it.
    const extended = await kha.postForm("/web/dot/1/gia-han", { ngay: "29/10/2026", gio: "lúc 16h30" }, "/web/dot/1");
    expect(extended.statusCode).toBe(303);
    expect((await server.repos.directory.campaignById(1))?.deadlineAt).toBe(Date.parse("2026-10-29T16:30:00+07:00"));
  });
});
