import { firstValueFrom } from 'rxjs';
import { InvalidArgumentError, type ChatgptAuthTokensRefreshParams } from '../../lib/index.js';
import { startFakeOAuthIssuer, startOfflineCodex, type FakeOAuthIssuer } from '../../lib/testing/index.js';

describe('external ChatGPT tokens (real app-server, fake ChatGPT backend)', () => {
  let issuer: FakeOAuthIssuer;
  let stale: string;
  let fresh: string;
  beforeAll(async () => {
    issuer = await startFakeOAuthIssuer({ identity: { email: 'host@example.com' } });
    stale = issuer.mintAccessToken({ n: 'stale' });
    fresh = issuer.mintAccessToken({ n: 'fresh' });
  });
  afterAll(() => issuer.close());

  const start = (refresh?: (p: ChatgptAuthTokensRefreshParams) => Promise<{ accessToken: string; chatgptAccountId: string; chatgptPlanType?: string }>) =>
    startOfflineCodex({
      experimentalApi: true,
      env: issuer.env,
      provider: { requiresOpenaiAuth: true, chatgptBaseUrl: issuer.chatgptBaseUrl },
      ...(refresh ? { refreshChatgptAuthTokens: refresh } : {}),
      // A catch-all approvals function must not take the refresh request away from its handler.
      approvals: () => ({ decision: 'decline' }),
    });

  test('loginChatgptAuthTokens logs in; a refused token is refreshed through refreshChatgptAuthTokens', async () => {
    issuer.requests.length = 0;
    const asked: ChatgptAuthTokensRefreshParams[] = [];
    await using env = await start(async (params) => {
      asked.push(params);
      return { accessToken: fresh, chatgptAccountId: 'acct_fake_1', chatgptPlanType: 'plus' };
    });
    // The backend refuses the stale token (401): the server asks the host for new tokens.
    (issuer as unknown as { options: { rejectedAccessTokens: string[] } }).options.rejectedAccessTokens = [stale];
    const completed = firstValueFrom(env.codex.loginCompleted$);
    await env.codex.loginChatgptAuthTokens({ accessToken: stale, chatgptAccountId: 'acct_fake_1', chatgptPlanType: 'plus' });
    // Accepted at once; the workspace check that meets the 401 follows, then the completion.
    expect(await completed).toMatchObject({ success: true });
    expect(asked).toEqual([{ reason: 'unauthorized', previousAccountId: 'acct_fake_1' }]);
    const { account } = await env.codex.account();
    expect(account).toMatchObject({ type: 'chatgpt', email: 'host@example.com', planType: 'plus' });
    expect(issuer.requests.filter((r) => r.path.endsWith('/accounts/check')).map((r) => (r.bearer === stale ? 'stale' : r.bearer === fresh ? 'fresh' : '?'))).toEqual([
      'stale',
      'fresh',
    ]);
    // Both tokens are secrets now: server text that echoes them shows [REDACTED].
    for (const token of [stale, fresh]) {
      // The server echoes an unknown method name in its error.
      const error = (await env.codex.request(`no/such/${token}` as never, {} as never).catch((e: unknown) => e)) as Error;
      expect(error.message).toContain('unknown variant `no/such/[REDACTED]`');
    }
  });

  test('without a refresher the refresh request gets an error and the login fails', async () => {
    await using env = await start();
    (issuer as unknown as { options: { rejectedAccessTokens: string[] } }).options.rejectedAccessTokens = [stale];
    const refreshes = firstValueFrom(env.codex.approvals$);
    const completed = firstValueFrom(env.codex.loginCompleted$);
    await env.codex.loginChatgptAuthTokens({ accessToken: stale, chatgptAccountId: 'acct_fake_1' });
    const request = await refreshes;
    expect(request.method).toBe('account/chatgptAuthTokens/refresh');
    // Not answered by the catch-all approvals function: the default error reply.
    expect(await request.settled).toBe('answered');
    expect(await completed).toMatchObject({ success: false });
  });

  test('blank tokens are refused before anything is sent', async () => {
    await using env = await start();
    await expect(env.codex.loginChatgptAuthTokens({ accessToken: ' ', chatgptAccountId: 'acct' })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(env.codex.loginChatgptAuthTokens({ accessToken: fresh, chatgptAccountId: '' })).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  test('without experimentalApi the server refuses the login and says why', async () => {
    await using env = await startOfflineCodex({ env: issuer.env, provider: { chatgptBaseUrl: issuer.chatgptBaseUrl } });
    await expect(env.codex.loginChatgptAuthTokens({ accessToken: fresh, chatgptAccountId: 'acct_fake_1' })).rejects.toThrow(/experimentalApi/);
  });
});
