import { realpath } from 'node:fs/promises';
import WebSocket from 'ws';

/**
 * The app-server the relay forwards to: the `endpoint` of a `Codex.start({ listen })` server.
 * `{ url, token }` for `--listen ws://` (the token goes in `Authorization: Bearer`), or
 * `{ socketPath }` for `--listen unix://PATH`.
 */
export type RelayUpstream = { url: string; token?: string } | { socketPath: string };

/** app-server accepts messages up to 64 MiB; its own messages can be several MB. */
export const UPSTREAM_MAX_PAYLOAD = 64 * 1024 * 1024;

/** Why an upstream connection could not be opened. `status` is the HTTP status when it answered one. */
export class UpstreamConnectError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'UpstreamConnectError';
  }
}

/**
 * Opens one connection to app-server, as app-server wants it: no `Origin` (it answers 403 to any),
 * the token only as a Bearer header, no subprotocol and no compression. A unix socket is reached
 * by its real path, since the symlink's path can be longer than a socket address allows.
 * Rejects with {@link UpstreamConnectError}; `signal` aborts the attempt.
 */
export async function connectUpstream(upstream: RelayUpstream, options: { timeoutMs: number; signal: AbortSignal }): Promise<WebSocket> {
  const address = 'socketPath' in upstream ? `ws+unix://${await realpath(upstream.socketPath)}:/` : upstream.url;
  const headers = 'token' in upstream && upstream.token ? { authorization: `Bearer ${upstream.token}` } : undefined;
  const socket = new WebSocket(address, { headers, perMessageDeflate: false, maxPayload: UPSTREAM_MAX_PAYLOAD, handshakeTimeout: options.timeoutMs, followRedirects: false });
  // Errors after the open surface as 'close', which the session handles.
  socket.on('error', () => {});
  return new Promise<WebSocket>((resolve, reject) => {
    let settled = false;
    const fail = (error: UpstreamConnectError) => {
      if (settled) return;
      settled = true;
      options.signal.removeEventListener('abort', onAbort);
      socket.terminate();
      reject(error);
    };
    const onAbort = () => fail(new UpstreamConnectError('aborted'));
    if (options.signal.aborted) return onAbort();
    options.signal.addEventListener('abort', onAbort, { once: true });
    socket.once('open', () => {
      if (settled) return;
      settled = true;
      options.signal.removeEventListener('abort', onAbort);
      resolve(socket);
    });
    socket.once('unexpected-response', (_req, res) => fail(new UpstreamConnectError(`app-server answered HTTP ${res.statusCode}`, res.statusCode)));
    // The message of a connection error names the address, never the token.
    socket.once('error', (error) => fail(new UpstreamConnectError(`cannot reach app-server: ${error.message}`)));
  });
}
