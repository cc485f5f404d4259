/**
 * The local web chat's bot, as members see and mention it: "@Bot Báo Cáo /baocao" in a local chat
 * means "/baocao", as a leading mention does on every platform (see strip-leading-mention.ts).
 */

/** The name the local chat shows for the bot and the name a leading mention of it is matched against. */
export const LOCAL_BOT_NAME = "Bot Báo Cáo";
