import { mockProviderConfig, startOfflineCodex } from '../../lib/testing/index.js';

describe('startOfflineCodex() defaults (real app-server)', () => {
  test('an API-key login reads back as the docs show, without any provider option', async () => {
    await using env = await startOfflineCodex();
    expect(await env.codex.account()).toMatchObject({ account: null, requiresOpenaiAuth: true });
    // Turns run without a login, and no credentials reach the model server.
    const before = await (await env.codex.startThread()).run('hi');
    expect(before.status).toBe('completed');
    expect(env.fake.requests.at(-1)!.headers.authorization).toBeUndefined();

    await env.codex.loginApiKey('sk-test-offline-0123456789');
    expect((await env.codex.account()).account).toEqual({ type: 'apiKey' });
    const after = await (await env.codex.startThread()).run('hi');
    expect(after.finalResponse).toBe('Hello from the fake Responses server!');
    expect(env.fake.requests.at(-1)!.headers.authorization).toBe('Bearer sk-test-offline-0123456789');

    await env.codex.logout();
    expect((await env.codex.account()).account).toBeNull();
  });

  test('requiresOpenaiAuth: false opts out: the login is accepted but not reported', async () => {
    await using env = await startOfflineCodex({ provider: { requiresOpenaiAuth: false } });
    await env.codex.loginApiKey('sk-test-offline-0123456789');
    expect(await env.codex.account()).toMatchObject({ account: null, requiresOpenaiAuth: false });
  });
});

describe('mockProviderConfig()', () => {
  test('writes requires_openai_auth = true unless told otherwise', () => {
    expect(mockProviderConfig({ baseUrl: 'http://127.0.0.1:1/v1' })).toContain('requires_openai_auth = true');
    expect(mockProviderConfig({ baseUrl: 'http://127.0.0.1:1/v1', requiresOpenaiAuth: false })).toContain('requires_openai_auth = false');
  });
});
