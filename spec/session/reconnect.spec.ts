import { filter, firstValueFrom, lastValueFrom, take, toArray } from 'rxjs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApprovalPolicy, Codex, ConnectionLostError, type PendingApproval, type TurnHandle, ConnectionRefusedError, isRetryableError, type ConnectionState, type ThreadItem } from '../../lib/index.js';
import { startReconnectWorld, type ReconnectWorld } from '../support/reconnect-world.js';

jest.setTimeout(60_000);

const FAST = { initialDelayMs: 50, maxDelayMs: 300 };

describe('Codex.connect with reconnect, real app-server behind a TCP proxy', () => {
  let world: ReconnectWorld;
  beforeEach(async () => {
    world = await startReconnectWorld();
  });
  afterEach(() => world.dispose());

  const connect = (extra: Parameters<typeof Codex.connect>[1] = {}) => Codex.connect({ url: world.url, token: world.token }, { reconnect: FAST, pingIntervalMs: 1000, ...extra });

  test('a link cut mid-turn: the same turn goes on, re-synchronised (resumed: false), every item once, the right result', async () => {
    await using codex = await connect();
    const states: ConnectionState[] = [];
    codex.connection$.subscribe((s) => states.push(s));
    const thread = await codex.startThread();
    const turn = await thread.turn('[[scenario:slow]] go');
    const items: ThreadItem[] = [];
    turn.items$.subscribe((item) => items.push(item));
    const gaps = lastValueFrom(turn.gaps$.pipe(toArray()));
    const connected = firstValueFrom(codex.connection$.pipe(filter((s) => s.status === 'connected' && !s.resumed)));
    await firstValueFrom(turn.textDeltas$);
    world.proxy.cut();
    await connected;
    const result = await turn.result;
    expect(result.status).toBe('completed');
    expect(result.finalResponse).toBe('Slow stream of deltas from the fake server.');
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(items.find((i) => i.type === 'agentMessage')).toMatchObject({ text: 'Slow stream of deltas from the fake server.' });
    expect(result.items.map((i) => i.id)).toEqual(ids);
    expect((await gaps).length).toBe(1);
    expect(states.map((s) => s.status)).toEqual(['connected', 'reconnecting', 'connecting', 'connected']);
    // The turn went on at the server: the model was asked once.
    expect(world.fake.requests.length).toBe(1);
    // The client works on: a new turn on the same thread.
    expect((await thread.run('[[scenario:text]] again')).finalResponse).toBe('Hello from the fake Responses server!');
  });

  test('the app-server killed and restarted: the running turn settles as interrupted, the thread resumes, a new turn works', async () => {
    await using codex = await connect();
    const thread = await codex.startThread();
    await thread.run('[[scenario:text]] first');
    const turn = await thread.turn('[[scenario:hang]] stuck');
    await firstValueFrom(turn.events$.pipe(filter((n) => n.method === 'turn/started')));
    const reconnecting = firstValueFrom(codex.connection$.pipe(filter((s) => s.status === 'reconnecting')));
    await world.killServer();
    await reconnecting;
    await world.restartServer();
    const result = await turn.result;
    expect(result.status).toBe('interrupted');
    expect(codex.connection$).toBeDefined();
    const next = await thread.run('[[scenario:text]] after the restart');
    expect(next.finalResponse).toBe('Hello from the fake Responses server!');
  });

  test('a request in flight at a drop rejects with ConnectionLostError (retryable); one made while reconnecting waits and succeeds', async () => {
    await using codex = await connect();
    world.proxy.blackhole(true);
    const inFlight = codex.listThreads();
    world.proxy.blackhole(false);
    world.proxy.cut();
    const lost = await inFlight.then(
      () => null,
      (e: unknown) => e,
    );
    expect(lost).toBeInstanceOf(ConnectionLostError);
    expect(isRetryableError(lost)).toBe(true);
    // Made while the client is down: it waits for the reconnect.
    world.proxy.refuse(true);
    world.proxy.cut();
    await firstValueFrom(codex.connection$.pipe(filter((s) => s.status === 'reconnecting')));
    const waiting = codex.listThreads();
    world.proxy.refuse(false);
    await expect(waiting).resolves.toHaveProperty('data');
  });

  test('an approval pending across a reconnect: presented once, answered after the reconnect, the command runs once', async () => {
    await using codex = await connect();
    const thread = await codex.startThread({ approvalPolicy: ApprovalPolicy.untrusted, sandbox: 'workspace-write' });
    const presented: PendingApproval[] = [];
    codex.approvals$.subscribe((a) => presented.push(a));
    const first = firstValueFrom(codex.approvals$);
    const turn = await thread.turn('[[scenario:shell]] make a file');
    const approval = await first;
    const back = firstValueFrom(codex.connection$.pipe(filter((s) => s.status === 'connected' && !s.resumed)));
    world.proxy.cut();
    await back;
    expect(approval.isOpen).toBe(true);
    expect(approval.accept()).toBe(true);
    const result = await turn.result;
    expect(presented).toEqual([approval]);
    const commands = result.items.filter((i) => i.type === 'commandExecution');
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatchObject({ status: 'completed' });
    expect(existsSync(join(world.home.work, 'codex-rx-created.txt'))).toBe(true);
    expect(await approval.settled).toBe('answered');
  });

  test('a thread without a turn yet (no rollout to resume) works after a reconnect', async () => {
    await using codex = await connect();
    const thread = await codex.startThread();
    const back = firstValueFrom(codex.connection$.pipe(filter((s) => s.status === 'connected' && !s.resumed)));
    world.proxy.cut();
    await back;
    const result = await thread.run('[[scenario:text]] first turn after the reconnect');
    expect(result.status).toBe('completed');
    expect(result.finalResponse).toBe('Hello from the fake Responses server!');
  });

  test('turns another client ran while this one was away reach thread.turns$ once; account$ is read again and emits only on a change', async () => {
    await using codex = await connect();
    await using other = await Codex.connect({ url: (world.server.endpoint as { url: string }).url, token: world.token });
    const thread = await codex.startThread();
    await thread.run('[[scenario:text]] first');
    const seen: TurnHandle<unknown>[] = [];
    thread.turns$.subscribe((turn) => seen.push(turn));
    const accounts: unknown[] = [];
    codex.account$.subscribe((a) => accounts.push(a));
    await new Promise<void>((resolve) => {
      const check = setInterval(() => accounts.length > 0 && (clearInterval(check), resolve()), 10);
    });
    const back = firstValueFrom(codex.connection$.pipe(filter((s) => s.status === 'connected' && !s.resumed)));
    world.proxy.refuse(true);
    world.proxy.cut();
    await firstValueFrom(codex.connection$.pipe(filter((s) => s.status === 'reconnecting')));
    // Meanwhile another client runs a turn on the thread (it can resume it: the thread has a rollout).
    const elsewhere = await other.resumeThread(thread.id);
    const ran = await elsewhere.run('[[scenario:text]] while the first client is away');
    world.proxy.refuse(false);
    await back;
    expect(seen.map((t) => t.id)).toEqual([ran.id]);
    expect((await seen[0]!.result).finalResponse).toBe(ran.finalResponse);
    // The account did not change: nothing new on account$.
    expect(accounts).toHaveLength(1);
  });

  test('a wrong token is final: closed with ConnectionRefusedError after one attempt', async () => {
    const states: ConnectionState[] = [];
    const attempt = Codex.connect({ url: world.url, token: 'wrong-token-wrong-token' }, { reconnect: FAST });
    await expect(attempt).rejects.toBeInstanceOf(ConnectionRefusedError);
    expect(world.proxy.accepted).toBe(1);
    expect(states).toEqual([]);
  });

  test('the token may be a function: called again for each attempt', async () => {
    let calls = 0;
    await using codex = await Codex.connect(
      {
        url: world.url,
        token: async () => {
          calls++;
          return world.token;
        },
      },
      { reconnect: FAST },
    );
    const back = firstValueFrom(codex.connection$.pipe(filter((s) => s.status === 'connected' && !s.resumed)));
    world.proxy.cut();
    await back;
    expect(calls).toBe(2);
  });

  test('without reconnect a drop ends everything, as before', async () => {
    const codex = await Codex.connect({ url: world.url, token: world.token });
    const states = lastValueFrom(codex.connection$.pipe(toArray()));
    const thread = await codex.startThread();
    const turn = await thread.turn('[[scenario:hang]] wait');
    world.proxy.cut();
    await expect(turn.result).rejects.toThrow(/closed|dropped/);
    expect((await states).map((s) => s.status)).toEqual(['connected', 'closed']);
    expect(codex.isClosed).toBe(true);
  });

  test('close() while reconnecting ends at once: closed with no error, nothing pending', async () => {
    const codex = await connect();
    world.proxy.refuse(true);
    world.proxy.cut();
    await firstValueFrom(codex.connection$.pipe(filter((s) => s.status === 'reconnecting')));
    const waiting = codex.listThreads();
    await codex.close();
    await expect(waiting).rejects.toThrow(/closed/);
    const last = await lastValueFrom(codex.connection$);
    expect(last).toEqual({ status: 'closed', error: null });
  });
});
