import { Observable, Subject } from 'rxjs';
import { CodexError, ConnectionLostError, ConnectionRefusedError, RequestTimeoutError, TransportClosedError, type ProcessExit } from '../errors.js';
import { delay, withDeadline } from '../deadline.js';
import type { ClientRequestMethod, ServerNotificationMap, ServerNotificationMethod } from '../generated/methods.js';
import { Connection, type ConnectionOptions } from '../rpc/connection.js';
import { ConnectionStreams } from '../rpc/connection-streams.js';
import type { InboundMessage, RequestArgs, RequestOptions, RequestResult, ServerNotification } from '../rpc/messages.js';
import type { PendingServerRequest } from '../rpc/pending-server-request.js';
import type { Redactor } from '../transport/redactor.js';
import type { Transport } from '../transport/transport.js';
import type { ConnectionState } from './connection-state.js';
import { reconnectDelay, type ReconnectPolicy } from './reconnect-policy.js';

/** Sends requests on one connection, bypassing the session's wait for `connected`. */
export interface Requester {
  request<M extends ClientRequestMethod>(method: M, ...args: RequestArgs<M>): Promise<RequestResult<M>>;
  request(method: string, params?: unknown, options?: RequestOptions): Promise<unknown>;
  notify(method: string, params?: unknown): void;
}

/** Options of a {@link Session}. */
export interface SessionOptions {
  /** Options of each connection (the session supplies the streams). */
  connection: Omit<ConnectionOptions, 'streams'>;
  /**
   * Opens a transport for attempt `attempt` (from 1 after each drop). Called once without
   * `reconnect`. A `ConnectionRefusedError` with a status is final: it is never retried.
   */
  open(attempt: number): Promise<Transport>;
  /** Runs on every new connection before anything else uses it: `initialize`, then `initialized`. */
  handshake(rpc: Requester, signal?: AbortSignal): Promise<void>;
  /** Retry policy after a drop; null: a drop ends the session (and everything on it). */
  reconnect: ReconnectPolicy | null;
  /** The secret masker every transport of the session shares. */
  redactor: Redactor;
  /** The last stderr lines of a server process this client owns, for the errors that end a connection. */
  stderrTail?: () => string[];
}

const DEFAULT_TIMEOUT_MS = 120_000;
/** Close codes a codex-rx relay refuses a page with after the upgrade (see docs/relay.md). */
const REFUSAL_CLOSE_CODES = new Map<number, number>([
  [4401, 401],
  [4403, 403],
]);

/**
 * Owns the client's current {@link Connection} and, with `reconnect`, replaces it after a drop:
 * the layer between the JSON-RPC connection and the facade. The facade talks to the session only;
 * the session's streams, requests and state outlive any one connection.
 *
 * One lifecycle state ({@link ConnectionState}), shown on `state$`. Requests made while not
 * connected wait for the connection (within their timeout); requests in flight at a drop reject
 * with {@link ConnectionLostError}, unless the transport resumed without loss. After a drop that
 * lost messages, `resync` runs on the new connection before anything else may use it.
 */
export class Session {
  /** Hot: the current state first, then every change. Completes after `closed`. */
  readonly state$: Observable<ConnectionState>;
  /** Resolves once the session is over for good, with why (null after `close()`). */
  readonly ended: Promise<CodexError>;
  /** Settles with how the last transport ended, once the session is over. */
  readonly closed: Promise<ProcessExit>;
  /**
   * Re-synchronises the layers above after a reconnect that lost messages, on the new connection,
   * before the session reports `connected`. Set by the facade.
   */
  resync: ((rpc: Requester) => Promise<void>) | null = null;
  /** Called as soon as a drop that will be followed by a reconnect is noticed. Set by the facade. */
  onLost: (() => void) | null = null;

  private readonly streams = new ConnectionStreams();
  private readonly stateChanges = new Subject<ConnectionState>();
  private stateNow: ConnectionState = { status: 'connecting', attempt: 1 };
  private current: Connection | null = null;
  /** The connection the session reports `connected` on; its end is a drop. */
  private established: Connection | null = null;
  private lastTransport: Transport | null = null;
  /** The connection whose transport dropped but may resume its link (a codex-rx relay session). */
  private suspended: Connection | null = null;
  private finalError: CodexError | null = null;
  private closeRequested = false;
  private readonly stopping = new AbortController();
  private markEnded!: (error: CodexError) => void;
  private markClosed!: (exit: ProcessExit) => void;
  /** Resolves when `connected`; replaced at each drop. Rejects when the session ends. */
  private ready!: Promise<void>;
  private markReady!: () => void;
  private failReady!: (error: CodexError) => void;
  private readonly timeoutMs: number;

  constructor(private readonly options: SessionOptions) {
    // Like a BehaviorSubject, but a subscriber that comes after the end still gets `closed`.
    this.state$ = new Observable<ConnectionState>((subscriber) => {
      subscriber.next(this.stateNow);
      return this.stateChanges.subscribe(subscriber);
    });
    this.ended = new Promise((resolve) => (this.markEnded = resolve));
    this.closed = new Promise((resolve) => (this.markClosed = resolve));
    this.timeoutMs = options.connection.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.resetReady();
  }

  /**
   * Connects for the first time. Without `reconnect` a failure rejects (and ends the session);
   * with it, failed attempts are retried like a drop, and only a refusal or the policy's bounds
   * reject. `signal` aborts the wait and closes the session.
   */
  async start(signal?: AbortSignal): Promise<void> {
    const onAbort = () => void this.close();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (this.options.reconnect) void this.reconnect(null, true);
      else await this.attempt(1, false, signal).catch((error: unknown) => this.finish(asCodexError(error)));
      await this.ready;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  // ------------------------------------------------------------------------------ the facade's API

  /** Hot: every inbound message, across connections. Completes when the session ends. */
  get messages$(): Observable<InboundMessage> {
    return this.streams.messages$;
  }
  /** Hot: every notification, across connections. Completes when the session ends. */
  get notifications$(): Observable<ServerNotification> {
    return this.streams.notifications$;
  }
  /** Hot: every server request, across connections. Completes when the session ends. */
  get serverRequests$(): Observable<PendingServerRequest> {
    return this.streams.serverRequests$;
  }
  /** Hot: problems with what arrived, across connections. Completes when the session ends. */
  get diagnostics$(): Observable<CodexError> {
    return this.streams.diagnostics$;
  }

  /** Hot stream of one notification method's params, across connections. */
  notificationsOf<M extends ServerNotificationMethod>(method: M): Observable<ServerNotificationMap[M]>;
  notificationsOf(method: string): Observable<unknown>;
  notificationsOf(method: string): Observable<unknown> {
    return this.streams.notificationsOf(method);
  }

  /** The current state. */
  get connectionState(): ConnectionState {
    return this.stateNow;
  }

  /** Why the session ended, once it has (every later call rejects with it). */
  get closedError(): CodexError | null {
    return this.finalError;
  }

  /** Whether a connection that drops now would be replaced (reconnect on, not closing, not over). */
  get willReconnect(): boolean {
    return this.options.reconnect !== null && !this.closeRequested && this.finalError === null;
  }

  /** Whether the session is over. */
  get isClosed(): boolean {
    return this.finalError !== null;
  }

  get redactor(): Redactor {
    return this.options.redactor;
  }

  /** The transport in use, or the last one. */
  get transport(): Transport | null {
    return this.current?.transport ?? this.lastTransport;
  }

  /**
   * Sends a request. While the session is connected this is the connection's request; while it
   * reconnects the request waits for the connection within its timeout. A request in flight when
   * the link drops rejects with {@link ConnectionLostError}.
   */
  request<M extends ClientRequestMethod>(method: M, ...args: RequestArgs<M>): Promise<RequestResult<M>>;
  request(method: string, params?: unknown, options?: RequestOptions): Promise<unknown>;
  request(method: string, params?: unknown, options: RequestOptions = {}): Promise<unknown> {
    if (this.finalError) return Promise.reject(this.finalError);
    const connection = this.established;
    if (connection && this.stateNow.status === 'connected') return this.send(connection, method, params, options);
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const started = Date.now();
    return withDeadline(this.ready, { signal: options.signal, timeoutMs, onTimeout: () => new RequestTimeoutError(method, timeoutMs) }).then(() => {
      const left = timeoutMs > 0 ? Math.max(1, timeoutMs - (Date.now() - started)) : 0;
      return this.send(this.established!, method, params, { ...options, timeoutMs: left });
    });
  }

  /** Sends a notification; dropped while not connected. */
  notify(method: string, params?: unknown): void {
    if (this.stateNow.status === 'connected') this.established?.notify(method, params);
  }

  /** Reports a problem on `diagnostics$`, secrets masked (see `Connection.diagnose`). */
  diagnose(error: CodexError): void {
    if (this.finalError) return;
    const connection = this.current;
    if (connection && !connection.isClosed) return connection.diagnose(error);
    error.message = this.redactor.redact(error.message);
    this.streams.diagnostics.next(error);
  }

  /**
   * Ends the session: closes the current connection (and a server process it owns), stops
   * reconnecting, and rejects everything pending. Idempotent; resolves with the last exit.
   */
  close(): Promise<ProcessExit> {
    if (!this.closeRequested) {
      this.closeRequested = true;
      this.stopping.abort();
      const connection = this.current;
      if (connection) void connection.close().then(() => this.finish(connection.closedError ?? clientClosed()));
      else this.finish(clientClosed());
    }
    return this.closed;
  }

  // ------------------------------------------------------------------------------ connecting

  private send(connection: Connection, method: string, params: unknown, options: RequestOptions): Promise<unknown> {
    // Without reconnection a drop is the end: its TransportClosedError is the answer as it is.
    if (!this.options.reconnect) return connection.request(method, params, options);
    return connection.request(method, params, options).catch((error: unknown) => {
      if (error instanceof TransportClosedError && this.options.reconnect && !this.closeRequested && !this.finalError) {
        throw new ConnectionLostError(`${method}: the connection dropped before the answer came; the client is reconnecting. The server may have acted on the request.`, { cause: error, method });
      }
      throw error;
    });
  }

  /**
   * One attempt: open a transport, run the handshake and, after a loss, the facade's resync; then
   * report `connected`. Rejects (and closes what it opened) when any step fails.
   */
  private async attempt(attempt: number, lost: boolean, signal?: AbortSignal): Promise<void> {
    this.setState({ status: 'connecting', attempt });
    const suspended = this.suspended;
    if (suspended) {
      if (!suspended.isClosed && (await suspended.transport.resume!())) {
        // The relay replayed what was missed both ways: nothing was lost.
        this.suspended = null;
        if (this.closeRequested) throw clientClosed();
        this.established = suspended;
        this.setState({ status: 'connected', attempt, resumed: true });
        this.markReady();
        return;
      }
      // The relay could not resume the session (it closed): start afresh, and say what is lost.
      this.suspended = null;
      this.onLost?.();
    }
    const transport = await this.options.open(attempt);
    if (this.closeRequested) {
      void transport.close();
      throw clientClosed();
    }
    const connection: Connection = new Connection(transport, {
      ...this.options.connection,
      streams: this.streams,
      redactor: this.options.redactor,
      ...(this.options.stderrTail ? { stderrTail: this.options.stderrTail } : {}),
      ...(this.options.reconnect ? { onSuspended: () => this.onSuspended(connection) } : {}),
    });
    this.current = connection;
    this.lastTransport = transport;
    void connection.ended.then((error) => this.onConnectionEnded(connection, error));
    const rpc = requesterOf(connection);
    try {
      await this.options.handshake(rpc, signal);
      if (lost && this.resync) await this.resync(rpc);
    } catch (error) {
      void connection.close();
      throw refusalOf(connection) ?? error;
    }
    if (connection.isClosed) throw refusalOf(connection) ?? connection.closedError!;
    this.established = connection;
    this.setState({ status: 'connected', attempt, resumed: !lost });
    this.markReady();
  }

  private onConnectionEnded(connection: Connection, error: TransportClosedError): void {
    if (connection === this.current) this.current = null;
    if (connection !== this.established) return;
    this.established = null;
    if (this.closeRequested || !this.options.reconnect) return this.finish(this.closeRequested ? (error ?? clientClosed()) : error);
    const refused = refusalOf(connection);
    if (refused) return this.finish(refused);
    this.resetReady();
    this.onLost?.();
    void this.reconnect(new ConnectionLostError(`the connection to the codex app-server dropped (${error.message.split('\n')[0]})`, { cause: error }), false);
  }

  /** The link dropped, but the transport may resume it: requests in flight stay pending. */
  private onSuspended(connection: Connection): void {
    if (connection !== this.established) return;
    this.established = null;
    this.suspended = connection;
    this.resetReady();
    void this.reconnect(new ConnectionLostError('the connection to the relay dropped; resuming the session'), false);
  }

  /** Retries until connected, refused, closed, or out of attempts or time. */
  private async reconnect(error: CodexError | null, initial: boolean): Promise<void> {
    const policy = this.options.reconnect!;
    const since = Date.now();
    let lastError = error;
    for (let attempt = 1; ; attempt++) {
      if (this.closeRequested) return;
      if (attempt > policy.maxAttempts + (initial ? 1 : 0) || Date.now() - since > policy.maxDowntimeMs) {
        return this.finish(new ConnectionLostError(`gave up reconnecting after ${attempt - 1} attempts in ${Math.round((Date.now() - since) / 1000)} s: ${lastError?.message ?? 'no connection'}`, { cause: lastError }));
      }
      if (!(initial && attempt === 1)) {
        const retryInMs = reconnectDelay(attempt, policy);
        this.setState({ status: 'reconnecting', attempt, retryInMs, error: lastError ?? new ConnectionLostError('not connected') });
        try {
          await delay(retryInMs, this.stopping.signal);
        } catch {
          return;
        }
      }
      try {
        await this.attempt(attempt, !initial);
        return;
      } catch (cause) {
        const failure = asCodexError(cause);
        if (this.closeRequested) return;
        if (failure instanceof ConnectionRefusedError && failure.status !== null) return this.finish(failure);
        lastError = failure;
      }
    }
  }

  private setState(state: ConnectionState): void {
    if (this.stateNow.status === 'closed') return;
    this.stateNow = state;
    this.stateChanges.next(state);
  }

  private resetReady(): void {
    this.ready = new Promise<void>((resolve, reject) => {
      this.markReady = resolve;
      this.failReady = reject;
    });
    // Nobody has to be waiting when the session ends.
    this.ready.catch(() => {});
  }

  /** The session is over: everything pending rejects with `error`, every stream completes. */
  private finish(error: CodexError): void {
    if (this.finalError) return;
    this.finalError = error;
    this.stopping.abort();
    this.failReady(error);
    const connection = this.current;
    if (connection && !connection.isClosed) void connection.close();
    this.suspended = null;
    this.setState({ status: 'closed', error: this.closeRequested ? null : error });
    this.stateChanges.complete();
    this.streams.complete();
    this.markEnded(error);
    const transport = this.lastTransport;
    if (transport) void transport.exited.then((exit) => this.markClosed(exit));
    else this.markClosed({ code: null, signal: null, reason: error.message });
  }
}

function requesterOf(connection: Connection): Requester {
  return {
    request: (method: string, params?: unknown, options?: RequestOptions) => connection.request(method, params, options),
    notify: (method: string, params?: unknown) => connection.notify(method, params),
  } as Requester;
}

/** A relay's refusal after the upgrade (close 4401/4403), as the error a refused upgrade gives. */
function refusalOf(connection: Connection): ConnectionRefusedError | null {
  const error = connection.closedError;
  const status = error ? REFUSAL_CLOSE_CODES.get(error.closeCode ?? 0) : undefined;
  if (!error || status === undefined) return null;
  const why = status === 401 ? 'unauthorized: unknown, used or expired token or ticket' : "forbidden-origin: the page's Origin is not allowed";
  return new ConnectionRefusedError(`The relay refused the connection (close ${error.closeCode} ${why}); retrying cannot help.`, status, { cause: error });
}

function clientClosed(): TransportClosedError {
  return new TransportClosedError({ code: null, signal: null }, [], 'the client was closed');
}

function asCodexError(error: unknown): CodexError {
  return error instanceof CodexError ? error : new CodexError(error instanceof Error ? error.message : String(error), { cause: error });
}
