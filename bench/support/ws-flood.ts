/**
 * The ws side of the floods (bench/flood.ts, bench/relay.ts): the scripted flood server in a
 * child process (ws-flood-server.mjs), sockets to it straight or through the relay (as a page
 * connects: Origin, token subprotocol), and the raw reader (`ws` + `JSON.parse`).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { relayProtocols } from '../../lib/relay/index.js';
import { RELAY_ORIGIN } from './relay-child.js';
import { timed, type Timing } from './timing.js';

/**
 * The frames of a flood of `messages` deltas in agent messages of `itemDeltas` (see
 * flood-messages.mjs): the deltas, an `item/started` per message, an `item/completed` per whole one.
 */
export const floodFrames = (messages: number, itemDeltas: number): number =>
  itemDeltas > 0 ? messages + Math.ceil(messages / itemDeltas) + Math.floor(messages / itemDeltas) : messages;

/** Where a warm-up's agent messages are numbered from: other messages than the timed flood's (numbered from 0). */
export const WARM_ITEMS = 1 << 22;

/** A reader of floods, one at a time. */
export interface Session {
  /** One flood, resolved when the reader saw every message. */
  flood(): Promise<Timing>;
  close(): Promise<void>;
}

const SERVER = fileURLToPath(new URL('./ws-flood-server.mjs', import.meta.url));

/** The flood server in a child process; `child.kill()` stops it. */
export async function startWsServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(SERVER, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve) => child.once('message', (m) => resolve(String(m))));
  return { url, child };
}

/** Opens a socket to the flood server, straight or through the relay. */
export type Opener = () => Promise<WebSocket>;
export const opener =
  (url: string, relay?: { token: string }): Opener =>
  async () => {
    const socket = relay
      ? new WebSocket(url, relayProtocols(relay.token), { origin: RELAY_ORIGIN, perMessageDeflate: false })
      : new WebSocket(url, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return socket;
  };

/**
 * The raw reader: asks the server for `messages` deltas (in agent messages of `itemDeltas`) and
 * `JSON.parse`s every frame until it has them all; first, untimed, `warm` deltas of other messages.
 */
export async function rawWs(open: Opener, messages: number, itemDeltas: number, warm = 0): Promise<Session> {
  const socket = await open();
  let n = 0;
  let chars = 0;
  let target = 0;
  let resolve = () => {};
  socket.on('message', (data) => {
    const msg = JSON.parse(data.toString());
    if (msg.method !== 'item/agentMessage/delta') return;
    chars += msg.params.delta.length;
    if (++n === target) resolve();
  });
  const targets = [{ threadId: 'raw', turnId: 'raw' }];
  const read = (count: number, firstItem: number) => {
    n = 0;
    target = count;
    const done = new Promise<void>((r) => (resolve = r));
    socket.send(JSON.stringify({ jsonrpc: '2.0', method: 'bench/flood', params: { targets, count, itemDeltas, firstItem } }));
    return done;
  };
  return {
    flood: async () => {
      const t = await timed(() => read(messages, 0), warm > 0 ? () => read(warm, WARM_ITEMS) : undefined);
      if (chars === 0) throw new Error('raw reader read nothing');
      return t;
    },
    close: async () => {
      socket.close();
    },
  };
}
