/**
 * How big a file a user may send. The 10 MB holds a phone photo at full resolution with
 * room to spare, and keeps one submission's photos well inside a database row and a .docx.
 */
export const MAX_INBOUND_FILE_BYTES = 10 * 1024 * 1024;

/**
 * A platform that has not sent the bytes in this long, every try included, is given up on (the
 * user is told). The download runs before the webhook is answered, and a platform that waits too
 * long for that answer delivers the update again: stay well inside 10 s.
 */
export const FILE_DOWNLOAD_TIMEOUT_MS = 7_000;
