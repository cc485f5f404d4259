/**
 * The officers' commands: /officer here; /bind, /return, /status, /broadcast, /remind, /campaign, /export and others in modules of their own.
 * Every refusal is a clear message and changes nothing. Runs inside the update's transaction.
 */
import { rememberCloseQuestion } from "./close-confirmation.ts";
import type { MemberRow } from "../db/schema.ts";
import { vi } from "../sentences/vi.ts";
import type { ConsolidationFlow } from "../consolidation/consolidation-flow.ts";
import { loadOnce } from "../load-once.ts";
import { secretTokenCheck } from "../channels/verify-secret-token.ts";
import { bindCommand } from "./bind-command.ts";
import { createCampaignFlow } from "./campaign-flow.ts";
import { CONFIRM_WORD } from "./confirm-word.ts";
import { OFFICER_ONLY, type OfficerCommand, splitArgument } from "./officer-commands.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";
import { findMember } from "./find-member.ts";
import { releaseMember } from "./release-member.ts";
import { broadcastCommand } from "./broadcast-command.ts";
import { remindCommand } from "./remind-command.ts";
import { returnCommand } from "./return-command.ts";
import { statusCommand } from "./status-command.ts";
import { templatesCommand } from "./template-commands.ts";
import { webCommand } from "./web-command.ts";

/**
 * /tonghop's flow, its code (the consolidation and its document's content) imported on the first
 * officer's message that asks whether it is active, not at start-up.
 */
function consolidationOnFirstUse(deps: OfficerDeps): ConsolidationFlow {
  const flow = loadOnce(async () => (await import("../consolidation/consolidation-flow.ts")).createConsolidationFlow(deps));
  return {
    command: async (request, argument) => (await flow()).command(request, argument),
    isActive: async (request) => (await flow()).isActive(request),
    unfinished: async (request) => (await flow()).unfinished(request),
    continueFlow: async (request, input) => (await flow()).continueFlow(request, input),
  };
}

export function createOfficerService(deps: OfficerDeps) {
  const { repos } = deps;
  const consolidation = consolidationOnFirstUse(deps);
  // The campaign form cancelled: the consolidated report /dotbaocao set aside is said again, with how to go on.
  const campaignFlow = createCampaignFlow(deps, {
    setAsideNote: async (request) => {
      const left = await consolidation.unfinished(request);
      return left === undefined ? undefined : vi.consolidation.setAsideAfterForm(left);
    },
  });
  const inOfficersChat = (r: OfficerRequest) => r.found?.chat.kind === "officers";

  /**
   * The database is the only truth (OFFICER_IDS seeds it once at start-up), so a removal sticks.
   * `member` is the sender's row when the caller has it already (it is read once per message).
   */
  const isOfficer = async (channel: string, userId: string, member?: MemberRow): Promise<boolean> =>
    (member ?? (await repos.officers.member(channel, userId)))?.role === "officer";

  const handle = async (request: OfficerRequest, command: OfficerCommand): Promise<Delivery[]> => {
    const respond = (text: string) => reply(request, say(text));
    if (command.command === "officer" && splitArgument(command.argument).word === "claim") return bootstrap(request, splitArgument(command.argument).rest);
    if (OFFICER_ONLY.has(command.command) && !request.isOfficer) return respond(vi.officer.onlyOfficers);
    // A close question waiting ends with the officer's next command ("/dotbaocao dong N" asks it again).
    if (request.isOfficer) await rememberCloseQuestion(repos, request, null);
    switch (command.command) {
      case "bind":
        return bindCommand(deps, request, command.argument);
      case "status":
        return statusCommand(deps, request, command.argument);
      case "web":
        return webCommand(deps, request, command.argument);
      case "officer": {
        // Who is an officer is decided, and listed, where officers talk: typed in a unit's group,
        // "/canbo them" made one in front of the whole school, and "/canbo" alone showed the school
        // every officer's platform id. "nhan CODE" (the first officer) and "chuyen" are not changes of role.
        const { word } = splitArgument(command.argument);
        const wherePrivate = inOfficersChat(request) || request.message.chatType === "private";
        if ((word === "add" || word === "remove" || word === "") && !wherePrivate) return respond(vi.officer.onlyInOfficersOrPrivateChat);
        return officers(request, command.argument);
      }
      default:
        if (!inOfficersChat(request)) return respond(vi.officer.onlyInOfficersChat);
    }
    switch (command.command) {
      case "campaign": {
        // The form takes this chat's messages from now: a consolidated report left mid-way (/tonghop
        // sua) is said, with its answers kept and how to go back; it was left in silence.
        const starts = splitArgument(command.argument).word === "" && request.isOfficer && !(await campaignFlow.isActive(request));
        const left = starts ? await consolidation.unfinished(request) : undefined;
        const form = await campaignFlow.command(request, command.argument);
        return left === undefined ? form : [...reply(request, say(vi.consolidation.leftForCampaignForm(left))), ...form];
      }
      case "broadcast":
        return broadcastCommand(deps, request, command.argument);
      case "remind":
        return remindCommand(deps, request, command.argument);
      case "return":
        return returnCommand(deps, request, command.argument);
      case "export":
        return (await import("../consolidation/export-command.ts")).exportCampaign(deps, request, command.argument);
      case "consolidate":
        return consolidation.command(request, command.argument);
      case "templates":
        return templatesCommand(deps, request, command.argument);
    }
  };

  const bootstrapMatches = deps.bootstrapCode === undefined ? () => false : secretTokenCheck(deps.bootstrapCode);
  const bootstrap = async (request: OfficerRequest, code: string): Promise<Delivery[]> => {
    // Only while no officer has written to the bot (then officers add each other): a code left in
    // the settings is no standing door to guess at. An OFFICER_IDS id nobody wrote from yet does not
    // close it: mistyped, it locked the operator out. One-time: the first correct use claims it for good.
    if ((await repos.officers.countOfficersWhoWrote()) > 0) return reply(request, say(vi.officer.bootstrapClosed));
    const valid = bootstrapMatches(code) && (await repos.settings.claimOnce("bootstrap_code_used", String(request.now)));
    if (!valid) return reply(request, say(vi.officer.unknownCode));
    await repos.officers.setRole(request.message.channel, request.message.sender.id, "officer");
    return reply(request, say(vi.officer.bootstrapped));
  };

  const officers = async (request: OfficerRequest, argument: string): Promise<Delivery[]> => {
    const respond = (text: string) => reply(request, say(text));
    const { word, rest } = splitArgument(argument);
    const { channel } = request.message;
    if (word === "release" && rest) return releaseMember(deps, request, rest);
    // Alone: who the officers are, then how to add or remove one (it gave only the usage).
    if (word === "") {
      const listed = (await repos.officers.listOfficers(channel)).map((m) => vi.officer.memberWithId(m.displayName, m.externalId));
      return respond(`${vi.officer.officersListed(listed)}\n${vi.officer.officerUsage}`);
    }
    if ((word !== "add" && word !== "remove") || !rest) return respond(vi.officer.officerUsage);
    // "/canbo xoa u7 chac": removing oneself is confirmed by a last word.
    const confirmed = word === "remove" && CONFIRM_WORD.test(rest);
    const who = confirmed ? rest.replace(CONFIRM_WORD, "") : rest;
    const found = await findMember(repos, channel, who, word === "add" ? "anyone" : "officers");
    if (!found) return respond(vi.officer.officerUnknown(who));
    if ("named" in found) {
      const people = found.named.map((m) => vi.officer.memberWithId(m.displayName, m.externalId)).join("; ");
      return respond(vi.officer.officerByIdPlease(word === "add", people, found.named[0]!.externalId));
    }
    const target = found.member;
    if (word === "add") {
      await repos.officers.setRole(channel, target.externalId, "officer");
      return respond(vi.officer.officerAdded(target.displayName));
    }
    if (target.role !== "officer") return respond(vi.officer.notAnOfficer(target.displayName));
    // Without an officer nobody could add one again (short of a new BOOTSTRAP_CODE).
    if ((await repos.officers.countOfficers()) <= 1) return respond(vi.officer.lastOfficer);
    if (target.externalId === request.message.sender.id && !confirmed) return respond(vi.officer.removeSelfConfirm(target.externalId));
    await repos.officers.setRole(channel, target.externalId, "staff");
    // Their web sessions end now, not at their next request's role check alone.
    await repos.webSessions.endSessionsOf(channel, target.externalId, request.now);
    return respond(vi.officer.officerRemoved(target.displayName));
  };

  return { isOfficer, handle, campaignFlow, consolidation };
}

export type OfficerService = ReturnType<typeof createOfficerService>;
