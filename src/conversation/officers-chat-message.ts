/**
 * A message in the officers' chat that is no officer's command (conversation-service.ts has run
 * those): an answer to the campaign being opened or to the consolidated report being completed, a
 * read typed without its slash ("trangthai"), a mistyped command named as such, a file (officers-chat-file.ts),
 * a question on making a report type (asks-about-templates.ts); else nothing is said.
 */
import type { OutboundMessage } from "../channels/channel.ts";
import { type Delivery, type OfficerRequest, say } from "../officers/officer-context.ts";
import { typedOfficerRead } from "../officers/officer-commands.ts";
import type { OfficerService } from "../officers/officer-service.ts";
import { vi } from "../sentences/vi.ts";
import { suggestedCommand } from "./command-suggestion.ts";
import { asksAboutTemplates } from "./asks-about-templates.ts";
import { officersChatFile } from "./officers-chat-file.ts";
import type { UserInput } from "./user-input.ts";

/** `here`: the replies in this chat, after the acknowledgement of a button pressed (its spinner stops). */
export async function officersChatMessage(officers: OfficerService, request: OfficerRequest, parsedInput: UserInput, here: (...messages: OutboundMessage[]) => Delivery[]): Promise<Delivery[]> {
  const { message } = request;
  const withAck = (deliveries: Delivery[]) => [...here(), ...deliveries];
  // A file's words are its caption (its text is empty): it passed in silence, as talk.
  if (message.file) return withAck(await officersChatFile(officers, request, message.file));
  // "trangthai", "trang thai đợt 1" read as /trangthai whatever form is open, as the slash form is
  // (stored, it was the campaign's title; during /tonghop sua it passed in silence).
  const typedRead = message.isEdit ? undefined : typedOfficerRead(message.text);
  if (typedRead) return withAck(await officers.handle(request, typedRead));
  // An officer opening a campaign answers its questions here, with the same report commands.
  if (request.isOfficer && (await officers.campaignFlow.isActive(request)) && parsedInput.kind !== "unknown-command") {
    return withAck(await officers.campaignFlow.continueFlow(request, parsedInput));
  }
  // Then an officer completing the campaign's consolidated report (/tonghop sua).
  if (request.isOfficer && (await officers.consolidation.isActive(request)) && parsedInput.kind !== "unknown-command") {
    return withAck(await officers.consolidation.continueFlow(request, parsedInput));
  }
  // "Có" or "không" to the officer's own "/dotbaocao dong N" question (it passed in silence).
  const closing = request.isOfficer && parsedInput.kind === "text" && !message.isEdit ? await officers.campaignFlow.closeAnswer(request, message.text) : undefined;
  if (closing) return withAck(closing);
  // A mistyped officer command is named as such; a unit's command is told where it belongs.
  if (parsedInput.kind === "unknown-command") return here(say(vi.report.unknownCommand(parsedInput.name, suggestedCommand(parsedInput.name, parsedInput.argument, "officers"))));
  if (parsedInput.kind !== "text") return here(say(vi.chat.officersChat));
  // How to make a report type from a Word file: the operator's work, said once asked; other talk passes.
  if (!message.isEdit && asksAboutTemplates(message.text)) return here(say(vi.template.wordNotTemplate));
  // here(): a button pressed is acknowledged even when nothing is said (its spinner stops).
  return here();
}
