// The stdio flood of bench/flood.ts and bench/flood-shape.ts: the bytes, a scripted app-server,
// the raw reader, and CPU time.
import { PassThrough } from 'node:stream';
import { createInterface } from 'node:readline';
import type { StreamTransport } from '../../lib/index.js';
import { floodMessages } from './flood-messages.mjs';
import { serverId } from './ids.mjs';
import { timed, type Timing } from './timing.js';

export interface Target {
  threadId: string;
  turnId: string;
}

/**
 * The raw reader's target: the ids of a fresh client's first thread and turn (the scripted peer
 * and the flood server number them from 0), so it reads the very bytes of the 1 live flood.
 */
export const RAW_TARGET: Target = { threadId: serverId('thread', 0), turnId: serverId('turn', 0) };

const CHUNK = 64 * 1024;

/**
 * `messages` deltas to `targets` (see floodMessages) as 64 KiB chunks of newline-terminated
 * lines, as a pipe delivers them. Made once per set of targets (a fresh client gets the same ids
 * again): building it makes tens of MB of garbage, which a later timed run would otherwise collect.
 */
const made = new Map<string, Buffer[]>();
export function floodChunks(targets: Target[], messages: number, itemDeltas: number, firstItem = 0): Buffer[] {
  const key = `${messages} ${itemDeltas} ${firstItem} ${targets.length} ${targets[0]!.turnId} ${targets.at(-1)!.turnId}`;
  let out = made.get(key);
  if (!out) {
    const lines: string[] = [];
    for (const m of floodMessages(targets, messages, itemDeltas, firstItem)) lines.push(JSON.stringify(m));
    const buf = Buffer.from(lines.join('\n') + '\n');
    out = [];
    for (let i = 0; i < buf.length; i += CHUNK) out.push(buf.subarray(i, i + CHUNK));
    made.set(key, out);
  }
  return out;
}

/** A flood to read first, untimed, on the same reader: its deltas (other messages than the timed flood's) and how many. */
export interface WarmUp {
  data: Buffer[];
  messages: number;
}

/**
 * readline + JSON.parse over `data`, as a minimal client reads: resolves when it read `messages`
 * deltas, with the time it took (after a collection, and after `warm` on the same reader).
 */
export async function rawRead(data: Buffer[], messages: number, warm: WarmUp | null = null): Promise<Timing> {
  const input = new PassThrough();
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let chars = 0;
  let target = 0;
  let resolve = () => {};
  rl.on('line', (line) => {
    const msg = JSON.parse(line);
    if (msg.method !== 'item/agentMessage/delta') return;
    chars += msg.params.delta.length;
    if (++n === target) resolve();
  });
  const read = (chunks: Buffer[], count: number) => {
    n = 0;
    target = count;
    const done = new Promise<void>((r) => (resolve = r));
    for (const c of chunks) input.write(c);
    return done;
  };
  const t = await timed(() => read(data, messages), warm ? () => read(warm.data, warm.messages) : undefined);
  rl.close();
  if (chars === 0) throw new Error('raw reader read nothing');
  return t;
}

/**
 * A scripted app-server over two PassThroughs that answers initialize, thread/start and turn/start,
 * for a client through `Transport` (the StreamTransport of the build the client comes from).
 */
export function scriptedPeer(Transport: typeof StreamTransport): { transport: StreamTransport; toClient: PassThrough } {
  const toClient = new PassThrough();
  const fromClient = new PassThrough();
  const send = (m: unknown) => toClient.write(JSON.stringify(m) + '\n');
  let turns = 0;
  let threads = 0;
  let partial = '';
  fromClient.on('data', (chunk: Buffer) => {
    partial += chunk.toString();
    let nl: number;
    while ((nl = partial.indexOf('\n')) !== -1) {
      const line = partial.slice(0, nl);
      partial = partial.slice(nl + 1);
      if (!line) continue;
      const msg = JSON.parse(line);
      if (msg.id === undefined) continue;
      if (msg.method === 'initialize') send({ id: msg.id, result: { userAgent: 'bench/0.169.0', codexHome: '/', platformFamily: 'unix', platformOs: 'linux' } });
      else if (msg.method === 'thread/start') send({ id: msg.id, result: { thread: { id: serverId('thread', threads++) } } });
      else if (msg.method === 'turn/start') send({ id: msg.id, result: { turn: { id: serverId('turn', turns++), items: [], status: 'inProgress', error: null, startedAt: null, completedAt: null, durationMs: null } } });
      else send({ id: msg.id, error: { code: -32601, message: 'no' } });
    }
  });
  fromClient.on('end', () => toClient.end());
  return { transport: new Transport(fromClient, toClient, null), toClient };
}
