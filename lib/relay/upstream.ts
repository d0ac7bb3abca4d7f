import type WebSocket from 'ws';
import { CodexError } from '../errors.js';
import { openAppServerSocket, type SocketOpenError } from '../node/app-server-socket.js';

/**
 * The app-server the relay forwards to: the `endpoint` of a `Codex.start({ listen })` server.
 * `{ url, token }` for `--listen ws://` (the token goes in `Authorization: Bearer`), or
 * `{ socketPath }` for `--listen unix://PATH`.
 */
export type RelayUpstream = { url: string; token?: string } | { socketPath: string };

/** Why an upstream connection could not be opened. `status` is the HTTP status when it answered one. */
export class UpstreamConnectError extends CodexError {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'UpstreamConnectError';
  }
}

/**
 * Opens one connection to app-server (see `openAppServerSocket`: no Origin, the token only as a
 * Bearer header, a unix socket by its real path). Rejects with {@link UpstreamConnectError};
 * `signal` aborts the attempt.
 */
export function connectUpstream(upstream: RelayUpstream, options: { timeoutMs: number; signal: AbortSignal }): Promise<WebSocket> {
  return openAppServerSocket(upstream, options).catch((error: SocketOpenError) => {
    if (error.kind === 'status') throw new UpstreamConnectError(`app-server answered HTTP ${error.status}`, error.status ?? undefined);
    if (error.kind === 'aborted') throw new UpstreamConnectError('aborted');
    // The message of a connection error names the address, never the token.
    throw new UpstreamConnectError(`cannot reach app-server: ${error.message}`);
  });
}
