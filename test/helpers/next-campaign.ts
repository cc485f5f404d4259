/**
 * A unit's report submitted in the demo's campaign, then the next campaign of the same report type
 * opened over every unit, stored as /dotbaocao stores it: where last year's report and requests
 * about an earlier campaign are tried.
 */
import { type BotMessage, HOA, LIEN_CHAU, type TestApp } from "./build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "./full-report.ts";

/** `templateId`: the next campaign's report type, when not the demo's. */
export async function submitThenOpenNext(app: TestApp, title = "Tuần lễ học tập suốt đời 2027", templateId?: number) {
  const { post } = app;
  await post(LIEN_CHAU, HOA, "/baocao");
  for (const answer of FULL_REPORT_ANSWERS) await post(LIEN_CHAU, HOA, answer);
  await post(LIEN_CHAU, HOA, "/nop");
  const submitted: BotMessage[] = await post(LIEN_CHAU, HOA, "Có");
  return { ...(await openNextCampaign(app, title, templateId)), submitted };
}

/** The next campaign of the demo's report type opened over every unit, the demo's still open beside it. */
export async function openNextCampaign({ repos, database }: TestApp, title = "Tuần lễ học tập suốt đời 2027", templateId?: number) {
  const [first] = await database.db.select().from(database.tables.campaigns);
  const units = await repos.directory.listUnits();
  const second = await repos.transaction(() =>
    repos.directory.insertCampaign({ templateId: templateId ?? first!.templateId, title, issuerName: "UBND phường Nam Triệu", deadlineAt: Date.parse("2027-10-10T10:00:00Z") }, units.map((u) => u.id)),
  );
  return { first: first!, second, units };
}
