/**
 * A chat message as the engine sees it: one of our commands (English or Vietnamese alias, with or
 * without "@botname") or plain text. "/sua 3", "/edit@bao_cao_bot 3" and "/SỬA 3" all mean edit 3.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { editArgument } from "./typed-edit.ts";

export type CommandName = "report" | "skip" | "back" | "edit" | "review" | "cancel" | "submit" | "document" | "help";

export type UserInput =
  // `append`: /them N, an edit that adds items to a list or rows to a table (engine-append.ts). An
  // edit, so every rule of /sua (a submitted report, a closed campaign, another unit's chat) holds.
  | { kind: "command"; command: CommandName; argument: string; append?: true }
  | { kind: "unknown-command"; name: string; argument: string }
  | { kind: "text"; text: string };

const ALIASES: Record<string, CommandName> = {
  report: "report",
  baocao: "report",
  start: "report",
  skip: "skip",
  boqua: "skip",
  back: "back",
  quaylai: "back",
  edit: "edit",
  sua: "edit",
  review: "review",
  xem: "review",
  cancel: "cancel",
  huy: "cancel",
  submit: "submit",
  nop: "submit",
  document: "document",
  vanban: "document",
  help: "help",
  trogiup: "help",
};

/** "/them 7 …" (thêm): items added to question 7's list or table, not its whole answer again. */
const APPEND_NAMES = new Set(["them", "add"]);

/** The names the help lists, offered for a mistyped command (command-suggestion.ts). */
export const VIETNAMESE_REPORT_COMMANDS = ["baocao", "boqua", "quaylai", "sua", "xem", "huy", "nop", "vanban", "trogiup"];

export function parseUserInput(text: string): UserInput {
  const match = /^\s*\/([^\s@]+)(?:@\S+)?(?:\s+([\s\S]*))?$/u.exec(text);
  if (!match?.[1]) return { kind: "text", text };
  const name = foldVietnamese(match[1]);
  // "/sua9": the number typed against the command, as phones join them.
  const joined = /^(sua|edit|them|add)(\d+)$/.exec(name);
  if (joined && !match[2]) return { kind: "command", command: "edit", argument: joined[2]!, ...(APPEND_NAMES.has(joined[1]!) ? { append: true as const } : {}) };
  if (APPEND_NAMES.has(name)) return { kind: "command", command: "edit", argument: (match[2] ?? "").trim(), append: true };
  const command = ALIASES[name];
  if (!command) return { kind: "unknown-command", name: match[1], argument: (match[2] ?? "").trim() };
  return { kind: "command", command, argument: (match[2] ?? "").trim() };
}

/**
 * The answer an edited chat message now gives: its text, or the answer after "/sua N" when the
 * message was one (it answered question N); undefined for another command, which answered nothing.
 */
export function editedAnswerText(text: string): string | undefined {
  const input = parseUserInput(text);
  if (input.kind === "text") return text;
  // "/them 7 …" edited added items; it gave no whole answer to put in place of question 7's.
  return input.kind === "command" && input.command === "edit" && !input.append ? editArgument(input.argument)?.answer : undefined;
}
