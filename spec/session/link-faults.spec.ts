import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { filter, firstValueFrom } from 'rxjs';
import { Codex } from '../../lib/index.js';
import { startReconnectWorld, type ReconnectWorld } from '../support/reconnect-world.js';

/** How long the faults last: what the issue asks of a client that lives for days. */
const OUTAGE_MS = 40_000;
const PING_MS = 1500;

jest.setTimeout(120_000);

describe('long link faults (real app-server behind a TCP proxy)', () => {
  let world: ReconnectWorld;
  beforeEach(async () => {
    world = await startReconnectWorld();
  });
  afterEach(() => world.dispose());

  test('a black-holed link (no FIN, no packets) is noticed within two ping intervals, and the client recovers when it heals', async () => {
    await using codex = await Codex.connect({ url: world.url, token: world.token }, { reconnect: { initialDelayMs: 100, maxDelayMs: 2000 }, pingIntervalMs: PING_MS });
    const thread = await codex.startThread();
    const noticed = firstValueFrom(codex.connection$.pipe(filter((s) => s.status === 'reconnecting')));
    const holedAt = Date.now();
    world.proxy.blackhole(true);
    await noticed;
    const noticedAfter = Date.now() - holedAt;
    // The bound the option promises (two intervals), plus scheduling slack on a loaded machine.
    expect(noticedAfter).toBeLessThan(2 * PING_MS + 1000);
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS - noticedAfter));
    world.proxy.blackhole(false);
    world.proxy.cut();
    await firstValueFrom(codex.connection$.pipe(filter((s) => s.status === 'connected')));
    expect((await thread.run('[[scenario:text]] after the outage')).finalResponse).toBe('Hello from the fake Responses server!');
  });

  test('sleep: a client SIGSTOPped for 40 s mid-turn comes back with every item once and the right result', async () => {
    const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
    const child = spawn(tsx, [join(__dirname, '..', 'support', 'sleepy-client.ts')], {
      env: { ...process.env, CODEX_RX_URL: world.url, CODEX_RX_TOKEN: world.token },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const events: Record<string, unknown>[] = [];
    const waiters: { test: (e: Record<string, unknown>) => boolean; resolve: () => void }[] = [];
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const event = JSON.parse(line) as Record<string, unknown>;
      events.push(event);
      for (const w of [...waiters]) if (w.test(event)) w.resolve();
    });
    const until = (test: (e: Record<string, unknown>) => boolean) => new Promise<void>((resolve) => (events.some(test) ? resolve() : waiters.push({ test, resolve })));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await until((e) => e.type === 'delta');
    child.kill('SIGSTOP');
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    child.kill('SIGCONT');
    await until((e) => e.type === 'result' || e.type === 'error');
    expect(await exited).toBe(0);
    const result = events.find((e) => e.type === 'result')!;
    expect(result).toMatchObject({ status: 'completed', finalResponse: 'Slow stream of deltas from the fake server.' });
    const items = events.filter((e) => e.type === 'item').map((e) => e.id);
    expect(new Set(items).size).toBe(items.length);
    expect(items).toEqual(result.items);
    expect(world.fake.requests.length).toBe(1);
  });
});
