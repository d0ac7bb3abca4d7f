import { CodexError } from '../errors.js';
import type * as T from '../generated/types.js';
import type { Session } from '../session/session.js';

/**
 * A turn was refused before it started: its thread uses the built-in `openai` provider, which
 * needs an OpenAI login, and the account is not logged in. Without this the server would retry
 * the model connection for minutes. Log in once (the login is kept in `CODEX_HOME`), or test
 * offline with `codex-rx/testing`.
 */
export class NotLoggedInError extends CodexError {
  /** The thread's model provider (`openai`). */
  readonly provider: string;
  constructor(provider: string) {
    super(
      `Not logged in: this thread's model provider \`${provider}\` needs an OpenAI login. Log in first: ` +
        '`await codex.loginApiKey(process.env.OPENAI_API_KEY)` (the app-server does not read OPENAI_API_KEY itself), ' +
        '`codex.loginChatgpt()` (browser) or `codex.loginChatgptDeviceCode()` (device code); the login is kept in CODEX_HOME. ' +
        'Without an account, run offline with `startOfflineCodex()` from codex-rx/testing.',
    );
    this.provider = provider;
  }
}

/** The built-in provider that needs an OpenAI login (custom providers and `oss`/`lmstudio` do not). */
const OPENAI_PROVIDER = 'openai';
/** The built-in provider's own endpoint; `openai_base_url` pointing elsewhere may need no login. */
const OPENAI_API = /^https:\/\/api\.openai\.com(?:\/|$)/;
/** How many working directories' config answers are kept. */
const MAX_CWDS = 32;

/**
 * Whether a thread's turns can reach their model as far as a login goes, asked before each
 * `turn/start` and answered from a cache: a thread on a provider other than the built-in
 * `openai` passes at once; otherwise `account/read` (once per client, read again after each
 * `account/updated`) and, when logged out, `config/read` for an `openai_base_url` of the thread's
 * working directory (once per directory). `requiresOpenaiAuth` alone does not tell it: the
 * server reports it for every provider configured with `requires_openai_auth`, and those may
 * work without a login. A read that fails lets the turn go: the server then says what is wrong.
 */
export class LoginRequirement {
  private account: Promise<boolean> | null = null;
  private readonly endpoints = new Map<string, Promise<boolean>>();

  constructor(private readonly connection: Session) {
    // Subscribed for the client's life (the stream completes when it closes): a login or logout
    // must be seen whenever it happens, and costs nothing between them.
    connection.notificationsOf('account/updated').subscribe(() => (this.account = null));
  }

  /** Resolves when a turn of this thread may start; rejects with {@link NotLoggedInError} otherwise. */
  async check(thread: T.Thread): Promise<void> {
    const provider = thread.modelProvider;
    if (provider !== OPENAI_PROVIDER) return;
    if (await this.loggedIn()) return;
    if (await this.ownEndpoint(typeof thread.cwd === 'string' ? thread.cwd : '')) return;
    throw new NotLoggedInError(provider);
  }

  /** Logged in, or a server that says no login is needed. */
  private loggedIn(): Promise<boolean> {
    if (this.account) return this.account;
    const read: Promise<boolean> = this.connection.request('account/read', {}).then(
      (response) => response?.requiresOpenaiAuth === false || (response?.account ?? null) !== null,
      () => {
        if (this.account === read) this.account = null;
        return true;
      },
    );
    this.account = read;
    return read;
  }

  /** Whether the config of `cwd` points the `openai` provider at an endpoint of its own (`openai_base_url`). */
  private ownEndpoint(cwd: string): Promise<boolean> {
    const known = this.endpoints.get(cwd);
    if (known) return known;
    const read: Promise<boolean> = this.connection.request('config/read', cwd ? { cwd } : {}).then(
      (response) => {
        const url = (response?.config as { openai_base_url?: unknown } | undefined)?.openai_base_url;
        return typeof url === 'string' && url !== '' && !OPENAI_API.test(url);
      },
      () => {
        if (this.endpoints.get(cwd) === read) this.endpoints.delete(cwd);
        return true;
      },
    );
    if (this.endpoints.size >= MAX_CWDS) this.endpoints.delete(this.endpoints.keys().next().value as string);
    this.endpoints.set(cwd, read);
    return read;
  }
}
