/**
 * Baseline "minimal grammY bot" (performance.md): the webhook path grammY itself costs, with a
 * reply per update to the same fake Bot API the bot uses. webhookCallback awaits the handler, so
 * every 200 comes after the reply's API call, as it would for a bot that replies inline.
 *
 * Usage: node --import tsx grammy-baseline.ts <port> <api root> <token> <secret>
 */
import Fastify from "fastify";
import { Bot, webhookCallback } from "grammy";

const [port, apiRoot, token, secret] = [Number(process.argv[2]), process.argv[3]!, process.argv[4]!, process.argv[5]!];
const botInfo = {
  id: 7000000001,
  is_bot: true as const,
  first_name: "Bot báo cáo",
  username: "bao_cao_bench_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};
const bot = new Bot(token, { botInfo, client: { apiRoot } });
bot.on("message", (ctx) => ctx.reply("ok"));

const app = Fastify({ logger: false });
app.get("/healthz", async () => ({ ok: true }));
app.post("/webhooks/telegram", webhookCallback(bot, "fastify", { secretToken: secret }));
await app.listen({ port, host: "127.0.0.1" });
console.log(`listening ${port}`);
