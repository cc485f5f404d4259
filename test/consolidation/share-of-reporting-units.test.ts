/**
 * A yes/no question's share in the ward's draft (/tonghop) while some units have not reported: it
 * is the share of the units that answered, and the sentence says of how many. Counted over every
 * required unit, one school of three that held the opening read "33,3% trường học … đã tổ chức".
 */
import { describe, expect, it } from "vitest";
import { HOA, LIEN_CHAU, useTestApps } from "../helpers/build-test-app.ts";
import { submitFullReport } from "../helpers/full-report.ts";
import { submittedDocxParagraphs } from "../helpers/submitted-docx.ts";
import { LIEN_CHAU_2023 } from "../fixtures/seed-answers.ts";
import { KHA, OFFICERS } from "../helpers/officers-chat.ts";

const apps = useTestApps();

describe("a share in the draft with units still to report", () => {
  it("gives the share of the units that answered and says it is of 1 of the 3 units", async () => {
    const app = await apps.start();
    await submitFullReport(app, LIEN_CHAU, HOA, LIEN_CHAU_2023.answers);
    const draft = (await submittedDocxParagraphs(app, await app.post(OFFICERS, KHA, "/tonghop"))).join("\n");
    expect(draft).toContain("- 100% trường học trên địa bàn đã tổ chức phát động Tuần lễ (tính trên 1/3 đơn vị có số liệu).");
    expect(draft).not.toContain("33,3%");
  });
});
