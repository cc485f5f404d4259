/**
 * The fetchers chat apps send to draw a link's preview card. A sign-in link opened by one of them
 * must not be spent (nor start a session on the app's servers): they get a page to click instead.
 * Browsers never send these names; an unknown fetcher spends the link, and the chat it was given in
 * is told of the sign-in, so it shows.
 */
const PREVIEW_AGENTS = /TelegramBot|Zalo|facebookexternalhit|Facebot|WhatsApp|Slackbot|Twitterbot|Discordbot|LinkedInBot|SkypeUriPreview|Viber|Googlebot|bingbot|Applebot|vkShare|redditbot|Pinterest|Embedly|Iframely|Mattermost|Microsoft Teams|Snapchat|Line\//i;

export function isLinkPreview(userAgent: string | undefined): boolean {
  return userAgent === undefined || userAgent === "" || PREVIEW_AGENTS.test(userAgent);
}
