/**
 * What the bot writes is its own: the database holds every report, the link and CSRF secrets and
 * the Zalo tokens, and was made readable by every account on the server (0644). Called first by
 * every entry point that may create it: the server, and the command-line tools (loading the roster
 * before the first start is the natural order, and made the database 0644 for good).
 */
export function keepFilesPrivate(): void {
  process.umask(0o077);
}
