import { lastValueFrom, type Observable } from 'rxjs';
import {
  AbortError,
  Codex,
  CodexError,
  CodexNotFoundError,
  InvalidRequestError,
  PINNED_CODEX_VERSION,
  SDK_VERSION,
  TransportClosedError,
} from '../lib/index.js';
import { createHermeticHome, isProcessAlive, startFakeResponsesServer, startOfflineCodex } from '../lib/testing/index.js';
import { FakePeer } from './support/fake-peer.js';
import { startHttpStub } from './support/http-stub.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));

describe('new Codex(...)', () => {
  test('every argument list, none included, throws the CodexError that points to Codex.start() and Codex.connect()', () => {
    const Ctor = Codex as unknown as new (...args: unknown[]) => Codex;
    const transport = new FakePeer().transport;
    for (const args of [[], [undefined], [null], [{}], [42], ['ws://127.0.0.1:1'], [{ url: 'ws://127.0.0.1:1', token: 't' }], [transport], [transport, {}], [transport, null]]) {
      let thrown: unknown;
      try {
        new Ctor(...args);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(CodexError);
      expect((thrown as Error).message).toContain('`await Codex.start()`');
    }
  });
});

describe('Codex against the real app-server', () => {
  test('handshake fills metadata from the initialize response', async () => {
    await using env = await startOfflineCodex();
    const { metadata, pid } = env.codex;
    expect(metadata.userAgent).toContain(`codex-rx/${PINNED_CODEX_VERSION}`);
    expect(metadata.userAgent).toContain(`(codex-rx; ${SDK_VERSION})`);
    expect(metadata.codexHome).toBe(env.home.codexHome);
    expect(metadata.platformFamily).toBe('unix');
    expect(typeof pid).toBe('number');
    expect(SDK_VERSION).toBe(pkg.version);
    expect(pkg.dependencies['@openai/codex']).toBe(PINNED_CODEX_VERSION);
  });

  test('a typed request round trip: model/list', async () => {
    await using env = await startOfflineCodex();
    const models = await env.codex.request('model/list', {});
    expect(models.data.length).toBeGreaterThan(0);
    expect(typeof models.data[0]!.id).toBe('string');
    const again = await env.codex.listModels({ limit: 1 });
    expect(again.data).toHaveLength(1);
  });

  test('an unknown method is a typed InvalidRequestError (-32600, as the real server answers)', async () => {
    await using env = await startOfflineCodex();
    const error = await env.codex.request('no/such/method' as 'model/list', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toMatchObject({ code: -32600 });
  });

  test('kill -9 while a request is pending: TransportClosedError, and every stream terminates', async () => {
    // A login issuer that never answers keeps account/login/start pending.
    const issuer = await startHttpStub();
    try {
      await using env = await startOfflineCodex({ env: { CODEX_APP_SERVER_LOGIN_ISSUER: issuer.url } });
      const { codex } = env;
      const streams: Observable<unknown>[] = [codex.messages$, codex.notifications$, codex.serverRequests$, codex.diagnostics$, codex.stderr$, codex.approvals$, codex.loginCompleted$];
      const ends = streams.map((s) => lastValueFrom(s, { defaultValue: 'completed' }));
      const pending = codex.loginChatgptDeviceCode();
      await issuer.firstRequest();
      process.kill(codex.pid!, 'SIGKILL');
      const error = await pending.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TransportClosedError);
      expect(error).toMatchObject({ code: null, signal: 'SIGKILL' });
      await expect(Promise.all(ends)).resolves.toHaveLength(7);
      await expect(codex.closed).resolves.toEqual({ code: null, signal: 'SIGKILL' });
      expect(codex.isClosed).toBe(true);
    } finally {
      await issuer.close();
    }
  });

  test('close() is idempotent, reaps the child and leaves no process behind', async () => {
    const env = await startOfflineCodex();
    const pid = env.codex.pid!;
    expect(isProcessAlive(pid)).toBe(true);
    const [a, b] = await Promise.all([env.codex.close(), env.codex.close()]);
    expect(a).toEqual({ code: 0, signal: null });
    expect(b).toBe(a);
    expect(isProcessAlive(pid)).toBe(false);
    await env.dispose();
  });

  test('await using closes the client', async () => {
    let pid = 0;
    {
      await using env = await startOfflineCodex();
      pid = env.codex.pid!;
    }
    expect(isProcessAlive(pid)).toBe(false);
  });

  test('config entries become -c flags written as TOML', async () => {
    await using home = await createHermeticHome();
    await using fake = await startFakeResponsesServer();
    await using codex = await Codex.start({
      env: home.env,
      cwd: home.work,
      config: {
        model: 'mock-from-flags',
        model_provider: 'flags',
        'model_providers.flags': { name: 'flags "quoted"', base_url: fake.baseUrl, wire_api: 'responses', request_max_retries: 0, stream_max_retries: 0 },
        'features.plugins': false,
      },
    });
    const thread = await codex.startThread();
    const result = await thread.run('hi');
    expect(result.finalResponse).toBe('Hello from the fake Responses server!');
    expect(fake.requests[0]!.body.model).toBe('mock-from-flags');
  });

  test('a server that dies during start-up rejects start() with its stderr', async () => {
    await using home = await createHermeticHome();
    const error = await Codex.start({ env: home.env, config: { approval_policy: 'untrusted' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportClosedError);
    expect((error as TransportClosedError).code).toBe(1);
    expect((error as TransportClosedError).stderrTail.join('\n')).toContain('untrusted');
  });

  test('an aborted signal cancels start()', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(Codex.start({ signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
  });

  test('aborting during start-up rejects with AbortError and stops the server', async () => {
    await using home = await createHermeticHome();
    const controller = new AbortController();
    const starting = Codex.start({ env: home.env, signal: controller.signal });
    controller.abort();
    await expect(starting).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('aborting the signal later closes the client', async () => {
    const controller = new AbortController();
    const env = await startOfflineCodex({ signal: controller.signal });
    const pid = env.codex.pid!;
    controller.abort();
    await expect(env.codex.closed).resolves.toEqual({ code: 0, signal: null });
    expect(isProcessAlive(pid)).toBe(false);
    await env.dispose();
  });

  test('a codexBin that does not exist says how to fix it', async () => {
    const error = await Codex.start({ codexBin: '/nope/codex' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodexNotFoundError);
    expect((error as Error).message).toContain('codexBin');
  });
  test('a server that exits at start names its exit code and a likely cause; a config error gives its one-line reason, the backtrace stays in stderrTail', async () => {
    const silent = (await Codex.start({ codexBin: '/bin/false' }).catch((e: unknown) => e)) as TransportClosedError;
    expect(silent).toBeInstanceOf(TransportClosedError);
    expect(silent.message).toMatch(/exited during start-up \(code 1\).*is `codexBin` a codex executable/);
    const home = await createHermeticHome();
    try {
      const error = (await Codex.start({ env: home.env, cwd: home.work, config: { approval_policy: 'untrusted' } }).catch((e: unknown) => e)) as TransportClosedError;
      expect(error).toBeInstanceOf(TransportClosedError);
      expect(error.message).toMatch(/^codex app-server exited during start-up \(code 1\), before answering initialize: .*untrusted.* \(check `config`/);
      expect(error.message.split('\n')).toHaveLength(1);
      expect(error.stderrTail.length).toBeGreaterThan(1);
    } finally {
      await home.dispose();
    }
  });
});
