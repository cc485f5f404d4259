/**
 * The officers' side of the chat: /status, /broadcast, /remind, /bind, /campaign, /return,
 * /officer, /export and /web, each with its Vietnamese alias, with or without "@botname". Report
 * commands are the engine's (user-input.ts); these are parsed here so the two never overlap.
 */
import { typedCampaignNumber } from "../conversation/campaign-choice.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";

export type OfficerCommandName = "status" | "broadcast" | "remind" | "bind" | "campaign" | "return" | "officer" | "export" | "consolidate" | "templates" | "web";

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
  export: "export",
  xuat: "export",
  consolidate: "consolidate",
  tonghop: "consolidate",
  templates: "templates",
  mau: "templates",
  web: "web",
  trangweb: "web",
};

/** The names the help lists, offered for a mistyped command (command-suggestion.ts). */
export const VIETNAMESE_OFFICER_COMMANDS = ["trangthai", "thongbao", "nhacnho", "dangky", "dotbaocao", "tralai", "canbo", "xuat", "tonghop", "mau", "web"];

/** Commands only officers may run (binding may also be done by staff holding a code). */
export const OFFICER_ONLY: ReadonlySet<OfficerCommandName> = new Set(["broadcast", "remind", "campaign", "return", "officer", "export", "consolidate", "templates"]);

export function parseOfficerCommand(text: string): OfficerCommand | undefined {
  const match = /^\s*\/([^\s@]+)(?:@\S+)?(?:\s+([\s\S]*))?$/u.exec(text);
  const command = match?.[1] ? ALIASES[foldVietnamese(match[1])] : undefined;
  return command ? { command, argument: (match?.[2] ?? "").trim() } : undefined;
}

/**
 * "trangthai", "trạng thái 2", "xuat": the officers' commands that only read, typed without the
 * slash in the officers' chat (they passed in silence, as the officers' talk). Those that send or
 * change something ("thongbao …") still need theirs: a word in a chat must not reach every unit.
 */
const TYPED_READS: Record<string, OfficerCommandName> = { trangthai: "status", "trang thai": "status", xuat: "export" };
/** Their first words: any other text is no such command, and is not split into its words. */
const FIRST_WORDS = new Set(Object.keys(TYPED_READS).map((typed) => typed.split(" ")[0]));

export function typedOfficerRead(text: string): OfficerCommand | undefined {
  const line = text.trim().replace(/\s*[.!]$/, "");
  const first = /^\S+/u.exec(line)?.[0];
  if (first === undefined || !FIRST_WORDS.has(foldVietnamese(first))) return undefined;
  const words = line.split(/\s+/);
  // The command's one or two words, then at most a campaign's number as its slash form reads it:
  // "đợt 1" after "trangthai" was taken for the command's second word, and it passed in silence.
  for (const count of [2, 1]) {
    const command = words.length >= count ? TYPED_READS[foldVietnamese(words.slice(0, count).join(" "))] : undefined;
    const argument = words.slice(count).join(" ");
    if (command && (argument === "" || typedCampaignNumber(argument) !== undefined)) return { command, argument };
  }
  return undefined;
}

/**
 * Sub-commands ("/nhacnho ngay", "/remind now"): each Vietnamese word and its English twin map to
 * one English name, so the handlers compare one word and no alias can be forgotten in one place.
 */
const SUB_WORDS: Record<string, string> = {
  ngay: "now",
  now: "now",
  lich: "schedule",
  schedule: "schedule",
  them: "add",
  add: "add",
  xoa: "remove",
  remove: "remove",
  chuyen: "release",
  release: "release",
  nhan: "claim",
  claim: "claim",
  giahan: "extend",
  extend: "extend",
  dong: "close",
  close: "close",
  moi: "new",
  new: "new",
  invite: "new",
  canbo: "officers",
  officers: "officers",
  tatca: "all",
  all: "all",
  sua: "edit",
  edit: "edit",
  nap: "reload",
  reload: "reload",
  lai: "again",
  again: "again",
  thoat: "signout",
  signout: "signout",
  logout: "signout",
};

/**
 * The first word of an argument as a sub-command name ("Ngay" and "now" → "now"; other words
 * folded, "Họp" → "hop"), and the rest.
 */
export function splitArgument(argument: string): { word: string; rest: string } {
  const match = /^(\S+)\s*([\s\S]*)$/.exec(argument);
  const folded = foldVietnamese(match?.[1] ?? "");
  return { word: SUB_WORDS[folded] ?? folded, rest: (match?.[2] ?? "").trim() };
}
