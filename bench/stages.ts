/**
 * Where a flood's time goes, layer by layer: the same 200 000 `item/agentMessage/delta` lines
 * through the raw reader (readline + JSON.parse), the LineDecoder, the decoder + JSON.parse, a
 * Connection over a StreamTransport (validation off and lenient, no subscribers), zod alone, and a
 * whole Codex client with one live turn and a `textDeltas$` subscriber (with the default replay
 * windows, and with windows of 4). Minimum and median of 9 runs, µs of CPU per message, so a busy
 * machine disturbs it less. Prints figures; asserts nothing.
 *
 *   npx tsx bench/stages.ts
 */
import { PassThrough } from 'node:stream';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { Codex, StreamTransport } from '../lib/index.js';
import { SERVER_NOTIFICATION_SCHEMAS } from '../lib/generated/methods.js';
import { defineProtocolSchemas, type ObjectFactory } from '../lib/generated/schemas.js';
import { LineDecoder } from '../lib/process/line-decoder.js';
import { Connection, type ValidationMode } from '../lib/rpc/connection.js';
import { ITEM_ID, serverId } from './support/ids.mjs';

const N = 200_000;
const text =
  Array.from({ length: N }, (_, i) => JSON.stringify({ jsonrpc: '2.0', method: 'item/agentMessage/delta', params: { threadId: serverId('thread', 0), turnId: serverId('turn', 0), itemId: ITEM_ID, delta: `d${i % 10}` } })).join('\n') + '\n';
const buf = Buffer.from(text);
const chunks: Buffer[] = [];
for (let i = 0; i < buf.length; i += 65536) chunks.push(buf.subarray(i, i + 65536));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function stage(name: string, run: () => Promise<void> | void): Promise<void> {
  const xs: number[] = [];
  for (let r = 0; r < 9; r++) {
    const c = cpu();
    await run();
    xs.push(cpu() - c);
  }
  xs.sort((a, b) => a - b);
  console.log(`  ${name.padEnd(46)} min ${((xs[0]! * 1000) / N).toFixed(2)}   median ${((xs[4]! * 1000) / N).toFixed(2)}`);
}

/** A peer over two PassThroughs answering initialize, thread/start and turn/start. */
function peer(): { transport: StreamTransport; toClient: PassThrough } {
  const toClient = new PassThrough();
  const fromClient = new PassThrough();
  const send = (m: unknown) => toClient.write(JSON.stringify(m) + '\n');
  fromClient.on('end', () => toClient.end());
  fromClient.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      const msg = JSON.parse(line);
      if (msg.method === 'initialize') send({ id: msg.id, result: { userAgent: 'bench/0.169.0', codexHome: '/', platformFamily: 'unix', platformOs: 'linux' } });
      else if (msg.method === 'thread/start') send({ id: msg.id, result: { thread: { id: serverId('thread', 0) } } });
      else if (msg.method === 'turn/start') send({ id: msg.id, result: { turn: { id: serverId('turn', 0), items: [], status: 'inProgress', error: null, startedAt: null, completedAt: null, durationMs: null } } });
    }
  });
  return { transport: new StreamTransport(fromClient, toClient, null), toClient };
}

async function main() {
  console.log(`${N} item/agentMessage/delta lines, µs of CPU per message (9 runs):`);
  await stage('readline + JSON.parse (raw reader)', () => {
    return new Promise<void>((resolve) => {
      const input = new PassThrough();
      const rl = createInterface({ input, crlfDelay: Infinity });
      let n = 0;
      rl.on('line', (line) => {
        JSON.parse(line);
        if (++n === N) {
          rl.close();
          resolve();
        }
      });
      for (const c of chunks) input.write(c);
    });
  });
  await stage('LineDecoder', () => {
    const d = new LineDecoder({ line: () => {}, oversized() {}, invalid() {} });
    for (const c of chunks) d.push(c);
  });
  await stage('LineDecoder + JSON.parse', () => {
    const d = new LineDecoder({ line: (l) => JSON.parse(l), oversized() {}, invalid() {} });
    for (const c of chunks) d.push(c);
  });
  for (const validation of ['off', 'lenient'] as ValidationMode[]) {
    await stage(`StreamTransport + Connection, ${validation}`, () => {
      const to = new PassThrough();
      const from = new PassThrough();
      let n = 0;
      new Connection(new StreamTransport(from, to, null), { validation, onNotification: () => n++ });
      for (const c of chunks) to.write(c);
      if (n !== N) throw new Error(`lost messages: ${n}`);
    });
  }
  const schemas = defineProtocolSchemas(z.looseObject as ObjectFactory) as unknown as Record<string, z.ZodType>;
  const schema = schemas[SERVER_NOTIFICATION_SCHEMAS['item/agentMessage/delta']]!;
  const params = text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).params);
  await stage('zod safeParse alone (lenient)', () => {
    for (const p of params) schema.safeParse(p);
  });
  for (const validation of ['off', 'lenient'] as ValidationMode[]) {
    for (const windows of [null, 4]) {
      const clients: { codex: Codex; toClient: PassThrough; count: () => number }[] = [];
      for (let r = 0; r < 9; r++) {
        const { transport, toClient } = peer();
        const codex = await Codex.connect(transport, { validation, ...(windows ? { turnReplayLimit: windows, threadReplayLimit: windows } : {}) });
        const turn = await (await codex.startThread()).turn('x');
        let n = 0;
        turn.textDeltas$.subscribe({ next: () => n++, error: () => {} });
        clients.push({ codex, toClient, count: () => n });
      }
      let i = 0;
      await stage(`Codex, 1 live turn, ${validation}, ${windows ? `windows of ${windows}` : 'default windows'}`, () => {
        const { toClient, count } = clients[i++]!;
        for (const c of chunks) toClient.write(c);
        if (count() !== N) throw new Error(`lost deltas: ${count()}`);
      });
      for (const c of clients) await c.codex.close();
    }
  }
}

void main();
