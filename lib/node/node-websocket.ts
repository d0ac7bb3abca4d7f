import { realpathSync } from 'node:fs';
import WebSocket from 'ws';
import { ConnectionRefusedError } from '../errors.js';
import type { Redactor } from '../transport/redactor.js';
import type { Endpoint } from '../transport/transport.js';
import { WebSocketTransport, type OwnedServer, type WebSocketLike } from '../transport/websocket-transport.js';

/** Options of {@link openNodeWebSocket}. */
export interface NodeSocketOptions {
  redactor: Redactor;
  /** Ping interval for dead-peer detection, ms (default 15 000; 0 disables). */
  pingIntervalMs?: number;
  /** Bound on one inbound message in bytes (default 64 MiB). */
  maxMessageBytes?: number;
  /** How long to wait for the upgrade, ms (default 10 000). */
  connectTimeoutMs?: number;
  owner?: OwnedServer;
}

const REFUSALS: Record<number, string> = {
  401: 'the server refused the token (HTTP 401): pass the token from the owner\'s codex.endpoint',
  403: 'the server refused the request (HTTP 403): app-server refuses any request with an Origin header',
};

/**
 * Opens a WebSocket to an app-server with the `ws` package: `ws://` with the token as an
 * `Authorization: Bearer` header (the only place the server accepts it), or a unix socket (which
 * speaks WebSocket too). No Origin header, no compression, no subprotocol.
 */
export function openNodeWebSocket(target: Endpoint | { url: string; token?: string }, options: NodeSocketOptions): Promise<WebSocketTransport> {
  const { redactor } = options;
  const maxPayload = options.maxMessageBytes ?? 64 * 1024 * 1024;
  let address: string;
  const headers: Record<string, string> = {};
  if ('socketPath' in target) {
    // sun_path is 108 bytes: the real path of a symlinked socket is usually shorter.
    let path = target.socketPath;
    try {
      path = realpathSync(path);
    } catch {
      // connecting reports it
    }
    address = `ws+unix://${path}:/`;
  } else {
    address = target.url;
    if (target.token) {
      redactor.add(target.token);
      headers.authorization = `Bearer ${target.token}`;
    }
  }
  const where = 'socketPath' in target ? target.socketPath : target.url;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(address, { headers, perMessageDeflate: false, maxPayload, handshakeTimeout: options.connectTimeoutMs ?? 10_000 });
    let settled = false;
    const refuse = (message: string, status: number | null, cause?: unknown) => {
      if (settled) return;
      settled = true;
      socket.terminate();
      reject(new ConnectionRefusedError(redactor.redact(`Could not connect to ${where}: ${message}`), status, cause === undefined ? undefined : { cause }));
    };
    socket.on('unexpected-response', (_request, response) => {
      const status = response.statusCode ?? null;
      response.resume();
      refuse(status !== null && REFUSALS[status] ? REFUSALS[status]! : `the server answered HTTP ${status}`, status);
    });
    socket.on('error', (error: Error) => refuse(redactor.redact(error.message), null, error));
    socket.once('open', () => {
      if (settled) return;
      settled = true;
      socket.removeAllListeners('error');
      // Errors are followed by 'close'; the transport listens for that.
      socket.on('error', () => {});
      const interval = options.pingIntervalMs ?? 15_000;
      resolve(
        new WebSocketTransport(socket as unknown as WebSocketLike, {
          redactor,
          maxMessageBytes: maxPayload,
          terminate: () => socket.terminate(),
          ...(options.owner ? { owner: options.owner } : {}),
          ...(interval > 0 ? { heartbeat: { intervalMs: interval, ping: () => socket.ping(), onPong: (listener) => socket.on('pong', listener) } } : {}),
        }),
      );
    });
  });
}
