/**
 * The relay's limits and heartbeats against the real app-server: each ends a connection with its
 * typed reason (close code + reason string), and only that connection.
 */
import { connect, type Socket } from 'node:net';
import { startRelay, generateRelayToken, relayProtocols, RelayCloseReason, RELAY_CLOSE_CODES, type Relay, type RelayEvent, type RelayOptions } from '../../lib/relay/index.js';
import { startFakeResponsesServer, type FakeResponsesServer } from '../../lib/testing/fake-responses-server.js';
import { createHermeticHome, mockProviderConfig, writeCodexConfig, type HermeticHome } from '../../lib/testing/hermetic.js';
import { startListeningAppServer, type ListeningAppServer } from '../support/app-server-listener.js';
import { HttpRefusal, WsJsonRpc } from '../support/ws-json-rpc.js';

const ORIGIN = 'http://127.0.0.1:8765';
const TOKEN = generateRelayToken();
/**
 * Heartbeat period of the ping specs. A live peer must answer within one period, so it is long
 * enough that a busy jest worker (two cores, tsc and Chromium in parallel) still answers in time.
 */
const PING_MS = 250;

let home: HermeticHome;
let fake: FakeResponsesServer;
let server: ListeningAppServer;
const relays: Relay[] = [];

/**
 * A relay whose events are recorded; `eventsMatching(n, match)` resolves once `n` events match,
 * `closedWith(reason)` once a connection ends so.
 */
async function relayWith(limits: RelayOptions['limits'], upstream: RelayOptions['upstream'] = server.endpoint) {
  const events: RelayEvent[] = [];
  const waiters = new Set<() => void>();
  const relay = await startRelay({
    upstream,
    allowedOrigins: [ORIGIN],
    tokens: { [TOKEN]: 'full' },
    limits,
    onEvent: (e) => {
      events.push(e);
      waiters.forEach((check) => check());
    },
  });
  relays.push(relay);
  const eventsMatching = (n: number, match: (e: RelayEvent) => boolean) =>
    new Promise<RelayEvent[]>((resolve) => {
      const check = () => {
        const found = events.filter(match);
        if (found.length < n) return;
        waiters.delete(check);
        resolve(found);
      };
      waiters.add(check);
      check();
    });
  const closedWith = (reason: string) => eventsMatching(1, (e) => e.type === 'closed' && e.reason === reason).then(() => undefined);
  return { relay, events, eventsMatching, closedWith };
}

/** The start of an upgrade request, without the blank line that ends its headers (and without a token). */
const UNFINISHED_UPGRADE = `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: ${ORIGIN}\r\n`;

/** A raw TCP client of the relay that sends `text` and stops; `answer` resolves with all it got once the relay closes it. */
function rawClient(url: string, text: string): Promise<{ socket: Socket; answer: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1', () => {
      socket.off('error', reject);
      socket.write(text);
      resolve({ socket, answer });
    });
    let got = '';
    socket.on('data', (d) => (got += d));
    const answer = new Promise<string>((done) => socket.on('close', () => done(got)));
    socket.once('error', reject);
  });
}
const statusLine = (answer: string) => answer.split('\r\n')[0];

const open = (url: string, ws: import('ws').ClientOptions = {}) => WsJsonRpc.open(url, { origin: ORIGIN, protocols: relayProtocols(TOKEN), ws });

beforeAll(async () => {
  home = await createHermeticHome();
  fake = await startFakeResponsesServer();
  await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
  server = await startListeningAppServer(home, 'ws');
});

afterAll(async () => {
  await Promise.all(relays.map((r) => r.close()));
  await server?.stop();
  await fake?.close();
  await home?.dispose();
});

test('the close codes are the ones documented', () => {
  expect(RELAY_CLOSE_CODES[RelayCloseReason.MessageTooBig]).toBe(1009);
  expect(RELAY_CLOSE_CODES[RelayCloseReason.SlowConsumer]).toBe(1008);
  expect(RELAY_CLOSE_CODES[RelayCloseReason.TooManyConnections]).toBe(1013);
});

test('a message over maxMessageBytes closes that browser with 1009 message-too-big; others go on', async () => {
  const { relay, closedWith } = await relayWith({ maxMessageBytes: 4096 });
  const [big, other] = await Promise.all([open(relay.url), open(relay.url)]);
  await big.initialize();
  await other.initialize();
  big.send({ id: 99, method: 'thread/list', params: { cursor: 'x'.repeat(5000) } });
  expect(await big.closed).toEqual({ code: 1009, reason: 'message-too-big' });
  await closedWith('message-too-big');
  expect((await other.request('thread/list', {})).result).toBeDefined();
  await other.close();
});

test("a message above app-server's 16 MiB frame limit goes up in fragments and is answered", async () => {
  const { relay } = await relayWith({ maxMessageBytes: 32 * 1024 * 1024 });
  const client = await open(relay.url);
  await client.initialize();
  // One 20 MiB text frame straight to app-server would drop the connection (TRANSPORTS.md §1.5).
  const answer = await client.request('thread/list', { cursor: 'x'.repeat(20 * 1024 * 1024) });
  expect(answer.error ?? answer.result).toBeDefined();
  expect((await client.request('thread/list', {})).result).toBeDefined();
  await client.close();
});

test('a browser that stops reading is dropped past maxBufferedBytes with 1008 slow-consumer', async () => {
  const { relay, closedWith } = await relayWith({ maxBufferedBytes: 256 * 1024 });
  const client = await open(relay.url);
  await client.initialize();
  const thread = await client.request('thread/start', { cwd: home.work });
  // About 15 MB of deltas: more than the kernel's loopback buffers hold for a reader that stopped.
  fake.enqueue({ type: 'text', deltas: Array.from({ length: 40_000 }, (_, i) => `delta ${i} `.padEnd(120, '.')) });
  client.socket.pause();
  client.send({ id: 2, method: 'turn/start', params: { threadId: thread.result.thread.id, input: [{ type: 'text', text: 'flood', text_elements: [] }] } });
  await closedWith('slow-consumer');
  client.socket.resume();
  expect(await client.closed).toEqual({ code: 1008, reason: 'slow-consumer' });
  expect(relay.connections).toBe(0);
});

test('past maxConnections a browser is upgraded and closed with 1013 too-many-connections', async () => {
  const { relay, closedWith } = await relayWith({ maxConnections: 2 });
  const first = await open(relay.url);
  const second = await open(relay.url);
  const third = await open(relay.url);
  expect(await third.closed).toEqual({ code: 1013, reason: 'too-many-connections' });
  await first.close();
  await closedWith('browser-closed');
  const fourth = await open(relay.url);
  expect((await fourth.initialize()).result).toBeDefined();
  await Promise.all([second.close(), fourth.close()]);
});

test('a binary frame closes with 1003 binary-frame', async () => {
  const { relay } = await relayWith({});
  const client = await open(relay.url);
  client.socket.send(Buffer.from('{"id":1,"method":"initialize"}'), { binary: true });
  expect(await client.closed).toEqual({ code: 1003, reason: 'binary-frame' });
});

test('both sides are pinged; a browser that never pongs is dropped (ping-timeout), one that does stays', async () => {
  const { relay, closedWith } = await relayWith({ pingIntervalMs: PING_MS });
  const live = await open(relay.url);
  const deaf = await open(relay.url, { autoPong: false });
  await live.initialize();
  let pings = 0;
  const threePings = new Promise<void>((resolve) => live.socket.on('ping', () => ++pings === 3 && resolve()));
  expect((await deaf.closed).code).toBe(1006);
  await closedWith('ping-timeout');
  await threePings;
  // Three heartbeats later the upstream side has answered every ping: the connection still works.
  expect((await live.request('thread/list', {})).result).toBeDefined();
  await live.close();
});

test('an app-server that stops answering pings closes its browsers with 1011 upstream-unresponsive', async () => {
  await using frozenHome = await createHermeticHome();
  await writeCodexConfig(frozenHome, mockProviderConfig({ baseUrl: fake.baseUrl }));
  const frozen = await startListeningAppServer(frozenHome, 'ws');
  try {
    const { relay } = await relayWith({ pingIntervalMs: PING_MS }, frozen.endpoint);
    const client = await open(relay.url);
    await client.initialize();
    process.kill(frozen.pid, 'SIGSTOP');
    expect(await client.closed).toEqual({ code: 1011, reason: 'upstream-unresponsive' });
  } finally {
    process.kill(frozen.pid, 'SIGCONT');
    await frozen.stop();
  }
});

test('app-server going away closes its browsers with 1001 upstream-closed', async () => {
  await using goneHome = await createHermeticHome();
  await writeCodexConfig(goneHome, mockProviderConfig({ baseUrl: fake.baseUrl }));
  const gone = await startListeningAppServer(goneHome, 'ws');
  const { relay } = await relayWith({}, gone.endpoint);
  const client = await open(relay.url);
  await client.initialize();
  await gone.stop();
  expect(await client.closed).toEqual({ code: 1001, reason: 'upstream-closed' });
  expect(await open(relay.url).then(() => 'open', (e) => (e instanceof HttpRefusal ? e.status : e))).toBe(502);
});

test('relay.close() closes every browser with 1001 relay-closing and stops listening', async () => {
  const { relay } = await relayWith({});
  const client = await open(relay.url);
  await client.initialize();
  await relay.close();
  expect(await client.closed).toEqual({ code: 1001, reason: 'relay-closing' });
  await expect(open(relay.url)).rejects.toThrow('ECONNREFUSED');
});

test('past maxUpgradesInProgress a new socket is answered 503 and dropped at once; once the held ones are done a client connects', async () => {
  const { relay, events } = await relayWith({ maxUpgradesInProgress: 3 });
  const held = [];
  for (let i = 0; i < 3; i++) held.push(await rawClient(relay.url, UNFINISHED_UPGRADE));
  const extra = await rawClient(relay.url, UNFINISHED_UPGRADE);
  expect(statusLine(await extra.answer)).toBe('HTTP/1.1 503 Service Unavailable');
  expect(events).toEqual([{ type: 'refused', status: 503, why: 'too many upgrades in progress', origin: undefined }]);
  // The bound holds for everyone while they are held.
  expect(await open(relay.url).then(() => 'open', (e) => (e instanceof HttpRefusal ? e.status : e))).toBe(503);
  // The held sockets finish their requests (no token: 401), and their places are free again.
  held.forEach((h) => h.socket.write('\r\n'));
  for (const h of held) expect(statusLine(await h.answer)).toBe('HTTP/1.1 401 Unauthorized');
  const client = await open(relay.url);
  expect((await client.initialize()).result).toBeDefined();
  await client.close();
});

test('a socket that does not send its headers within headersTimeoutMs is answered 408 and dropped, with a timeout event', async () => {
  const { relay, eventsMatching } = await relayWith({ headersTimeoutMs: 200, maxUpgradesInProgress: 2 });
  const slow = await rawClient(relay.url, UNFINISHED_UPGRADE);
  const silent = await rawClient(relay.url, '');
  expect(await eventsMatching(2, (e) => e.type === 'timeout')).toEqual([
    { type: 'timeout', stage: 'headers', afterMs: 200 },
    { type: 'timeout', stage: 'headers', afterMs: 200 },
  ]);
  expect(statusLine(await slow.answer)).toBe('HTTP/1.1 408 Request Timeout');
  expect(statusLine(await silent.answer)).toBe('HTTP/1.1 408 Request Timeout');
  // Their places are free: a client connects.
  const client = await open(relay.url);
  expect((await client.initialize()).result).toBeDefined();
  await client.close();
});

test('limits are checked at start', async () => {
  await expect(startRelay({ upstream: server.endpoint, allowedOrigins: [ORIGIN], tokens: { [TOKEN]: 'full' }, limits: { headersTimeoutMs: 0 } })).rejects.toThrow('limits.headersTimeoutMs must be a positive number');
  await expect(startRelay({ upstream: server.endpoint, allowedOrigins: [ORIGIN], tokens: { [TOKEN]: 'full' }, limits: { maxUpgradesInProgress: -1 } })).rejects.toThrow('limits.maxUpgradesInProgress must be a positive number');
});
