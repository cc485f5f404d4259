/**
 * /dangky (bind): a chat becomes a unit's (by the unit's code, typed by an officer, or by a one-time
 * code an officer made) or the officers' own; moving a bound chat takes an officer, and a last "chắc".
 */
import { vi } from "../sentences/vi.ts";
import { newBindCode, typedBindCode } from "./bind-codes.ts";
import { CONFIRM_WORD } from "./confirm-word.ts";
import { splitArgument } from "./officer-commands.ts";
import { type Delivery, type OfficerDeps, type OfficerRequest, reply, say } from "./officer-context.ts";
import { unitAtStart, unknownUnitText } from "./unit-codes.ts";

export async function bindCommand(deps: OfficerDeps, request: OfficerRequest, typed: string): Promise<Delivery[]> {
  const { repos } = deps;
  const respond = (text: string) => reply(request, say(text));
  // Turning the officers' chat into a unit's, or a unit's into the officers' (whose members get
  // sign-in links and every unit's documents), is confirmed by a last word, as removing oneself is.
  const confirmed = CONFIRM_WORD.test(typed);
  const argument = typed.replace(CONFIRM_WORD, "");
  const kind = request.found?.chat.kind;
  const { word, rest } = splitArgument(argument);
  const { channel, chatId, sender } = request.message;
  if (!word) return respond(vi.officer.bindUsage);
  if (word === "officers") {
    if (!request.isOfficer) return respond(vi.officer.onlyOfficers);
    if (kind === "unit" && !confirmed) return respond(vi.officer.bindUnitChatAsOfficers(request.found?.unit?.name ?? "", `/dangky canbo chac`));
    await repos.officers.bindChat(channel, chatId, "officers", null);
    return respond(vi.officer.boundOfficers);
  }
  if (word === "new") {
    if (!request.isOfficer) return respond(vi.officer.onlyOfficers);
    if (!rest) return respond(vi.officer.bindUsage);
    const unit = (await unitAtStart(repos, rest))?.unit;
    if (!unit) return respond(await unknownUnitText(repos, rest));
    const code = newBindCode(unit.code);
    await repos.officers.createBindCode(code, unit.id, `${channel}:${sender.id}`, request.now);
    return respond(vi.officer.bindCode(unit.name, code));
  }
  const alreadyBound = request.found?.chat.kind === "unit" || request.found?.chat.kind === "officers";
  if (request.isOfficer) {
    const found = await unitAtStart(repos, argument);
    const unit = found?.rest === "" ? found.unit : undefined;
    if (unit) {
      if (kind === "officers" && !confirmed) return respond(vi.officer.bindOfficersChatToUnit(unit.name, `/dangky ${unit.code} chac`));
      await repos.officers.bindChat(channel, chatId, "unit", unit.id);
      return respond(vi.officer.bound(unit.name));
    }
  }
  if (alreadyBound && !request.isOfficer) return respond(vi.officer.bindMoveNeedsOfficer);
  if (kind === "officers" && !confirmed) return respond(vi.officer.bindOfficersChatToUnit("", `/dangky ${argument} chac`));
  const unitId = await repos.officers.consumeBindCode(typedBindCode(argument), request.now);
  if (unitId === undefined) return respond(request.isOfficer ? await unknownUnitText(repos, argument) : (await repos.officers.unitByCode(argument)) ? vi.officer.bindNeedsOfficer : vi.officer.unknownBindCode);
  await repos.officers.bindChat(channel, chatId, "unit", unitId);
  return respond(vi.officer.bound((await repos.officers.unitById(unitId))?.name ?? ""));
}
