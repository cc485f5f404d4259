/**
 * /web (/trangweb) in the officers' chat, or in the officer's private chat with the bot: a one-time
 * link that signs this officer in to the web page (15 minutes, once; only a digest of it is stored).
 * The chat is told when the link is used, so a sign-in by someone else in a group shows at once.
 * `/web thoat` ends every session of theirs and spends their unused links. Staff get a polite
 * refusal (in their unit's chat, with what they can do there); an officer in a unit's chat is sent
 * to the officers' chat.
 */
import { LOGIN_LINK_MS, newSecret } from "../web/web-session.ts";
import { refusesLateNow } from "../conversation/closed-campaign.ts";
import { chatCampaign } from "../conversation/report-to-work-on.ts";
import { vi } from "../sentences/vi.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import { splitArgument } from "./officer-commands.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";

export async function webCommand(deps: OfficerDeps, request: OfficerRequest, argument: string): Promise<Delivery[]> {
  const respond = (text: string) => reply(request, say(text));
  const { channel, sender } = request.message;
  // In a unit's chat, what the unit does there instead (elsewhere the report's commands are refused).
  if (!request.isOfficer) {
    const unit = request.found?.chat.kind === "unit" ? request.found.unit : null;
    return respond(unit ? vi.web.command.staffRefusedInUnitChat(await reportStanding(deps, unit.id)) : vi.web.command.staffRefused);
  }
  if (saysSignOut(argument)) return respond(vi.web.command.signedOut(await deps.repos.webSessions.endSessionsOf(channel, sender.id, request.now)));
  // "/web đăng nhập", "/web gì đó": not a link for a word it does not know, posted where the group sees it.
  if (argument.trim() !== "") return respond(vi.web.command.usage);
  // The officers' chat, or the officer's own private chat with the bot (where nobody else sees the link).
  const isPrivate = request.message.chatType === "private";
  if (request.found?.chat.kind !== "officers" && !isPrivate) return respond(vi.officer.onlyInOfficersChat);
  if (!deps.signInLinks) return respond(vi.web.command.noPublicUrl);
  const token = newSecret();
  await deps.repos.webSessions.createLoginToken(token, { channel, externalId: sender.id, chatId: request.message.chatId }, request.now + LOGIN_LINK_MS);
  const url = `${deps.publicUrl().replace(/\/+$/, "")}/web/login/${token}`;
  // Telegram is asked not to fetch the link for a preview (a preview fetch of other platforms does not spend it either).
  return reply(request, { kind: "text", text: vi.web.command.link(sender.displayName, url, LOGIN_LINK_MS / 60_000, isPrivate), noLinkPreview: true });
}

/** "thoat", and "đăng xuất" as the page's button says it: the natural words after "… nếu không phải bạn". */
const SIGN_OUT_WORDS = new Set(["dang xuat", "dangxuat", "thoat ra", "sign out", "log out"]);

function saysSignOut(argument: string): boolean {
  const folded = foldVietnamese(argument.trim().toLowerCase()).replace(/[.!]+$/, "").replace(/\s+/g, " ");
  return splitArgument(argument).word === "signout" || SIGN_OUT_WORDS.has(folded);
}

/**
 * Where the report the unit's chat works on stands, by the rule its messages follow (report-to-work-on.ts).
 * Its latest campaign, closed refusing late reports, read "không nộp được" while the chat's messages
 * went to an older closed one still taking the report.
 */
async function reportStanding(deps: OfficerDeps, unitId: number): Promise<"none" | "sealed" | "not-started" | "in-progress" | "returned" | "submitted"> {
  const campaign = await chatCampaign(deps.repos, unitId);
  if (!campaign) return "none";
  const status = (await deps.repos.submissions.find(campaign.id, unitId))?.status;
  if (status === "submitted" || status === "returned") return status;
  // Closed refusing late reports: "gõ /baocao" would meet "không nộp được nữa".
  return refusesLateNow(campaign) ? "sealed" : status === "in_progress" ? "in-progress" : "not-started";
}
