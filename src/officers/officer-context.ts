/**
 * What every officer handler gets: the repositories, the clock and zone, the report templates, and
 * a way to address messages. Handlers return deliveries; the conversation service stores them in
 * the same transaction as everything else the update changed.
 */
import type { InboundMessage, OutboundMessage } from "../channels/channel.ts";
import type { Repositories } from "../db/repositories.ts";
import type { ChatRow, UnitRow } from "../db/schema.ts";
import type { TemplateCatalog } from "../templates/template-catalog.ts";
import type { Template } from "../templates/template-schema.ts";

/** A message for a chat, possibly another one than the message came from. */
export interface Delivery {
  channel: string;
  chatId: string;
  message: OutboundMessage;
  broadcastId?: number;
}

export interface OfficerDeps {
  repos: Repositories;
  timeZone: string;
  /** Parsed template of a stored template row (one loaded into the template cache). */
  templateFor: (templateId: number) => Promise<Template>;
  /** The report types in use (built-in and the operator's files), at their latest versions. */
  catalog: TemplateCatalog;
  /** One-time code that makes its sender an officer (BOOTSTRAP_CODE), if configured. */
  bootstrapCode?: string;
  /** Where officers reach the server: /web's sign-in links point there. */
  publicUrl: () => string;
  /** Whether /web gives links: in production only with PUBLIC_URL (a guessed http://HOST:PORT is no address to send). */
  signInLinks: boolean;
}

export interface OfficerRequest {
  message: InboundMessage;
  found: { chat: ChatRow; unit: UnitRow | null } | undefined;
  isOfficer: boolean;
  now: number;
}

/** The same messages, in order, for every officers' chat: what officers must see wherever they are. */
export async function toOfficerChats(repos: Pick<Repositories, "directory">, ...messages: OutboundMessage[]): Promise<Delivery[]> {
  return (await repos.directory.listOfficerChats()).flatMap((chat) => messages.map((message) => ({ channel: chat.channel, chatId: chat.externalId, message })));
}

export const say = (text: string): OutboundMessage => ({ kind: "text", text });

export function reply(request: OfficerRequest, ...messages: OutboundMessage[]): Delivery[] {
  return messages.map((message) => ({ channel: request.message.channel, chatId: request.message.chatId, message }));
}
