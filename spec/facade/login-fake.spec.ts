import { firstValueFrom, take, toArray } from 'rxjs';
import { AbortError, Codex, ProtocolError, RequestTimeoutError, TransportClosedError } from '../../lib/index.js';
import { FakePeer } from '../support/fake-peer.js';

async function setup() {
  const peer = new FakePeer();
  const codex = await Codex.connect(peer.transport);
  return { peer, codex };
}

describe('login routing over a fake transport', () => {
  test('a completion sent before the login/start response is replayed to the handle', async () => {
    const { peer, codex } = await setup();
    const pending = codex.loginChatgpt();
    const req = await peer.request('account/login/start');
    peer.notify('account/login/completed', { loginId: 'L1', success: true, error: null });
    peer.send({ id: req.id, result: { type: 'chatgpt', loginId: 'L1', authUrl: 'http://127.0.0.1:1455/x' } });
    const login = await pending;
    await expect(login.wait()).resolves.toMatchObject({ loginId: 'L1', success: true });
    await expect(firstValueFrom(login.completed$.pipe(toArray()))).resolves.toEqual([{ loginId: 'L1', success: true, error: null }]);
    await codex.close();
  });

  test('waiting on a login hides nothing from other subscribers', async () => {
    const { peer, codex } = await setup();
    peer.auto.set('account/login/start', { type: 'chatgptDeviceCode', loginId: 'L2', verificationUrl: 'http://127.0.0.1/d', userCode: 'C' });
    const login = await codex.loginChatgptDeviceCode();
    const everything = firstValueFrom(codex.notifications$.pipe(take(3), toArray()));
    const completions = firstValueFrom(codex.loginCompleted$.pipe(take(2), toArray()));
    const waited = login.wait();
    peer.notify('account/login/completed', { loginId: null, success: true }); // an API-key login: not ours
    peer.notify('account/updated', { authMode: 'chatgpt' });
    peer.notify('account/login/completed', { loginId: 'L2', success: true });
    await expect(waited).resolves.toMatchObject({ loginId: 'L2' });
    expect((await everything).map((n) => n.method)).toEqual(['account/login/completed', 'account/updated', 'account/login/completed']);
    expect((await completions).map((c) => c.loginId)).toEqual([null, 'L2']);
    await codex.close();
  });

  test('a handle never sees another attempt\'s completion', async () => {
    const { peer, codex } = await setup();
    let n = 0;
    peer.auto.set('account/login/start', () => ({ type: 'chatgpt', loginId: `L${++n}`, authUrl: 'http://127.0.0.1:1455/x' }));
    const first = await codex.loginChatgpt();
    const second = await codex.loginChatgpt();
    peer.notify('account/login/completed', { loginId: 'L1', success: false, error: 'Login cancelled' });
    await expect(first.wait()).resolves.toMatchObject({ loginId: 'L1', success: false });
    await expect(second.wait({ timeoutMs: 30 })).rejects.toBeInstanceOf(RequestTimeoutError);
    await codex.close();
  });

  test('buffers for unknown login ids are bounded', async () => {
    const { peer, codex } = await setup();
    for (let i = 0; i < 100; i++) peer.notify('account/login/completed', { loginId: `ghost-${i}`, success: false });
    peer.notify('account/login/completed', { loginId: 'real', success: true });
    peer.send({ id: 999, method: 'item/tool/call', params: {} }); // a marker to know all lines were read
    await peer.next((m) => m.id === 999 && !m.method);
    peer.auto.set('account/login/start', () => ({ type: 'chatgpt', loginId: 'ghost-0', authUrl: 'x' }));
    const evicted = await codex.loginChatgpt();
    await expect(evicted.wait({ timeoutMs: 30 })).rejects.toBeInstanceOf(RequestTimeoutError);
    peer.auto.set('account/login/start', () => ({ type: 'chatgpt', loginId: 'real', authUrl: 'x' }));
    const kept = await codex.loginChatgpt();
    await expect(kept.wait()).resolves.toMatchObject({ success: true });
    await codex.close();
  });

  test('an aborted wait() rejects and leaves the attempt alone', async () => {
    const { peer, codex } = await setup();
    peer.auto.set('account/login/start', { type: 'chatgpt', loginId: 'L9', authUrl: 'x' });
    const login = await codex.loginChatgpt();
    const controller = new AbortController();
    const aborted = login.wait({ signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    expect(peer.received.some((m) => m.method === 'account/login/cancel')).toBe(false);
    peer.notify('account/login/completed', { loginId: 'L9', success: true });
    await expect(login.wait()).resolves.toMatchObject({ loginId: 'L9', success: true });
    await codex.close();
  });

  test('wait() rejects with TransportClosedError when the process dies first', async () => {
    const { peer, codex } = await setup();
    peer.auto.set('account/login/start', { type: 'chatgpt', loginId: 'L7', authUrl: 'x' });
    const login = await codex.loginChatgpt();
    peer.exit();
    await expect(login.wait()).rejects.toBeInstanceOf(TransportClosedError);
    await expect(firstValueFrom(login.completed$)).rejects.toBeInstanceOf(TransportClosedError);
  });

  test('a login answer of the wrong type is a malformed ProtocolError (the server got it wrong), not an argument error', async () => {
    const { peer, codex } = await setup();
    peer.auto.set('account/login/start', { type: 'apiKey' });
    const browser = await codex.loginChatgpt().catch((e: unknown) => e);
    expect(browser).toBeInstanceOf(ProtocolError);
    expect(browser).toMatchObject({ kind: 'malformed', raw: { type: 'apiKey' }, message: expect.stringContaining('expected chatgpt') });
    const device = await codex.loginChatgptDeviceCode().catch((e: unknown) => e);
    expect(device).toBeInstanceOf(ProtocolError);
    expect(device).toMatchObject({ kind: 'malformed', message: expect.stringContaining('expected chatgptDeviceCode') });
    await codex.close();
  });
});
