/**
 * At most so many open sockets per remote address. The server's cap on sockets (MAX_CONNECTIONS)
 * protects the process's file descriptors, but one client opening that many sockets, each sending
 * a header line a minute, took every slot: Telegram's and Zalo's deliveries then failed at once.
 * Loopback is not counted: a reverse proxy on the same machine brings everyone through it, and
 * limits its own clients.
 */
import type { Server, Socket } from "node:net";

/** Far above what a platform opens to deliver webhooks (Telegram: 40 by default, 100 at most). */
export const MAX_CONNECTIONS_PER_ADDRESS = 128;

const isLoopback = (address: string) => address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");

export function limitConnectionsPerAddress(server: Pick<Server, "on">, limit = MAX_CONNECTIONS_PER_ADDRESS): void {
  const open = new Map<string, number>();
  server.on("connection", (socket: Socket) => {
    const address = socket.remoteAddress;
    if (!address || isLoopback(address)) return;
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
