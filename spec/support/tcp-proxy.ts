import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy between real parts, for network faults: `cut()` drops every connection (the client
 * sees its socket close), `blackhole(true)` keeps the sockets open but forwards nothing in either
 * direction (no FIN, no data: a dead link the client can only notice by pings), and `retarget()`
 * points new connections at another port (a server restarted elsewhere keeps its address here).
 */
export interface TcpProxy {
  /** The proxy's port on 127.0.0.1. */
  readonly port: number;
  /** Connections through the proxy now. */
  readonly connections: number;
  /** Connections accepted since the start. */
  readonly accepted: number;
  /** Drops every open connection. */
  cut(): void;
  /** While on, nothing is forwarded (new connections included) and nothing is closed. */
  blackhole(on: boolean): void;
  /** While on, new connections are dropped at once (a server that is down). */
  refuse(on: boolean): void;
  retarget(port: number): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let target = targetPort;
  let holed = false;
  let refusing = false;
  let accepted = 0;
  const pairs = new Set<[Socket, Socket]>();
  const server: Server = createServer((client) => {
    accepted++;
    if (refusing) return void client.destroy();
    const upstream = createConnection({ host: '127.0.0.1', port: target });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      from.on('data', (chunk) => {
        if (!holed) to.write(chunk);
      });
      from.on('error', end);
      from.on('close', end);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const proxy: TcpProxy = {
    port,
    get connections() {
      return pairs.size;
    },
    get accepted() {
      return accepted;
    },
    cut() {
      for (const [a, b] of [...pairs]) {
        a.destroy();
        b.destroy();
      }
      pairs.clear();
    },
    blackhole(on) {
      holed = on;
    },
    refuse(on) {
      refusing = on;
    },
    retarget(next) {
      target = next;
    },
    close() {
      proxy.cut();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
