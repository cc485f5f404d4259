/**
 * "/dotbaocao dong N" asks before it closes; the officer's natural answer to it ("có", "ok", "đồng
 * ý") passed in silence, only "/dotbaocao dong N chac" closed. The question is remembered durably
 * (a row of the conversations table, as the officer's form is) for the officer who asked in that
 * chat, and a short yes or no from them within CLOSE_ANSWER_MS answers it, once; any command of
 * theirs meanwhile ends the wait (officer-service.ts), so a later "có" is never about closing.
 */
import type { Repositories } from "../db/repositories.ts";
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import type { OfficerRequest } from "./officer-context.ts";

/**
 * How long the close question waits for its answer: a "có" typed much later is talk, not a
 * confirmation of something the officer may no longer have in mind (closing is final).
 */
export const CLOSE_ANSWER_MS = 5 * 60_000;

/** The stored question's format; a row of another shape is taken as no question. */
const VERSION = 1;

/**
 * The whole reply, folded, without its punctuation and polite words: only these answer (not "có ai
 * biết…"). Not a bare "ok" nor "đóng": said to a colleague in the chat, they closed a campaign for good.
 */
const YES = /^(?:co|dong y|chac|chac chan|co dong|ok dong)$/;
const NO = /^(?:khong|ko|k|thoi|chua|khong dong)$/;
const COURTESY = /(?:^|\s)(?:da|vang|a|nhe|nha|roi|u|uh|um|oi)(?=\s|$)/g;

const keyOf = (request: OfficerRequest) => `officer-close:${request.message.channel}:${request.message.chatId}:${request.message.sender.id}`;

/** Records that this officer was asked to confirm closing `campaignId` (null: no question waits any more). */
export async function rememberCloseQuestion(repos: Pick<Repositories, "conversations">, request: OfficerRequest, campaignId: number | null): Promise<void> {
  const key = keyOf(request);
  const stored = await repos.conversations.load(key);
  if (!stored && campaignId === null) return;
  await repos.conversations.save(key, JSON.stringify({ campaignId, askedAt: request.now }), VERSION, stored?.revision, request.now);
}

/**
 * The answer `text` gives to this officer's close question still waiting, taken (a second "có" is
 * talk again); undefined when it is no yes or no, or no question waits.
 */
export async function takeCloseAnswer(repos: Pick<Repositories, "conversations">, request: OfficerRequest, text: string): Promise<{ campaignId: number; yes: boolean } | undefined> {
  const words = foldVietnamese(text).replace(/[.!,;:]+/g, " ").replace(COURTESY, " ").replace(/\s+/g, " ").trim();
  const yes = YES.test(words);
  if (!yes && !NO.test(words)) return undefined;
  const stored = await repos.conversations.load(keyOf(request));
  if (!stored || stored.stateVersion !== VERSION) return undefined;
  const { campaignId, askedAt } = JSON.parse(stored.state) as { campaignId: unknown; askedAt: unknown };
  if (typeof campaignId !== "number" || typeof askedAt !== "number" || request.now - askedAt > CLOSE_ANSWER_MS) return undefined;
  await rememberCloseQuestion(repos, request, null);
  return { campaignId, yes };
}
