/**
 * A platform's rotating OAuth pair kept in the settings tables, as the Zalo OA client's TokenStore:
 * every instance reads the same pair, and a refresh runs on one instance at a time.
 */
import type { TokenStore } from "../channels/zalo-oa/zalo-oa-tokens.ts";
import type { Repositories } from "./repositories.ts";

export function createOAuthTokenStore(repos: Repositories, provider: string, now: () => number): Required<TokenStore> {
  return {
    load: () => repos.settings.loadTokens(provider),
    save: (pair) => repos.settings.saveTokens(provider, pair, now()),
    isDead: async () => (await repos.settings.tokensDeadReason(provider)) !== undefined,
    exclusive: (work) => repos.exclusive(`${provider}-token-refresh`, work),
  };
}
