/**
 * One error hierarchy, rooted at {@link CodexError}. JSON-RPC error replies become a
 * {@link JsonRpcError} subclass chosen by {@link JsonRpcError.from} from the wire code.
 */

/** Root of every error codex-rx throws or emits. */
export class CodexError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** No `codex` binary could be found or started. */
export class CodexNotFoundError extends CodexError {}

/** A call was made with arguments the SDK refuses before anything is sent. */
export class InvalidArgumentError extends CodexError {}

/**
 * `Codex.connect()` could not open the socket: the server refused the token (`status` 401), the
 * Origin (403), or was not there. In a browser the cause is not visible, so `status` is null.
 */
export class ConnectionRefusedError extends CodexError {
  /** The HTTP status the server answered the upgrade with, when known. */
  readonly status: number | null;
  constructor(message: string, status: number | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
  }
}

/** The server answered a request with a JSON-RPC error. */
export class JsonRpcError extends CodexError {
  /** The JSON-RPC error code. */
  readonly code: number;
  /** The error's `data` member, as sent. */
  readonly data: unknown;
  /** The request method that failed, when known. */
  readonly method: string | undefined;

  constructor(code: number, message: string, data?: unknown, method?: string) {
    super(method ? `${method}: ${message}` : message);
    this.code = code;
    this.data = data;
    this.method = method;
  }

  /** Picks the subclass for a wire error. */
  static from(error: { code: number; message: string; data?: unknown }, method?: string): JsonRpcError {
    const Ctor = isOverloaded(error) ? ServerOverloadedError : (BY_CODE[error.code] ?? JsonRpcError);
    return new Ctor(error.code, error.message, error.data, method);
  }
}

/** -32700: the server could not parse the message. */
export class ParseError extends JsonRpcError {}
/** -32600: the request was invalid. The app-server also uses this for unknown methods and bad params. */
export class InvalidRequestError extends JsonRpcError {}
/** -32601: the method does not exist. */
export class MethodNotFoundError extends JsonRpcError {}
/** -32602: the params were invalid. */
export class InvalidParamsError extends JsonRpcError {}
/** -32603: the server failed while handling the request. */
export class InternalError extends JsonRpcError {}
/** -32001, or `server_overloaded` in `data`: transient; see `retryOnOverload`. */
export class ServerOverloadedError extends JsonRpcError {}

const BY_CODE: Record<number, new (code: number, message: string, data?: unknown, method?: string) => JsonRpcError> = {
  [-32700]: ParseError,
  [-32600]: InvalidRequestError,
  [-32601]: MethodNotFoundError,
  [-32602]: InvalidParamsError,
  [-32603]: InternalError,
  [-32001]: ServerOverloadedError,
};

/** How deep {@link hasOverloadMarker} looks into an error's `data`. */
const MARKER_DEPTH = 8;
/** Overload markers as servers spell them in error data (values or keys). */
const OVERLOAD_MARKERS = new Set(['server_overloaded', 'serverOverloaded', 'server_is_overloaded']);

function isOverloaded(error: { code: number; data?: unknown }): boolean {
  return error.code === -32001 || hasOverloadMarker(error.data);
}

/**
 * Whether an overload marker (`server_overloaded`, `serverOverloaded`, `server_is_overloaded`)
 * appears anywhere in a JSON-like value, as a string value or as a key, at any depth up to a
 * bound, visiting each object once (cycles end the walk).
 */
export function hasOverloadMarker(value: unknown, depth = MARKER_DEPTH, seen: Set<object> = new Set()): boolean {
  if (typeof value === 'string') return OVERLOAD_MARKERS.has(value);
  if (!value || typeof value !== 'object' || depth < 0 || seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.some((v) => hasOverloadMarker(v, depth - 1, seen));
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (OVERLOAD_MARKERS.has(key) || hasOverloadMarker(v, depth - 1, seen)) return true;
  }
  return false;
}

/**
 * How the connection to the app-server ended: the process's exit code and signal when this client
 * owned the process (both null for a socket to a server it does not own), and what happened.
 */
export interface ProcessExit {
  code: number | null;
  signal: string | null;
  /** What ended it, when more is known than the exit status (a WebSocket close, say). */
  reason?: string;
  /** The WebSocket close code, when a socket closed (1006 for a drop; 4401/4403 for a relay's refusal). */
  closeCode?: number;
}

/**
 * The app-server process exited, was killed, its pipe or socket closed, or writing to it failed;
 * no more messages will come. After it, every method of the client rejects with it.
 */
export class TransportClosedError extends CodexError {
  readonly code: number | null;
  readonly signal: string | null;
  /** The last lines the server wrote to stderr (secrets redacted). */
  readonly stderrTail: string[];
  /** The WebSocket close code, when a socket closed. */
  readonly closeCode: number | undefined;

  /**
   * `withTail: false` keeps the stderr lines out of the message (they stay in `stderrTail`);
   * `withStatus: false` leaves the exit status out (the reason already says it).
   */
  constructor(exit: ProcessExit, stderrTail: string[], reason = 'the codex app-server process exited', options?: { cause?: unknown; withTail?: boolean; withStatus?: boolean }) {
    const how = options?.withStatus === false ? '' : exitStatus(exit);
    const tail = stderrTail.length && options?.withTail !== false ? `\nLast stderr lines:\n${stderrTail.join('\n')}` : '';
    super(`${reason}${how}${tail}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = exit.code;
    this.signal = exit.signal;
    this.stderrTail = stderrTail;
    this.closeCode = exit.closeCode;
  }
}

/**
 * The error for a server that died before it answered `initialize`: its one-line reason (the
 * server's `Error: …` line) and a likely cause in the message; the whole stderr, backtrace
 * included, stays in `stderrTail`.
 */
export function startupError(error: TransportClosedError, exit: ProcessExit): TransportClosedError {
  const lines = error.stderrTail.map((l) => l.trim()).filter(Boolean);
  const reasonLine = lines.find((l) => /^error\b/i.test(l)) ?? lines.find((l) => /error/i.test(l)) ?? lines[0];
  let why: string;
  if (reasonLine) {
    why = `: ${reasonLine.replace(/^error:\s*/i, '').replace(/\.$/, '')}`;
    if (/config|toml|unknown variant|invalid value|setting/i.test(reasonLine)) why += ' (check `config` and $CODEX_HOME/config.toml)';
    else if (exit.code === 2) why += ' (check `args`)';
  } else if (exit.code === 127) why = ': the executable was not found';
  else why = '. It printed nothing: is `codexBin` a codex executable, and does it run on this machine?';
  return new TransportClosedError(exit, error.stderrTail, `codex app-server exited during start-up${exitStatus(exit)}, before answering initialize${why}${why.endsWith('?') ? '' : '.'}`, {
    cause: error,
    withTail: false,
    withStatus: false,
  });
}

function exitStatus(exit: ProcessExit): string {
  return exit.signal ? ` (signal ${exit.signal})` : exit.code !== null ? ` (code ${exit.code})` : '';
}

/** A line from the server was not a JSON-RPC message, was too long, or failed validation. */
export class ProtocolError extends CodexError {
  /**
   * What went wrong: not JSON, not a JSON-RPC message, over the size bound, failed its schema, or
   * (`malformed`) a known message whose shape the SDK could not route.
   */
  readonly kind: 'invalid-json' | 'not-json-rpc' | 'line-too-long' | 'validation' | 'malformed';
  /** The offending line (truncated) or message. */
  readonly raw: unknown;

  constructor(kind: ProtocolError['kind'], message: string, raw?: unknown, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
    this.raw = raw;
  }
}

/**
 * The connection dropped while this request was in flight, and the client is reconnecting (see
 * `reconnect` in `Codex.connect`). The server may or may not have acted on the request; it is
 * safe to retry one that reads, and {@link isRetryableError} says true. Requests made while the
 * client reconnects wait for the connection instead.
 */
export class ConnectionLostError extends CodexError {
  /** The request that was in flight, when this error is a request's. */
  readonly method: string | undefined;
  constructor(message: string, options?: { cause?: unknown; method?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.method = options?.method;
  }
}

/**
 * A server-request handler of yours (an `approvals` handler, `refreshChatgptAuthTokens`, or a
 * connection's `answerServerRequest`) threw or rejected. The request was answered with a JSON-RPC
 * error, and this goes to `diagnostics$` with what it threw as `cause`: a bug on the client's
 * side, not a malformed message from the server.
 */
export class HandlerError extends CodexError {
  /** The server request method the handler was answering. */
  readonly method: string;
  /** The id of that server request. */
  readonly requestId: string | number;
  constructor(method: string, requestId: string | number, cause: unknown) {
    super(`The handler for server request ${method} (id ${String(requestId)}) threw: ${cause instanceof Error ? cause.message : String(cause)}. The request was answered with a JSON-RPC error.`, { cause });
    this.method = method;
    this.requestId = requestId;
  }
}

/** A request got no answer within its timeout. */
export class RequestTimeoutError extends CodexError {
  readonly method: string;
  readonly timeoutMs: number;
  constructor(method: string, timeoutMs: number) {
    super(`${method} got no response within ${timeoutMs} ms`);
    this.method = method;
    this.timeoutMs = timeoutMs;
  }
}

/** Thrown when an `AbortSignal` cancels an operation. Its `name` is always `'AbortError'`. */
export class AbortError extends CodexError {
  constructor(message = 'The operation was aborted', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AbortError';
  }
}

/**
 * The abort error for a signal: always an {@link AbortError} (so `instanceof AbortError` and
 * `instanceof CodexError` hold on every path), with the signal's reason as its `cause`.
 */
export function abortErrorFrom(signal: AbortSignal): AbortError {
  const reason: unknown = signal.reason;
  if (reason instanceof AbortError) return reason;
  const detail = reason instanceof Error && reason.name !== 'AbortError' ? `: ${reason.message}` : typeof reason === 'string' ? `: ${reason}` : '';
  return new AbortError(`The operation was aborted${detail}`, { cause: reason });
}
