import type { CodexError } from '../errors.js';

/**
 * The state of a client's link to its app-server, as `codex.connection$` reports it.
 *
 * - `connecting`: attempt `attempt` (counted from 1 since the last connection) is opening the
 *   socket and running `initialize`.
 * - `connected`: ready. `resumed: true` means nothing was lost (the first connection, or a relay
 *   replayed every frame missed during a drop); `false` means the client re-synchronised from
 *   snapshots (`thread/resume`) and live text may have a gap (see `TurnHandle.gaps$`).
 * - `reconnecting`: the link dropped or an attempt failed with `error`; attempt `attempt` starts in
 *   `retryInMs`.
 * - `closed`: final. `error` is null after `close()`, else why the client gave up: a
 *   `ConnectionRefusedError` (refused token or Origin: never retried), a `TransportClosedError`
 *   (the server ended, or no `reconnect`), or a `ConnectionLostError` (attempts or downtime ran out).
 */
export type ConnectionState =
  | { status: 'connecting'; attempt: number }
  | { status: 'connected'; attempt: number; resumed: boolean }
  | { status: 'reconnecting'; attempt: number; retryInMs: number; error: CodexError }
  | { status: 'closed'; error: CodexError | null };

/** One of the four {@link ConnectionState} statuses. */
export type ConnectionStatus = ConnectionState['status'];
