/**
 * What /trogiup lists: the commands the asker may use. An officer's come first in the officers'
 * chat; the way to bind a chat is told only where the chat is not bound yet.
 */
import { type ChannelName, receivesFiles } from "../channels/channel.ts";
import { vi } from "../sentences/vi.ts";
import type { UserInput } from "./user-input.ts";

export const isHelp = (input: UserInput) => input.kind === "command" && input.command === "help";

export function helpText(isOfficer: boolean, found: { chat: { kind: string }; unit: unknown } | undefined, channel: ChannelName): string {
  // A Word file's line only where the platform gives the bot the file.
  const help = receivesFiles(channel) ? `${vi.help}\n${vi.helpWordFile}` : vi.help;
  if (isOfficer) return found?.chat.kind === "officers" ? `${vi.officer.helpOfficer}\n\n${help}` : `${help}\n\n${vi.officer.helpOfficer}`;
  return found?.unit ? help : `${help}\n\n${vi.officer.helpStaff}`;
}
