/**
 * A file sent into the officers' chat. Nothing there reads one: report types are files the
 * operator loads (README "Templates"), and a unit's Word report goes in the unit's own group. A Word
 * file is answered with that and what to do instead (a ward's new plan sent as "Mẫu báo cáo mới"
 * passed in silence); a caption that is a command is run as typed ("/mau nap" sent with the plan ran
 * nothing). Any other file (a photo colleagues share) passes as their talk does.
 */
import type { InboundFile } from "../channels/channel.ts";
import { type Delivery, type OfficerRequest, reply, say } from "../officers/officer-context.ts";
import { parseOfficerCommand, typedOfficerRead } from "../officers/officer-commands.ts";
import type { OfficerService } from "../officers/officer-service.ts";
import { vi } from "../sentences/vi.ts";
import { suggestedCommand } from "./command-suggestion.ts";
import { helpText, isHelp } from "./help-text.ts";
import { parseUserInput } from "./user-input.ts";

export async function officersChatFile(officers: OfficerService, request: OfficerRequest, file: InboundFile): Promise<Delivery[]> {
  // An edited caption is no new message: what it asked was answered when the file came.
  if (request.message.isEdit) return [];
  return [...(await captionReplies(officers, request, file.caption ?? "")), ...(isWordFile(file) ? reply(request, say(vi.template.wordNotTemplate)) : [])];
}

/** The caption read as the same words typed in this chat would be, commands only (a caption's words are no answer to a form). */
async function captionReplies(officers: OfficerService, request: OfficerRequest, caption: string): Promise<Delivery[]> {
  const command = parseOfficerCommand(caption) ?? typedOfficerRead(caption);
  if (command) return officers.handle(request, command);
  const input = parseUserInput(caption);
  if (isHelp(input)) return reply(request, say(helpText(request.isOfficer, request.found, request.message.channel)));
  if (input.kind === "unknown-command") return reply(request, say(vi.report.unknownCommand(input.name, suggestedCommand(input.name, input.argument, "officers"))));
  return [];
}

/**
 * By its name or type: the officers' chat fetches no file (conversation-service.ts, acceptsFile),
 * so its bytes are not there to look at. A Word 97-2003 .doc is the same mistake.
 */
function isWordFile(file: InboundFile): boolean {
  return /\.docx?$/i.test(file.fileName ?? "") || WORD_TYPES.has(file.mimeType ?? "");
}
const WORD_TYPES = new Set(["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword"]);
