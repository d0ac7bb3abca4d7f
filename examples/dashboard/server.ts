/**
 * The pieces of `npm run dashboard`, importable by the browser specs so that they drive the same
 * code: the page bundle (esbuild, browser platform, codex-rx's browser build), a static server on
 * 127.0.0.1, the app-server (offline, or the real model with OPENAI_API_KEY), the relay in front
 * of it, and a worker that runs turns for the page to watch.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Codex, type PendingApproval, type Thread, type TurnHandle } from '../../lib/index.js';
import { generateRelayToken, startRelay, type Relay, type RelayEvent } from '../../lib/relay/index.js';
import { closeServer, listenLoopback } from '../../lib/testing/loopback.js';
import { startFakeOAuthIssuer, type FakeOAuthIssuer } from '../../lib/testing/fake-oauth-issuer.js';
import { startOfflineCodex, type OfflineCodex } from '../../lib/testing/offline-codex.js';

/**
 * Bundles `dashboard.ts` for the browser. `platform: 'browser'` plus the page's tsconfig (its
 * `paths` map `codex-rx` to lib/browser.ts) means the browser build is bundled; a Node built-in
 * anywhere in it fails the build.
 */
export async function bundleDashboard(dir: string): Promise<string> {
  const result = await build({
    entryPoints: [join(dir, 'dashboard.ts')],
    tsconfig: join(dir, 'tsconfig.json'),
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** A static server for the page. */
export interface PageServer {
  /** `http://127.0.0.1:PORT`: the Origin the page's WebSocket will carry. */
  origin: string;
  close(): Promise<void>;
}

/** Serves `index.html` and the bundle on 127.0.0.1 (port 0: any free one); nothing else. */
export async function servePage(page: { html: string; script: string }, port = 0): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
    if (path === '/' || path === '/index.html') res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(page.html);
    else if (path === '/dashboard.js') res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(page.script);
    else res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
  });
  const origin = await listenLoopback(server, port);
  return { origin, close: () => closeServer(server) };
}

/** Options of {@link startDashboard}. */
export interface DashboardOptions {
  /** The directory of index.html and dashboard.ts. */
  dir: string;
  /** Use the real model with this key; without it, offline app-servers and a fake model. */
  apiKey?: string;
  /** Port of the static server (default 0). */
  port?: number;
  /** How many app-servers, each with its own relay and worker (default 1; offline only). */
  servers?: number;
  /** What the relays do (never carries a token); `server` is the index of the one that did it. */
  onEvent?: (event: RelayEvent, server: number) => void;
}

/** One app-server of the fleet: its worker, its relay (with its own tokens) and its name. */
export interface DashboardServer {
  /** The name the page shows (`server 1`, …). */
  name: string;
  /** The worker: a client of the app-server it started, which leaves approvals to the page. */
  worker: Codex;
  /** The offline app-server and its fake model server (absent with a real model). */
  offline: OfflineCodex | undefined;
  /** The current relay (it changes after {@link DashboardServer.restartRelay}). */
  relay: Relay;
  /** A `full` and an `observe` relay token, fresh for this run. */
  tokens: { full: string; observe: string };
  /** Closes the relay (pages see this server go away); `restartRelay()` starts it again on the same port. */
  stopRelay(): Promise<void>;
  restartRelay(): Promise<void>;
  close(): Promise<void>;
}

/** Everything `npm run dashboard` runs. The top-level fields are the first server's. */
export interface Dashboard extends Omit<DashboardServer, 'name' | 'close'> {
  /** Every app-server of the fleet, the first one included. */
  servers: DashboardServer[];
  /**
   * Offline, a fake OAuth issuer and ChatGPT backend (shared by the fleet), so that the page's
   * ChatGPT and device-code logins complete (as dashboard@example.com, plan plus; the device code
   * after two polls).
   */
  issuer: FakeOAuthIssuer | undefined;
  page: PageServer;
  /** The page's URL for the first server, with its relay URL and a token in the fragment. */
  pageUrl(token: string, origin?: string): string;
  /**
   * The page's URL for the whole fleet: `#relay=…&token=…&name=…` once per server (each `relay`
   * starts a server's entry), with `role=observe` after each observe token.
   */
  fleetUrl(role?: 'full' | 'observe', origin?: string): string;
  /**
   * The environment of `npm run dashboard:watch` (examples/dashboard/watch.ts), a second Node
   * process that joins the first server through its relay with `Codex.connect({ url, token })`:
   * the relay URL and a token (default: the observe one).
   */
  watchEnv(token?: string): { CODEX_RX_RELAY: string; CODEX_RX_TOKEN: string };
  close(): Promise<void>;
}

/** Starts one app-server (offline unless `apiKey`) and its relay, open to the page's Origin. */
async function startServer(name: string, options: DashboardOptions, page: PageServer, issuer: FakeOAuthIssuer | undefined, index: number): Promise<DashboardServer> {
  const offline = issuer
    ? await startOfflineCodex({ listen: 'ws', approvals: {}, env: issuer.env, provider: { chatgptBaseUrl: issuer.chatgptBaseUrl } })
    : undefined;
  let worker: Codex | undefined = offline?.codex;
  try {
    if (!worker) {
      worker = await Codex.start({ listen: 'ws', approvals: {} });
      await worker.loginApiKey(options.apiKey!);
    }
    // Watching approvals$ (without answering) leaves them to the page instead of the fail-closed default.
    worker.approvals$.subscribe();
    const tokens = { full: generateRelayToken(), observe: generateRelayToken() };
    const { onEvent } = options;
    const relayOptions = {
      upstream: worker.endpoint!,
      allowedOrigins: [page.origin],
      tokens: { [tokens.full]: 'full', [tokens.observe]: 'observe' } as const,
      ...(onEvent ? { onEvent: (event: RelayEvent) => onEvent(event, index) } : {}),
    };
    const running = { relay: await startRelay(relayOptions) };
    const port = Number(new URL(running.relay.url).port);
    const owned = worker;
    return {
      name,
      worker,
      offline,
      get relay() {
        return running.relay;
      },
      tokens,
      stopRelay: () => running.relay.close(),
      async restartRelay() {
        running.relay = await startRelay({ ...relayOptions, port });
      },
      async close() {
        await running.relay.close();
        if (offline) await offline.dispose();
        else await owned.close();
      },
    };
  } catch (error) {
    if (offline) await offline.dispose();
    else await worker?.close();
    throw error;
  }
}

/** Starts the app-servers, their relays and the static server (the page is bundled first). */
export async function startDashboard(options: DashboardOptions): Promise<Dashboard> {
  const count = options.servers ?? 1;
  if (options.apiKey && count !== 1) throw new Error('--servers runs offline app-servers: unset OPENAI_API_KEY, or run one server');
  const [html, script] = await Promise.all([readFile(join(options.dir, 'index.html'), 'utf8'), bundleDashboard(options.dir)]);
  const issuer = options.apiKey ? undefined : await startFakeOAuthIssuer({ identity: { email: 'dashboard@example.com', planType: 'plus' }, pendingPolls: 2 });
  const page = await servePage({ html, script }, options.port).catch(async (error: unknown) => {
    await issuer?.close();
    throw error;
  });
  const started = await Promise.allSettled(Array.from({ length: count }, (_, i) => startServer(`server ${i + 1}`, options, page, issuer, i)));
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(servers.map((s) => s.close()));
    await page.close();
    await issuer?.close();
    throw failed.reason;
  }
  const first = servers[0]!;
  const entry = (s: DashboardServer, role: 'full' | 'observe'): [string, string][] => [
    ['relay', s.relay.url],
    ['token', s.tokens[role]],
    ['name', s.name],
    ...(role === 'observe' ? [['role', 'observe'] as [string, string]] : []),
  ];
  return {
    servers,
    issuer,
    page,
    worker: first.worker,
    offline: first.offline,
    get relay() {
      return first.relay;
    },
    tokens: first.tokens,
    stopRelay: () => first.stopRelay(),
    restartRelay: () => first.restartRelay(),
    pageUrl: (token, origin = page.origin) => `${origin}/#${new URLSearchParams({ relay: first.relay.url, token, ...(token === first.tokens.observe ? { role: 'observe' } : {}) })}`,
    fleetUrl: (role = 'full', origin = page.origin) =>
      `${origin}/#${new URLSearchParams(servers.flatMap((s) => entry(s, role)))}`,
    watchEnv: (token = first.tokens.observe) => ({ CODEX_RX_RELAY: first.relay.url, CODEX_RX_TOKEN: token }),
    async close() {
      await Promise.all(servers.map((s) => s.close()));
      await page.close();
      await issuer?.close();
    },
  };
}

/** The demo turns' prompts: scenario markers for the fake model, plain prompts for a real one. */
function prompts(offline: boolean) {
  return offline
    ? {
        hello: '[[scenario:reasoning]] Say hello to the dashboard.',
        stream: '[[scenario:slow]] Stream something the dashboard can watch.',
        warmUp: 'Warm up.',
        command: '[[scenario:shell_safe]] List the files here.',
      }
    : {
        hello: 'Say hello to the dashboard in one short sentence.',
        stream: 'Count from one to twenty in words, one per line.',
        warmUp: 'Reply with the single word: ready.',
        command: 'Run `ls -la` in the current directory and tell me how many entries it lists.',
      };
}

/**
 * The worker's demo: a thread with a reasoning turn and a streamed one, then a thread whose
 * command needs approval (`untrusted`), left pending for the page to Accept or Decline. Resolves
 * with that pending turn once the approval was asked.
 */
export async function runDemo(server: Pick<DashboardServer, 'worker' | 'offline'>, log: (line: string) => void = () => {}): Promise<{ chat: Thread; approval: TurnHandle<unknown> }> {
  const { worker } = server;
  const p = prompts(server.offline !== undefined);
  const chat = await worker.startThread();
  await chat.setName('Chat');
  log(`worker: thread ${chat.id} (Chat)`);
  await chat.run(p.hello);
  const streamed = await chat.run(p.stream);
  log(`worker: streamed turn ${streamed.status}: ${streamed.finalResponse ?? ''}`);
  const tools = await worker.startThread({ approvalPolicy: 'untrusted' });
  await tools.setName('Needs approval');
  await tools.run(p.warmUp);
  const asked = new Promise<PendingApproval>((resolve) => {
    const sub = worker.approvals$.subscribe((a) => {
      if (a.threadId !== tools.id) return;
      sub.unsubscribe();
      resolve(a);
    });
  });
  const approval = await tools.turn(p.command);
  const pending = await asked;
  log(`worker: thread ${tools.id} waits for a ${pending.kind} approval: Accept or Decline it on the page`);
  approval.result.then(
    (r) => log(`worker: the approval turn ${r.status}: ${r.finalResponse ?? ''}`),
    () => {}, // the dashboard closed first
  );
  return { chat, approval };
}
