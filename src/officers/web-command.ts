/**
 * /web (/trangweb) in the officers' chat: a one-time link that signs this officer in to the web
 * page (15 minutes, once; only a digest of it is stored). `/web thoat` ends every session of theirs.
 * Staff get a polite refusal; an officer elsewhere is sent to the officers' chat.
 */
import { LOGIN_LINK_MS, newSecret } from "../web/web-session.ts";
import { vi } from "../sentences/vi.ts";
import { splitArgument } from "./officer-commands.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";

export async function webCommand(deps: OfficerDeps, request: OfficerRequest, argument: string): Promise<Delivery[]> {
  const respond = (text: string) => reply(request, say(text));
  const { channel, sender } = request.message;
  if (!request.isOfficer) return respond(vi.web.command.staffRefused);
  if (splitArgument(argument).word === "signout") return respond(vi.web.command.signedOut(await deps.repos.webSessions.endSessionsOf(channel, sender.id)));
  if (request.found?.chat.kind !== "officers") return respond(vi.officer.onlyInOfficersChat);
  const token = newSecret();
  await deps.repos.webSessions.createLoginToken(token, channel, sender.id, request.now + LOGIN_LINK_MS);
  return respond(vi.web.command.link(sender.displayName, `${deps.publicUrl().replace(/\/+$/, "")}/web/login/${token}`, LOGIN_LINK_MS / 60_000));
}
