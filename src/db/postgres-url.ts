/**
 * DATABASE_URL as node-postgres reads it, checked without its parser (pg-connection-string opens
 * the files an `sslrootcert=` names, and settings must stay pure): a host, or node-postgres's form
 * for a server on the same machine, no host and the socket's directory as `?host=` (Debian's
 * `/var/run/postgresql`), which URL alone refuses (a user name needs a host). `?host=` wins over
 * the URL's host, as in node-postgres. Undefined when it is none of these or names no database.
 */
export function readPostgresUrl(value: string): { host: string; port: string; database: string } | undefined {
  const withoutHost = /^(postgres(?:ql)?:\/\/(?:[^@/?#]*@)?)(\/.*)$/.exec(value);
  try {
    const url = new URL(withoutHost ? `${withoutHost[1]}socket${withoutHost[2]}` : value);
    if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") return undefined;
    const host = url.searchParams.get("host") ?? (withoutHost ? "" : decodeURIComponent(url.hostname));
    const database = decodeURIComponent(url.pathname.slice(1));
    return host && database ? { host, port: url.searchParams.get("port") ?? url.port, database } : undefined;
  } catch {
    return undefined;
  }
}
