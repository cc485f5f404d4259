/**
 * The officers' side of the chat: /status, /broadcast, /remind, /bind, /campaign, /return and
 * /officer, each with its Vietnamese alias, with or without "@botname". Report commands are the
 * engine's (user-input.ts); these are parsed here so the two never overlap.
 */
import { foldVietnamese } from "../text/fold-vietnamese.ts";

export type OfficerCommandName = "status" | "broadcast" | "remind" | "bind" | "campaign" | "return" | "officer";

export interface OfficerCommand {
  command: OfficerCommandName;
  /** The text after the command, trimmed (may span lines, e.g. a broadcast). */
  argument: string;
}

const ALIASES: Record<string, OfficerCommandName> = {
  status: "status",
  trangthai: "status",
  broadcast: "broadcast",
  thongbao: "broadcast",
  remind: "remind",
  nhacnho: "remind",
  bind: "bind",
  dangky: "bind",
  campaign: "campaign",
  dotbaocao: "campaign",
  return: "return",
  tralai: "return",
  officer: "officer",
  canbo: "officer",
};

/** Commands only officers may run (binding may also be done by staff holding a code). */
export const OFFICER_ONLY: ReadonlySet<OfficerCommandName> = new Set(["broadcast", "remind", "campaign", "return", "officer"]);

export function parseOfficerCommand(text: string): OfficerCommand | undefined {
  const match = /^\s*\/([^\s@]+)(?:@\S+)?(?:\s+([\s\S]*))?$/u.exec(text);
  const command = match?.[1] ? ALIASES[foldVietnamese(match[1])] : undefined;
  return command ? { command, argument: (match?.[2] ?? "").trim() } : undefined;
}

/** The first word of an argument, folded ("Ngay" → "ngay"), and the rest. */
export function splitArgument(argument: string): { word: string; rest: string } {
  const match = /^(\S+)\s*([\s\S]*)$/.exec(argument);
  return { word: foldVietnamese(match?.[1] ?? ""), rest: (match?.[2] ?? "").trim() };
}
