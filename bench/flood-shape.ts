/**
 * One or more stdio flood shapes of bench/flood.ts, interleaved round by round, for A/B runs and
 * profiles on a loaded machine: `raw` (readline + JSON.parse, the same bytes as `1`), `1` (one
 * live turn gets every delta) and `rr` (delta i to turn i mod `--live`). Each codex-rx run is a
 * fresh client and every timed run starts from a collected heap, as in bench/flood.ts. Prints each
 * run's CPU µs per delta, min and median, and the medians of the per-round ratios (runs of one
 * round share the machine's conditions, which drift between rounds).
 *
 *   npx tsx --expose-gc bench/flood-shape.ts --shape raw,1,rr --runs 9
 *   npx tsx --expose-gc bench/flood-shape.ts --shape 1 --profile /tmp/p   # a CPU profile of each timed flood only
 *
 * `--keep`: one subscriber callback for every run and a parsed message of each shape kept alive.
 * Then the collection before a run no longer takes the previous client's message shapes (maps)
 * and callback with it, which deoptimises the code that was specialised on them: what is left is
 * the steady state of a long-lived client.
 */
import { writeFileSync } from 'node:fs';
import { Session as Inspector } from 'node:inspector/promises';
import { Codex, StreamTransport, type TurnHandle } from '../lib/index.js';
import { arg, strArg } from './support/args.js';
import { floodChunks, rawRead, RAW_TARGET, scriptedPeer } from './support/stdio-flood.js';
import { collect, cpuMs } from './support/timing.js';

const MESSAGES = arg('messages', 200_000);
const RUNS = arg('runs', 7);
const LIVE = arg('live', 1000);
const ITEM = arg('item', 100);
const SHAPES = strArg('shape', 'raw,1,rr').split(',');
const VALIDATION = strArg('validation', 'lenient') as 'lenient' | 'off';
const KEEP = process.argv.includes('--keep');
const PROFILE = strArg('profile', '');

const inspector = PROFILE ? new Inspector() : null;
if (inspector) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.setSamplingInterval', { interval: 100 });
}

const kept: unknown[] = [];
const count = { n: 0, chars: 0, done: () => {} };
const keptObserver = {
  next: (d: string) => {
    count.chars += d.length;
    if (++count.n === MESSAGES) count.done();
  },
  error: () => {},
};

/** One codex-rx flood on a fresh client with `live` turns: the CPU ms of the flood alone. */
async function rx(live: number, profile: string): Promise<number> {
  const { transport, toClient } = scriptedPeer(StreamTransport);
  const codex = await Codex.connect(transport, { validation: VALIDATION });
  const threads = [];
  for (let i = 0; i < live; i++) threads.push(await codex.startThread());
  const turns: TurnHandle[] = [];
  for (const t of threads) turns.push(await t.turn('x'));
  const data = floodChunks(
    turns.map((t) => ({ threadId: t.threadId, turnId: t.id })),
    MESSAGES,
    ITEM,
  );
  if (KEEP && kept.length === 0) for (const line of data[0]!.toString().split('\n').slice(0, 300)) if (line.endsWith('}')) kept.push(JSON.parse(line));
  const done = new Promise<void>((resolve) => (count.done = resolve));
  count.n = 0;
  count.chars = 0;
  // Without --keep, a callback of its own per run, as bench/flood.ts does.
  for (const t of turns) t.textDeltas$.subscribe(KEEP ? keptObserver : { next: keptObserver.next, error: () => {} });
  collect();
  if (profile) await inspector!.post('Profiler.start');
  const c0 = cpuMs();
  for (const c of data) toClient.write(c);
  await done;
  const cpu = cpuMs() - c0;
  if (profile) writeFileSync(`${PROFILE}-${profile}.cpuprofile`, JSON.stringify((await inspector!.post('Profiler.stop')).profile));
  await codex.close();
  if (count.chars === 0) throw new Error('nothing read');
  return cpu;
}

const rawData = floodChunks([RAW_TARGET], MESSAGES, ITEM);
const run = async (shape: string, profile = ''): Promise<number> => {
  if (shape !== 'raw') return rx(shape === 'rr' ? LIVE : 1, profile);
  if (profile) await inspector!.post('Profiler.start');
  const { cpu } = await rawRead(rawData, MESSAGES);
  if (profile) writeFileSync(`${PROFILE}-${profile}.cpuprofile`, JSON.stringify((await inspector!.post('Profiler.stop')).profile));
  return cpu;
};
const us = (ms: number) => ((ms * 1000) / MESSAGES).toFixed(3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const results = new Map<string, number[]>(SHAPES.map((s) => [s, []]));
for (const s of SHAPES) await run(s); // warm-up
for (let r = 0; r < RUNS; r++) for (const s of r % 2 ? [...SHAPES].reverse() : SHAPES) results.get(s)!.push(await run(s, PROFILE ? `${s}-${r}` : ''));
console.log(`${MESSAGES} deltas, --item ${ITEM}, validation ${VALIDATION}${KEEP ? ', --keep' : ''}: CPU µs per delta`);
for (const [s, xs] of results) console.log(`  ${s.padEnd(4)} min ${us(Math.min(...xs))}  median ${us(median(xs))}   runs ${xs.map(us).join(' ')}`);
const perRound = (a: string, b: string) => median(results.get(a)!.map((x, i) => x / results.get(b)![i]!)).toFixed(3);
if (results.has('raw') && results.has('1')) console.log(`  1 live vs raw (throughput, CPU): ${perRound('raw', '1')}× (median of per-round ratios)`);
if (results.has('rr') && results.has('1')) console.log(`  round-robin vs 1 live (CPU): ${perRound('rr', '1')}× (median of per-round ratios)`);
