/**
 * Every 404 looks alike, through the real server: an unknown path, a file link that is not valid
 * (guessed, or another document's id in a real link), a campaign or unit the web page does not
 * have. The same page headers on each, and a file link's page the same whether its document exists.
 */
import { expect, it } from "vitest";
import { HOA, LIEN_CHAU } from "../helpers/build-test-app.ts";
import { useDemoReport } from "../helpers/demo-report.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { signIn } from "../helpers/web-session.ts";

const { server } = useDemoReport();
/** What a 404 may say about itself beyond its body: the page headers, not the body's type or length. */
const pageHeaders = (response: { headers: Record<string, unknown> }) =>
  Object.fromEntries(["content-security-policy", "x-content-type-options", "referrer-policy", "cache-control"].map((name) => [name, response.headers[name]]));

it("answers an unknown path, a file link not valid and a campaign or unit the web page lacks with 404 and the same page headers; a file link's 404 page is the same whether its document exists", async () => {
  const replies = await submitFullReport(server, LIEN_CHAU, HOA);
  const link = new URL(replies.find((m) => m.document)!.document!.url).pathname;
  const kha = await signIn(server);
  const answers = {
    "/khong-co": await server.app.inject("/khong-co"),
    "/files/abc": await server.app.inject("/files/abc"),
    "another document's id in a real link": await server.app.inject(link.replace("/files/1.", "/files/2.")),
    "the document's own id, signature altered": await server.app.inject(`${link.slice(0, -2)}xx`),
    "/web/khong-co": await kha.get("/web/khong-co"),
    "/web/dot/999": await kha.get("/web/dot/999"),
    "/web/dot/1/don-vi/999": await kha.get("/web/dot/1/don-vi/999"),
  };
  const web = pageHeaders(answers["/web/dot/999"]);
  expect(web["x-content-type-options"]).toBe("nosniff");
  for (const [what, response] of Object.entries(answers)) {
    expect(response.statusCode, what).toBe(404);
    expect(pageHeaders(response), what).toEqual(web);
  }
  expect(answers["another document's id in a real link"].body).toBe(answers["/files/abc"].body);
  expect(answers["the document's own id, signature altered"].body).toBe(answers["/files/abc"].body);
});
