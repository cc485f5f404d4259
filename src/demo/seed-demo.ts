/**
 * The demo that `npm start` shows with no platform token: a ward office running one campaign of the
 * built-in template, three schools with their own chats, and the officers' chat. Seeded once, into
 * an empty database only, so a restart keeps whatever people typed; two instances starting at once
 * on one PostgreSQL database seed it once (the check and the inserts are one exclusive step).
 */
import type { Repositories } from "../db/repositories.ts";
import type { Template } from "../templates/template-schema.ts";
import { formatShortDate, localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { zonedToEpoch } from "../vietnamese/zoned-time.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const DEMO_TIME_ZONE = "Asia/Ho_Chi_Minh";

const SCHOOLS = [
  { code: "TH-LIEN-CHAU", name: "Trường Tiểu học Liên Châu", chat: "th-lien-chau", staff: ["Nguyễn Thị Hoa", "Trần Văn Minh"] },
  { code: "THCS-NAM-TRIEU", name: "Trường THCS Nam Triệu", chat: "thcs-nam-trieu", staff: ["Lê Thị Lan", "Phạm Quốc Huy"] },
  { code: "MN-HOA-SEN", name: "Trường Mầm non Hoa Sen", chat: "mn-hoa-sen", staff: ["Đỗ Thu Trang", "Vũ Hải Yến"] },
] as const;

/** A People's Committee's header names no parent body ("ỦY BAN NHÂN DÂN / PHƯỜNG NAM TRIỆU"). */
const WARD = { code: "UBND-NAM-TRIEU", name: "UBND phường Nam Triệu", place: "Nam Triệu" };
export const DEMO_OFFICERS_CHAT = "can-bo-phuong";

/** Seeds the demo unless the database already has units; returns whether it seeded. */
export function seedDemo(repos: Repositories, template: Template, templateId: number, now: Date): Promise<boolean> {
  return repos.exclusive("seed-demo", () => repos.transaction(() => seedEmpty(repos, template, templateId, now)));
}

async function seedEmpty(repos: Repositories, template: Template, templateId: number, now: Date): Promise<boolean> {
  if ((await repos.directory.countUnits()) > 0) return false;
  const { directory } = repos;
  const unitIds: number[] = [];
  let userNumber = 1;
  for (const school of SCHOOLS) {
    const unit = await directory.insertUnit({ code: school.code, name: school.name, type: "school", parentName: WARD.name.toUpperCase(), placeName: WARD.place });
    unitIds.push(unit.id);
    const chat = await directory.insertChat({ channel: "local", externalId: school.chat, title: `Báo cáo — ${school.name}`, kind: "unit", unitId: unit.id });
    for (const name of school.staff) {
      const member = await directory.insertMember({ channel: "local", externalId: `u${userNumber++}`, displayName: name, role: "staff", unitId: unit.id });
      await directory.addChatMember(chat.id, member.id);
    }
  }
  // The ward office is a unit too: it issues the campaign and submits the consolidated report.
  const ward = await directory.insertUnit({ code: WARD.code, name: WARD.name, type: "ward", placeName: WARD.place });
  for (const unitId of unitIds) await directory.setUnitParent(unitId, ward.id);
  const officers = await directory.insertChat({ channel: "local", externalId: DEMO_OFFICERS_CHAT, title: `Cán bộ ${WARD.name}`, kind: "officers" });
  for (const name of ["Nguyễn Thị Kha", "Hoàng Văn Nam"]) {
    const member = await directory.insertMember({ channel: "local", externalId: `u${userNumber++}`, displayName: name, role: "officer" });
    await directory.addChatMember(officers.id, member.id);
  }
  const year = now.getFullYear();
  await directory.insertCampaign(
    {
      templateId,
      title: `${template.title} năm ${year}`,
      issuerName: WARD.name,
      issuerUnitId: ward.id,
      // Written as a request typed on the form is cited (formatShortDate: "ngày 05/12/2026").
      referenceText: `Công văn số 125/UBND-VHXH ngày ${formatShortDate(localDateTime(now, DEMO_TIME_ZONE).iso)} của ${WARD.name}`,
      // Two weeks ahead, at the end of the working day in Vietnam.
      deadlineAt: zonedToEpoch(localDateTime(new Date(now.getTime() + 14 * DAY_MS), DEMO_TIME_ZONE).iso, "17:00", DEMO_TIME_ZONE),
      createdAt: now.getTime(),
    },
    unitIds,
  );
  return true;
}
