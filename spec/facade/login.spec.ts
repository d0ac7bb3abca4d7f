import { filter, firstValueFrom, take, toArray } from 'rxjs';
import { InternalError, InvalidArgumentError, InvalidRequestError } from '../../lib/index.js';
import { startFakeOAuthIssuer, startOfflineCodex } from '../../lib/testing/index.js';

// account/read reports an account only when the active model provider uses OpenAI auth.
const provider = { requiresOpenaiAuth: true };

describe('API-key login and account state (real app-server)', () => {
  test('round trip: apiKey account, account$ follows login and logout', async () => {
    await using env = await startOfflineCodex({ provider });
    const { codex } = env;
    const states = firstValueFrom(codex.account$.pipe(take(3), toArray()));
    expect(await firstValueFrom(codex.account$)).toBeNull();
    const completion = firstValueFrom(codex.loginCompleted$);
    await codex.loginApiKey('sk-test-0123456789abcdef');
    expect(await completion).toMatchObject({ loginId: null, success: true });
    expect((await codex.account()).account).toEqual({ type: 'apiKey' });
    // account$ re-reads on account/updated; once it has the new state, a new subscriber gets it replayed
    await firstValueFrom(codex.account$.pipe(filter((a) => a !== null)));
    expect(await firstValueFrom(codex.account$)).toEqual({ type: 'apiKey' });
    await codex.logout();
    expect((await codex.account()).account).toBeNull();
    expect(await states).toEqual([null, { type: 'apiKey' }, null]);
  });

  test('a blank key is refused before anything is sent', async () => {
    await using env = await startOfflineCodex({ provider });
    const sent: string[] = [];
    env.codex.messages$.subscribe((m) => sent.push(m.kind));
    await expect(env.codex.loginApiKey('   ')).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(env.codex.loginApiKey('')).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(sent).toEqual([]);
    expect((await env.codex.account()).account).toBeNull();
  });

  test('a key the SDK was given is redacted from every later server error', async () => {
    await using env = await startOfflineCodex({ provider });
    const secret = 'sk-test-redact-me-0123456789';
    await env.codex.loginApiKey(secret);
    // The real server quotes bad values: "invalid login id: <value>".
    const error = await env.codex.request('account/login/cancel', { loginId: secret }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as Error).message).toContain('invalid login id');
    expect((error as Error).message).not.toContain(secret);
  });
});

describe('device-code login (real app-server, fake issuer)', () => {
  test('completes through the fake issuer', async () => {
    await using issuer = await startFakeOAuthIssuer({ identity: { email: 'device@example.com', planType: 'pro' } });
    await using env = await startOfflineCodex({ env: issuer.env, provider: { ...provider, chatgptBaseUrl: issuer.chatgptBaseUrl } });
    const login = await env.codex.loginChatgptDeviceCode();
    expect(login.userCode).toBe('FAKE-1234');
    expect(login.verificationUrl).toContain('127.0.0.1');
    const completion = await login.wait({ timeoutMs: 10_000 });
    expect(completion).toMatchObject({ loginId: login.loginId, success: true });
    const account = await env.codex.account();
    expect(account.account).toMatchObject({ type: 'chatgpt', email: 'device@example.com', planType: 'pro' });
  });

  test('cancel while it polls resolves canceled, and wait() gets the failed completion', async () => {
    await using issuer = await startFakeOAuthIssuer({ pendingPolls: 1000 });
    await using env = await startOfflineCodex({ env: issuer.env, provider: { ...provider, chatgptBaseUrl: issuer.chatgptBaseUrl } });
    const login = await env.codex.loginChatgptDeviceCode();
    expect(await login.cancel()).toBe('canceled');
    const completion = await login.wait();
    expect(completion).toMatchObject({ loginId: login.loginId, success: false });
    expect(completion.error).toEqual(expect.any(String));
    expect(await login.cancel()).toBe('notFound');
    await expect(firstValueFrom(login.completed$)).resolves.toEqual(completion);
  });

  test('offline, device code fails at once with a typed error', async () => {
    // Nothing listens on port 1 of loopback: the same failure as having no network, without leaving it.
    await using env = await startOfflineCodex({ env: { CODEX_APP_SERVER_LOGIN_ISSUER: 'http://127.0.0.1:1' } });
    const started = Date.now();
    const error = await env.codex.loginChatgptDeviceCode().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalError);
    expect(error).toMatchObject({ code: -32603 });
    expect((error as Error).message).toContain('device code');
    expect(Date.now() - started).toBeLessThan(1_000); // the issue's bound: a typed error within a second
  });
});
