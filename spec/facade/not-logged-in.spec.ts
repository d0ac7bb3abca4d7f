import { firstValueFrom } from 'rxjs';
import { Codex, NotLoggedInError } from '../../lib/index.js';
import { createHermeticHome, startOfflineCodex, writeCodexConfig } from '../../lib/testing/index.js';
import { within } from '../support/chaos.js';
import { FakePeer } from '../support/fake-peer.js';

/** A CODEX_HOME as a new user has one: the built-in `openai` provider (no `model_provider`), no login. */
const DEFAULT_PROVIDER = ['approval_policy = "never"', 'sandbox_mode = "read-only"', 'cli_auth_credentials_store = "file"', '', '[features]', 'plugins = false', ''].join('\n');
/** Should a model request be tried anyway, it goes to a closed loopback port, not out. */
const NO_WAY_OUT = { HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', ALL_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1,localhost' };

describe('a turn whose provider needs a login the account lacks (real app-server)', () => {
  test('the default openai provider, no login, no OPENAI_API_KEY: run() and turn() reject at once with NotLoggedInError, which says how to log in', async () => {
    await using home = await createHermeticHome();
    await writeCodexConfig(home, DEFAULT_PROVIDER);
    await using codex = await Codex.start({ cwd: home.work, env: { ...home.env, ...NO_WAY_OUT } });
    const started: string[] = [];
    codex.notificationsOf('turn/started').subscribe((n) => started.push(n.turn.id));
    const thread = await codex.startThread();
    expect(thread.info.modelProvider).toBe('openai');
    expect(await codex.account()).toMatchObject({ account: null, requiresOpenaiAuth: true });

    // (Before the check, run() waited on the server's retries for ten minutes: the guard fails it fast.)
    const error = await within(thread.run('hi').catch((e: unknown) => e), 10_000, 'run()');
    expect(error).toBeInstanceOf(NotLoggedInError);
    expect(error).toMatchObject({ provider: 'openai' });
    for (const name of ['loginApiKey', 'loginChatgpt()', 'loginChatgptDeviceCode()', 'OPENAI_API_KEY']) expect((error as Error).message).toContain(name);
    await expect(within(thread.turn('hi'), 10_000, 'turn()')).rejects.toBeInstanceOf(NotLoggedInError);
    expect(thread.activeTurn).toBeNull();
    // Nothing was started: a model listing round trip comes after anything the server would have said.
    await codex.listModels();
    expect(started).toEqual([]);
  });

  test('codex-rx/testing (a custom provider with requires_openai_auth, and no login) runs turns as before', async () => {
    await using env = await startOfflineCodex();
    expect(await env.codex.account()).toMatchObject({ account: null, requiresOpenaiAuth: true });
    const thread = await env.codex.startThread();
    await expect(thread.run('hi')).resolves.toMatchObject({ status: 'completed', finalResponse: 'Hello from the fake Responses server!' });
  });
});

/** A fake server whose threads use `provider`, and whose account and config the test sets. */
async function fake(provider: string) {
  const peer = new FakePeer();
  const state = { account: null as unknown, config: {} as Record<string, unknown> };
  let turns = 0;
  peer.auto.set('thread/start', () => ({ thread: { id: 'thread-1', status: { type: 'idle' }, modelProvider: provider, cwd: '/work' } }));
  peer.auto.set('account/read', () => ({ account: state.account, requiresOpenaiAuth: true }));
  peer.auto.set('config/read', () => ({ config: state.config, origins: {} }));
  peer.auto.set('turn/start', () => ({ turn: { id: `turn-${++turns}`, items: [], status: 'completed', error: null, startedAt: 1, completedAt: 2, durationMs: 1 } }));
  const codex = await Codex.connect(peer.transport, { validation: 'off' });
  const thread = await codex.startThread();
  const count = (method: string) => peer.received.filter((m) => m.method === method).length;
  return { peer, codex, thread, state, count };
}

describe('the login check over a fake transport: cached per client, asked only for the openai provider', () => {
  test('one account/read and one config/read answer every turn, until account/updated says the login changed', async () => {
    const { peer, codex, thread, state, count } = await fake('openai');
    await expect(thread.turn('a')).rejects.toBeInstanceOf(NotLoggedInError);
    await expect(thread.run('b')).rejects.toBeInstanceOf(NotLoggedInError);
    expect([count('account/read'), count('config/read'), count('turn/start')]).toEqual([1, 1, 0]);
    expect(peer.received.find((m) => m.method === 'config/read').params).toEqual({ cwd: '/work' });

    state.account = { type: 'apiKey' };
    const updated = firstValueFrom(codex.accountUpdated$);
    peer.notify('account/updated', { authMode: 'apikey', planType: null });
    await updated;
    await expect(thread.run('c')).resolves.toMatchObject({ id: 'turn-1', status: 'completed' });
    await expect(thread.run('d')).resolves.toMatchObject({ id: 'turn-2' });
    expect([count('account/read'), count('config/read'), count('turn/start')]).toEqual([2, 1, 2]);
    await codex.close();
  });

  test('the openai provider pointed at an endpoint of its own (openai_base_url) may need no login: the turn goes', async () => {
    const { codex, thread, state, count } = await fake('openai');
    state.config = { openai_base_url: 'http://127.0.0.1:9/v1' };
    await expect(thread.run('a')).resolves.toMatchObject({ status: 'completed' });
    expect(count('turn/start')).toBe(1);
    await codex.close();
  });

  test('a thread on any other provider is not checked at all: no extra round trip', async () => {
    const { codex, thread, count } = await fake('mock_provider');
    await expect(thread.run('a')).resolves.toMatchObject({ status: 'completed' });
    expect([count('account/read'), count('config/read'), count('turn/start')]).toEqual([0, 0, 1]);
    await codex.close();
  });
});
