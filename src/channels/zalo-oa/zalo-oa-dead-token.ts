/**
 * What happens once when Zalo declares the OA's refresh token dead: the state is stored (so a
 * restart neither retries nor repeats), the operator is told in the log what to do, and every
 * officers' chat on the other channels gets a note through the outbox (the OA itself may be mute).
 */
import { vi } from "../../sentences/vi.ts";

/** The repositories this needs; `repos` from createRepositories fits. */
export interface DeadTokenRepos {
  transaction<T>(work: () => Promise<T>): Promise<T>;
  settings: { markTokensDead(provider: string, reason: string): Promise<boolean> };
  directory: { listOfficerChats(): Promise<{ channel: string; externalId: string }[]> };
  outbox: { enqueue(channel: string, chatId: string, payload: unknown, now: number): Promise<number> };
}

export interface DeadTokenDeps {
  repos: DeadTokenRepos;
  now: () => number;
  logger: { error: (obj: object, msg: string) => void };
}

/** Returns the client's `onRefreshTokenDead`: records the dead token, and reports it the first time only. */
export function createZaloOaDeadTokenHandler(deps: DeadTokenDeps): (code: number) => Promise<void> {
  return async (code) => {
    const { repos } = deps;
    const notified = await repos.transaction(async () => {
      if (!(await repos.settings.markTokensDead("zalo-oa", `Zalo error ${code}`))) return undefined;
      const chats = (await repos.directory.listOfficerChats()).filter((chat) => chat.channel !== "zalo-oa");
      for (const chat of chats) await repos.outbox.enqueue(chat.channel, chat.externalId, { kind: "text", text: vi.zaloOa.refreshTokenDead }, deps.now());
      return chats.length;
    });
    if (notified === undefined) return;
    deps.logger.error(
      { code, officersChatsTold: notified },
      "Zalo OA refresh token is dead: make a new token pair in Zalo's API Explorer (or through the OAuth v4 consent flow) and store it with `npm run zalo-tokens -- ACCESS REFRESH`; no refresh is tried until then",
    );
  };
}
