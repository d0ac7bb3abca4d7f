import { EMPTY, filter, map, type Observable } from 'rxjs';
import { abortErrorFrom, CodexError, InvalidArgumentError, ProtocolError, type HandlerError, startupError, TransportClosedError, type ProcessExit } from '../errors.js';
import type { ClientRequestMethod, ServerNotificationMap, ServerNotificationMethod } from '../generated/methods.js';
import type * as T from '../generated/types.js';
import type { SpawnOptions } from '../process/spawn-options.js';
import { Redactor } from '../transport/redactor.js';
import { serverProcessOf, type Endpoint, type ServerProcess, type Transport } from '../transport/transport.js';
import type { ValidationMode } from '../rpc/connection.js';
import type { ConnectionState } from '../session/connection-state.js';
import { reconnectPolicy, type ReconnectOptions, type ReconnectPolicy } from '../session/reconnect-policy.js';
import { Session, type Requester } from '../session/session.js';
import type { InboundMessage, RequestArgs, RequestOptions, RequestResult, ServerNotification } from '../rpc/messages.js';
import type { PendingServerRequest } from '../rpc/pending-server-request.js';
import { DEFAULT_ROUTER_LIMITS, NotificationRouter, type RouterLimits } from '../router/notification-router.js';
import { PINNED_CODEX_VERSION, SDK_NAME, SDK_VERSION } from '../version.js';
import { ApprovalDesk, type ApprovalHandler, type ApprovalHandlers, type ChatgptAuthTokensRefresher, type PendingApproval } from './approvals.js';
import type { ClientContext } from './context.js';
import { ExperimentalApi, type ExperimentalCodex } from './experimental.js';
import { threadParams, type PresetSettings } from './presets.js';
import { LoginRequirement } from './login-requirement.js';
import { Logins, type ChatgptAuthTokens, type ChatgptLogin, type ChatgptLoginOptions, type DeviceCodeLogin, type LoginCompletion } from './login.js';
import { openTarget, platform, type ConnectTarget, type ListenMode } from './platform.js';
import { markGaps, resynchronise } from './resync.js';
import { Thread } from './thread.js';

/** Options of {@link Codex.start} (process) and {@link Codex.connect} (any transport). */
export interface CodexOptions extends SpawnOptions {
  /**
   * `stdio` (default): a private server on a pipe. `ws`: a server on `ws://127.0.0.1:<port>` with
   * a fresh capability token; `unix`: one on a unix socket in a fresh 0700 directory. Other
   * clients join those with `Codex.connect(codex.endpoint)`. Node only.
   */
  listen?: ListenMode;
  /**
   * With `listen: 'ws' | 'unix'`: let the server outlive this process, as a daemon (default false).
   * By default a listening server ends with the process that started it, however that process
   * ends (a normal exit, an uncaught exception, Ctrl-C, SIGTERM, even SIGKILL), within 2 s. A
   * detached one keeps running until it is stopped: `codex.close()` from this process, or
   * `process.kill(pid)` from any (`codex.pid` is the server's pid). Its socket file goes with it.
   */
  detached?: boolean;
  /** WebSocket connections (Node): ping interval to notice a dead peer, ms (default 15 000; 0 disables). A dead link is noticed within two intervals. */
  pingIntervalMs?: number;
  /**
   * `Codex.connect()` to a URL or socket: survive drops. `true` or {@link ReconnectOptions}
   * (`initialDelayMs`, `maxDelayMs`, `maxAttempts`, `maxDowntimeMs`; exponential backoff with
   * jitter). A drop then ends nothing: the client, its threads, turns and streams stay the same
   * objects and go on after the reconnect; `connection$` shows the state. A refusal (a wrong token
   * or Origin) is final. Without it, a drop ends everything with `TransportClosedError`.
   * See docs/reconnect.md.
   */
  reconnect?: boolean | ReconnectOptions;
  /** Sent in `initialize`; defaults to this SDK's name and version. */
  clientInfo?: T.ClientInfo;
  /**
   * Opt in to the server's experimental API (default false). With `true` (a literal, so the types
   * can see it) `Codex.start()` resolves an {@link ExperimentalCodex}: `codex.experimental` types
   * every experimental method and field.
   */
  experimentalApi?: boolean;
  /** Notification methods the server should not send at all. */
  optOutNotificationMethods?: string[];
  /** Default request timeout in ms (default 120 000; 0 disables). */
  requestTimeoutMs?: number;
  /** Aborting it cancels `start()` or, later, closes the client. */
  signal?: AbortSignal;
  /** Inbound validation against the generated schemas (default `lenient`). */
  validation?: ValidationMode;
  /**
   * Check outgoing params against the generated schemas before sending (default true): an unknown
   * key, a missing field or a wrong type rejects with `ParamsCheckError` naming the key and the
   * valid ones. Skip it per request with `{ unchecked: true }`.
   */
  checkParams?: boolean;
  /**
   * Answers server requests: per-kind handlers (kinds without one fail closed), or one function
   * for every request that returns the result to send.
   */
  approvals?: ApprovalHandlers | ApprovalHandler;
  /**
   * Answers `account/chatgptAuthTokens/refresh`: after `loginChatgptAuthTokens()`, the server asks
   * for fresh tokens when the backend refuses the current ones. Return `{ accessToken,
   * chatgptAccountId, chatgptPlanType? }`; the tokens are redacted like API keys. Without it the
   * request gets a JSON-RPC error (the `approvals` handlers are not asked).
   */
  refreshChatgptAuthTokens?: ChatgptAuthTokensRefresher;
  /**
   * Replay window of each turn's `events$` (default 10 000 events). Once an item completes, its
   * text deltas are kept joined into one, which counts as one event; until then each counts, kept
   * as its text alone.
   */
  turnReplayLimit?: number;
  /** Replay window of each thread's `events$` (default 256 events; streaming deltas are not kept, the turns replay those). */
  threadReplayLimit?: number;
  /** Bounds of the router's buffers for keys nobody holds yet. */
  routerLimits?: Partial<RouterLimits>;
}

const warnedVersions = new Set<string>();

/** The server's version from its `userAgent` (`name/0.169.0 (…)`). */
export function serverVersion(userAgent: string): string | null {
  return /\/(\d+\.\d+\.\d+[^\s)]*)/.exec(userAgent)?.[1] ?? null;
}

/**
 * A client of one `codex app-server`. Start it with `await Codex.start()`, close it with
 * `close()` or `await using`. Every stream here is hot and completes when the process exits;
 * per-turn streams error with `TransportClosedError` instead if their turn was still running.
 */
export class Codex implements AsyncDisposable {
  /** The `initialize` response. */
  metadata!: T.InitializeResponse;
  /** Hot: every inbound message (responses, notifications, server requests). No replay; completes when the process exits. */
  readonly messages$: Observable<InboundMessage>;
  /** Hot: every notification, typed by `method`; unknown methods pass through untyped. No replay; completes when the process exits. */
  readonly notifications$: Observable<ServerNotification>;
  /** Hot: every server → client request with its answer handle (answers go through the approvals desk). No replay; completes when the process exits. */
  readonly serverRequests$: Observable<PendingServerRequest>;
  /**
   * Hot: every server request as a {@link PendingApproval}, emitted before any handler runs. While
   * someone is subscribed, kinds without a handler are left to the subscriber instead of the
   * fail-closed default. No replay; completes when the process exits.
   */
  readonly approvals$: Observable<PendingApproval>;
  /** Hot: framing, parse and validation problems ({@link ProtocolError}) and handlers of yours that threw ({@link HandlerError}); the connection goes on. No replay; completes when the process exits. */
  readonly diagnostics$: Observable<CodexError>;
  /** Hot: the server's stderr lines, secrets redacted. No replay (see {@link Codex.stderrTail}); completes when the process exits. */
  readonly stderr$: Observable<string>;
  /** Settles with the exit code and signal once the server is gone. */
  readonly closed: Promise<ProcessExit>;

  /**
   * Hot: the state of the link to the server ({@link ConnectionState}): `connecting`,
   * `connected` (with `resumed`), `reconnecting` and finally `closed`. A new subscriber gets the
   * current state first. Completes after `closed`. See `reconnect` in {@link Codex.connect}.
   */
  readonly connection$: Observable<ConnectionState>;

  private readonly session: Session;
  /** The server process this client started, if it did. */
  private readonly server: ServerProcess | null;
  private readonly ctx: ClientContext;
  private readonly logins: Logins;

  private constructor(init: ClientInit, options: CodexOptions) {
    if (!(init instanceof ClientInit)) throw new CodexError('Create a client with `await Codex.start()` (spawns the app-server) or `await Codex.connect(...)` (joins one); `new Codex()` is not supported.');
    const { redactor, server } = init;
    this.server = server;
    const router = new NotificationRouter({ ...DEFAULT_ROUTER_LIMITS, ...options.routerLimits });
    const approvals = new ApprovalDesk(
      options.approvals,
      {
        ...(options.refreshChatgptAuthTokens ? { refreshChatgptAuthTokens: options.refreshChatgptAuthTokens } : {}),
        redactor,
        onHandlerError: (error) => session.diagnose(error),
      },
      () => this.session.willReconnect,
    );
    const session = new Session({
      connection: {
        ...(options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
        ...(options.validation ? { validation: options.validation } : {}),
        checkParams: options.checkParams ?? true,
        answerServerRequest: (request) => approvals.answer(request),
        onNotification: (n) => router.route(n),
      },
      open: init.open,
      reconnect: init.reconnect,
      redactor,
      stderrTail: () => server?.stderrTail() ?? [],
      handshake: (rpc, signal) => this.initialize(rpc, options, signal),
    });
    this.session = session;
    this.connection$ = session.state$;
    this.ctx = {
      connection: session,
      router,
      approvals,
      loginRequirement: new LoginRequirement(session),
      live: new Set(),
      threads: new Map(),
      turns: new Set(),
      resynced$: session.state$.pipe(
        filter((state) => state.status === 'connected' && !state.resumed),
        map(() => undefined),
      ),
      turnReplayLimit: options.turnReplayLimit ?? 10_000,
      threadReplayLimit: options.threadReplayLimit ?? 256,
    };
    // After a reconnect that lost messages: every thread this client holds is resumed on the new
    // connection (its turns reconciled) before anything else may use it.
    session.resync = (rpc) => resynchronise(this.ctx, rpc);
    session.onLost = () => markGaps(this.ctx);
    this.logins = new Logins(this.ctx);
    this.messages$ = session.messages$;
    this.notifications$ = session.notifications$;
    this.serverRequests$ = session.serverRequests$;
    this.approvals$ = approvals.approvals$;
    this.diagnostics$ = session.diagnostics$;
    this.stderr$ = init.stderr$;
    this.closed = session.closed;
    void session.ended.then((error) => {
      for (const end of [...this.ctx.live]) end(error);
      this.ctx.live.clear();
      approvals.complete();
      router.clear();
    });
  }

  /**
   * Spawns `codex app-server` (the pinned binary unless `codexBin` says otherwise), performs the
   * `initialize` handshake and resolves the ready client. If the server dies during start-up the
   * promise rejects with `TransportClosedError` carrying its stderr.
   */
  static async start(options: CodexOptions & { experimentalApi: true }): Promise<ExperimentalCodex>;
  static async start(options?: CodexOptions): Promise<Codex>;
  static async start(options: CodexOptions = {}): Promise<Codex> {
    if (options.signal?.aborted) throw abortErrorFrom(options.signal);
    const { start } = platform();
    if (!start) throw new CodexError('Codex.start() spawns the app-server and needs Node.js. In a browser, use Codex.connect({ url, token }) to join a server through a codex-rx relay.');
    const redactor = options.redactor ?? new Redactor();
    const transport = await start({ ...options, redactor }).catch((error: unknown) => {
      if (options.signal?.aborted) throw abortErrorFrom(options.signal);
      throw error;
    });
    return Codex.open(ClientInit.of(transport, redactor), options);
  }

  /**
   * Joins an app-server: `{ url, token }` (a `ws://` server started with `listen: 'ws'`, or a
   * codex-rx relay, from a browser or from Node), `{ socketPath }` (a `unix` server, Node only), or
   * a {@link Transport} you provide (tests, custom hosts). Each connection does its own
   * `initialize`. A refused token or Origin rejects with `ConnectionRefusedError`.
   *
   * With `reconnect` (a URL or socket target only), a dropped link is not an error: the client
   * reconnects with backoff, and the client, its threads, turns and streams stay the same objects;
   * see {@link CodexOptions.reconnect}, `connection$` and docs/reconnect.md.
   */
  static async connect(target: Transport | ConnectTarget, options: CodexOptions & { experimentalApi: true }): Promise<ExperimentalCodex>;
  static async connect(target: Transport | ConnectTarget, options?: CodexOptions): Promise<Codex>;
  static async connect(target: Transport | ConnectTarget, options: CodexOptions = {}): Promise<Codex> {
    if (options.signal?.aborted) throw abortErrorFrom(options.signal);
    const redactor = options.redactor ?? new Redactor();
    if (isTransport(target)) return Codex.open(ClientInit.of(target, redactor), options);
    if (!target || typeof target !== 'object' || (typeof (target as { url?: unknown }).url !== 'string' && typeof (target as { socketPath?: unknown }).socketPath !== 'string')) {
      throw new InvalidArgumentError('Codex.connect needs { url, token? , ticket? }, { socketPath } or a Transport.');
    }
    const ping = options.pingIntervalMs !== undefined ? { pingIntervalMs: options.pingIntervalMs } : {};
    const reconnect = reconnectPolicy(options.reconnect);
    const open = () => openTarget(target, { redactor, ...ping, resumable: reconnect !== null });
    return Codex.open(new ClientInit(open, redactor, reconnect, null), options);
  }

  /** @internal Builds the client, connects it, and sets up what the options ask for. */
  private static async open(init: ClientInit, options: CodexOptions): Promise<Codex> {
    const codex = new Codex(init, options);
    const { signal } = options;
    const onAbort = () => void codex.close();
    signal?.addEventListener('abort', onAbort, { once: true });
    void codex.closed.then(() => signal?.removeEventListener('abort', onAbort));
    try {
      await codex.session.start(signal);
      if (options.experimentalApi) {
        // Typed only on ExperimentalCodex, so a stable client's completions show none of it.
        Object.defineProperty(codex, 'experimental', { value: new ExperimentalApi(codex.session, (options.checkParams ?? true) ? platform().experimentalSchemas : undefined), enumerable: false });
      }
    } catch (error) {
      const exit = await codex.close();
      if (signal?.aborted) throw abortErrorFrom(signal);
      // A server of ours that died at start: say why in one line, not with its backtrace.
      if (error instanceof TransportClosedError && codex.pid !== undefined) throw startupError(error, exit);
      throw error;
    }
    return codex;
  }

  private async initialize(rpc: Requester, options: CodexOptions, signal?: AbortSignal): Promise<void> {
    const capabilities: T.InitializeCapabilities = { experimentalApi: options.experimentalApi ?? false };
    if (options.optOutNotificationMethods) capabilities.optOutNotificationMethods = options.optOutNotificationMethods;
    this.metadata = await rpc.request(
      'initialize',
      { clientInfo: options.clientInfo ?? { name: SDK_NAME, title: 'codex-rx', version: SDK_VERSION }, capabilities },
      signal ? { signal } : {},
    );
    rpc.notify('initialized');
    const version = serverVersion(this.metadata.userAgent);
    if (version && version !== PINNED_CODEX_VERSION && !warnedVersions.has(version)) {
      warnedVersions.add(version);
      platform().warn(`codex app-server ${version} differs from the pinned ${PINNED_CODEX_VERSION}; generated types may not match.`, 'CODEX_RX_VERSION_MISMATCH');
    }
  }

  /**
   * The server process id, when this client started the server (undefined when it joined one).
   * With `listen`, the app-server's own pid, not that of the guardian between it and this process.
   */
  get pid(): number | undefined {
    return this.server?.pid;
  }

  /**
   * Where other clients join this client's server: `{ url, token }` for `listen: 'ws'`,
   * `{ socketPath }` for `listen: 'unix'`, undefined for stdio and for joined servers. The token
   * is a secret: it is masked in every error and log line of this client.
   */
  get endpoint(): Endpoint | undefined {
    return this.server?.endpoint;
  }

  /** Whether the server is gone. */
  get isClosed(): boolean {
    return this.session.isClosed;
  }

  /** The last stderr lines of the server (bounded, redacted). */
  stderrTail(): string[] {
    return this.server?.stderrTail() ?? [];
  }

  /** Sends any client request of the pinned protocol, typed in params and result. */
  request<M extends ClientRequestMethod>(method: M, ...args: RequestArgs<M>): Promise<RequestResult<M>> {
    return this.session.request(method, ...args);
  }

  /** Hot stream of one notification method's params, typed. No replay; completes when the process exits. */
  notificationsOf<M extends ServerNotificationMethod>(method: M): Observable<ServerNotificationMap[M]> {
    return this.session.notificationsOf(method);
  }

  // ---------------------------------------------------------------------------- threads

  /**
   * Starts a thread (`thread/start`). Besides the wire params it takes the presets of
   * {@link PresetSettings} (`approvalMode`, `networkAccess`, `additionalDirectories`). Without any
   * approval setting (`approvalMode`, `approvalPolicy` or `approvalsReviewer`) it sends
   * `ApprovalMode.autoReview` (`approvalPolicy: "on-request"`, `approvalsReviewer: "auto_review"`),
   * as the Python SDK does; pass `approvalMode: null` to send none and let the server's config decide.
   */
  async startThread(params: T.ThreadStartParams & PresetSettings = {}, options?: RequestOptions): Promise<Thread> {
    const wire = threadParams(params, 'thread/start', 'autoReview');
    return this.threadFrom(() => this.session.request('thread/start', wire, options), 'thread/start');
  }

  /** Resumes a stored thread (`thread/resume`); takes the presets of {@link PresetSettings} too (no default approval). */
  async resumeThread(threadId: string, params: Omit<T.ThreadResumeParams, 'threadId'> & PresetSettings = {}, options?: RequestOptions): Promise<Thread> {
    const wire = { ...threadParams(params, 'thread/resume'), threadId };
    return this.threadFrom(() => this.session.request('thread/resume', wire, options), 'thread/resume');
  }

  /** Forks a thread into a new one (`thread/fork`); takes the presets of {@link PresetSettings} too (no default approval). */
  async forkThread(threadId: string, params: Omit<T.ThreadForkParams, 'threadId'> & PresetSettings = {}, options?: RequestOptions): Promise<Thread> {
    const wire = { ...threadParams(params, 'thread/fork'), threadId };
    return this.threadFrom(() => this.session.request('thread/fork', wire, options), 'thread/fork');
  }

  /** Sends a thread request and wraps the answer; the thread's early events are held meanwhile. */
  private async threadFrom(send: () => Promise<{ thread: T.Thread }>, method: string): Promise<Thread> {
    const reservation = this.ctx.router.threads.reserve();
    try {
      const response = await send();
      if (typeof response?.thread?.id !== 'string') throw new ProtocolError('malformed', `${method} answered without a thread id.`, response);
      return new Thread(response.thread, this.ctx);
    } finally {
      reservation();
    }
  }

  /** Lists stored threads (`thread/list`). */
  listThreads(params: T.ThreadListParams = {}, options?: RequestOptions): Promise<T.ThreadListResponse> {
    return this.session.request('thread/list', params, options);
  }

  /** Reads a thread (`thread/read`), with its turns when `includeTurns` is set. */
  async readThread(threadId: string, params: { includeTurns?: boolean } = {}, options?: RequestOptions): Promise<T.Thread> {
    const response = await this.session.request('thread/read', { ...params, threadId }, options);
    return response.thread;
  }

  /** Archives a thread (`thread/archive`). */
  async archiveThread(threadId: string, options?: RequestOptions): Promise<void> {
    await this.session.request('thread/archive', { threadId }, options);
  }

  /** Restores an archived thread (`thread/unarchive`). */
  async unarchiveThread(threadId: string, options?: RequestOptions): Promise<T.Thread> {
    const response = await this.session.request('thread/unarchive', { threadId }, options);
    return response.thread;
  }

  /** Lists the models the server offers (`model/list`). */
  listModels(params: T.ModelListParams = {}, options?: RequestOptions): Promise<T.ModelListResponse> {
    return this.session.request('model/list', params, options);
  }

  // ---------------------------------------------------------------------------- authentication

  /** Hot: every `account/login/completed`, API-key ones included. No replay; completes when the process exits. */
  get loginCompleted$(): Observable<LoginCompletion> {
    return this.logins.loginCompleted$;
  }
  /** Hot: every `account/updated`. No replay; completes when the process exits. */
  get accountUpdated$(): Observable<T.AccountUpdatedNotification> {
    return this.logins.accountUpdated$;
  }
  /**
   * The current account (`null` when logged out): read on first subscription, the latest value
   * replayed to every new subscriber, then every state `account/updated` reports, in order and
   * never the same twice in a row. One shared, reference-counted subscription; completes when the
   * process exits. A failed read goes to `diagnostics$`; the stream goes on.
   */
  get account$(): Observable<T.Account | null> {
    return this.logins.account$;
  }
  /** Hot: every `account/rateLimits/updated`. No replay; completes when the process exits. */
  get rateLimits$(): Observable<T.AccountRateLimitsUpdatedNotification> {
    return this.logins.rateLimits$;
  }

  /** Logs in with an API key; resolves once the server accepted it. */
  loginApiKey(apiKey: string, options?: RequestOptions): Promise<void> {
    return this.logins.loginApiKey(apiKey, options);
  }
  /**
   * Logs in with ChatGPT tokens your host manages (`account/login/start` type
   * `chatgptAuthTokens`); resolves once the server accepted them. Needs `experimentalApi: true`
   * at start (0.169.0 refuses it otherwise). The access token is redacted like an API key. When
   * the backend refuses the token later, the server asks `refreshChatgptAuthTokens` (an option of
   * `Codex.start`) for fresh ones.
   */
  loginChatgptAuthTokens(tokens: ChatgptAuthTokens, options?: RequestOptions): Promise<void> {
    return this.logins.loginChatgptAuthTokens(tokens, options);
  }
  /** Starts a ChatGPT browser login; see {@link ChatgptLogin}. */
  loginChatgpt(options?: ChatgptLoginOptions): Promise<ChatgptLogin> {
    return this.logins.loginChatgpt(options);
  }
  /** Starts a device-code login; see {@link DeviceCodeLogin}. */
  loginChatgptDeviceCode(options?: RequestOptions): Promise<DeviceCodeLogin> {
    return this.logins.loginChatgptDeviceCode(options);
  }
  /** Reads the account (`account/read`). */
  account(params?: { refreshToken?: boolean }, options?: RequestOptions): Promise<T.GetAccountResponse> {
    return this.logins.account(params, options);
  }
  /** Logs out (`account/logout`). */
  logout(options?: RequestOptions): Promise<void> {
    return this.logins.logout(options);
  }

  // ---------------------------------------------------------------------------- lifecycle

  /**
   * Stops the server: ends its stdin, waits, then SIGTERM, then SIGKILL (a `listen` server, even
   * a `detached` one: SIGTERM, then SIGKILL). Idempotent; resolves once the process is reaped.
   * Pending requests reject with `TransportClosedError`.
   */
  close(): Promise<ProcessExit> {
    return this.session.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

function isTransport(target: Transport | ConnectTarget): target is Transport {
  return typeof target === 'object' && target !== null && typeof (target as Transport).start === 'function' && typeof (target as Transport).send === 'function';
}

/**
 * How a client reaches its server: the opener of each connection, the shared redactor, the
 * reconnect policy, and the stderr of a process it owns. Made by `start()` and `connect()` only,
 * which is how the constructor tells them from a direct `new Codex(...)`.
 */
class ClientInit {
  constructor(
    readonly open: (attempt: number) => Promise<Transport>,
    readonly redactor: Redactor,
    readonly reconnect: ReconnectPolicy | null,
    /** The server process this client owns, if it does (see {@link ServerProcess}). */
    readonly server: ServerProcess | null,
  ) {}

  /** One given transport (a spawned process, a caller's own): used once, never reconnected. */
  static of(transport: Transport, redactor: Redactor): ClientInit {
    let used = false;
    const open = async () => {
      if (used) throw new CodexError('this transport was already used');
      used = true;
      return transport;
    };
    // A transport built with its own redactor (stdio, a listening server) shares it with the client.
    const own = (transport as { redactor?: unknown }).redactor;
    return new ClientInit(open, own instanceof Redactor ? own : redactor, null, serverProcessOf(transport));
  }

  /** The server's stderr, when this client owns the process; otherwise a stream that is already over. */
  get stderr$(): Observable<string> {
    return this.server?.stderr$ ?? EMPTY;
  }
}
