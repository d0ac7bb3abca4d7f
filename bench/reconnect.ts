/**
 * Reconnection figures, through a real relay to a real app-server (fake model), with a TCP proxy
 * between the client and the relay. Prints the figures; asserts nothing.
 *
 * 1. Re-synchronising: one client holds `--threads` threads, each with a live turn; the relay is
 *    restarted on the same port; the time until `connected` (every thread resumed and its turns
 *    reconciled: the client reports `connected` only then), and the part of it after the backoff.
 * 2. Resuming: the link is cut for `--cut` ms mid-turn (the relay stays up); the time from the
 *    link coming back to `connected` with `resumed: true`, and the frames and bytes replayed.
 *
 *   npm run bench:reconnect
 *   npm run bench:reconnect -- --threads 50 --cut 5000
 */
import { performance } from 'node:perf_hooks';
import { filter, firstValueFrom } from 'rxjs';
import { Codex, type ConnectionState } from '../lib/index.js';
import { startRelayWorld } from '../spec/support/relay-world.js';
import { arg } from './support/args.js';

const THREADS = arg('threads', 50);
const CUT_MS = arg('cut', 5000);
const RECONNECT = { initialDelayMs: 50, maxDelayMs: 500 };
const ms = (t: number) => `${t.toFixed(0)} ms`;
const until = (codex: Codex, match: (s: ConnectionState) => boolean) => firstValueFrom(codex.connection$.pipe(filter(match)));

const world = await startRelayWorld({ limits: { maxConnections: 256 } });
try {
  const codex = await Codex.connect({ url: world.url, token: world.full }, { reconnect: RECONNECT });
  // Threads get a first turn (a rollout), then a long live turn each.
  const threads = await Promise.all(Array.from({ length: THREADS }, () => codex.startThread()));
  await Promise.all(threads.map((t) => t.run('[[scenario:text]] warm up')));
  const deltas = Array.from({ length: 200 }, (_, i) => `d${i} `);
  for (let i = 0; i < THREADS; i++) world.fake.enqueue({ type: 'text', deltas, delayMs: 200 });
  const turns = await Promise.all(threads.map((t) => t.turn('stream for a while')));
  await Promise.all(turns.map((t) => firstValueFrom(t.textDeltas$)));

  // 1. Relay restart: nothing to resume; every thread is re-synchronised.
  let connecting = 0;
  const sub = codex.connection$.subscribe((s) => s.status === 'connecting' && (connecting = performance.now()));
  const t0 = performance.now();
  const back = until(codex, (s) => s.status === 'connected' && !s.resumed);
  await world.restartRelay();
  await back;
  const t1 = performance.now();
  sub.unsubscribe();
  console.log(`relay restarted with ${THREADS} threads, each with a live turn:`);
  console.log(`  until every thread is re-synchronised: ${ms(t1 - t0)} (after the backoff: ${ms(t1 - connecting)})`);

  // 2. A cut within the resume window: everything missed is replayed.
  const resumedBefore = world.events.filter((e) => e.type === 'resumed').length;
  world.proxy.refuse(true);
  world.proxy.cut();
  await new Promise((resolve) => setTimeout(resolve, CUT_MS));
  const resumed = until(codex, (s) => s.status === 'connected' && s.resumed);
  const t2 = performance.now();
  world.proxy.refuse(false);
  await resumed;
  const t3 = performance.now();
  const replays = world.events.filter((e) => e.type === 'resumed').slice(resumedBefore) as { replayed: number; bytes: number }[];
  const frames = replays.reduce((n, e) => n + e.replayed, 0);
  const bytes = replays.reduce((n, e) => n + e.bytes, 0);
  console.log(`link cut for ${CUT_MS} ms with ${THREADS} live turns (relay up):`);
  console.log(`  from the link coming back to resumed: ${ms(t3 - t2)}; replayed ${frames} frames, ${(bytes / 1024).toFixed(1)} KiB`);
  const results = await Promise.all(turns.map((t) => t.result));
  console.log(`  turns completed: ${results.filter((r) => r.status === 'completed').length}/${THREADS}, gaps: ${turns.filter((t) => t.isDone).length && (await Promise.all(turns.map((t) => firstValueFrom(t.gaps$, { defaultValue: null })))).filter(Boolean).length}`);
  await codex.close();
} finally {
  await world.dispose();
}
