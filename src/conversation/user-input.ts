/**
 * A chat message as the engine sees it: one of our commands (English or Vietnamese alias, with or
 * without "@botname") or plain text. "/sua 3", "/edit@bao_cao_bot 3" and "/SỬA 3" all mean edit 3.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

export type CommandName = "report" | "skip" | "back" | "edit" | "review" | "cancel" | "submit" | "document" | "help";

export type UserInput =
  | { kind: "command"; command: CommandName; argument: string }
  | { kind: "unknown-command"; name: string }
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

/**
 * What a clerk types without the slash where an answer is expected: stored as an answer, "?" or
 * "bỏ qua" would be printed in the report. Read only while a unit's chat is asked a question
 * (conversation-service.ts): elsewhere they stay text.
 */
const TYPED_ALIASES: Record<string, CommandName> = {
  "?": "help",
  help: "help",
  "tro giup": "help",
  "bo qua": "skip",
  skip: "skip",
};

/** "nộp" typed without the slash once every question is answered: there is nothing else it can mean. */
const TYPED_SUBMIT = new Set(["nop", "nop bao cao", "nop di", "nop luon", "nop a"]);

/** Where the report is complete (conversation-service.ts): plain "nộp" is /nop. */
export function typedSubmit(input: UserInput): UserInput {
  if (input.kind !== "text" || !TYPED_SUBMIT.has(foldVietnamese(input.text).replace(/[.!]+$/, "").trim())) return input;
  return { kind: "command", command: "submit", argument: "" };
}

/** Every command word the engine knows, for other layers (e.g. telling officer commands apart). */
export const REPORT_COMMAND_WORDS = Object.keys(ALIASES);

export function parseUserInput(text: string): UserInput {
  const match = /^\s*\/([^\s@]+)(?:@\S+)?(?:\s+([\s\S]*))?$/u.exec(text);
  if (!match?.[1]) return { kind: "text", text };
  const name = foldVietnamese(match[1]);
  // "/sua9": the number typed against the command, as phones join them.
  const joined = /^(sua|edit)(\d+)$/.exec(name);
  if (joined && !match[2]) return { kind: "command", command: "edit", argument: joined[2]! };
  const command = ALIASES[name];
  if (!command) return { kind: "unknown-command", name: match[1] };
  return { kind: "command", command, argument: (match[2] ?? "").trim() };
}

/**
 * A plain text that is one of the typed aliases ("?", "trợ giúp", "bỏ qua") as that command; so is
 * "nộp" (no answer is that one word, and a clerk who types it means to submit) and "sửa câu 3".
 */
export function typedCommand(input: UserInput): UserInput {
  if (input.kind !== "text") return input;
  const whole = foldVietnamese(input.text).trim();
  const folded = whole.replace(/[.!?]+$/, "").trim();
  const command = TYPED_ALIASES[/^\?+$/.test(whole) ? "?" : folded];
  if (command) return { kind: "command", command, argument: "" };
  if (TYPED_SUBMIT.has(folded)) return { kind: "command", command: "submit", argument: "" };
  const edit = /^sua(?: cau)? (\d{1,3})$/.exec(folded.replace(/\s+/g, " "));
  return edit ? { kind: "command", command: "edit", argument: edit[1]! } : input;
}

/**
 * What a plain text means where the conversation stands, the same in a unit's report and in the
 * officers' forms: where an answer is expected, the typed aliases; once every question is answered,
 * plain "nộp"; elsewhere text stays text.
 */
export function typedInput(phase: string, input: UserInput): UserInput {
  return phase === "asking" ? typedCommand(input) : phase === "complete" ? typedSubmit(input) : input;
}
