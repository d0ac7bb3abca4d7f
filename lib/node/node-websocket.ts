import { realpathSync } from 'node:fs';
import type WebSocket from 'ws';
import { CodexError, ConnectionRefusedError } from '../errors.js';
import type { Redactor } from '../transport/redactor.js';
import type { Endpoint } from '../transport/transport.js';
import { WebSocketTransport, type OwnedServer, type WebSocketLike } from '../transport/websocket-transport.js';

/** app-server accepts messages up to 64 MiB, and its own can be several MB. */
export const APP_SERVER_MAX_PAYLOAD = 64 * 1024 * 1024;

/** Why {@link openAppServerSocket} failed: the HTTP status the server answered, an abort, or a connection error. */
export class SocketOpenError extends CodexError {
  constructor(
    message: string,
    readonly kind: 'status' | 'aborted' | 'error',
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

/**
 * Opens a WebSocket to an app-server as it wants one: `ws://` with the token only as an
 * `Authorization: Bearer` header, or a unix socket (which speaks WebSocket too) by its real path,
 * since a symlink's path can be longer than a socket address allows. No Origin header (app-server
 * answers 403 to any), no compression, no subprotocol, no redirects. The client and the relay
 * both open their upstream sockets here. Rejects with {@link SocketOpenError}.
 */
export async function openAppServerSocket(
  target: Endpoint | { url: string; token?: string },
  options: { timeoutMs: number; maxPayload?: number; signal?: AbortSignal; protocols?: string[]; keepEarly?: boolean },
): Promise<WebSocket> {
  // Loaded on the first connection, not with codex-rx: `ws` alone takes longer to load than the rest.
  const { default: WebSocketClient } = await import('ws');
  let address: string;
  const headers: Record<string, string> = {};
  if ('socketPath' in target) {
    let path = target.socketPath;
    try {
      path = realpathSync(path);
    } catch {
      // connecting reports it
    }
    address = `ws+unix://${path}:/`;
  } else {
    address = target.url;
    if (target.token) headers.authorization = `Bearer ${target.token}`;
  }
  const { signal } = options;
  return new Promise((resolve, reject) => {
    // Subprotocols only for a codex-rx relay (a resume attempt): app-server refuses any.
    const socket = new WebSocketClient(address, options.protocols ?? [], {
      headers,
      perMessageDeflate: false,
      maxPayload: options.maxPayload ?? APP_SERVER_MAX_PAYLOAD,
      handshakeTimeout: options.timeoutMs,
      followRedirects: false,
    });
    // Errors after the open surface as 'close', which the socket's owner handles.
    socket.on('error', () => {});
    // A relay speaks first (its session frame may come in the same packet as the upgrade): keep
    // what arrives before the owner listens. app-server itself says nothing before `initialize`.
    if (options.keepEarly) {
      const early: string[] = [];
      const keep = (data: WebSocket.RawData, isBinary: boolean) => void (isBinary || early.push(data.toString()));
      socket.on('message', keep);
      EARLY.set(socket, () => {
        socket.off('message', keep);
        return early;
      });
    }
    let settled = false;
    const fail = (error: SocketOpenError) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      socket.terminate();
      reject(error);
    };
    const onAbort = () => fail(new SocketOpenError('aborted', 'aborted'));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('unexpected-response', (_request, response) => {
      response.resume();
      fail(new SocketOpenError(`the server answered HTTP ${response.statusCode}`, 'status', response.statusCode ?? null));
    });
    // A connection error names the address, never the token.
    socket.once('error', (error: Error) => fail(new SocketOpenError(error.message, 'error')));
    socket.once('open', () => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      resolve(socket);
    });
  });
}

const EARLY = new WeakMap<WebSocket, () => string[]>();

/** The text messages that came before the socket's owner listened; stops keeping them. */
export function takeEarlyMessages(socket: WebSocket): string[] {
  const take = EARLY.get(socket);
  EARLY.delete(socket);
  return take ? take() : [];
}

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
