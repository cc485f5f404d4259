/**
 * Whether a host a download is redirected to is this machine or a private network's: by its
 * address when written as one, else by every address its name resolves to (a public name made to
 * resolve to 127.0.0.1 is the same attack as the address written out).
 */
import { BlockList, isIP } from "node:net";
import { lookup } from "node:dns/promises";

/** Every address of a name; the system resolver's by default (tests give their own). */
export type ResolveHost = (name: string) => Promise<string[]>;

const systemResolve: ResolveHost = async (name) => (await lookup(name, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Not the internet: loopback, private, link-local, shared (CGNAT), benchmarking and reserved
 * ranges, multicast, and IPv6's forms that carry an IPv4 address (mapped, translated, compatible,
 * NAT64, 6to4, Teredo) or a local one, its discard and documentation ranges. BlockList matches an
 * IPv4-mapped IPv6 address against the IPv4 rules.
 */
const notPublic = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  notPublic.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 96],
  ["::ffff:0:0:0", 96],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001::", 32],
  ["2001:db8::", 32],
  ["64:ff9b:1::", 48],
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  notPublic.addSubnet(network, prefix, "ipv6");
}

/** An address (no brackets) outside the public internet; not an address at all counts as private. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return notPublic.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * A URL's host (as `URL.hostname` gives it: numeric IPv4 forms already written out, IPv6 in
 * brackets) is private, or its name does not resolve, or any of its addresses is private. The
 * fetch that follows resolves the name again: a name whose answer changes in between (DNS
 * rebinding) is not caught here.
 */
export async function isPrivateHost(hostname: string, resolve: ResolveHost = systemResolve, signal?: AbortSignal): Promise<boolean> {
  const name = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (isIP(name) !== 0) return isPrivateAddress(name);
  if (name === "localhost" || name.endsWith(".localhost") || name.endsWith(".local")) return true;
  try {
    // The system resolver takes no signal: a name whose DNS hangs is given up with the download.
    const addresses = await Promise.race([resolve(name), ...(signal ? [aborted(signal)] : [])]);
    return addresses.length === 0 || addresses.some(isPrivateAddress);
  } catch {
    return true;
  }
}

const aborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
