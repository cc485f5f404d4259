/**
 * The officers' chat of the demo, for tests that type officers' commands in it: Kha (an officer of
 * the demo ward) and the chat's id, the replies joined as one text, and a new demo app before each
 * test at the demo's clock (10:15 on 8 October 2026 in Hà Nội, the first campaign open).
 */
import { type BotMessage, replyText, type TestApp } from "./build-test-app.ts";
import { useDemoReport } from "./demo-report.ts";
import { multipartForm } from "./multipart-form.ts";

export const KHA = { userId: "u7", userName: "Nguyễn Thị Kha" };
export const OFFICERS = "can-bo-phuong";
/** The bot's replies to one message as one text, "---" between messages. */
export const text = replyText;

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Sends a file into a local chat as the chat page's "Chọn ảnh" button does; returns the bot's replies. */
export async function postFile(server: TestApp, chatId: string, user: { userId: string; userName: string }, file: { name: string; type: string; data: Buffer }, caption?: string): Promise<BotMessage[]> {
  const fields = caption === undefined ? user : { ...user, caption };
  const response = await server.app.inject({ method: "POST", url: `/local/chats/${chatId}/files`, ...multipartForm(fields, file) });
  if (response.statusCode !== 200) throw new Error(`POST ${chatId}/files answered ${response.statusCode}: ${response.body}`);
  return (response.json() as { messages: BotMessage[] }).messages;
}

/**
 * Call at the top of a test file; `server` stands for the running test's app (a new one each test,
 * closed after it), so the tests go on writing `server.post(…)`; `setNow` moves its clock.
 */
export function useOfficersChat() {
  // The same app, clock and closing as a unit's report tests: one place that builds the demo's day.
  const { server, setNow } = useDemoReport();
  return { server, setNow };
}
