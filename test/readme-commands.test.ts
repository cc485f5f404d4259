/**
 * The README's command tables ("In the chat" and "Officers") are what new users try first: every
 * command and its alias, read from README.md itself, goes through the real app (local chat API)
 * and must be understood, the English form answering exactly as its Vietnamese alias does.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { vi } from "../src/sentences/vi.ts";
import { buildTestApp, HOA, LIEN_CHAU } from "./helpers/build-test-app.ts";
import { KHA, OFFICERS } from "./helpers/officers-chat.ts";

const README = readFileSync(resolve(import.meta.dirname, "../README.md"), "utf8");

/** The first two columns (command, alias) of the first table under a "## heading". */
function commandTable(heading: string): [string, string][] {
  const section = README.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  if (!section) throw new Error(`README has no "## ${heading}"`);
  const rows = section.split("\n").filter((line) => line.startsWith("|")).slice(2);
  return rows.map((row) => {
    const [command, alias] = row.split("|").slice(1, 3).map((cell) => /^\s*`([^`]+)`\s*$/.exec(cell)?.[1]);
    if (!command || !alias) throw new Error(`README row without one command and one alias: ${row}`);
    return [command, alias];
  });
}

/** The README's placeholders, filled with values the demo knows (ID: the second demo officer). */
/** A deadline later than the demo campaign's (two weeks from the start), for /dotbaocao giahan. */
const LATER = new Date(Date.now() + 20 * 86_400_000);
const DATE = `${LATER.getDate()}/${LATER.getMonth() + 1}/${LATER.getFullYear()}`;
const PLACEHOLDERS: Record<string, string> = { N: "1", CODE: "TH-LIEN-CHAU", UNIT: "TH-LIEN-CHAU", ID: "u8", text: "Họp giao ban thứ Hai", comment: "Bổ sung số liệu", DATE };
const fill = (command: string) => command.split(" ").map((word) => PLACEHOLDERS[word] ?? word).join(" ");

/** Replies that mean the bot did not understand the command as written. */
const NOT_UNDERSTOOD = [/^Cách dùng/m, /^Không có lệnh/m, new RegExp(`^${vi.chat.officersChat}$`), new RegExp(`^${vi.officer.onlyOfficers}$`)];

/** Sends `command` in a fresh demo (so the two forms of a row see the same state); returns the replies. */
async function replyTo(chatId: string, member: { userId: string; userName: string }, command: string, prelude: string[]): Promise<string> {
  const server = await buildTestApp();
  try {
    for (const message of prelude) await server.post(chatId, member, message);
    const replies = await server.post(chatId, member, fill(command));
    // A bind code, a sign-in link and each app's template folder are random; the rest of the reply must match.
    return replies
      .map((m) => m.text)
      .join("\n---\n")
      .replace(/-[0-9A-HJKMNP-TV-Z]{8}\b/g, "-XXXXXXXX")
      .replace(/templates-\w{6}/g, "templates-XXXXXX")
      .replace(/\/web\/login\/[\w-]{43}/g, "/web/login/TOKEN");
  } finally {
    await server.close();
  }
}

const tables = [
  { heading: "In the chat", chatId: LIEN_CHAU, member: HOA, prelude: ["/baocao"], expected: ["/report", "/edit N", "/help"] },
  { heading: "Officers", chatId: OFFICERS, member: KHA, prelude: [], expected: ["/remind now", "/remind schedule 3,1,0", "/officer add ID", "/officer remove ID"] },
];

describe.each(tables)("the README table $heading", ({ heading, chatId, member, prelude, expected }) => {
  const rows = commandTable(heading);

  it("lists the commands new users asked about", () => {
    expect(rows.map(([command]) => command)).toEqual(expect.arrayContaining(expected));
  });

  it.each(rows)("%s and %s are understood and answer alike", async (command, alias) => {
    const english = await replyTo(chatId, member, command, prelude);
    const vietnamese = await replyTo(chatId, member, alias, prelude);
    expect(english, command).not.toBe("");
    for (const pattern of NOT_UNDERSTOOD) expect(english, command).not.toMatch(pattern);
    expect(english, `${command} answers as ${alias}`).toBe(vietnamese);
  });
});
