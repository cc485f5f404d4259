/**
 * The paragraphs of the document a submission posted to the chat: rendered (off the request path
 * in the app), fetched through its signed link and read back as a checker would.
 */
import type { BotMessage, TestApp } from "./build-test-app.ts";
import { readDocx } from "./docx-reader.ts";

/** `replies`: the bot's replies to the message that submitted ("Có"), the document among them. */
export async function submittedDocxParagraphs(server: TestApp, replies: BotMessage[]): Promise<string[]> {
  await server.documents.renderPending();
  const url = replies.find((m) => m.document)?.document?.url;
  if (!url) throw new Error(`no document among the replies: ${replies.map((m) => m.text).join(" | ")}`);
  const file = await server.app.inject(new URL(url).pathname);
  return readDocx(file.rawPayload).paragraphs;
}
