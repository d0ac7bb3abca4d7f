import { realpathSync } from 'node:fs';
import type WebSocket from 'ws';
import { CodexError } from '../errors.js';
import type { Endpoint } from '../transport/transport.js';

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
