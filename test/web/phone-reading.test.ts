/**
 * What a ward officer new to the page stumbled on, on a phone: the campaigns list's counts read as
 * "0 / 0 / 3 / 0 / 0" under a five-part heading. Through the real server with a signed-in session.
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

describe("the campaigns list on a phone", () => {
  it("names each count beside its figure, as the board does", async () => {
    await submitFullReport(server, LIEN_CHAU, HOA);
    const kha = await signIn(server);
    const page = (await kha.get("/web")).body;
    expect(page).toContain('<td data-label="Số đơn vị"><ul class="counts"><li>Đã nộp: 1</li><li>Đang làm: 0</li><li>Chưa bắt đầu: 2</li><li>Quá hạn: 0</li><li>Trả lại: 0</li></ul></td>');
    expect(page).not.toMatch(/\d \/ \d \/ \d/);
  });
});
