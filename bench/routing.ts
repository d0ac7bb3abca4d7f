/**
 * Per-message cost of routing one busy turn's deltas while 1, 100 or 1000 other turns are live,
 * over an in-memory transport (no process): the keyed router should make the numbers flat.
 * Prints figures; asserts nothing.
 *
 *   npx tsx bench/routing.ts
 */
import { PassThrough } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { lastValueFrom } from 'rxjs';
import { Codex, StreamTransport } from '../lib/index.js';
import { ITEM_ID, serverId } from './support/ids.mjs';

const DELTAS = 50_000;

async function measure(liveTurns: number, validation: 'lenient' | 'off'): Promise<number> {
  const toClient = new PassThrough();
  const fromClient = new PassThrough();
  const send = (m: unknown) => toClient.write(JSON.stringify(m) + '\n');
  let turnCount = 0;
  let threadCount = 0;
  fromClient.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      const msg = JSON.parse(line);
      if (msg.id === undefined) continue;
      if (msg.method === 'initialize') send({ id: msg.id, result: { userAgent: 'bench/0.169.0', codexHome: '/', platformFamily: 'unix', platformOs: 'linux' } });
      if (msg.method === 'thread/start') send({ id: msg.id, result: { thread: { id: serverId('thread', threadCount++) } } });
      if (msg.method === 'turn/start') send({ id: msg.id, result: { turn: { id: serverId('turn', turnCount++), items: [], status: 'inProgress' } } });
    }
  });
  fromClient.on('end', () => toClient.end());
  const codex = await Codex.connect(new StreamTransport(fromClient, toClient, null), { validation });
  const threads = await Promise.all(Array.from({ length: liveTurns }, () => codex.startThread()));
  const turns = await Promise.all(threads.map((t) => t.turn('x')));
  const busy = turns[0]!;
  let received = 0;
  busy.textDeltas$.subscribe(() => received++);
  const payload = Array.from({ length: DELTAS }, () =>
    JSON.stringify({ method: 'item/agentMessage/delta', params: { threadId: busy.threadId, turnId: busy.id, itemId: ITEM_ID, delta: 'abc' } }),
  ).join('\n');
  const started = performance.now();
  toClient.write(payload + '\n');
  send({ method: 'turn/completed', params: { threadId: busy.threadId, turn: { id: busy.id, items: [], status: 'completed' } } });
  await lastValueFrom(busy.events$);
  const perMessageUs = ((performance.now() - started) * 1000) / DELTAS;
  if (received !== DELTAS) throw new Error(`lost deltas: ${received}/${DELTAS}`);
  await codex.close();
  return perMessageUs;
}

async function main() {
  console.log(`${DELTAS} deltas to one busy turn (in-memory transport), µs per message:`);
  for (const validation of ['off', 'lenient'] as const) {
    const row: string[] = [];
    for (const live of [1, 100, 1000]) {
      await measure(live, validation); // warm-up
      row.push(`${live} live: ${(await measure(live, validation)).toFixed(2)}`);
    }
    console.log(`  validation ${validation.padEnd(7)}  ${row.join('   ')}`);
  }
}

void main();
