import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filter, firstValueFrom, type Observable } from 'rxjs';
import { AbortError, Codex, ProcessTransport, TransportClosedError, type PendingApproval } from '../../lib/index.js';
import { call, chaosOptions, ending, isGone, settle, startChaos, track, within, type ChaosScript, type Ending, type Outcome } from '../support/chaos.js';

/**
 * `kill -9` and `close()` in every state a long-lived client can be in. Whatever was pending must
 * settle with TransportClosedError, every stream must end, no process may survive, and every call
 * made afterwards must reject at once instead of hanging.
 */

const GUARD_MS = 5_000;
const CLOSED = 'TransportClosedError';

/** What one state leaves open when the server goes away. */
interface Scene {
  /** Streams that must end: `complete`, or `error` for a live turn's streams. */
  streams: Record<string, { stream: Observable<unknown>; ends: 'complete' | 'error' }>;
  /** Promises that must reject with TransportClosedError. */
  pending: Record<string, Promise<unknown>>;
  /** Calls made after the close, which must reject with TransportClosedError. */
  later: Record<string, () => Promise<unknown>>;
  /** Extra checks once everything settled. */
  after?: () => Promise<void>;
}

function clientScene(codex: Codex): Scene {
  return {
    streams: {
      'codex.messages$': { stream: codex.messages$, ends: 'complete' },
      'codex.notifications$': { stream: codex.notifications$, ends: 'complete' },
      'codex.serverRequests$': { stream: codex.serverRequests$, ends: 'complete' },
      'codex.approvals$': { stream: codex.approvals$, ends: 'complete' },
      'codex.diagnostics$': { stream: codex.diagnostics$, ends: 'complete' },
      'codex.stderr$': { stream: codex.stderr$, ends: 'complete' },
      'codex.account$': { stream: codex.account$, ends: 'complete' },
      'codex.loginCompleted$': { stream: codex.loginCompleted$, ends: 'complete' },
      'codex.accountUpdated$': { stream: codex.accountUpdated$, ends: 'complete' },
      'codex.rateLimits$': { stream: codex.rateLimits$, ends: 'complete' },
    },
    pending: {},
    later: {
      'codex.startThread()': () => codex.startThread(),
      'codex.request(account/read)': () => codex.request('account/read', {}),
      'codex.loginApiKey()': () => codex.loginApiKey('sk-after-close-0123456789'),
      'codex.loginChatgpt()': () => codex.loginChatgpt(),
      'codex.account()': () => codex.account(),
      'codex.listModels()': () => codex.listModels(),
      'codex.logout()': () => codex.logout(),
    },
  };
}

function merge(a: Scene, b: Partial<Scene>): Scene {
  return {
    streams: { ...a.streams, ...b.streams },
    pending: { ...a.pending, ...b.pending },
    later: { ...a.later, ...b.later },
    ...(b.after ? { after: b.after } : {}),
  };
}

/** The states, each built on a freshly started client. */
const STATES: Record<string, { script: ChaosScript; build(codex: Codex): Promise<Scene> }> = {
  idle: {
    script: {},
    async build(codex) {
      return merge(clientScene(codex), { pending: { 'an unanswered request': call(codex, 'chaos/hang') } });
    },
  },
  'thread started': {
    script: {},
    async build(codex) {
      const thread = await codex.startThread();
      return merge(clientScene(codex), {
        streams: { 'thread.events$': { stream: thread.events$, ends: 'complete' } },
        pending: { 'an unanswered request': call(codex, 'chaos/hang') },
        later: {
          'thread.turn()': () => thread.turn('after close'),
          'thread.run()': () => thread.run('after close'),
          'thread.setName()': () => thread.setName('after close'),
        },
      });
    },
  },
  'mid-turn': {
    script: { turn: 'hang' },
    async build(codex) {
      const thread = await codex.startThread();
      const turn = await thread.turn('hang on');
      await firstValueFrom(turn.textDeltas$); // the turn runs: steer and interrupt are sent, not queued
      const pending = {
        'turn.result': turn.result,
        'turn.steer() (unanswered)': turn.steer('more'),
        'turn.interrupt() (unanswered)': turn.interrupt(),
        'an unanswered request': call(codex, 'chaos/hang'),
      };
      await codex.account(); // a round trip: steer and interrupt are on the wire by now
      return merge(clientScene(codex), {
        streams: {
          'thread.events$': { stream: thread.events$, ends: 'complete' },
          'turn.events$': { stream: turn.events$, ends: 'error' },
          'turn.textDeltas$': { stream: turn.textDeltas$, ends: 'error' },
          'turn.text$': { stream: turn.text$, ends: 'error' },
          'turn.items$': { stream: turn.items$, ends: 'error' },
        },
        pending,
        later: {
          'turn.steer()': () => turn.steer('after close'),
          'turn.interrupt()': () => turn.interrupt(),
          'turn.done()': () => turn.done(),
          'thread.turn()': () => thread.turn('after close'),
          'thread.run()': () => thread.run('after close'),
        },
      });
    },
  },
  'approval pending': {
    script: { turn: 'approval' },
    async build(codex) {
      const thread = await codex.startThread();
      // A subscriber of approvals$ keeps the request open (no fail-closed default answer).
      const asked = firstValueFrom(codex.approvals$);
      const turn = await thread.turn('needs approval');
      const approval: PendingApproval = await asked;
      expect(approval.isOpen).toBe(true);
      return merge(clientScene(codex), {
        streams: {
          'thread.events$': { stream: thread.events$, ends: 'complete' },
          'turn.events$': { stream: turn.events$, ends: 'error' },
        },
        pending: { 'turn.result': turn.result },
        later: {
          'turn.interrupt()': () => turn.interrupt(),
          'thread.turn()': () => thread.turn('after close'),
        },
        async after() {
          await expect(within(approval.settled, GUARD_MS, 'approval.settled')).resolves.toBe('closed');
          expect(approval.isOpen).toBe(false);
          expect(approval.accept()).toBe(false); // a late answer is a no-op, never a throw
        },
      });
    },
  },
  'login pending': {
    script: {},
    async build(codex) {
      const login = await codex.loginChatgpt();
      return merge(clientScene(codex), {
        streams: { 'login.completed$': { stream: login.completed$, ends: 'error' } },
        pending: { 'login.wait()': login.wait(), 'login.wait({ timeoutMs })': login.wait({ timeoutMs: 60_000 }) },
        later: {
          'login.wait()': () => login.wait(),
          'login.wait({ signal })': () => login.wait({ signal: new AbortController().signal }),
          'login.cancel()': () => login.cancel(),
        },
      });
    },
  },
};

function describeError(error: unknown): string {
  if (error instanceof TransportClosedError) return CLOSED;
  return error instanceof Error ? `${error.name}: ${error.message}` : `non-error ${String(error)}`;
}

function describeOutcome(outcome: Outcome<unknown>): string {
  return outcome.status === 'fulfilled' ? `resolved ${JSON.stringify(outcome.value)}` : describeError(outcome.reason);
}

function describeEnding(e: Ending): string {
  return e.how === 'complete' ? 'complete' : `error ${describeError(e.error)}`;
}

/** Waits, with a deadline, until `test()` holds (for a file another process writes). */
async function until(test: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + GUARD_MS;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${GUARD_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function expectAllSettled(names: Record<string, Promise<Outcome<unknown>>>, expected: (name: string) => string) {
  const got: Record<string, string> = {};
  const want: Record<string, string> = {};
  for (const [name, outcome] of Object.entries(names)) {
    got[name] = describeOutcome(await within(outcome, GUARD_MS, name).catch((reason: unknown) => ({ status: 'rejected', reason }) as const));
    want[name] = expected(name);
  }
  expect(got).toEqual(want);
}

describe.each(['kill -9', 'close()'] as const)('%s', (how) => {
  test.each(Object.keys(STATES))(`%s: everything settles, every stream ends, no process survives, later calls reject`, async (state) => {
    const { script, build } = STATES[state]!;
    const codex = await startChaos(script);
    const pid = codex.pid!;
    const scene = await build(codex);
    const streams = Object.fromEntries(Object.entries(scene.streams).map(([name, { stream }]) => [name, ending(stream)]));
    const pending = Object.fromEntries(Object.entries(scene.pending).map(([name, p]) => [name, settle(p)]));

    const closing = how === 'kill -9' ? (process.kill(pid, 'SIGKILL'), null) : codex.close();
    const exit = await within(codex.closed, GUARD_MS, 'codex.closed');
    expect(exit).toEqual(how === 'kill -9' ? { code: null, signal: 'SIGKILL' } : { code: 0, signal: null });
    if (closing) await expect(within(closing, GUARD_MS, 'codex.close()')).resolves.toEqual(exit);
    expect(codex.isClosed).toBe(true);
    expect(isGone(pid)).toBe(true);

    await expectAllSettled(pending, () => CLOSED);

    const ended: Record<string, string> = {};
    for (const [name, e] of Object.entries(streams)) {
      ended[name] = await within(e, GUARD_MS, name).then(describeEnding, (error: Error) => error.message);
    }
    expect(ended).toEqual(Object.fromEntries(Object.entries(scene.streams).map(([name, s]) => [name, s.ends === 'complete' ? 'complete' : `error ${CLOSED}`])));

    // Subscribing after the end ends at once too.
    const late: Record<string, string> = {};
    for (const [name, { stream }] of Object.entries(scene.streams)) {
      late[name] = await within(ending(stream), GUARD_MS, `${name} subscribed after close`).then(describeEnding, (error: Error) => error.message);
    }
    expect(late).toEqual(ended);

    await expectAllSettled(Object.fromEntries(Object.entries(scene.later).map(([name, fn]) => [name, settle(Promise.resolve().then(fn))])), () => CLOSED);
    await scene.after?.();
    // close() after the end is harmless and idempotent.
    await expect(within(codex.close(), GUARD_MS, 'a second close()')).resolves.toEqual(exit);
  });
});

describe('while starting (the server has not answered initialize)', () => {
  let dir: string;
  let serverPid: number | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'chaos-start-'));
    serverPid = undefined;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    // A failed test must not leave its server behind.
    if (serverPid !== undefined && !isGone(serverPid)) process.kill(serverPid, 'SIGKILL');
  });

  /** The pid, once the server has the initialize request. */
  async function initializeReceived(pidFile: string): Promise<number> {
    await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '', 'the initialize request reaching the server');
    serverPid = Number(readFileSync(pidFile, 'utf8'));
    return serverPid;
  }

  test('kill -9: Codex.start() rejects with TransportClosedError and nothing survives', async () => {
    const pidFile = join(dir, 'pid');
    const starting = settle(startChaos({ hangInitialize: true, pidFile }));
    const pid = await initializeReceived(pidFile);
    process.kill(pid, 'SIGKILL');
    const outcome = await within(starting, GUARD_MS, 'Codex.start()');
    expect(describeOutcome(outcome)).toBe(CLOSED);
    expect(outcome).toMatchObject({ reason: { signal: 'SIGKILL' } });
    expect(isGone(pid)).toBe(true);
  });

  test('closing the transport: Codex.connect() rejects with TransportClosedError, streams end, nothing survives', async () => {
    const options = chaosOptions({ hangInitialize: true });
    const transport = track(ProcessTransport.spawn(options));
    const stderr = ending(transport.stderr$);
    const received = firstValueFrom(transport.stderr$.pipe(filter((line) => line.includes('initialize received'))));
    const starting = settle(Codex.connect(transport, options));
    await received;
    const closing = transport.close();
    const outcome = await within(starting, GUARD_MS, 'Codex.connect()');
    expect(describeOutcome(outcome)).toBe(CLOSED);
    await expect(within(closing, GUARD_MS, 'transport.close()')).resolves.toEqual({ code: 0, signal: null });
    await expect(within(stderr, GUARD_MS, 'stderr$')).resolves.toMatchObject({ how: 'complete' });
    expect(isGone(transport.pid!)).toBe(true);
  });

  test('aborting start() rejects with AbortError and nothing survives', async () => {
    const pidFile = join(dir, 'pid');
    const controller = new AbortController();
    const starting = settle(startChaos({ hangInitialize: true, pidFile }, { signal: controller.signal }));
    const pid = await initializeReceived(pidFile);
    controller.abort();
    const outcome = await within(starting, GUARD_MS, 'Codex.start()');
    expect(outcome.status === 'rejected' && outcome.reason).toBeInstanceOf(AbortError);
    expect(isGone(pid)).toBe(true);
  });

  test('aborting start() of a server that ignores stdin EOF and SIGTERM still reaps it (SIGKILL)', async () => {
    const pidFile = join(dir, 'pid');
    const controller = new AbortController();
    const starting = settle(
      startChaos({ hangInitialize: true, pidFile, ignoreStdinEof: true, ignoreSigterm: true }, { signal: controller.signal, closeTimeouts: { afterStdinEndMs: 200, afterSigtermMs: 200 } }),
    );
    const pid = await initializeReceived(pidFile);
    controller.abort();
    const outcome = await within(starting, GUARD_MS, 'Codex.start()');
    expect(outcome.status === 'rejected' && outcome.reason).toBeInstanceOf(AbortError);
    expect(isGone(pid)).toBe(true);
  });
});

test('close() of a server that ignores stdin EOF and SIGTERM mid-turn escalates to SIGKILL; everything settles', async () => {
  const codex = await startChaos({ turn: 'hang', ignoreStdinEof: true, ignoreSigterm: true }, { closeTimeouts: { afterStdinEndMs: 200, afterSigtermMs: 200 } });
  const pid = codex.pid!;
  const thread = await codex.startThread();
  const turn = await thread.turn('hang on');
  await firstValueFrom(turn.textDeltas$);
  const result = settle(turn.result);
  const events = ending(turn.events$);
  const hung = settle(call(codex, 'chaos/hang'));
  await expect(within(codex.close(), GUARD_MS, 'codex.close()')).resolves.toEqual({ code: null, signal: 'SIGKILL' });
  expect(isGone(pid)).toBe(true);
  expect(describeOutcome(await result)).toBe(CLOSED);
  expect(describeOutcome(await hung)).toBe(CLOSED);
  expect(describeEnding(await within(events, GUARD_MS, 'turn.events$'))).toBe(`error ${CLOSED}`);
  expect(codex.stderrTail().join('\n')).toContain('ignoring SIGTERM');
});
