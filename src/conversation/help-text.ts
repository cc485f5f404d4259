/**
 * What /trogiup lists: the commands the asker may use. An officer's come first in the officers'
 * chat; the way to bind a chat is told only where the chat is not bound yet.
 */
import { vi } from "../sentences/vi.ts";
import type { UserInput } from "./user-input.ts";

export const isHelp = (input: UserInput) => input.kind === "command" && input.command === "help";

export function helpText(isOfficer: boolean, found: { chat: { kind: string }; unit: unknown } | undefined): string {
  if (isOfficer) return found?.chat.kind === "officers" ? `${vi.officer.helpOfficer}\n\n${vi.help}` : `${vi.help}\n\n${vi.officer.helpOfficer}`;
  return found?.unit ? vi.help : `${vi.help}\n\n${vi.officer.helpStaff}`;
}
