/**
 * codex-rx/relay against the real app-server (ws with a capability token, and unix), with node
 * `ws` clients speaking JSON-RPC by hand. Loopback only; the model is the fake Responses server.
 */
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { startRelay, generateRelayToken, relayProtocols, RelayCloseReason, RELAY_CLOSE_CODES, RELAY_FORBIDDEN_CODE, type Relay, type RelayEvent, type RelayOptions } from '../../lib/relay/index.js';
import { startFakeResponsesServer, type FakeResponsesServer } from '../../lib/testing/fake-responses-server.js';
import { createHermeticHome, mockProviderConfig, writeCodexConfig, type HermeticHome } from '../../lib/testing/hermetic.js';
import { startListeningAppServer, type ListeningAppServer } from '../support/app-server-listener.js';
import { HttpRefusal, WsJsonRpc } from '../support/ws-json-rpc.js';
import { Codex } from '../../lib/index.js';

const ORIGIN = 'http://127.0.0.1:8765';
const FULL = generateRelayToken();
const OBSERVE = generateRelayToken();

let home: HermeticHome;
let fake: FakeResponsesServer;
let server: ListeningAppServer;
let relay: Relay;
const events: RelayEvent[] = [];
const extraRelays: Relay[] = [];

/** A relay on the shared app-server with other options; closed after all tests. */
async function relayWith(overrides: Partial<RelayOptions> & { onEvent?: (e: RelayEvent) => void }): Promise<Relay> {
  const r = await startRelay({ upstream: server.endpoint, allowedOrigins: [ORIGIN], tokens: { [FULL]: 'full', [OBSERVE]: 'observe' }, ...overrides });
  extraRelays.push(r);
  return r;
}

/** Connects as a page on ORIGIN would (`origin: null`: send no Origin, as a program does). */
const open = (url: string, token = FULL, origin: string | null = ORIGIN) => WsJsonRpc.open(url, { ...(origin === null ? {} : { origin }), protocols: relayProtocols(token) });
/**
 * How an attempt that must be refused was refused: the HTTP status, or `'CODE reason'` when the
 * relay upgraded and closed at once (a client that offers `codex-rx`).
 */
const refusal = (p: Promise<WsJsonRpc>) =>
  p.then(
    async (client) => {
      const { code, reason } = await client.closed;
      return `${code} ${reason}`;
    },
    (e: unknown) => (e instanceof HttpRefusal ? e.status : String(e)),
  );
/** Resolves with the first relay event that matches. */
function nextEvent(sink: RelayEvent[], match: (e: RelayEvent) => boolean): Promise<RelayEvent> {
  return new Promise((resolve) => {
    const seen = sink.find(match);
    if (seen) return resolve(seen);
    const push = sink.push.bind(sink);
    sink.push = (...items: RelayEvent[]) => {
      const n = push(...items);
      const hit = items.find(match);
      if (hit) resolve(hit);
      return n;
    };
  });
}

beforeAll(async () => {
  home = await createHermeticHome();
  fake = await startFakeResponsesServer();
  await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
  server = await startListeningAppServer(home, 'ws');
  relay = await startRelay({ upstream: server.endpoint, allowedOrigins: [ORIGIN], tokens: { [FULL]: 'full', [OBSERVE]: 'observe' }, onEvent: (e) => events.push(e) });
});

afterAll(async () => {
  await relay?.close();
  await Promise.all(extraRelays.map((r) => r.close()));
  await server?.stop();
  await fake?.close();
  await home?.dispose();
});

describe('frames flow through the relay', () => {
  test('initialize → thread/start → turn/start → deltas → turn/completed, with codex-rx as the subprotocol', async () => {
    const client = await open(relay.url);
    expect(client.socket.protocol).toBe('codex-rx');
    const init = await client.initialize();
    expect(init.result.codexHome).toBe(home.codexHome);
    fake.enqueue({ type: 'text', deltas: ['Hello ', 'through ', 'the ', 'relay.'] });
    const { deltas, completed } = await client.runTurn(home.work, 'hi');
    expect(deltas).toEqual(['Hello ', 'through ', 'the ', 'relay.']);
    expect(completed.params.turn.status).toBe('completed');
    expect(relay.connections).toBe(1);
    await client.close();
  });

  test('each browser gets its own upstream connection (initialize is per connection)', async () => {
    const [a, b] = await Promise.all([open(relay.url), open(relay.url)]);
    await a.initialize('client_a');
    // b has not initialized: app-server answers it alone
    expect((await b.request('thread/list', {})).error.message).toBe('Not initialized');
    expect((await b.initialize('client_b')).result.userAgent).toContain('client_b');
    await Promise.all([a.close(), b.close()]);
  });

  test('a one-time ticket works once, in place of the subprotocol token', async () => {
    const ticket = relay.issueTicket(FULL);
    const client = await WsJsonRpc.open(`${relay.url}/?ticket=${ticket}`, { origin: ORIGIN });
    expect((await client.initialize()).result.codexHome).toBe(home.codexHome);
    await client.close();
    expect(await refusal(WsJsonRpc.open(`${relay.url}/?ticket=${ticket}`, { origin: ORIGIN }))).toBe(401);
    expect(() => relay.issueTicket('not-a-relay-token-at-all')).toThrow('not one of the relay tokens');
  });

  test('a unix-socket app-server works as upstream', async () => {
    await using unixHome = await createHermeticHome();
    await writeCodexConfig(unixHome, mockProviderConfig({ baseUrl: fake.baseUrl }));
    const unixServer = await startListeningAppServer(unixHome, 'unix');
    try {
      const unixRelay = await relayWith({ upstream: unixServer.endpoint });
      const client = await open(unixRelay.url);
      expect((await client.initialize()).result.codexHome).toBe(unixHome.codexHome);
      fake.enqueue({ type: 'text', deltas: ['over ', 'unix'] });
      expect((await client.runTurn(unixHome.work, 'hi')).deltas).toEqual(['over ', 'unix']);
      await client.close();
    } finally {
      await unixServer.stop();
    }
  });
});

describe('who may connect', () => {
  test('an Origin not on the list: a client offering codex-rx (a page) is upgraded and closed with 4403 forbidden-origin; any other gets 403', async () => {
    expect(await refusal(open(relay.url, FULL, 'http://evil.example'))).toBe('4403 forbidden-origin');
    expect(await refusal(open(relay.url, FULL, 'http://127.0.0.1:8766'))).toBe('4403 forbidden-origin');
    expect(await refusal(open(relay.url, FULL, 'null'))).toBe('4403 forbidden-origin');
    expect(await refusal(WsJsonRpc.open(relay.url, { origin: 'http://evil.example' }))).toBe(403);
    expect(RELAY_CLOSE_CODES[RelayCloseReason.ForbiddenOrigin]).toBe(4403);
  });

  test('a wrong or missing token: 4401 unauthorized for a client offering codex-rx, else 401; a token without the codex-rx offer gets 400', async () => {
    expect(await refusal(open(relay.url, generateRelayToken()))).toBe('4401 unauthorized');
    expect(await refusal(WsJsonRpc.open(relay.url, { origin: ORIGIN, protocols: ['codex-rx'] }))).toBe('4401 unauthorized');
    expect(await refusal(WsJsonRpc.open(`${relay.url}/?ticket=forged`, { origin: ORIGIN, protocols: ['codex-rx'] }))).toBe('4401 unauthorized');
    expect(await refusal(WsJsonRpc.open(relay.url, { origin: ORIGIN }))).toBe(401);
    expect(await refusal(WsJsonRpc.open(`${relay.url}/?ticket=forged`, { origin: ORIGIN }))).toBe(401);
    expect(await refusal(WsJsonRpc.open(relay.url, { origin: ORIGIN, protocols: [relayProtocols(FULL)[1]!] }))).toBe(400);
    expect(RELAY_CLOSE_CODES[RelayCloseReason.Unauthorized]).toBe(4401);
  });

  test('each refused attempt is one refused event, with the close code when it was upgraded and closed', async () => {
    const seen: RelayEvent[] = [];
    const own = await relayWith({ onEvent: (e) => seen.push(e) });
    expect(await refusal(open(own.url, generateRelayToken()))).toBe('4401 unauthorized');
    expect(await refusal(open(own.url, FULL, 'http://evil.example'))).toBe('4403 forbidden-origin');
    expect(await refusal(WsJsonRpc.open(own.url, { origin: ORIGIN }))).toBe(401);
    expect(seen).toEqual([
      { type: 'refused', status: 401, why: 'unknown token', origin: ORIGIN, closeCode: 4401 },
      { type: 'refused', status: 403, why: 'Origin not allowed', origin: 'http://evil.example', closeCode: 4403 },
      { type: 'refused', status: 401, why: 'no token or ticket', origin: ORIGIN },
    ]);
    expect(own.connections).toBe(0);
  });

  test('a refused client that sends garbage after the upgrade is closed, and the relay goes on', async () => {
    const { port } = new URL(relay.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: codex-rx\r\nOrigin: ${ORIGIN}\r\n\r\n`),
      );
      let text = '';
      socket.once('data', () => socket.write(Buffer.from([0xff, 0xff, 0xff, 0xff]))); // not a WebSocket frame
      socket.on('data', (d) => (text += d.toString('latin1')));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 101 Switching Protocols');
    const client = await open(relay.url);
    expect((await client.initialize()).result).toBeDefined();
    await client.close();
  });

  test('a client without Origin (not a browser) needs a token too, and can be refused outright', async () => {
    const client = await open(relay.url, FULL, null);
    await client.close();
    expect(await refusal(WsJsonRpc.open(relay.url))).toBe(401);
    const strict = await relayWith({ allowMissingOrigin: false });
    expect(await refusal(open(strict.url, FULL, null))).toBe('4403 forbidden-origin');
    expect(await refusal(WsJsonRpc.open(strict.url, { ws: { headers: { authorization: `Bearer ${FULL}` } } }))).toBe(403);
  });

  test('a Node process joins with Codex.connect({ url, token }): the token as a Bearer header, from a client without Origin', async () => {
    await using codex = await Codex.connect({ url: relay.url, token: FULL });
    const thread = await codex.startThread({ cwd: home.work });
    fake.enqueue({ type: 'text', deltas: ['from ', 'node'] });
    expect((await thread.run('hi')).finalResponse).toBe('from node');
    // The observe role holds for a Bearer token too.
    await using viewer = await Codex.connect({ url: relay.url, token: OBSERVE });
    expect((await viewer.request('thread/loaded/list', {})).data).toContain(thread.id);
    await expect(viewer.startThread({ cwd: home.work })).rejects.toMatchObject({ code: RELAY_FORBIDDEN_CODE });
    // A wrong one is refused with 401, and a Bearer header from a client with an Origin is not read.
    await expect(Codex.connect({ url: relay.url, token: generateRelayToken() })).rejects.toMatchObject({ name: 'ConnectionRefusedError', status: 401 });
    expect(await refusal(WsJsonRpc.open(relay.url, { origin: ORIGIN, ws: { headers: { authorization: `Bearer ${FULL}` } } }))).toBe(401);
  });

  test('a malformed upgrade request is answered, and the relay goes on', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const { port } = new URL(relay.url);
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write(`GET //[?ticket=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: ${ORIGIN}\r\n\r\n`),
      );
      let text = '';
      socket.on('data', (d) => (text += d));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw.split('\r\n')[0]).toBe('HTTP/1.1 401 Unauthorized');
    const client = await open(relay.url);
    await client.close();
  });

  test('an unreachable upstream gets 502', async () => {
    const dead = await relayWith({ upstream: { url: 'ws://127.0.0.1:1' } });
    expect(await refusal(open(dead.url))).toBe(502);
  });

  test('tokens and tickets never appear in the relay events', () => {
    const text = JSON.stringify(events);
    expect(text).not.toContain(FULL);
    expect(text).not.toContain(OBSERVE);
    expect(events.some((e) => e.type === 'refused' && e.status === 401)).toBe(true);
  });
});

describe('the observe role', () => {
  test('read methods pass; turn/start and thread/start get a relay error and never reach app-server', async () => {
    const worker = await open(relay.url, FULL);
    await worker.initialize('worker');
    fake.enqueue({ type: 'text', deltas: ['first'] });
    const { threadId } = await worker.runTurn(home.work, 'first turn');
    const viewer = await open(relay.url, OBSERVE);
    expect((await viewer.initialize('viewer')).result).toBeDefined();
    expect((await viewer.request('thread/loaded/list', {})).result.data).toContain(threadId);
    expect((await viewer.request('thread/read', { threadId, includeTurns: true })).result.thread.turns).toHaveLength(1);
    expect((await viewer.request('thread/resume', { threadId, excludeTurns: true, model: null })).result.thread.id).toBe(threadId);

    const modelRequests = fake.requests.length;
    const refused = await viewer.request('turn/start', { threadId, input: [{ type: 'text', text: 'not allowed', text_elements: [] }] });
    expect(refused.error).toMatchObject({ code: RELAY_FORBIDDEN_CODE, data: { role: 'observe', method: 'turn/start' } });
    expect((await viewer.request('thread/start', { cwd: home.work })).error.code).toBe(RELAY_FORBIDDEN_CODE);
    expect((await viewer.request('thread/resume', { threadId, approvalPolicy: 'never' })).error.code).toBe(RELAY_FORBIDDEN_CODE);
    // notifications and answers to server requests are dropped silently
    viewer.notify('turn/interrupt', { threadId });
    viewer.send({ id: 0, result: { decision: 'accept' } });

    // The worker's next turn is the thread's second: the refused turn/start never existed.
    fake.enqueue({ type: 'text', deltas: ['second'] });
    const earlier = new Set(worker.messages);
    const second = worker.waitFor((m) => m.method === 'turn/completed' && m.params.threadId === threadId && !earlier.has(m));
    await worker.request('turn/start', { threadId, input: [{ type: 'text', text: 'second turn', text_elements: [] }] });
    await second;
    expect(fake.requests.length).toBe(modelRequests + 1);
    expect((await worker.request('thread/read', { threadId, includeTurns: true })).result.thread.turns).toHaveLength(2);
    expect(events.filter((e) => e.type === 'screened').map((e) => e.type === 'screened' && `${e.action} ${e.detail}`)).toEqual(
      expect.arrayContaining(['refuse turn/start', 'refuse thread/start', 'refuse thread/resume', 'drop notification', 'drop server-request-answer']),
    );
    await Promise.all([worker.close(), viewer.close()]);
  });

  test('an observe initialize that sets a process-wide capability is refused and never reaches app-server; its own connection settings pass', async () => {
    const viewer = await open(relay.url, OBSERVE);
    const clientInfo = { name: 'viewer', title: null, version: '0.0.1' };
    const refused = await viewer.request('initialize', { clientInfo, capabilities: { explicitGatewayOauth: true } });
    expect(refused.error).toMatchObject({ code: RELAY_FORBIDDEN_CODE, data: { role: 'observe', method: 'initialize' } });
    expect((await viewer.request('initialize', { clientInfo, capabilities: { experimentalApi: true, requestAttestation: true } })).error.code).toBe(RELAY_FORBIDDEN_CODE);
    // Had app-server seen either, this would be "Already initialized".
    const init = await viewer.request('initialize', { clientInfo, capabilities: { experimentalApi: false, optOutNotificationMethods: ['thread/started'] } });
    expect(init.result.userAgent).toContain('viewer');
    await viewer.close();
  });

  test("an observe page's answer to an approval request is dropped: the full client's answer decides", async () => {
    const worker = await open(relay.url, FULL);
    await worker.initialize('worker');
    const thread = await worker.request('thread/start', { cwd: home.work, approvalPolicy: 'untrusted' });
    const threadId: string = thread.result.thread.id;
    // A thread can be resumed once it has a rollout, that is after its first turn.
    const firstDone = worker.waitFor((m) => m.method === 'turn/completed' && m.params.threadId === threadId);
    await worker.request('turn/start', { threadId, input: [{ type: 'text', text: 'hello', text_elements: [] }] });
    await firstDone;
    const viewer = await open(relay.url, OBSERVE);
    await viewer.initialize('viewer');
    expect((await viewer.request('thread/resume', { threadId, excludeTurns: true })).result.thread.id).toBe(threadId);

    const isApproval = (m: any) => m.method === 'item/commandExecution/requestApproval' && m.params.threadId === threadId;
    const [workerAsk, viewerAsk] = [worker.waitFor(isApproval), viewer.waitFor(isApproval)];
    const earlier = new Set(worker.messages);
    const done = worker.waitFor((m) => m.method === 'turn/completed' && m.params.threadId === threadId && !earlier.has(m));
    await worker.request('turn/start', { threadId, input: [{ type: 'text', text: '[[scenario:shell]] make a file', text_elements: [] }] });
    const [asked, alsoAsked] = await Promise.all([workerAsk, viewerAsk]);
    expect(alsoAsked.id).toBe(asked.id);
    const eventsBefore = events.length;
    const dropped = nextEvent(events, (e) => e.type === 'screened' && e.detail === 'server-request-answer' && events.indexOf(e) >= eventsBefore);
    viewer.send({ id: alsoAsked.id, result: { decision: 'accept' } });
    await dropped;
    worker.send({ id: asked.id, result: { decision: 'decline' } });
    const completed = await done;
    expect(completed.params.turn.status).toBe('completed');
    const command = worker.messages.find((m) => m.method === 'item/completed' && m.params.threadId === threadId && m.params.item.type === 'commandExecution');
    expect(command.params.item.status).toBe('declined');
    expect(existsSync(join(home.work, 'codex-rx-created.txt'))).toBe(false);
    await Promise.all([worker.close(), viewer.close()]);
  });
});
