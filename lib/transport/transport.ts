import type { Observable } from 'rxjs';
import type { ProcessExit, ProtocolError } from '../errors.js';

/** What a transport reports to the connection above it. */
export interface TransportHandlers {
  /** One complete inbound message: a line on stdio, a text frame on a WebSocket. */
  message(text: string): void;
  /** A framing problem; the transport goes on. */
  diagnostic(error: ProtocolError): void;
  /** The peer is gone. Called once. */
  closed(exit: ProcessExit): void;
  /**
   * Writing to the peer failed (EPIPE and the like) while it may still live: no request can reach
   * it any more. The connection fails at once and closes the transport. Called at most once.
   */
  failed(error: Error): void;
  /**
   * The link dropped, but the transport can pick it up again without loss (a codex-rx relay
   * keeps the session): the owner calls `resume()`. Without this handler a drop closes.
   */
  suspended?(exit: ProcessExit): void;
}

/** Where other clients can join a server this client started with `listen`. */
export type Endpoint = { url: string; token: string } | { socketPath: string };

/**
 * A duplex channel carrying one JSON-RPC message per unit (a line, a frame) to an app-server. The
 * connection knows transports only through this interface, and a transport only moves messages:
 * framing stays inside each one, and process concerns (stderr, pid, where others join) are a
 * {@link ServerProcess}'s. Implementations: `ProcessTransport` and `StreamTransport` (stdio, Node),
 * `WebSocketTransport` (Node and browsers), `ResumableTransport` (through a codex-rx relay).
 */
export interface Transport {
  /** Begins delivering messages to `handlers`. Called once, by the connection. */
  start(handlers: TransportHandlers): void;
  /**
   * Writes one message; the transport frames it. Writes after close are dropped; a write that
   * cannot be delivered while the transport is open is reported through `failed`.
   */
  send(text: string): void;
  /** Ends the channel (and a server process it owns) and resolves once the peer is gone. Idempotent. */
  close(): Promise<ProcessExit>;
  /** Settles with how the peer ended. */
  readonly exited: Promise<ProcessExit>;
  /**
   * After `suspended`: opens the link again. Resolves true when nothing was lost, false when the
   * session could not be resumed (the transport has closed then); rejects when the peer could not
   * be reached and a later attempt may work.
   */
  resume?(): Promise<boolean>;
}

/**
 * The server process behind a transport, when this client started it (`Codex.start()`): its
 * stderr, its pid, and where other clients can join it. Not part of {@link Transport}: a socket to
 * someone else's server has none of it.
 */
export interface ServerProcess {
  /** Hot stream of the server's stderr lines (secrets redacted). Completes when the process is gone. */
  readonly stderr$: Observable<string>;
  /** The last stderr lines, oldest first (bounded). */
  stderrTail(): string[];
  /** The app-server's process id. */
  readonly pid?: number | undefined;
  /** Where other clients can join the server, when it listens on a socket. */
  readonly endpoint?: Endpoint | undefined;
}

/** Whether a transport also describes a server process it owns (see {@link ServerProcess}). */
export function serverProcessOf(transport: Transport): ServerProcess | null {
  const t = transport as Partial<ServerProcess>;
  return typeof t.stderrTail === 'function' && t.stderr$ !== undefined ? (t as ServerProcess) : null;
}
