/**
 * Zalo's refresh token is single-use: two instances refreshing the same pair at once would spend it
 * twice, and Zalo would kill the pair. Two instances (two pools on one PostgreSQL database) whose
 * access token expires at the same moment make one refresh between them, and both use its pair.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { createZaloOaClient } from "../../src/channels/zalo-oa/zalo-oa-client.ts";
import { createOAuthTokenStore } from "../../src/db/oauth-token-store.ts";
import { useTestDbs } from "../helpers/create-test-db.ts";

const dbs = useTestDbs();
const quiet = { warn: () => {}, error: () => {} };

it("refreshes an expiring pair once across two instances, each then calling with the new token", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "zalo-refresh-")), "bot.sqlite");
  const instances = [await dbs.open(path), await dbs.open(path)];
  const now = () => 1_000_000;
  await instances[0]!.repos.settings.saveTokens("zalo-oa", { accessToken: "at-1", refreshToken: "rt-1", expiresAt: now() }, now());

  const refreshesSpent: string[] = [];
  const tokensUsed: string[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (String(url).includes("/v4/oa/access_token")) {
      const refreshToken = new URLSearchParams(String(init?.body)).get("refresh_token")!;
      refreshesSpent.push(refreshToken);
      // Slow enough that the other instance asks while this refresh is still in flight.
      await new Promise((r) => setTimeout(r, 200));
      const n = Number(refreshToken.slice(3)) + 1;
      return Response.json({ access_token: `at-${n}`, refresh_token: `rt-${n}`, expires_in: 90_000 });
    }
    tokensUsed.push(String((init?.headers as Record<string, string>).access_token));
    return Response.json({ error: 0, data: { ok: true } });
  };
  const clients = instances.map(({ repos }) =>
    createZaloOaClient({
      appId: "1",
      appSecret: "secret",
      apiRoot: "http://zalo.test",
      oauthRoot: "http://oauth.test",
      tokens: createOAuthTokenStore(repos, "zalo-oa", now),
      now,
      fetch: fetch as typeof globalThis.fetch,
      logger: quiet,
    }),
  );

  await Promise.all(clients.map((client) => client.request("v3.0/oa/message/cs", { text: "Xin chào" })));
  expect(refreshesSpent).toEqual(["rt-1"]);
  expect(tokensUsed).toEqual(["at-2", "at-2"]);
  expect(await instances[1]!.repos.settings.loadTokens("zalo-oa")).toMatchObject({ accessToken: "at-2", refreshToken: "rt-2" });
});
