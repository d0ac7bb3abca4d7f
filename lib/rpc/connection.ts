import { Observable, Subject, share } from 'rxjs';
import { z } from 'zod';
import {
  abortErrorFrom,
  CodexError,
  JsonRpcError,
  ProtocolError,
  RequestTimeoutError,
  TransportClosedError,
  type ProcessExit,
} from '../errors.js';
import {
  CLIENT_REQUEST_SCHEMAS,
  SERVER_NOTIFICATION_SCHEMAS,
  SERVER_REQUEST_SCHEMAS,
  type ClientRequestMethod,
  type ServerNotificationMap,
  type ServerNotificationMethod,
  type ServerRequestMethod,
} from '../generated/methods.js';
import { defineProtocolSchemas, type ObjectFactory, type ProtocolSchemas } from '../generated/schemas.js';
import type { Transport } from '../process/transport.js';
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
import { PendingServerRequest, type ServerRequestAnswer } from './pending-server-request.js';

/**
 * How inbound messages of known methods are checked against the generated zod schemas.
 * `lenient` lets unknown fields pass; `strict` rejects them; `off` skips checking. A message that
 * fails is reported on `diagnostics$` and still delivered as it came.
 */
export type ValidationMode = 'off' | 'lenient' | 'strict';

/** Options of a {@link Connection}. */
export interface ConnectionOptions {
  /** Default timeout for requests in ms (default 120 000; 0 disables). */
  requestTimeoutMs?: number;
  /** Inbound validation (default `lenient`). */
  validation?: ValidationMode;
  /**
   * Answers a server request. Called once per request; the returned value (or thrown error) is
   * the answer. Without it every server request gets a JSON-RPC error reply.
   */
  answerServerRequest?: (request: PendingServerRequest) => void;
  /** Called for each notification after the hot streams, for keyed routing by the layer above. */
  onNotification?: (notification: ServerNotification) => void;
}

interface Pending {
  method: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
  cleanup(): void;
}

const DEFAULT_TIMEOUT_MS = 120_000;
/** Params fields whose string values are secrets, remembered so they never leak into messages. */
const SECRET_FIELD = /(apikey|token|secret|password|credential)/i;

const schemaCache = new Map<ValidationMode, ProtocolSchemas>();
function schemasFor(mode: ValidationMode): ProtocolSchemas {
  let schemas = schemaCache.get(mode);
  if (!schemas) {
    schemas = defineProtocolSchemas((mode === 'strict' ? z.strictObject : z.looseObject) as ObjectFactory);
    schemaCache.set(mode, schemas);
  }
  return schemas;
}

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

  private readonly messages = new Subject<InboundMessage>();
  private readonly notifications = new Subject<ServerNotification>();
  private readonly serverRequests = new Subject<PendingServerRequest>();
  private readonly diagnostics = new Subject<CodexError>();
  private readonly byMethod = new Map<string, Observable<unknown>>();
  private readonly methodSubjects = new Map<string, Subject<unknown>>();
  private readonly pending = new Map<RequestId, Pending>();
  private readonly openServerRequests = new Map<RequestId, PendingServerRequest>();
  private nextId = 1;
  private closeError: TransportClosedError | null = null;
  private readonly timeoutMs: number;
  private readonly validation: ValidationMode;

  constructor(
    readonly transport: Transport,
    private readonly options: ConnectionOptions = {},
  ) {
    this.timeoutMs = options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.validation = options.validation ?? 'lenient';
    this.messages$ = this.messages.asObservable();
    this.notifications$ = this.notifications.asObservable();
    this.serverRequests$ = this.serverRequests.asObservable();
    this.diagnostics$ = this.diagnostics.asObservable();
    this.closed = transport.exited;
    transport.start({
      line: (line) => this.onLine(line),
      diagnostic: (error) => this.diagnostics.next(error),
      closed: (exit) => this.onClosed(exit),
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
    let stream = this.byMethod.get(method);
    if (!stream) {
      stream = new Observable<unknown>((subscriber) => {
        let subject = this.methodSubjects.get(method);
        if (!subject) {
          subject = new Subject<unknown>();
          this.methodSubjects.set(method, subject);
        }
        if (this.closeError) subject.complete();
        return subject.subscribe(subscriber);
      }).pipe(share());
      this.byMethod.set(method, stream);
    }
    return stream;
  }

  /** Sends a request and resolves its result; see {@link RequestOptions}. Always sends a params object. */
  request<M extends ClientRequestMethod>(method: M, ...args: RequestArgs<M>): Promise<RequestResult<M>>;
  request(method: string, params?: unknown, options?: RequestOptions): Promise<unknown>;
  request(method: string, params?: unknown, options: RequestOptions = {}): Promise<unknown> {
    if (this.closeError) return Promise.reject(this.closeError);
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortErrorFrom(signal));
    this.rememberSecrets(params);
    const id = this.nextId++;
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => {
        if (this.pending.delete(id)) {
          entry.cleanup();
          reject(abortErrorFrom(signal!));
        }
      };
      const entry: Pending = {
        method,
        resolve,
        reject,
        cleanup: () => {
          if (timer) clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
        },
      };
      if (timeoutMs > 0) {
        timer = setTimeout(() => {
          if (this.pending.delete(id)) {
            entry.cleanup();
            reject(new RequestTimeoutError(method, timeoutMs));
          }
        }, timeoutMs);
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, entry);
      this.transport.send(JSON.stringify({ jsonrpc: '2.0', id, method, params: params ?? {} }));
    });
  }

  /** Sends a notification (no answer expected). */
  notify(method: string, params?: unknown): void {
    if (this.closeError) return;
    this.transport.send(JSON.stringify(params === undefined ? { jsonrpc: '2.0', method } : { jsonrpc: '2.0', method, params }));
  }

  /** Stops the transport; pending requests reject with TransportClosedError. */
  close(): Promise<ProcessExit> {
    return this.transport.close();
  }

  // -------------------------------------------------------------------------------------------

  private onLine(line: string): void {
    let msg: unknown;
    try {
      msg = JSON.parse(line);
    } catch (cause) {
      this.diagnostics.next(new ProtocolError('invalid-json', 'Skipped an inbound line that is not JSON.', this.clip(line), { cause }));
      return;
    }
    if (msg === null || typeof msg !== 'object' || Array.isArray(msg)) {
      this.diagnostics.next(new ProtocolError('not-json-rpc', 'Skipped an inbound line that is not a JSON-RPC object.', this.clip(line)));
      return;
    }
    const m = msg as Record<string, unknown>;
    const hasId = typeof m.id === 'string' || typeof m.id === 'number';
    if (typeof m.method === 'string') {
      if (hasId) this.onServerRequest(m as unknown as ServerRequest);
      else if (m.id === undefined) this.onNotification(m as unknown as ServerNotification);
      else this.diagnostics.next(new ProtocolError('not-json-rpc', 'Skipped a request with an invalid id.', this.clip(line)));
    } else if (hasId && ('result' in m || 'error' in m)) {
      this.onResponse(m as unknown as ResponseMessage);
    } else {
      this.diagnostics.next(new ProtocolError('not-json-rpc', 'Skipped an inbound object that is not a JSON-RPC message.', this.clip(line)));
    }
  }

  private onResponse(msg: ResponseMessage): void {
    this.messages.next({ kind: 'response', message: msg });
    const entry = this.pending.get(msg.id);
    if (!entry) {
      this.diagnostics.next(new ProtocolError('not-json-rpc', `Response to unknown request id ${String(msg.id)}.`, msg));
      return;
    }
    this.pending.delete(msg.id);
    entry.cleanup();
    const err = msg.error;
    if (err && typeof err === 'object') {
      const redactor = this.transport.redactor;
      const code = typeof err.code === 'number' ? err.code : -32603;
      entry.reject(JsonRpcError.from({ code, message: redactor.redact(String(err.message ?? '')), data: redactor.redactValue(err.data) }, entry.method));
      return;
    }
    if (this.validation !== 'off') {
      const names = CLIENT_REQUEST_SCHEMAS[entry.method as ClientRequestMethod];
      if (names) this.validate(names.result, msg.result, `${entry.method} result`);
    }
    entry.resolve(msg.result);
  }

  private onNotification(msg: ServerNotification): void {
    if (this.validation !== 'off') {
      const name = SERVER_NOTIFICATION_SCHEMAS[msg.method as ServerNotificationMethod];
      if (name) this.validate(name, msg.params, msg.method);
    }
    if (msg.method === 'serverRequest/resolved') {
      const requestId = (msg.params as { requestId?: RequestId }).requestId;
      if (requestId !== undefined) this.openServerRequests.get(requestId)?.settle('resolved');
    }
    this.messages.next({ kind: 'notification', message: msg });
    this.notifications.next(msg);
    this.methodSubjects.get(msg.method)?.next(msg.params);
    this.options.onNotification?.(msg);
  }

  private onServerRequest(msg: ServerRequest): void {
    if (this.validation !== 'off') {
      const names = SERVER_REQUEST_SCHEMAS[msg.method as ServerRequestMethod];
      if (names) this.validate(names.params, msg.params, msg.method);
    }
    const request = new PendingServerRequest(msg, (answer) => this.sendAnswer(msg.id, answer), () => this.openServerRequests.delete(msg.id));
    this.openServerRequests.set(msg.id, request);
    this.messages.next({ kind: 'request', message: msg });
    this.serverRequests.next(request);
    if (this.options.answerServerRequest) this.options.answerServerRequest(request);
    else request.respondError(-32601, `codex-rx has no handler for ${msg.method}`);
  }

  private sendAnswer(id: RequestId, answer: ServerRequestAnswer): void {
    const body: Record<string, unknown> = { jsonrpc: '2.0', id };
    if ('error' in answer) body.error = answer.error;
    else body.result = answer.result;
    this.transport.send(JSON.stringify(body));
  }

  private validate(schemaName: keyof ProtocolSchemas, value: unknown, what: string): void {
    const schema: z.ZodType = schemasFor(this.validation)[schemaName];
    const result = schema.safeParse(value);
    if (!result.success) {
      this.diagnostics.next(
        new ProtocolError('validation', `${what} does not match the ${schemaName} schema: ${this.transport.redactor.redact(result.error.message)}`, this.transport.redactor.redactValue(value)),
      );
    }
  }

  private onClosed(exit: ProcessExit): void {
    const error = new TransportClosedError(exit, this.transport.stderrTail());
    this.closeError = error;
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      entry.cleanup();
      entry.reject(error);
    }
    for (const request of this.openServerRequests.values()) request.settle('closed');
    this.messages.complete();
    this.notifications.complete();
    this.serverRequests.complete();
    this.diagnostics.complete();
    for (const subject of this.methodSubjects.values()) subject.complete();
  }

  /** The error that closed the connection, once closed. */
  get closedError(): TransportClosedError | null {
    return this.closeError;
  }

  private rememberSecrets(params: unknown, depth = 0): void {
    if (!params || typeof params !== 'object' || depth > 2) return;
    for (const [k, v] of Object.entries(params as Record<string, unknown>)) {
      if (typeof v === 'string' && SECRET_FIELD.test(k)) this.transport.redactor.add(v);
      else if (v && typeof v === 'object') this.rememberSecrets(v, depth + 1);
    }
  }

  private clip(line: string): string {
    const text = this.transport.redactor.redact(line);
    return text.length > 500 ? `${text.slice(0, 500)}…` : text;
  }
}

