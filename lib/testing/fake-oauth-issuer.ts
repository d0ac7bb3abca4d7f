import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listenLoopback } from './loopback.js';

/** Who the fake issuer says logged in. */
export interface FakeIdentity {
  email: string;
  planType: string;
  accountId: string;
  userId: string;
}

/** Options of {@link startFakeOAuthIssuer}. */
export interface FakeOAuthIssuerOptions {
  identity?: Partial<FakeIdentity>;
  /** How many device-code polls answer "pending" before the code is authorized (default 0). */
  pendingPolls?: number;
  /** Status of the token endpoint (default 200; anything else refuses the code). */
  tokenStatus?: number;
  /** Status of the device-code endpoint (default 200; 404 means "not enabled"). */
  deviceCodeStatus?: number;
  /**
   * Bearer tokens the ChatGPT backend (`/backend-api/…`) answers with 401, as for an expired
   * externally managed token: the app-server then asks the client for new ones
   * (`account/chatgptAuthTokens/refresh`).
   */
  rejectedAccessTokens?: readonly string[];
}

/** One request the fake issuer received. */
export interface IssuerRequest {
  method: string;
  path: string;
  body: Record<string, string> | unknown;
  /** The bearer token of the `authorization` header, if any. */
  bearer?: string;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify(body));
};
const base64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
/** An unsigned JWT: the app-server reads the claims and does not check the signature. */
const unsignedJwt = (claims: Record<string, unknown>) => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.${base64url('unsigned')}`;

/**
 * A fake ChatGPT OAuth issuer plus the few ChatGPT backend routes a login touches, on 127.0.0.1.
 * Start the app-server with {@link FakeOAuthIssuer.env} and `chatgpt_base_url =`
 * {@link FakeOAuthIssuer.chatgptBaseUrl}; then browser and device-code logins complete offline.
 * The test plays the browser with {@link followAsBrowser}.
 */
export class FakeOAuthIssuer {
  readonly requests: IssuerRequest[] = [];
  private polls = 0;
  private readonly identity: FakeIdentity;
  private baseUrl = '';

  private constructor(
    private readonly server: Server,
    private readonly options: FakeOAuthIssuerOptions,
  ) {
    this.identity = { email: 'dev@example.com', planType: 'plus', accountId: 'acct_fake_1', userId: 'user_fake_1', ...options.identity };
  }

  /** `http://127.0.0.1:PORT`. */
  get url(): string {
    return this.baseUrl;
  }

  /** The environment that makes the app-server use this issuer for login, refresh and revoke. */
  get env(): Record<string, string> {
    return {
      CODEX_APP_SERVER_LOGIN_ISSUER: this.url,
      CODEX_REFRESH_TOKEN_URL_OVERRIDE: `${this.url}/oauth/token`,
      CODEX_REVOKE_TOKEN_URL_OVERRIDE: `${this.url}/oauth/revoke`,
    };
  }

  /** The value for the `chatgpt_base_url` config key. */
  get chatgptBaseUrl(): string {
    return `${this.url}/backend-api`;
  }

  /**
   * An unsigned JWT access token for this issuer's identity, as a host that manages ChatGPT
   * tokens itself would hand to `loginChatgptAuthTokens()`. `extra` claims make tokens distinct.
   */
  mintAccessToken(extra: Record<string, unknown> = {}): string {
    return this.tokens(extra).access_token;
  }

  close(): Promise<void> {
    return closeServer(this.server);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  /** @internal */
  static async listen(options: FakeOAuthIssuerOptions): Promise<FakeOAuthIssuer> {
    const server = createServer();
    const issuer = new FakeOAuthIssuer(server, options);
    server.on('request', (req, res) => void issuer.handle(req, res));
    issuer.baseUrl = await listenLoopback(server);
    return issuer;
  }

  private tokens(extra: Record<string, unknown> = {}) {
    const now = Math.floor(Date.now() / 1000);
    const { email, planType, accountId, userId } = this.identity;
    const auth = { chatgpt_plan_type: planType, chatgpt_account_id: accountId, chatgpt_user_id: userId, user_id: userId };
    return {
      id_token: unsignedJwt({ iss: this.url, sub: userId, email, email_verified: true, iat: now, exp: now + 3600, 'https://api.openai.com/auth': auth }),
      access_token: unsignedJwt({ iss: this.url, sub: userId, iat: now, exp: now + 3600, 'https://api.openai.com/auth': auth, 'https://api.openai.com/profile': { email }, ...extra }),
      refresh_token: 'rt_fake_refresh',
      token_type: 'Bearer',
      expires_in: 3600,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const type = req.headers['content-type'] ?? '';
    let body: unknown = raw;
    if (type.includes('x-www-form-urlencoded')) body = Object.fromEntries(new URLSearchParams(raw));
    else if (type.includes('json') && raw) body = JSON.parse(raw);
    const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    this.requests.push({ method: req.method ?? '', path: url.pathname, body, ...(bearer ? { bearer } : {}) });
    const route = `${req.method} ${url.pathname}`;
    if (url.pathname.startsWith('/backend-api/') && bearer && this.options.rejectedAccessTokens?.includes(bearer)) {
      return json(res, 401, { error: { message: 'token expired (fake)', code: 'token_expired' } });
    }
    const { accountId, planType } = this.identity;

    switch (route) {
      case 'GET /oauth/authorize': {
        // The user "approves" at once: back to the app-server's callback with a code.
        const back = new URL(url.searchParams.get('redirect_uri') ?? '');
        back.searchParams.set('code', 'fake_code');
        back.searchParams.set('state', url.searchParams.get('state') ?? '');
        res.writeHead(302, { location: back.toString(), connection: 'close' }).end();
        return;
      }
      case 'POST /oauth/token': {
        if ((this.options.tokenStatus ?? 200) !== 200) return json(res, this.options.tokenStatus!, { error: 'invalid_grant', error_description: 'the fake issuer refused the code' });
        const grant = (body as Record<string, string>).grant_type ?? '';
        if (grant.endsWith(':token-exchange')) return json(res, 200, { access_token: 'sk-fake-exchanged', token_type: 'Bearer' });
        return json(res, 200, this.tokens());
      }
      case 'POST /oauth/revoke':
        return json(res, 200, {});
      case 'POST /api/accounts/deviceauth/usercode':
        if ((this.options.deviceCodeStatus ?? 200) !== 200) return json(res, this.options.deviceCodeStatus!, { error: 'device code disabled' });
        return json(res, 200, { device_auth_id: 'device_fake_1', user_code: 'FAKE-1234', interval: '1' });
      case 'POST /api/accounts/deviceauth/token':
        // 403 is "authorization pending".
        if (this.polls++ < (this.options.pendingPolls ?? 0)) return json(res, 403, { error: 'authorization_pending' });
        return json(res, 200, { authorization_code: 'fake_device_code', code_challenge: 'fake_challenge', code_verifier: 'fake_verifier' });
      case 'GET /backend-api/wham/accounts/check':
        // The workspace origin must be https; nothing listens on this loopback port.
        return json(res, 200, {
          accounts: [{ id: accountId, name: 'Fake workspace', structure: 'personal', workspace_backend_origin: 'https://127.0.0.1:1', account_routing_override: 'NO_CONSTRAINT' }],
          account_ordering: [accountId],
          default_account_id: accountId,
        });
      case 'GET /backend-api/wham/usage': {
        const now = Math.floor(Date.now() / 1000);
        const window = (used: number, seconds: number) => ({ used_percent: used, limit_window_seconds: seconds, reset_after_seconds: 3600, reset_at: now + 3600 });
        return json(res, 200, { plan_type: planType, rate_limit: { allowed: true, limit_reached: false, primary_window: window(12, 18000), secondary_window: window(3, 604800) }, credits: null });
      }
      case 'GET /backend-api/wham/rate-limit-reset-credits':
        return json(res, 200, { credits: [], available_count: 0 });
      default:
        return json(res, 404, { error: `no fake route for ${route}` });
    }
  }
}

/** Starts a {@link FakeOAuthIssuer} on 127.0.0.1. */
export function startFakeOAuthIssuer(options: FakeOAuthIssuerOptions = {}): Promise<FakeOAuthIssuer> {
  return FakeOAuthIssuer.listen(options);
}

/**
 * Plays the browser: GETs `url` and follows redirects (loopback only, `Connection: close`, which
 * the app-server's callback server needs). Resolves with the last status and URL.
 */
export async function followAsBrowser(url: string, maxRedirects = 10): Promise<{ status: number; url: string; body: string }> {
  let current = new URL(url);
  for (let i = 0; i <= maxRedirects; i++) {
    if (current.hostname !== '127.0.0.1' && current.hostname !== 'localhost') throw new Error(`followAsBrowser: refusing non-loopback URL ${current.origin}`);
    const { status, location, body } = await new Promise<{ status: number; location?: string; body: string }>((resolve, reject) => {
      const req = httpRequest(current, { method: 'GET', headers: { connection: 'close' }, agent: false }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ...(res.headers.location ? { location: res.headers.location } : {}), body: Buffer.concat(parts).toString('utf8') }));
      });
      req.on('error', reject);
      req.end();
    });
    if (status < 300 || status >= 400 || !location) return { status, url: current.toString(), body };
    current = new URL(location, current);
  }
  throw new Error('followAsBrowser: too many redirects');
}
