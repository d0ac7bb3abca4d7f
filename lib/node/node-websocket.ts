import type WebSocket from 'ws';
import { ConnectionRefusedError } from '../errors.js';
import type { Redactor } from '../transport/redactor.js';
import type { Endpoint } from '../transport/transport.js';
import { WebSocketTransport, type OwnedServer, type WebSocketLike } from '../transport/websocket-transport.js';
import { APP_SERVER_MAX_PAYLOAD, openAppServerSocket, takeEarlyMessages, type SocketOpenError } from './app-server-socket.js';

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
  /** Subprotocols to offer (a codex-rx relay resume attempt only). */
  protocols?: string[];
}

const REFUSALS: Record<number, string> = {
  401: 'the server refused the token (HTTP 401): pass the token from the owner\'s codex.endpoint',
  403: 'the server refused the request (HTTP 403): app-server refuses any request with an Origin header',
};

/** The client's transport to an app-server over {@link openAppServerSocket}, with pings. */
export async function openNodeWebSocket(target: Endpoint | { url: string; token?: string }, options: NodeSocketOptions): Promise<WebSocketTransport> {
  const { redactor } = options;
  if ('token' in target && target.token) redactor.add(target.token);
  const maxPayload = options.maxMessageBytes ?? APP_SERVER_MAX_PAYLOAD;
  const where = 'socketPath' in target ? target.socketPath : target.url;
  const socket = await openAppServerSocket(target, { timeoutMs: options.connectTimeoutMs ?? 10_000, maxPayload, keepEarly: true, ...(options.protocols ? { protocols: options.protocols } : {}) }).catch((error: SocketOpenError) => {
    const why = error.status !== null && REFUSALS[error.status] ? REFUSALS[error.status]! : error.message;
    throw new ConnectionRefusedError(redactor.redact(`Could not connect to ${where}: ${why}`), error.status, { cause: error });
  });
  const interval = options.pingIntervalMs ?? 15_000;
  return new WebSocketTransport(socket as unknown as WebSocketLike, {
    early: takeEarlyMessages(socket),
    redactor,
    maxMessageBytes: maxPayload,
    terminate: () => socket.terminate(),
    ...(options.owner ? { owner: options.owner } : {}),
    ...(interval > 0 ? { heartbeat: { intervalMs: interval, ping: () => socket.ping(), onPong: (listener) => socket.on('pong', listener) } } : {}),
  });
}
