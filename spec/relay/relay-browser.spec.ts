/**
 * A real page in headless Chromium reaches the real app-server through the relay (plain page JS;
 * the SDK's browser build is not part of this yet), and pages the relay must refuse are refused.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { startRelay, generateRelayToken, relayProtocols, RELAY_FORBIDDEN_CODE, type Relay, type RelayEvent } from '../../lib/relay/index.js';
import { startFakeResponsesServer, type FakeResponsesServer } from '../../lib/testing/fake-responses-server.js';
import { createHermeticHome, mockProviderConfig, writeCodexConfig, type HermeticHome } from '../../lib/testing/hermetic.js';
import { closeServer, listenLoopback } from '../../lib/testing/loopback.js';
import { startListeningAppServer, type ListeningAppServer } from '../support/app-server-listener.js';
import { launchBrowser, type HeadlessBrowser } from '../support/browser.js';
import { WsJsonRpc } from '../support/ws-json-rpc.js';

const TOKEN = generateRelayToken();
const OBSERVE = generateRelayToken();
const PAGE = readFileSync(join(__dirname, 'relay-page.html'));
const ARTIFACTS = join(__dirname, '..', '..', '.tmp');

/** Serves the test page on 127.0.0.1 (and an empty one at `/blank`): each server is its own Origin. */
async function servePage() {
  const server = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(req.url === '/blank' ? '<!doctype html><title>blank</title>' : PAGE));
  return { origin: await listenLoopback(server), close: () => closeServer(server) };
}

interface Outcome {
  protocol: string | null;
  initialize: { result?: { codexHome: string; userAgent: string } } | null;
  deltas: string[];
  turnStatus: string | null;
  refused: { code: number; message: string } | null;
  closed: number | null;
  reason?: string;
}

let home: HermeticHome;
let fake: FakeResponsesServer;
let server: ListeningAppServer;
let relay: Relay;
let browser: HeadlessBrowser;
let allowed: Awaited<ReturnType<typeof servePage>>;
let other: Awaited<ReturnType<typeof servePage>>;
const events: RelayEvent[] = [];

/** Opens the page from `origin` and resolves with what the page saw; `screenshot` names a PNG under `.tmp/` (not committed). */
async function visit(origin: string, query: Record<string, string>, screenshot?: string) {
  const { page, errors } = await browser.newPage();
  await page.goto(`${origin}/?${new URLSearchParams(query)}`, { waitUntil: 'load' });
  const outcome = (await page.evaluate('window.outcome')) as Outcome;
  const dom = { status: await page.$eval('#status', (e) => e.textContent), text: await page.$eval('#text', (e) => e.textContent) };
  if (screenshot) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, screenshot) });
  }
  await page.close();
  return { outcome, dom, errors };
}

beforeAll(async () => {
  home = await createHermeticHome();
  fake = await startFakeResponsesServer();
  await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
  [server, allowed, other, browser] = await Promise.all([startListeningAppServer(home, 'ws'), servePage(), servePage(), launchBrowser()]);
  relay = await startRelay({ upstream: server.endpoint, allowedOrigins: [allowed.origin], tokens: { [TOKEN]: 'full', [OBSERVE]: 'observe' }, onEvent: (e) => events.push(e) });
  console.log(`headless Chromium ${await browser.browser.version()}: executablePath ${browser.timings.executablePathMs} ms, launch ${browser.timings.launchMs} ms`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await relay?.close();
  await server?.stop();
  await Promise.all([allowed?.close(), other?.close(), fake?.close()]);
  await home?.dispose();
});

test('a page on an allowed origin initializes through the relay and streams a turn', async () => {
  fake.enqueue({ type: 'text', deltas: ['Hello ', 'from ', 'the ', 'browser.'] });
  const { outcome, dom, errors } = await visit(allowed.origin, { relay: relay.url, token: TOKEN, cwd: home.work }, 'relay-browser.png');
  expect(outcome.protocol).toBe('codex-rx');
  expect(outcome.initialize?.result?.codexHome).toBe(home.codexHome);
  expect(outcome.initialize?.result?.userAgent).toContain('browser_page');
  expect(outcome.deltas).toEqual(['Hello ', 'from ', 'the ', 'browser.']);
  expect(outcome.turnStatus).toBe('completed');
  expect(dom).toEqual({ status: 'turn-completed', text: 'Hello from the browser.' });
  expect(errors).toEqual([]);
  expect(events).toContainEqual({ type: 'opened', connection: expect.any(Number), role: 'full', origin: allowed.origin });
});

test('a page with a one-time ticket (no subprotocol) connects once', async () => {
  const ticket = relay.issueTicket(TOKEN);
  const first = await visit(allowed.origin, { relay: relay.url, ticket });
  expect(first.outcome.protocol).toBe('');
  expect(first.outcome.initialize?.result?.codexHome).toBe(home.codexHome);
  expect(first.errors).toEqual([]);
  const again = await visit(allowed.origin, { relay: relay.url, ticket });
  expect(again.outcome).toMatchObject({ initialize: null, closed: 1006 });
});

test('a page with an observe token is refused thread/start by the relay, and shows it', async () => {
  const requests = fake.requests.length;
  const { outcome, dom, errors } = await visit(allowed.origin, { relay: relay.url, token: OBSERVE, cwd: home.work });
  expect(outcome.initialize?.result?.codexHome).toBe(home.codexHome);
  expect(outcome.refused?.code).toBe(RELAY_FORBIDDEN_CODE);
  expect(dom.status).toBe('refused: The relay does not allow thread/start for an observe token.');
  expect(errors).toEqual([]);
  expect(fake.requests.length).toBe(requests);
});

/** The relay events after `from` that are about one page's attempt from `origin`. */
const attemptEvents = (from: number, origin: string) => events.slice(from).filter((e) => (e.type === 'refused' || e.type === 'opened') && e.origin === origin);

test('a page on another origin is told so: upgraded, then closed with 4403 forbidden-origin (one refused event)', async () => {
  const before = events.length;
  const { outcome, errors } = await visit(other.origin, { relay: relay.url, token: TOKEN });
  expect(outcome).toMatchObject({ initialize: null, closed: 4403, reason: 'forbidden-origin' });
  expect(attemptEvents(before, other.origin)).toEqual([{ type: 'refused', status: 403, why: 'Origin not allowed', origin: other.origin, closeCode: 4403 }]);
  expect(errors).toEqual([]);
});

test('a page with a wrong token is told so: upgraded, then closed with 4401 unauthorized (one refused event)', async () => {
  const before = events.length;
  const { outcome, errors } = await visit(allowed.origin, { relay: relay.url, token: generateRelayToken() });
  expect(outcome).toMatchObject({ initialize: null, closed: 4401, reason: 'unauthorized' });
  expect(attemptEvents(before, allowed.origin)).toEqual([{ type: 'refused', status: 401, why: 'unknown token', origin: allowed.origin, closeCode: 4401 }]);
  expect(errors).toEqual([]);
  // What a refusal is not: a relay that is down is a 1006 without an open.
  const gone = await startRelay({ upstream: server.endpoint, allowedOrigins: [allowed.origin], tokens: { [TOKEN]: 'full' } });
  const url = gone.url;
  await gone.close();
  expect((await visit(allowed.origin, { relay: url, token: TOKEN })).outcome).toMatchObject({ protocol: null, initialize: null, closed: 1006 });
});

test('an observe page sending inherited method names and deeply nested params gets -32010 for each, next to a full client streaming a turn', async () => {
  // The full client streams a slow turn; the page's frames go in while it streams.
  const worker = await WsJsonRpc.open(relay.url, { origin: allowed.origin, protocols: relayProtocols(TOKEN) });
  await worker.initialize('worker');
  const deltas = Array.from({ length: 20 }, (_, i) => `d${i} `);
  fake.enqueue({ type: 'text', deltas, delayMs: 25 });
  const thread = await worker.request('thread/start', { cwd: home.work });
  const threadId: string = thread.result.thread.id;
  const firstDelta = worker.waitFor((m) => m.method === 'item/agentMessage/delta' && m.params.threadId === threadId);
  const completed = worker.waitFor((m) => m.method === 'turn/completed' && m.params.threadId === threadId);
  await worker.request('turn/start', { threadId, input: [{ type: 'text', text: 'stream', text_elements: [] }] });
  await firstDelta;

  const inherited = Object.getOwnPropertyNames(Object.prototype);
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n); // 5 000 levels: 10 KB
  const refused = [
    ...inherited.flatMap((method) => [JSON.stringify({ id: `${method} bare`, method }), JSON.stringify({ id: `${method} params`, method, params: { threadId } })]),
    // An own `__proto__` key in params is a param like any other: not on thread/resume's list.
    `{"id":"proto param","method":"thread/resume","params":{"threadId":"${threadId}","__proto__":{"model":"x"}}}`,
    `{"id":"deep","method":"thread/list","params":${deep(5000)}}`,
  ];
  const dropped = [
    ...inherited.map((method) => JSON.stringify({ method, params: { threadId } })),
    `{"method":"initialized","params":${deep(5000)}}`,
    `{"method":"initialized","id":${deep(5000)}}`,
  ];
  const eventsBefore = events.length;
  const { page, errors } = await browser.newPage();
  await page.goto(`${allowed.origin}/blank`, { waitUntil: 'load' });
  const seen = (await page.evaluate(
    (url: string, token: string, refusedFrames: string[], droppedFrames: string[]) =>
      new Promise((resolve) => {
        const ws = new WebSocket(url, ['codex-rx', `codex-rx.token.${token}`]);
        const replies: any[] = [];
        ws.onopen = () => {
          ws.send(JSON.stringify({ id: 'init', method: 'initialize', params: { clientInfo: { name: 'observe_page', title: null, version: '0.0.1' } } }));
          [...droppedFrames, ...refusedFrames].forEach((f) => ws.send(f));
          // Answered after every frame before it: the connection still works.
          ws.send(JSON.stringify({ id: 'after', method: 'thread/loaded/list', params: {} }));
        };
        ws.onmessage = (event) => {
          const msg = JSON.parse(event.data);
          if (msg.method !== undefined) return; // notifications
          replies.push(msg);
          if (msg.id === 'after') resolve({ replies, closed: null });
        };
        ws.onclose = (event) => resolve({ replies, closed: { code: event.code, reason: event.reason } });
      }),
    relay.url,
    OBSERVE,
    refused,
    dropped,
  )) as { replies: { id: string; result?: any; error?: { code: number; message: string } }[]; closed: unknown };
  await page.close();

  expect(seen.closed).toBeNull();
  const byId = new Map(seen.replies.map((r) => [r.id, r]));
  for (const frame of refused) {
    const { id } = JSON.parse(frame.replace(deep(5000), '[]'));
    expect([id, byId.get(id)?.error?.code]).toEqual([id, RELAY_FORBIDDEN_CODE]);
  }
  expect(byId.get('deep')?.error?.message).toContain('nested deeper than');
  expect(byId.get('init')?.result?.codexHome).toBe(home.codexHome);
  expect(byId.get('after')?.result?.data).toContain(threadId);
  expect(seen.replies).toHaveLength(refused.length + 2);
  const screened = events.slice(eventsBefore).filter((e) => e.type === 'screened');
  expect(screened.filter((e) => e.type === 'screened' && e.action === 'drop')).toHaveLength(dropped.length);
  expect(errors).toEqual([]);

  // The full client's turn went on to the end, every delta in order.
  expect((await completed).params.turn.status).toBe('completed');
  expect(worker.messages.filter((m) => m.method === 'item/agentMessage/delta' && m.params.threadId === threadId).map((m) => m.params.delta)).toEqual(deltas);
  await worker.close();
});
