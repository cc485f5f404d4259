/**
 * Baseline "minimal grammY bot" (performance.md): the webhook path grammY itself costs, with a
 * reply per update to the same fake Bot API the bot uses. webhookCallback awaits the handler, so
 * every 200 comes after the reply's API call, as it would for a bot that replies inline.
 *
 * Usage: node --import tsx grammy-baseline.ts <port> <api root> <token> <secret>
 */
import Fastify from "fastify";
import { Bot, webhookCallback } from "grammy";
import benchBot from "./bench-bot.json" with { type: "json" };

const [port, apiRoot, token, secret] = [Number(process.argv[2]), process.argv[3]!, process.argv[4]!, process.argv[5]!];
// The same identity the fake Bot API answers getMe with.
const botInfo = { ...benchBot, is_bot: true as const };
const bot = new Bot(token, { botInfo, client: { apiRoot } });
bot.on("message", (ctx) => ctx.reply("ok"));

const app = Fastify({ logger: false });
app.get("/healthz", async () => ({ ok: true }));
app.post("/webhooks/telegram", webhookCallback(bot, "fastify", { secretToken: secret }));
await app.listen({ port, host: "127.0.0.1" });
console.log(`listening ${port}`);
