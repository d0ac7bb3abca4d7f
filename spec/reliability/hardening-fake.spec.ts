import { firstValueFrom, lastValueFrom, take, toArray } from 'rxjs';
import {
  AbortError,
  Codex,
  CodexError,
  ProtocolError,
  ThreadReleasedError,
  TransportClosedError,
  TurnFailedError,
  type ThreadInfo,
} from '../../lib/index.js';
import { FakePeer } from '../support/fake-peer.js';

const turnObj = (id: string, status = 'inProgress', error: unknown = null) => ({ id, items: [], status, error, startedAt: 1, completedAt: null, durationMs: null });
const threadObj = (id: string) => ({ id, status: { type: 'idle' } }) as unknown as ThreadInfo;

async function setup() {
  const peer = new FakePeer({});
  let threads = 0;
  let turns = 0;
  peer.auto.set('thread/start', () => ({ thread: threadObj(`thread-${++threads}`) }));
  peer.auto.set('turn/start', () => ({ turn: turnObj(`turn-${++turns}`) }));
  peer.auto.set('model/list', { data: [], nextCursor: null });
  const codex = await Codex.connect(peer.transport);
  const diagnostics: CodexError[] = [];
  codex.diagnostics$.subscribe((d) => diagnostics.push(d));
  return { peer, codex, diagnostics };
}

/** Resolves once the client has read everything the peer wrote before: lines are read in order. */
async function drained(codex: Codex): Promise<void> {
  await codex.listModels();
}

describe('hardening: what a long-lived client must survive (fake transport)', () => {
  test('a turn whose item/completed carries item: null still settles on turn/completed', async () => {
    const { peer, codex, diagnostics } = await setup();
    const thread = await codex.startThread();
    const turn = await thread.turn('hi');
    const items = lastValueFrom(turn.items$.pipe(toArray()));
    peer.notify('item/completed', { threadId: thread.id, turnId: turn.id, item: null });
    peer.notify('item/completed', { threadId: thread.id, turnId: turn.id, item: { type: 'agentMessage', id: 'm', text: 'ok', phase: null } });
    peer.notify('turn/completed', { threadId: thread.id, turn: turnObj(turn.id, 'completed') });
    await expect(turn.result).resolves.toMatchObject({ status: 'completed', finalResponse: 'ok' });
    expect((await items).map((i) => i.type)).toEqual(['agentMessage']);
    expect(diagnostics.some((d) => d instanceof ProtocolError && d.kind === 'validation')).toBe(true);
    await codex.close();
  });

  test('a turn/completed without a turn object settles the turn as failed instead of hanging', async () => {
    const { peer, codex } = await setup();
    const thread = await codex.startThread();
    const turn = await thread.turn('hi');
    peer.notify('turn/completed', { threadId: thread.id, turnId: turn.id, turn: null });
    await expect(turn.result).rejects.toBeInstanceOf(TurnFailedError);
    await codex.close();
  });

  test('malformed login completions and serverRequest/resolved become diagnostics, never a throw', async () => {
    const { peer, codex, diagnostics } = await setup();
    peer.send({ method: 'account/login/completed', params: null });
    peer.send({ method: 'account/login/completed' });
    peer.send({ method: 'serverRequest/resolved', params: null });
    peer.send({ method: 'serverRequest/resolved' });
    await drained(codex);
    expect(diagnostics.filter((d) => d instanceof ProtocolError).length).toBeGreaterThanOrEqual(4);
    await expect(codex.listModels()).resolves.toMatchObject({ data: [] });
    await codex.close();
  });

  test('an approval with null or missing params gets exactly one answer, an error', async () => {
    const { peer, codex } = await setup();
    const seen: unknown[] = [];
    codex.approvals$.subscribe((a) => seen.push(a));
    peer.send({ id: 'a1', method: 'item/commandExecution/requestApproval', params: null });
    peer.send({ id: 'a2', method: 'item/commandExecution/requestApproval' });
    await drained(codex);
    for (const id of ['a1', 'a2']) {
      const replies = peer.received.filter((m) => m.id === id && !m.method);
      expect(replies).toHaveLength(1);
      expect(replies[0].error).toMatchObject({ code: -32602 });
    }
    expect(seen).toHaveLength(0);
    await codex.close();
  });

  test('a finished turn leaves nothing in the router, even when it completed before the turn/start response', async () => {
    const { peer, codex } = await setup();
    const thread = await codex.startThread();
    peer.auto.delete('turn/start');
    const pending = thread.turn('fast fail');
    const req = await peer.request('turn/start');
    peer.notify('turn/started', { threadId: thread.id, turn: turnObj('T') });
    peer.notify('turn/completed', { threadId: thread.id, turn: turnObj('T', 'failed', { message: 'boom' }) });
    peer.send({ id: req.id, result: { turn: turnObj('T') } });
    const turn = await pending;
    await expect(turn.result).rejects.toBeInstanceOf(TurnFailedError);
    expect(turn.isDone).toBe(true);
    // Private state, read on purpose: the router must not keep the finished handle.
    const router = (codex as unknown as { ctx: { router: { turns: { has(k: string): boolean } }; live: Set<unknown> } }).ctx;
    expect(router.router.turns.has('T')).toBe(false);
    // Only the thread is live now.
    expect(router.live.size).toBe(1);
    thread.release();
    expect(router.live.size).toBe(0);
    await codex.close();
  });

  test('a released thread refuses turns with ThreadReleasedError; after close every path gives TransportClosedError', async () => {
    const { codex } = await setup();
    const released = await codex.startThread();
    released.release();
    await expect(released.turn('x')).rejects.toBeInstanceOf(ThreadReleasedError);
    const thread = await codex.startThread();
    const turn = await thread.turn('running');
    await codex.close();
    for (const attempt of [
      thread.turn('x'),
      thread.run('x'),
      released.run('x'),
      turn.steer('x'),
      turn.interrupt(),
      turn.result,
      codex.startThread(),
      codex.account(),
      codex.loginApiKey('sk-0123456789'),
      codex.logout(),
      codex.listModels(),
    ]) {
      await expect(attempt).rejects.toBeInstanceOf(TransportClosedError);
    }
  });

  test('when writes fail while the server lives, pending and new requests reject at once', async () => {
    const { peer, codex } = await setup();
    const pending = codex.request('thread/list', {}, { timeoutMs: 0 }).catch((e: unknown) => e);
    await peer.request('thread/list');
    // The server closed its stdin but keeps running: every write now fails.
    peer.fromClient.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    const next = codex.request('thread/read', { threadId: 'x' }, { timeoutMs: 0 }).catch((e: unknown) => e);
    const error = await pending;
    expect(error).toBeInstanceOf(TransportClosedError);
    expect((error as Error).message).toContain('EPIPE');
    expect(await next).toBeInstanceOf(TransportClosedError);
    await expect(codex.startThread()).rejects.toBeInstanceOf(TransportClosedError);
  });

  test('a key the server echoes in a response id or a turn error never reaches a diagnostic or error', async () => {
    const { peer, codex, diagnostics } = await setup();
    const secret = 'sk-echoed-secret-0123456789';
    peer.auto.set('account/login/start', { type: 'apiKey' });
    await codex.loginApiKey(secret);
    peer.send({ id: secret, result: { echoed: secret } });
    peer.send(`not json ${secret}`);
    peer.raw(`{"broken": "${secret}\n`);
    await drained(codex);
    const thread = await codex.startThread();
    const turn = await thread.turn('x');
    peer.notify('turn/completed', { threadId: thread.id, turn: turnObj(turn.id, 'failed', { message: `bad key ${secret}` }) });
    const failed = (await turn.result.catch((e: unknown) => e)) as TurnFailedError;
    const texts = [...diagnostics.flatMap((d) => [d.message, d.stack, JSON.stringify((d as ProtocolError).raw), String((d.cause as Error | undefined)?.message)]), failed.message, failed.stack, JSON.stringify(failed.result.error)];
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
    for (const text of texts) expect(text ?? '').not.toContain(secret);
    await codex.close();
  });

  test('account$ emits every state in order, each once, and survives a failed read', async () => {
    const { peer, codex, diagnostics } = await setup();
    const reads = () => peer.received.filter((m) => m.method === 'account/read' && m.id !== undefined);
    const states = firstValueFrom(codex.account$.pipe(take(4), toArray()));
    const first = await peer.request('account/read');
    peer.send({ id: first.id, result: { account: null } });
    peer.notify('account/updated', { authMode: 'apikey', planType: null });
    peer.notify('account/updated', { authMode: 'apikey', planType: null });
    peer.notify('account/updated', { authMode: null, planType: null });
    // A ChatGPT state is read; this read fails (-32603 in the half-finished login state)...
    peer.notify('account/updated', { authMode: 'chatgpt', planType: 'plus' });
    const failing = await peer.next((m) => m.method === 'account/read' && m.id !== first.id);
    peer.send({ id: failing.id, error: { code: -32603, message: 'workspace routing discovery failed' } });
    // ...and the next one succeeds.
    peer.notify('account/updated', { authMode: 'chatgpt', planType: 'plus' });
    const ok = await peer.next((m) => m.method === 'account/read' && m.id !== first.id && m.id !== failing.id);
    peer.send({ id: ok.id, result: { account: { type: 'chatgpt', email: 'a@b.c', planType: 'plus' } } });
    expect(await states).toEqual([null, { type: 'apiKey' }, null, { type: 'chatgpt', email: 'a@b.c', planType: 'plus' }]);
    expect(reads()).toHaveLength(3);
    expect(diagnostics.some((d) => d.message.includes('workspace routing discovery failed'))).toBe(true);
    await codex.close();
  });

  test('every abort is the SDK AbortError, with the signal reason as cause', async () => {
    const { peer, codex } = await setup();
    const thread = await codex.startThread();
    // Wherever the abort lands (during turn/start or while the turn runs), run() rejects the same way.
    peer.auto.set('turn/interrupt', (p: { turnId: string }) => {
      queueMicrotask(() => peer.notify('turn/completed', { threadId: thread.id, turn: turnObj(p.turnId, 'interrupted') }));
      return {};
    });
    const controller = new AbortController();
    const run = thread.run('x', {}, { signal: controller.signal }).catch((e: unknown) => e);
    const started = await peer.request('turn/start');
    peer.notify('turn/started', { threadId: thread.id, turn: turnObj('turn-1') });
    expect(started).toBeDefined();
    controller.abort();
    const error = await run;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toBeInstanceOf(CodexError);
    expect((error as Error).name).toBe('AbortError');
    expect((error as Error).cause).toBe(controller.signal.reason);
    const early = new AbortController();
    early.abort('because');
    const refused = await codex.request('model/list', {}, { signal: early.signal }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AbortError);
    expect((refused as Error).cause).toBe('because');
    await codex.close();
  });
});
