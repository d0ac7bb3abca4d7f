import { filter, firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import { Codex, type ConnectionState, type ThreadItem } from '../../lib/index.js';
import { startRelayWorld, type RelayWorld } from '../support/relay-world.js';

jest.setTimeout(60_000);

const FAST = { initialDelayMs: 50, maxDelayMs: 300 };
const SLOW_TEXT = 'Slow stream of deltas from the fake server.';

describe('a Node client through a codex-rx relay, with a TCP proxy between them', () => {
  let world: RelayWorld;
  afterEach(() => world.dispose());

  const connect = () => Codex.connect({ url: world.url, token: world.full }, { reconnect: FAST, pingIntervalMs: 1000 });
  const until = (codex: Codex, match: (s: ConnectionState) => boolean) => firstValueFrom(codex.connection$.pipe(filter(match)));

  test('the link cut for 5 s mid-turn, relay alive: resumed without loss, one model request', async () => {
    world = await startRelayWorld();
    await using codex = await connect();
    const thread = await codex.startThread();
    const turn = await thread.turn('[[scenario:slow]] go');
    const deltas: string[] = [];
    turn.textDeltas$.subscribe((d) => deltas.push(d));
    const gaps = lastValueFrom(turn.gaps$.pipe(toArray()));
    const resumed = until(codex, (s) => s.status === 'connected' && s.resumed && s.attempt >= 1 && deltas.length > 0);
    await firstValueFrom(turn.textDeltas$);
    world.proxy.refuse(true);
    world.proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 5000));
    world.proxy.refuse(false);
    await resumed;
    const result = await turn.result;
    expect(result.finalResponse).toBe(SLOW_TEXT);
    expect(deltas.join('')).toBe(SLOW_TEXT);
    expect(await gaps).toEqual([]);
    expect(world.fake.requests.length).toBe(1);
    expect(world.events.filter((e) => e.type === 'resumed')).toHaveLength(1);
  });

  test('the relay restarted mid-turn: re-synchronised (resumed: false), every completed item once, the right result', async () => {
    world = await startRelayWorld();
    await using codex = await connect();
    const thread = await codex.startThread();
    const turn = await thread.turn('[[scenario:slow]] go');
    const items: ThreadItem[] = [];
    turn.items$.subscribe((i) => items.push(i));
    const back = until(codex, (s) => s.status === 'connected' && !s.resumed);
    await firstValueFrom(turn.textDeltas$);
    await world.restartRelay();
    await back;
    const result = await turn.result;
    expect(result.finalResponse).toBe(SLOW_TEXT);
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.items.map((i) => i.id)).toEqual(ids);
    expect(world.events).toContainEqual(expect.objectContaining({ type: 'resume-refused' }));
  });

  test('past the resume window the relay closes the upstream, and the client re-synchronises', async () => {
    world = await startRelayWorld({ limits: { resumeWindowMs: 300 } });
    await using codex = await connect();
    const thread = await codex.startThread();
    await thread.run('[[scenario:text]] first');
    world.proxy.refuse(true);
    world.proxy.cut();
    await new Promise<void>((resolve) => {
      const check = setInterval(() => world.events.some((e) => e.type === 'closed' && e.reason === 'resume-window-passed') && (clearInterval(check), resolve()), 20);
    });
    world.proxy.refuse(false);
    await until(codex, (s) => s.status === 'connected' && !s.resumed);
    expect((await thread.run('[[scenario:text]] again')).status).toBe('completed');
  });

  test('close() ends the session at once: nothing is parked, connections drop to 0', async () => {
    world = await startRelayWorld();
    const codex = await connect();
    expect(world.relay.connections).toBe(1);
    const closed = new Promise<void>((resolve) => {
      const check = setInterval(() => world.events.some((e) => e.type === 'closed') && (clearInterval(check), resolve()), 10);
    });
    await codex.close();
    await closed;
    expect(world.relay.connections).toBe(0);
    expect(world.relay.parked).toBe(0);
    expect(world.events.find((e) => e.type === 'closed')).toMatchObject({ reason: 'browser-closed' });
  });

  test('a wrong token through the relay: closed with ConnectionRefusedError after exactly one attempt', async () => {
    world = await startRelayWorld();
    await expect(Codex.connect({ url: world.url, token: 'not-the-token-not-the-token' }, { reconnect: FAST })).rejects.toMatchObject({ name: 'ConnectionRefusedError', status: 401 });
    expect(world.events.filter((e) => e.type === 'refused')).toHaveLength(1);
  });
});
