import type { Observable, Subject } from 'rxjs';
import {
  abortErrorFrom,
  CodexError,
  HandlerError,
  JsonRpcError,
  ProtocolError,
  RequestTimeoutError,
  TransportClosedError,
  type ProcessExit,
} from '../errors.js';
import { CLIENT_REQUEST_CHECKS, SERVER_NOTIFICATION_CHECKS, SERVER_REQUEST_CHECKS } from '../generated/checks.js';
import type { ClientRequestMethod, ServerNotificationMap, ServerNotificationMethod, ServerRequestMethod } from '../generated/methods.js';
import { Redactor } from '../transport/redactor.js';
import type { Transport } from '../transport/transport.js';
import type {
  InboundMessage,
  RequestArgs,
  RequestId,
  RequestOptions,
  RequestResult,
  ResponseMessage,
  ServerNotification,
  ServerRequest,
} from './messages.js';
import { checkOf, type Check } from './checks.js';
import { DeadlineTimer } from './deadline-timer.js';
import { explain, LENIENT_TABLE, prepareExplainer, STRICT_TABLE } from './explain.js';
import { ConnectionStreams } from './connection-streams.js';
import { isObject, own } from './messages.js';
import { checkParams } from './params-check.js';
import { PendingServerRequest, type ServerRequestAnswer } from './pending-server-request.js';

/**
 * How inbound messages of known methods are checked against the generated protocol schemas (the
 * zod schemas of `codex-rx/types`, whose verdict the compiled checks of lib/generated/checks.ts
 * reproduce exactly). `lenient` lets unknown fields pass; `strict` rejects them; `off` skips
 * checking. A message that fails is reported on `diagnostics$` and still delivered as it came.
 */
export type ValidationMode = 'off' | 'lenient' | 'strict';

/** Options of a {@link Connection}. */
export interface ConnectionOptions {
  /** Default timeout for requests in ms (default 120 000; 0 disables). */
  requestTimeoutMs?: number;
  /** Inbound validation (default `lenient`). */
  validation?: ValidationMode;
  /**
   * Answers a server request through its handle (`request.respond(...)`), once per request. If it
   * throws, the request gets a JSON-RPC error reply and a {@link HandlerError} goes to
   * `diagnostics$`. Without it every server request gets a JSON-RPC error reply.
   */
  answerServerRequest?: (request: PendingServerRequest) => void;
  /** Called for each notification after the hot streams, for keyed routing by the layer above. */
  onNotification?: (notification: ServerNotification) => void;
  /**
   * Check each request's params against the generated schema of its method before sending
   * (unknown keys, types, required fields); a mismatch rejects with `ParamsCheckError` and
   * nothing is sent. A request with `{ unchecked: true }` skips it. Default false here; `Codex`
   * turns it on.
   */
  checkParams?: boolean;
  /**
   * The streams to feed. By default the connection makes its own and completes them when it
   * closes; streams handed in here are left open (a session feeds them from its next connection).
   */
  streams?: ConnectionStreams;
  /** Masks secrets in what leaves the SDK (errors, diagnostics); a new one by default. */
  redactor?: Redactor;
  /** The last stderr lines of the server process, for the errors that end the connection. */
  stderrTail?: () => string[];
  /**
   * The transport's link dropped but it can resume it (see `Transport.resume`): requests in
   * flight stay pending. Without this option such a drop closes the connection.
   */
  onSuspended?: () => void;
}

interface NamedSchema {
  /** The definition's index in the check table. */
  ref: number;
  /** The compiled check of the definition (see checkOf); a refused value is then explained. */
  accepts: Check;
}

/** A request in flight. Plain fields, no closure per request (see {@link Connection.release}). */
interface Pending {
  method: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
  /** When it times out (a `performance.now()` value); 0: never. */
  deadline: number;
  timeoutMs: number;
  /** The caller's signal and the listener this request added to it, if any. */
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

const DEFAULT_TIMEOUT_MS = 120_000;
/** Bound on the schema caches (known methods are a few hundred at most). */
const MAX_UNKNOWN_METHODS = 1024;
/** Params fields whose string values are secrets, remembered so they never leak into messages. */
const SECRET_FIELD = /(apikey|token|secret|password|credential)/i;

/**
 * JSON-RPC 2.0 over a line {@link Transport}: request ids and the pending table, timeouts and
 * aborts, one parse per inbound line, hot streams of what arrives, and server requests answered
 * exactly once. When the transport closes, every pending request rejects with
 * {@link TransportClosedError} and every stream completes.
 */
export class Connection {
  /** Hot: every inbound message. Completes when the transport closes. */
  readonly messages$: Observable<InboundMessage>;
  /** Hot: every server notification. Completes when the transport closes. */
  readonly notifications$: Observable<ServerNotification>;
  /** Hot: every server → client request, with its answer handle. Completes when the transport closes. */
  readonly serverRequests$: Observable<PendingServerRequest>;
  /** Hot: framing, parse and validation problems. Completes when the transport closes. */
  readonly diagnostics$: Observable<CodexError>;
  /** Settles when the transport is gone, with how it ended. */
  readonly closed: Promise<ProcessExit>;
  /**
   * Resolves with the {@link TransportClosedError} once the connection stops: when the transport
   * closes, or earlier when a write failed. Everything pending has been rejected by then.
   */
  readonly ended: Promise<TransportClosedError>;
  private markEnded!: (error: TransportClosedError) => void;

  private readonly streams: ConnectionStreams;
  /** Whether the streams are this connection's own, to complete when it closes. */
  private readonly ownsStreams: boolean;
  // The streams' Subjects, read once: the per-message path touches them directly.
  private readonly messages: Subject<InboundMessage>;
  private readonly notifications: Subject<ServerNotification>;
  private readonly serverRequests: Subject<PendingServerRequest>;
  private readonly diagnostics: Subject<CodexError>;
  private readonly methodSubjects: Map<string, Subject<unknown>>;
  private readonly pending = new Map<RequestId, Pending>();
  /** The requests' timeouts, on one timer. */
  private readonly deadlines = new DeadlineTimer((now) => this.expire(now));
  private readonly openServerRequests = new Map<RequestId, PendingServerRequest>();
  private nextId = 1;
  private closeError: TransportClosedError | null = null;
  private closeRequested = false;
  private readonly timeoutMs: number;
  /** Masks every secret the client was handed, in all that leaves this connection. */
  readonly redactor: Redactor;
  private readonly stderrTail: () => string[];
  private readonly validation: ValidationMode;
  /**
   * The schema of each method, looked up once: reading the generated table through its lazy
   * getters costs far more than the parse itself. `null` for methods without a schema.
   */
  private readonly notificationSchemas: SchemaCache;
  /** The method of the last notification (see onNotification). */
  private lastMethod = '';
  /** The Subject of notificationsOf(method) for the last method looked up, if any, and how many Subjects there were then. */
  private subjectMethod = '';
  private subjectCount = 0;
  private methodSubject: Subject<unknown> | undefined = undefined;
  private readonly requestSchemas: SchemaCache;
  private readonly resultSchemas: SchemaCache;

  constructor(
    readonly transport: Transport,
    private readonly options: ConnectionOptions = {},
  ) {
    this.redactor = options.redactor ?? new Redactor();
    this.stderrTail = options.stderrTail ?? (() => []);
    this.timeoutMs = options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.validation = options.validation ?? 'lenient';
    this.notificationSchemas = new SchemaCache(this.validation, NOTIFICATION_REFS, 'notification');
    this.requestSchemas = new SchemaCache(this.validation, REQUEST_REFS, 'request');
    this.resultSchemas = new SchemaCache(this.validation, RESULT_REFS, 'result');
    // What explains a refused message or params loads now, not at import.
    if (this.validation !== 'off' || options.checkParams) prepareExplainer();
    this.ownsStreams = !options.streams;
    const streams = (this.streams = options.streams ?? new ConnectionStreams());
    this.messages = streams.messages;
    this.notifications = streams.notifications;
    this.serverRequests = streams.serverRequests;
    this.diagnostics = streams.diagnostics;
    this.methodSubjects = streams.methodSubjects;
    this.messages$ = streams.messages$;
    this.notifications$ = streams.notifications$;
    this.serverRequests$ = streams.serverRequests$;
    this.diagnostics$ = streams.diagnostics$;
    this.closed = transport.exited;
    this.ended = new Promise((resolve) => (this.markEnded = resolve));
    transport.start({
      message: (text) => this.onMessage(text),
      diagnostic: (error) => this.diagnose(error),
      closed: (exit) => this.shutDown(new TransportClosedError(exit, this.stderrTail(), exit.reason)),
      failed: (error) => this.onWriteFailed(error),
      ...(options.onSuspended ? { suspended: () => options.onSuspended!() } : {}),
    });
  }

  /** Whether the transport has closed. */
  get isClosed(): boolean {
    return this.closeError !== null;
  }

  /** Hot stream of one notification method's params. Completes when the transport closes. */
  notificationsOf<M extends ServerNotificationMethod>(method: M): Observable<ServerNotificationMap[M]>;
  notificationsOf(method: string): Observable<unknown>;
  notificationsOf(method: string): Observable<unknown> {
    return this.streams.notificationsOf(method);
  }

  /** Sends a request and resolves its result; see {@link RequestOptions}. Always sends a params object. */
  request<M extends ClientRequestMethod>(method: M, ...args: RequestArgs<M>): Promise<RequestResult<M>>;
  request(method: string, params?: unknown, options?: RequestOptions): Promise<unknown>;
  request(method: string, params?: unknown, options: RequestOptions = {}): Promise<unknown> {
    const closed = this.refusal();
    if (closed) return Promise.reject(closed);
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortErrorFrom(signal));
    this.rememberSecrets(params);
    if (this.options.checkParams && !options.unchecked) {
      const invalid = checkParams(method, params);
      if (invalid) {
        invalid.message = this.redactor.redact(invalid.message);
        return Promise.reject(invalid);
      }
    }
    const id = this.nextId++;
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    return new Promise((resolve, reject) => {
      const entry: Pending = { method, resolve, reject, deadline: 0, timeoutMs, signal, onAbort: undefined };
      if (timeoutMs > 0) {
        entry.deadline = performance.now() + timeoutMs;
        this.deadlines.add(entry.deadline);
      }
      if (signal) {
        entry.onAbort = () => {
          if (this.pending.delete(id)) {
            this.release(entry);
            reject(abortErrorFrom(signal));
          }
        };
        signal.addEventListener('abort', entry.onAbort, { once: true });
      }
      this.pending.set(id, entry);
      this.transport.send(JSON.stringify({ jsonrpc: '2.0', id, method, params: params ?? {} }));
    });
  }

  /** A request left the pending table: its deadline and abort listener go too. */
  private release(entry: Pending): void {
    if (entry.deadline !== 0) this.deadlines.remove();
    if (entry.onAbort) entry.signal!.removeEventListener('abort', entry.onAbort);
  }

  /** Rejects the requests whose deadline has passed; returns the earliest deadline left. */
  private expire(now: number): number {
    let next = Infinity;
    for (const [id, entry] of this.pending) {
      if (entry.deadline === 0) continue;
      if (entry.deadline <= now) {
        this.pending.delete(id);
        this.release(entry);
        entry.reject(new RequestTimeoutError(entry.method, entry.timeoutMs));
      } else if (entry.deadline < next) next = entry.deadline;
    }
    return next;
  }

  /** Sends a notification (no answer expected). */
  notify(method: string, params?: unknown): void {
    if (this.refusal()) return;
    this.transport.send(JSON.stringify(params === undefined ? { jsonrpc: '2.0', method } : { jsonrpc: '2.0', method, params }));
  }

  /** Stops the transport; pending and later requests reject with TransportClosedError. */
  close(): Promise<ProcessExit> {
    this.closeRequested = true;
    return this.transport.close();
  }

  /**
   * Reports a problem on `diagnostics$`, with every known secret masked in its message and raw
   * content. The one way problems reach `diagnostics$`, for this layer and the ones above.
   */
  diagnose(error: CodexError): void {
    if (this.closeError) return;
    const redactor = this.redactor;
    error.message = redactor.redact(error.message);
    if (error.stack) error.stack = redactor.redact(error.stack);
    const cause = error.cause;
    if (cause instanceof Error) {
      cause.message = redactor.redact(cause.message);
      if (cause.stack) cause.stack = redactor.redact(cause.stack);
    }
    if (error instanceof ProtocolError && error.raw !== undefined) {
      (error as { raw: unknown }).raw = redactor.redactValue(error.raw);
    }
    this.diagnostics.next(error);
  }

  /** The error a new request gets: the close error, or one saying the client is closing. */
  private refusal(): TransportClosedError | null {
    if (this.closeError) return this.closeError;
    if (this.closeRequested) return new TransportClosedError({ code: null, signal: null }, this.stderrTail(), 'the client was closed');
    return null;
  }

  // -------------------------------------------------------------------------------------------

  private onMessage(line: string): void {
    if (this.closeError) return;
    let msg: unknown;
    try {
      msg = JSON.parse(line);
    } catch (cause) {
      // Not the parser's message: it quotes a piece of the line, which may hold part of a secret.
      const at = /position (\d+)/.exec(cause instanceof Error ? cause.message : '')?.[1];
      this.diagnose(new ProtocolError('invalid-json', `Skipped an inbound line that is not JSON${at ? ` (syntax error at position ${at})` : ''}.`, this.clip(line)));
      return;
    }
    if (msg === null || typeof msg !== 'object' || Array.isArray(msg)) {
      this.diagnose(new ProtocolError('not-json-rpc', 'Skipped an inbound line that is not a JSON-RPC object.', this.clip(line)));
      return;
    }
    // Whatever shape a message has, routing it must never throw into the host's event loop.
    try {
      this.dispatch(msg as Record<string, unknown>, line);
    } catch (cause) {
      this.diagnose(new ProtocolError('malformed', `Could not route an inbound message: ${cause instanceof Error ? cause.message : String(cause)}`, this.clip(line), { cause }));
    }
  }

  private dispatch(m: Record<string, unknown>, line: string): void {
    const hasId = typeof m.id === 'string' || typeof m.id === 'number';
    if (typeof m.method === 'string') {
      if (hasId) this.onServerRequest(m as unknown as ServerRequest);
      else if (m.id === undefined) this.onNotification(m as unknown as ServerNotification);
      else this.diagnose(new ProtocolError('not-json-rpc', 'Skipped a request with an invalid id.', this.clip(line)));
    } else if (hasId && ('result' in m || 'error' in m)) {
      this.onResponse(m as unknown as ResponseMessage);
    } else {
      this.diagnose(new ProtocolError('not-json-rpc', 'Skipped an inbound object that is not a JSON-RPC message.', this.clip(line)));
    }
  }

  private onResponse(msg: ResponseMessage): void {
    if (this.messages.observed) this.messages.next({ kind: 'response', message: msg });
    const entry = this.pending.get(msg.id);
    if (!entry) {
      this.diagnose(new ProtocolError('not-json-rpc', `Response to unknown request id ${String(msg.id)}.`, msg));
      return;
    }
    this.pending.delete(msg.id);
    this.release(entry);
    const err = msg.error;
    if (err && typeof err === 'object') {
      const redactor = this.redactor;
      const code = typeof err.code === 'number' ? err.code : -32603;
      entry.reject(JsonRpcError.from({ code, message: redactor.redact(String(err.message ?? '')), data: redactor.redactValue(err.data) }, entry.method));
      return;
    }
    if (this.validation !== 'off') {
      const schema = this.resultSchemas.get(entry.method);
      if (schema) this.validate(schema, msg.result, `${entry.method} result`);
    }
    entry.resolve(msg.result);
  }

  private onNotification(msg: ServerNotification): void {
    // One string per method (the generated table's own key, which V8 has interned like every
    // method literal in the code) instead of the fresh copy JSON.parse makes each time: later
    // comparisons with a method literal stop at the pointer, and events kept for replay share it.
    // An equal string: nothing a subscriber can see changes.
    if (msg.method === this.lastMethod) (msg as { method: string }).method = this.lastMethod;
    else (msg as { method: string }).method = this.lastMethod = knownMethod(msg.method);
    if (this.validation !== 'off') {
      const schema = this.notificationSchemas.get(msg.method);
      if (schema) this.validate(schema, msg.params, msg.method);
    }
    if (msg.method === 'serverRequest/resolved') {
      const requestId = isObject(msg.params) ? msg.params.requestId : undefined;
      if (typeof requestId === 'string' || typeof requestId === 'number') this.openServerRequests.get(requestId)?.settle('resolved');
    }
    // Nothing is allocated for streams nobody watches.
    if (this.messages.observed) this.messages.next({ kind: 'notification', message: msg });
    if (this.notifications.observed) this.notifications.next(msg);
    const subjects = this.methodSubjects;
    if (subjects.size > 0) {
      // Asked again only when the method or the set of subjects (which only grows) changed.
      if (msg.method !== this.subjectMethod || subjects.size !== this.subjectCount) {
        this.subjectMethod = msg.method;
        this.subjectCount = subjects.size;
        this.methodSubject = subjects.get(msg.method);
      }
      this.methodSubject?.next(msg.params);
    }
    this.options.onNotification?.(msg);
  }

  private onServerRequest(msg: ServerRequest): void {
    if (this.messages.observed) this.messages.next({ kind: 'request', message: msg });
    // A request without a params object cannot be answered sensibly: one error reply, no further.
    // One that only fails its schema goes on, like every message (reported on diagnostics$).
    if (!isObject(msg.params)) {
      this.diagnose(new ProtocolError('malformed', `${msg.method} request ${String(msg.id)} has no params object; answered with an error.`, msg));
      this.sendAnswer(msg.id, { error: { code: -32602, message: `codex-rx: ${msg.method} needs a params object` } });
      return;
    }
    if (this.validation !== 'off') {
      const schema = this.requestSchemas.get(msg.method);
      if (schema) this.validate(schema, msg.params, msg.method);
    }
    const request = new PendingServerRequest(msg, (answer) => this.sendAnswer(msg.id, answer), () => this.openServerRequests.delete(msg.id));
    this.openServerRequests.set(msg.id, request);
    this.serverRequests.next(request);
    try {
      if (this.options.answerServerRequest) this.options.answerServerRequest(request);
      else request.respondError(-32601, `codex-rx has no handler for ${msg.method}`);
    } catch (cause) {
      // The handler's bug, not the wire's: the request gets its answer, diagnostics$ the cause.
      request.respondError(-32603, `codex-rx could not handle ${msg.method}`);
      this.diagnose(new HandlerError(msg.method, msg.id, cause));
    }
  }

  private sendAnswer(id: RequestId, answer: ServerRequestAnswer): void {
    const body: Record<string, unknown> = { jsonrpc: '2.0', id };
    if ('error' in answer) body.error = answer.error;
    else body.result = answer.result;
    this.transport.send(JSON.stringify(body));
  }

  /** Checks a value against a schema; a mismatch is reported on `diagnostics$`. */
  private validate({ ref, accepts }: NamedSchema, value: unknown, what: string): void {
    if (accepts(value)) return;
    const why = explain(ref, value, this.validation === 'strict');
    if (why) this.diagnose(new ProtocolError('validation', `${what} does not match ${why.schema ? `the ${why.schema} schema` : 'the protocol'}: ${why.message}`, value));
  }

  /** Writing failed while the peer may live: fail everything now, then stop the peer. */
  private onWriteFailed(cause: Error): void {
    const code = (cause as { code?: unknown }).code;
    const what = typeof code === 'string' ? code : cause.message;
    this.shutDown(new TransportClosedError({ code: null, signal: null }, this.stderrTail(), `writing to the codex app-server failed (${what}); the client closed it`, { cause }));
    void this.close();
  }

  private shutDown(error: TransportClosedError): void {
    if (this.closeError) return;
    this.closeError = error;
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      this.release(entry);
      entry.reject(error);
    }
    this.deadlines.stop();
    for (const request of this.openServerRequests.values()) request.settle('closed');
    if (this.ownsStreams) this.streams.complete();
    this.markEnded(error);
  }

  /** The error that closed the connection, once closed. */
  get closedError(): TransportClosedError | null {
    return this.closeError;
  }

  private rememberSecrets(params: unknown, depth = 0): void {
    if (!params || typeof params !== 'object' || depth > 2) return;
    const fields = params as Record<string, unknown>;
    for (const k in fields) {
      if (!Object.hasOwn(fields, k)) continue;
      const v = fields[k];
      if (typeof v === 'string' && SECRET_FIELD.test(k)) this.redactor.add(v);
      else if (v && typeof v === 'object') this.rememberSecrets(v, depth + 1);
    }
  }

  /** The line with secrets masked (before cutting, so no secret is cut in half), at most 500 chars. */
  private clip(line: string): string {
    const text = this.redactor.redact(line);
    return text.length > 500 ? `${this.redactor.redactCut(text.slice(0, 500))}…` : text;
  }
}

/**
 * The schema of each method of one kind, looked up in the generated tables on first use. The last
 * method asked answers without hashing: a method name from `JSON.parse` is a fresh string each
 * time, and messages come in runs of one method (a turn's deltas). What was looked up is shared by
 * every connection of the same mode (it depends on nothing else), so a new connection, or a
 * reconnect, compiles no check again.
 */
class SchemaCache {
  private static readonly shared = new Map<string, Map<string, NamedSchema | null>>();
  private readonly map: Map<string, NamedSchema | null>;
  private lastMethod: string | null = null;
  private lastEntry: NamedSchema | null = null;

  constructor(
    private readonly mode: ValidationMode,
    private readonly refs: (method: string) => number | undefined,
    kind: string,
  ) {
    const key = `${mode} ${kind}`;
    let map = SchemaCache.shared.get(key);
    if (!map) SchemaCache.shared.set(key, (map = new Map()));
    this.map = map;
  }

  get(method: string): NamedSchema | null {
    if (method === this.lastMethod) return this.lastEntry;
    let entry = this.map.get(method);
    if (entry === undefined) {
      const ref = this.refs(method);
      const accepts = ref === undefined ? null : checkOf(this.mode === 'strict' ? STRICT_TABLE : LENIENT_TABLE, ref);
      entry = accepts && { ref: ref!, accepts };
      // Methods the protocol does not know come from the peer: remember only so many of them.
      if (entry || this.map.size < MAX_UNKNOWN_METHODS) this.map.set(method, entry);
    }
    this.lastMethod = method;
    this.lastEntry = entry;
    return entry;
  }
}

/** The generated table's key for each notification method it knows (see onNotification). */
let knownMethods: Map<string, string> | null = null;
function knownMethod(method: string): string {
  knownMethods ??= new Map(Object.keys(SERVER_NOTIFICATION_CHECKS).map((m) => [m, m]));
  return knownMethods.get(method) ?? method;
}

/** Definitions by method, from the generated tables: own entries only, so a wire name like `toString` or `__proto__` finds none. */
const NOTIFICATION_REFS = (method: string): number | undefined => own(SERVER_NOTIFICATION_CHECKS, method);
const REQUEST_REFS = (method: string): number | undefined => own(SERVER_REQUEST_CHECKS, method)?.[0];
const RESULT_REFS = (method: string): number | undefined => own(CLIENT_REQUEST_CHECKS, method)?.[1];
