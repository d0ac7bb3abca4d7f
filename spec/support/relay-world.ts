import type { AddressInfo } from 'node:net';
import { generateRelayToken, startRelay, type Relay, type RelayEvent, type RelayLimits } from '../../lib/relay/index.js';
import { startFakeResponsesServer, type FakeResponsesServer } from '../../lib/testing/fake-responses-server.js';
import { createHermeticHome, mockProviderConfig, writeCodexConfig, type HermeticHome } from '../../lib/testing/hermetic.js';
import { startListeningAppServer, type ListeningAppServer } from './app-server-listener.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

/**
 * A real app-server (ws), a codex-rx relay in front of it, and a TCP proxy in front of the relay:
 * clients connect to `url` (the proxy), which can cut or black-hole the link while the relay
 * lives; `restartRelay()` replaces the relay with a new one on the same port.
 */
export interface RelayWorld {
  home: HermeticHome;
  fake: FakeResponsesServer;
  server: ListeningAppServer;
  relay: Relay;
  proxy: TcpProxy;
  /** The proxy's URL: what clients connect to. */
  url: string;
  full: string;
  observe: string;
  origin: string;
  events: RelayEvent[];
  restartRelay(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startRelayWorld(options: { limits?: RelayLimits; origin?: string } = {}): Promise<RelayWorld> {
  const home = await createHermeticHome();
  const fake = await startFakeResponsesServer();
  await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
  const server = await startListeningAppServer(home, 'ws');
  const full = generateRelayToken();
  const observe = generateRelayToken();
  const origin = options.origin ?? 'http://127.0.0.1:8765';
  const events: RelayEvent[] = [];
  const start = (port = 0) =>
    startRelay({ upstream: server.endpoint, port, allowedOrigins: [origin], tokens: { [full]: 'full', [observe]: 'observe' }, limits: { pingIntervalMs: 1000, ...options.limits }, onEvent: (e) => events.push(e) });
  let relay = await start();
  const relayPort = Number(new URL(relay.url).port);
  const proxy = await startTcpProxy(relayPort);
  const world: RelayWorld = {
    home,
    fake,
    server,
    get relay() {
      return relay;
    },
    proxy,
    url: `ws://127.0.0.1:${proxy.port}`,
    full,
    observe,
    origin,
    events,
    async restartRelay() {
      await relay.close();
      relay = await start(relayPort);
    },
    async dispose() {
      await proxy.close();
      await relay.close();
      await server.stop();
      await fake.close();
      await home.dispose();
    },
  };
  return world;
}

export type { AddressInfo };
