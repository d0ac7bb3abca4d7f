import { catchError, concatMap, defer, distinctUntilChanged, EMPTY, from, map, merge, of, shareReplay, type Observable as Obs } from 'rxjs';
import { CodexError, InvalidArgumentError, ProtocolError, RequestTimeoutError } from '../errors.js';
import { withDeadline } from '../deadline.js';
import type * as T from '../generated/types.js';
import type { RequestOptions } from '../rpc/messages.js';
import type { ClientContext } from './context.js';

/** The `account/login/completed` payload of one login attempt. */
export type LoginCompletion = T.AccountLoginCompletedNotification;

/** Options of `wait()`. */
export interface LoginWaitOptions {
  /** Aborting rejects `wait()` with an `AbortError`; the login attempt itself goes on. */
  signal?: AbortSignal;
  /** Rejects with `RequestTimeoutError` after this many ms; the attempt goes on. */
  timeoutMs?: number;
}

/**
 * A login attempt that finishes later, through `account/login/completed` for its `loginId`. A
 * completion that arrived before the handle existed is replayed to it.
 */
export class InteractiveLogin {
  /** Emits this attempt's completion once, then completes. Replays it to late subscribers. */
  readonly completed$: Obs<LoginCompletion>;
  private readonly completion: Promise<LoginCompletion>;

  /** Created by `Codex.loginChatgpt()` and friends; not for direct use. */
  constructor(
    readonly loginId: string,
    private readonly ctx: ClientContext,
  ) {
    this.completion = new Promise<LoginCompletion>((resolve, reject) => {
      const onClientClosed = (error: Error) => reject(error);
      ctx.live.add(onClientClosed);
      // Returning true drops the sink, also when a held completion is replayed inside register().
      ctx.router.logins.register(loginId, (completion) => {
        ctx.live.delete(onClientClosed);
        resolve(completion);
        return true;
      });
      const closed = ctx.connection.closedError;
      if (closed) onClientClosed(closed);
    });
    // A completion sent while the client was reconnecting is lost: after the reconnect, an account
    // that is now logged in completes this login.
    const resynced = ctx.resynced$.subscribe(() => {
      ctx.connection.request('account/read', {}).then(
        (r) => r.account && ctx.router.logins.dispatch(loginId, { loginId, success: true, error: null }, false),
        () => {},
      );
    });
    void this.completion.then(
      () => resynced.unsubscribe(),
      () => resynced.unsubscribe(),
    );
    this.completion.catch(() => {});
    this.completed$ = from(this.completion);
  }

  /**
   * Resolves with the completion, successful or not: a refused or cancelled login is a
   * `success: false` completion, never an error. Rejects only on abort, timeout or process exit.
   */
  wait(options: LoginWaitOptions = {}): Promise<LoginCompletion> {
    const { signal, timeoutMs } = options;
    return withDeadline(this.completion, { signal, timeoutMs, onTimeout: () => new RequestTimeoutError('account/login/completed', timeoutMs!) });
  }

  /**
   * Cancels the attempt (`account/login/cancel`) and resolves the server's status: `canceled`, or
   * `notFound` when it had already finished. `wait()` then resolves the resulting completion.
   */
  async cancel(options?: RequestOptions): Promise<T.CancelLoginAccountStatus> {
    const response = await this.ctx.connection.request('account/login/cancel', { loginId: this.loginId }, options);
    return response.status;
  }
}

/** A ChatGPT browser login: open `authUrl`, then wait. Its callback listens on 127.0.0.1:1455. */
export class ChatgptLogin extends InteractiveLogin {
  /** Created by the client's login methods; not for direct use. */
  constructor(
    loginId: string,
    /** The URL to open in a browser. */
    readonly authUrl: string,
    ctx: ClientContext,
  ) {
    super(loginId, ctx);
  }
}

/** A ChatGPT device-code login: show `verificationUrl` and `userCode`, then wait. */
export class DeviceCodeLogin extends InteractiveLogin {
  /** Created by the client's login methods; not for direct use. */
  constructor(
    loginId: string,
    readonly verificationUrl: string,
    readonly userCode: string,
    ctx: ClientContext,
  ) {
    super(loginId, ctx);
  }
}

/** Options of `loginChatgpt`. */
export type ChatgptLoginOptions = Omit<Extract<T.LoginAccountParams, { type: 'chatgpt' }>, 'type'> & RequestOptions;

/** The tokens of `loginChatgptAuthTokens`: the access token (a JWT), the account id and optionally the plan. */
export type ChatgptAuthTokens = Omit<Extract<T.LoginAccountParams, { type: 'chatgptAuthTokens' }>, 'type'>;

/**
 * The authentication workflow: logins, account reads and the account streams. The `Codex`
 * facade delegates here.
 */
export class Logins {
  /** Hot: every `account/login/completed`, API-key ones included. Completes on exit. */
  readonly loginCompleted$: Obs<LoginCompletion>;
  /** Hot: every `account/updated`. Completes on exit. */
  readonly accountUpdated$: Obs<T.AccountUpdatedNotification>;
  /** Hot: every `account/rateLimits/updated`. Completes on exit. */
  readonly rateLimits$: Obs<T.AccountRateLimitsUpdatedNotification>;
  /**
   * The current account (`null` when logged out). Reads it on first subscription, replays the
   * latest value to each new subscriber, and follows every `account/updated` in order, never
   * twice the same state in a row. One shared, reference-counted subscription underneath;
   * completes on exit. A failed read goes to `diagnostics$` and the stream goes on.
   */
  readonly account$: Obs<T.Account | null>;

  /** Created by the client's login methods; not for direct use. */
  constructor(private readonly ctx: ClientContext) {
    const c = ctx.connection;
    this.loginCompleted$ = c.notificationsOf('account/login/completed');
    this.accountUpdated$ = c.notificationsOf('account/updated');
    this.rateLimits$ = c.notificationsOf('account/rateLimits/updated');
    // After a reconnect that lost messages the account is read again (emitted only if it changed).
    this.account$ = merge(of(undefined), this.accountUpdated$, ctx.resynced$).pipe(
      // In order, one state per update: a state the notification itself names is taken as is
      // (no read that a later update could overtake); the others are read, one after the other.
      concatMap((update) => {
        const known = update === undefined || update === null ? undefined : accountFromUpdate(update);
        if (known !== undefined) return of(known);
        return defer(() => this.account()).pipe(
          map((r) => r.account ?? null),
          // A failed read (the server answers -32603 in a half-finished login) is a diagnostic;
          // the stream lives on. The process exiting just ends the stream.
          catchError((error: unknown) => {
            if (!c.isClosed) c.diagnose(error instanceof CodexError ? error : new CodexError('account/read failed', { cause: error }));
            return EMPTY;
          }),
        );
      }),
      distinctUntilChanged(sameAccount),
      shareReplay({ bufferSize: 1, refCount: true }),
    );
  }

  /** Logs in with an API key. Resolves once the server accepted it. A blank key is refused before sending. */
  async loginApiKey(apiKey: string, options?: RequestOptions): Promise<void> {
    if (typeof apiKey !== 'string' || apiKey.trim() === '') {
      throw new InvalidArgumentError('loginApiKey needs a non-empty API key.');
    }
    this.ctx.connection.redactor.add(apiKey);
    await this.ctx.connection.request('account/login/start', { type: 'apiKey', apiKey }, options);
  }

  /** Logs in with externally managed ChatGPT tokens. Resolves once accepted; blank values are refused before sending. */
  async loginChatgptAuthTokens(tokens: ChatgptAuthTokens, options?: RequestOptions): Promise<void> {
    const { accessToken, chatgptAccountId, chatgptPlanType } = tokens ?? ({} as ChatgptAuthTokens);
    if (typeof accessToken !== 'string' || accessToken.trim() === '') throw new InvalidArgumentError('loginChatgptAuthTokens needs a non-empty accessToken.');
    if (typeof chatgptAccountId !== 'string' || chatgptAccountId.trim() === '') throw new InvalidArgumentError('loginChatgptAuthTokens needs a non-empty chatgptAccountId.');
    this.ctx.connection.redactor.add(accessToken);
    const params: T.LoginAccountParams = { type: 'chatgptAuthTokens', accessToken, chatgptAccountId, ...(chatgptPlanType !== undefined ? { chatgptPlanType } : {}) };
    await this.ctx.connection.request('account/login/start', params, options);
  }

  /** Starts a ChatGPT browser login and resolves its handle (nothing is opened for you). */
  async loginChatgpt(options: ChatgptLoginOptions = {}): Promise<ChatgptLogin> {
    const { signal, timeoutMs, ...params } = options;
    const response = await this.ctx.connection.request('account/login/start', { ...params, type: 'chatgpt' }, requestOptions(signal, timeoutMs));
    if (response?.type !== 'chatgpt') throw new ProtocolError('malformed', `account/login/start answered type ${response?.type}, expected chatgpt`, response);
    return new ChatgptLogin(response.loginId, response.authUrl, this.ctx);
  }

  /** Starts a device-code login and resolves its handle. Offline this rejects with an `InternalError` (-32603). */
  async loginChatgptDeviceCode(options?: RequestOptions): Promise<DeviceCodeLogin> {
    const response = await this.ctx.connection.request('account/login/start', { type: 'chatgptDeviceCode' }, options);
    if (response?.type !== 'chatgptDeviceCode') throw new ProtocolError('malformed', `account/login/start answered type ${response?.type}, expected chatgptDeviceCode`, response);
    return new DeviceCodeLogin(response.loginId, response.verificationUrl, response.userCode, this.ctx);
  }

  /** Reads the account (`account/read`); `refreshToken` forces a token refresh first. */
  account(params: { refreshToken?: boolean } = {}, options?: RequestOptions): Promise<T.GetAccountResponse> {
    return this.ctx.connection.request('account/read', { ...params }, options);
  }

  /** Logs out (`account/logout`). */
  async logout(options?: RequestOptions): Promise<void> {
    await this.ctx.connection.request('account/logout', {}, options);
  }
}

/** The account an `account/updated` names without a read (logged out, API key), else undefined. */
function accountFromUpdate(update: T.AccountUpdatedNotification | null): T.Account | null | undefined {
  if (update === null || typeof update !== 'object') return undefined;
  if (update.authMode === null) return null;
  if (update.authMode === 'apikey') return { type: 'apiKey' };
  return undefined;
}

function sameAccount(a: T.Account | null, b: T.Account | null): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function requestOptions(signal: AbortSignal | undefined, timeoutMs: number | undefined): RequestOptions {
  return { ...(signal ? { signal } : {}), ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
}

