/**
 * At most so many open sockets per remote address. The server's cap on sockets (MAX_CONNECTIONS)
 * protects the process's file descriptors, but one client opening that many sockets, each sending
 * a header line a minute, took every slot: Telegram's and Zalo's deliveries then failed at once.
 * Loopback is not counted: a reverse proxy on the same machine brings everyone through it, and
 * limits its own clients. An IPv6 client is counted by its /64: one machine is given a whole /64,
 * and counted address by address it had as many slots as it cared to use addresses.
 */
import { isIPv6, type Server, type Socket } from "node:net";

/** Far above what a platform opens to deliver webhooks (Telegram: 40 by default, 100 at most). */
export const MAX_CONNECTIONS_PER_ADDRESS = 128;

const isLoopback = (address: string) => address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");

/** Whom a socket is counted for: its IPv4 address (mapped ones too), or its IPv6 address's /64. */
export function clientOf(address: string): string {
  if (!isIPv6(address) || address.includes(".")) return address;
  const [head = "", tail] = address.toLowerCase().split("::");
  const front = head === "" ? [] : head.split(":");
  const back = tail === undefined || tail === "" ? [] : tail.split(":");
  const groups = tail === undefined ? front : [...front, ...Array<string>(8 - front.length - back.length).fill("0"), ...back];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

export function limitConnectionsPerAddress(server: Pick<Server, "on">, limit = MAX_CONNECTIONS_PER_ADDRESS): void {
  const open = new Map<string, number>();
  server.on("connection", (socket: Socket) => {
    const remote = socket.remoteAddress;
    if (!remote || isLoopback(remote)) return;
    const address = clientOf(remote);
    const count = (open.get(address) ?? 0) + 1;
    if (count > limit) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once("close", () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
