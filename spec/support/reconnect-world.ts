import { randomBytes } from 'node:crypto';
import { ListenServer } from '../../lib/node/listen-server.js';
import { startFakeResponsesServer, type FakeResponsesServer } from '../../lib/testing/fake-responses-server.js';
import { createHermeticHome, mockProviderConfig, writeCodexConfig, type HermeticHome } from '../../lib/testing/hermetic.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

/**
 * A real app-server listening on ws:// with a known token, a fake model, and a TCP proxy in front
 * of the server: the client connects to the proxy, which can cut, black-hole, or follow the
 * server to a new port after a restart (same CODEX_HOME, same token).
 */
export interface ReconnectWorld {
  home: HermeticHome;
  fake: FakeResponsesServer;
  proxy: TcpProxy;
  token: string;
  /** The address clients use: the proxy's. */
  url: string;
  server: ListenServer;
  /** SIGKILLs the server (no goodbye to anyone). */
  killServer(): Promise<void>;
  /** Starts a new server on the same home and token, and points the proxy at it. */
  restartServer(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startReconnectWorld(): Promise<ReconnectWorld> {
  const home = await createHermeticHome();
  const fake = await startFakeResponsesServer();
  await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
  const token = randomBytes(24).toString('base64url');
  const spawn = () => ListenServer.spawn('ws', { env: home.env, cwd: home.work, token, closeTimeouts: { afterSigtermMs: 2000 } });
  const portOf = (server: ListenServer) => Number(new URL((server.endpoint as { url: string }).url).port);
  let server = await spawn();
  const proxy = await startTcpProxy(portOf(server));
  const world: ReconnectWorld = {
    home,
    fake,
    proxy,
    token,
    url: `ws://127.0.0.1:${proxy.port}`,
    get server() {
      return server;
    },
    async killServer() {
      process.kill(server.pid!, 'SIGKILL');
      await server.exited;
    },
    async restartServer() {
      server = await spawn();
      proxy.retarget(portOf(server));
    },
    async dispose() {
      await proxy.close();
      await server.stop();
      await fake.close();
      await home.dispose();
    },
  };
  return world;
}
