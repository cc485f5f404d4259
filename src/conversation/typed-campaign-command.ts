/**
 * A command about a campaign by its number, typed in a unit's chat without the slash, read in every
 * phase before the report is (conversation-service.ts): no answer a unit's report asks reads so.
 * "baocao 2", "báo cáo đợt 2" are /baocao 2, which picks the campaign first (read as the report's
 * own words, it reached the campaign the chat was on). "xem 2", "xem đợt 2" are /xem 2, campaign
 * 2's answers without moving the chat: at a question it was stored as its answer, at /nop's
 * confirmation it was asked again for Có or Không, and before the report it passed in silence
 * ("xem" alone, without a number, is read where an answer is expected: typed-commands.ts). Filler
 * before it ("ơ nhầm, baocao 1") and its slash inside the sentence change nothing.
 */
import { isShortText, typedWords } from "./typed-words.ts";
import type { CommandName, UserInput } from "./user-input.ts";

const NUMBERED: [RegExp, CommandName][] = [
  [/^\/?(?:baocao|bao cao) (?:dot )?(\d{1,4})$/, "report"],
  [/^\/?xem (?:bao cao )?(?:dot )?(\d{1,4})$/, "review"],
];

/**
 * Filler before the command, folded: "ơ nhầm, baocao 1", "à nhầm, /baocao 1", "chị ơi, xem 1". A
 * colleague correcting the campaign just chosen: stored, it was the new campaign's answer. Not "dạ":
 * folded, it is "đã", and "Đã báo cáo đợt 2" is a statement, not /baocao 2.
 */
const FILLER = /^(?:(?:o|a|u|uh|oi|ui|chet|nham|em nham|nham roi|nham nhe|xin loi|sorry|(?:chi|anh|co|thay|em|ad|admin|bot) oi)(?:[\s,.!:;-]+|$))+/;

export function typedCampaignCommand(input: UserInput): UserInput | undefined {
  if (!isShortText(input)) return undefined;
  const words = typedWords(input.text).replace(FILLER, "");
  for (const [pattern, command] of NUMBERED) {
    const numbered = pattern.exec(words)?.[1];
    if (numbered) return { kind: "command", command, argument: numbered };
  }
  return undefined;
}
