import { firstValueFrom, filter } from 'rxjs';
import { Codex, type ThreadItem } from '../../lib/index.js';
import { exposeGc } from '../support/gc.js';
import { startRelayWorld, type RelayWorld } from '../support/relay-world.js';

const CUTS = 200;
const EVERY_MS = 500;
const TURNS = 5;
/** Long enough that the turns stream through every cut: 420 deltas, 250 ms apart. */
const DELTAS = Array.from({ length: 420 }, (_, i) => `d${i} `);

jest.setTimeout(240_000);

test(`churn: ${CUTS} cuts, one every ${EVERY_MS} ms, while ${TURNS} turns stream: every delta and item once, heap flat, nothing left at the relay`, async () => {
  const world: RelayWorld = await startRelayWorld();
  const gc = exposeGc();
  const heap = () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  try {
    const codex = await Codex.connect({ url: world.url, token: world.full }, { reconnect: { initialDelayMs: 20, maxDelayMs: 200 }, pingIntervalMs: 2000 });
    const threads = await Promise.all(Array.from({ length: TURNS }, () => codex.startThread()));
    for (let i = 0; i < TURNS; i++) world.fake.enqueue({ type: 'text', deltas: DELTAS, delayMs: 250 });
    const turns = await Promise.all(threads.map((t) => t.turn('stream for a long time')));
    const seen = turns.map((turn) => {
      const deltas: string[] = [];
      const items: ThreadItem[] = [];
      turn.textDeltas$.subscribe((d) => deltas.push(d));
      turn.items$.subscribe((i) => items.push(i));
      return { deltas, items };
    });
    await Promise.all(turns.map((t) => firstValueFrom(t.textDeltas$)));
    let before = 0;
    for (let cut = 1; cut <= CUTS; cut++) {
      await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
      world.proxy.cut();
      if (cut === 50) before = heap();
    }
    const after = heap();
    const results = await Promise.all(turns.map((t) => t.result));
    expect(world.events.filter((e) => e.type === 'resumed').length).toBeGreaterThan(CUTS / 2);
    for (const [i, result] of results.entries()) {
      expect(result.status).toBe('completed');
      expect(seen[i]!.deltas.join('')).toBe(DELTAS.join(''));
      const ids = seen[i]!.items.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(result.finalResponse).toBe(DELTAS.join(''));
    }
    expect(after - before).toBeLessThan(8 * 1024 * 1024);
    await codex.close();
    await firstValueFrom(codex.connection$.pipe(filter((s) => s.status === 'closed')));
    await new Promise<void>((resolve) => {
      const check = setInterval(() => world.relay.connections + world.relay.parked === 0 && (clearInterval(check), resolve()), 20);
    });
    expect(world.proxy.connections).toBe(0);
  } finally {
    await world.dispose();
  }
});
