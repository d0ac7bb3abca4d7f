import { ListenServer } from '../../lib/node/listen-server.js';
import type { HermeticHome } from '../../lib/testing/hermetic.js';

/** A real `codex app-server --listen ws://|unix://` without a client of its own, for the relay specs. */
export interface ListeningAppServer {
  pid: number;
  /** `{ url, token }` for ws, `{ socketPath }` for unix: what the relay takes as `upstream`. */
  endpoint: { url: string; token: string } | { socketPath: string };
  stderr(): string;
  /** SIGTERM by pid (stdin EOF does not stop a ws or unix server), SIGKILL after 3 s. */
  stop(): Promise<void>;
}

/**
 * Spawns app-server on a hermetic home the way `Codex.start({ listen })` does (`ListenServer`):
 * ws on port 0 with a capability token, or unix on a socket in a fresh 0700 directory.
 */
export async function startListeningAppServer(home: HermeticHome, listen: 'ws' | 'unix'): Promise<ListeningAppServer> {
  const server = await ListenServer.spawn(listen, { env: home.env, cwd: home.work, closeTimeouts: { afterSigtermMs: 3000 } });
  return {
    pid: server.pid!,
    endpoint: server.endpoint,
    stderr: () => server.stderr.lines().join('\n'),
    stop: async () => void (await server.stop()),
  };
}
