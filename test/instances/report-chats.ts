/**
 * The two-instance test's world: 20 units, each with its own private Telegram chat (one user),
 * one open campaign of the built-in school report whose "morning of" reminder is due, and the 50
 * updates every chat sends. Shared by the real run (spawned processes) and the in-process reference.
 */
import type { RecordedCall } from "../fake-telegram/fake-telegram-server.ts";
import type { TestApp } from "../helpers/build-test-app.ts";
import { FULL_REPORT_ANSWERS } from "../helpers/full-report.ts";
import { LIFELONG_LEARNING_WEEK } from "../../src/templates/built-in-templates.ts";

export const TOKEN = "123456:TEST-token_abc";
export const SECRET = "webhook-secret_123";
export const CHATS = 20;
export const PER_CHAT = 50;
export const CAMPAIGN_TITLE = "Đợt thử hai máy chủ";
export const TIME_ZONE = "Asia/Ho_Chi_Minh";
/** Thursday 09:00 in Viet Nam: office hours on a working day, whatever the real time of the run. */
export const CLOCK_START = Date.parse("2026-10-08T02:00:00Z");
/** 17:00 the same day: the "morning of" step (08:00) is due, the earlier ones predate the campaign. */
export const DEADLINE = Date.parse("2026-10-08T10:00:00Z");
/** How long before the world's start its campaign opened. */
const OPENED_BEFORE_MS = 24 * 60 * 60_000;
/** The update (0-based) that submits the first version: the even chats hold it until the reminder went out. */
export const FIRST_SUBMIT = FULL_REPORT_ANSWERS.length + 2;

export const chatIdOf = (c: number) => 710_000_000 + c;
export const unitCodeOf = (c: number) => `U${String(c).padStart(2, "0")}`;
export const updateIdOf = (c: number, i: number) => 300_000 + c * 100 + i;
/** Chats that had not submitted when the reminder fired (they wait for it before submitting). */
export const isGated = (c: number) => c % 2 === 0;

/** Which questions the corrections change, and how the stored value reads back. */
const CORRECTED = [
  { number: 1, fieldId: "plan_reference", value: (c: number, i: number) => `Kế hoạch số ${c}-${i}/KH ngày 28/9/2026` },
  { number: 2, fieldId: "propaganda", value: (c: number, i: number) => `Tuyên truyền lần sửa của chat ${c}, tin ${i}.` },
  { number: 15, fieldId: "lessons", value: (c: number, i: number) => `Bài học của chat ${c}, tin ${i}.` },
  { number: 10, fieldId: "readers_served", value: (c: number, i: number) => c * 1000 + i },
] as const;

/**
 * Chat c's 50 texts: /baocao, the full report, /nop and "Có" (version 1), twelve corrections
 * (/sua N, then a value naming the chat and the update), /nop and "Có" again (version 2).
 */
export function chatTexts(c: number): string[] {
  const texts = ["/baocao", ...FULL_REPORT_ANSWERS, "/nop", "Có"];
  for (let k = 0; texts.length < PER_CHAT - 2; k++) {
    const field = CORRECTED[k % CORRECTED.length]!;
    texts.push(`/sua ${field.number}`);
    texts.push(String(field.value(c, texts.length)));
  }
  return [...texts, "/nop", "Có"];
}

/** The last value each correction left, by field id: what the stored answers must end with. */
export function finalCorrections(c: number): Record<string, string | number> {
  const texts = chatTexts(c);
  const result: Record<string, string | number> = {};
  texts.forEach((_text, i) => {
    const field = CORRECTED.find((f) => texts[i - 1] === `/sua ${f.number}`);
    if (field) result[field.fieldId] = field.value(c, i);
  });
  return result;
}

/** The update Telegram would POST for chat c's i-th message (a private chat: user id = chat id). */
export function telegramUpdate(c: number, i: number, nowMs: number) {
  const text = chatTexts(c)[i]!;
  const id = chatIdOf(c);
  const message: Record<string, unknown> = {
    message_id: i + 1,
    date: Math.floor(nowMs / 1000),
    chat: { id, type: "private", first_name: "Cô", last_name: `Giáo ${c}` },
    from: { id, is_bot: false, first_name: "Cô", last_name: `Giáo ${c}` },
    text,
  };
  if (text.startsWith("/")) message.entities = [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }];
  return { update_id: updateIdOf(c, i), message };
}

/** Seeds the units, their chats and the open campaign (created "now", so only today's step is due). */
export async function seedUnits(app: TestApp, now: number): Promise<number> {
  const { repos } = app;
  const unitIds = await repos.transaction(async () => {
    const ids: number[] = [];
    for (let c = 0; c < CHATS; c++) {
      const unit = await repos.directory.insertUnit({ code: unitCodeOf(c), name: `Trường số ${c}`, placeName: "Nam Triệu" });
      await repos.directory.insertChat({ channel: "telegram", externalId: String(chatIdOf(c)), title: `Cô Giáo ${c}`, kind: "unit", unitId: unit.id });
      ids.push(unit.id);
    }
    return ids;
  });
  const templateId = (await repos.templates.latestOf([LIFELONG_LEARNING_WEEK]))[0]!.id;
  const campaign = await repos.transaction(() =>
    // Opened the day before, so that the morning's reminder step (08:00) is the campaign's own.
    repos.directory.insertCampaign({ templateId, title: CAMPAIGN_TITLE, issuerName: "UBND phường Nam Triệu", deadlineAt: DEADLINE, createdAt: now - OPENED_BEFORE_MS }, unitIds),
  );
  return campaign.id;
}

/** What a chat saw of one call, with the moments printed in texts masked (they differ between runs). */
export function signature(call: RecordedCall): string {
  const mask = (text: unknown) => String(text ?? "").replace(/\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/g, "<lúc>");
  if (call.method === "sendDocument") return `[document ${Object.values(call.files)[0]?.fileName}] ${mask(call.params.caption)}`;
  return mask(call.params.text);
}

export const isReminder = (text: string) => /^Nhắc nộp (?:báo cáo )?"/.test(text) || text.startsWith("Đã quá hạn nộp");
