import type { z } from 'zod';
import { CodexError } from '../errors.js';
import type { SpawnOptions } from '../process/spawn-options.js';
import type { ParamsSchemaSource } from '../rpc/params-check.js';
import type { Redactor } from '../transport/redactor.js';
import type { Transport } from '../transport/transport.js';
import { openGlobalWebSocket } from '../transport/browser-websocket.js';

/** Where `Codex.connect()` can join a server: a WebSocket URL (with its token) or a unix socket. */
export type ConnectTarget = { url: string; token?: string } | { socketPath: string };

/** How `Codex.start()` runs the server: stdio (private, the default), or a socket others can join. */
export type ListenMode = 'stdio' | 'ws' | 'unix';

/** What the facade asks of the runtime. */
export interface PlatformStartOptions extends SpawnOptions {
  listen?: ListenMode;
  signal?: AbortSignal;
  pingIntervalMs?: number;
  redactor: Redactor;
}

/** The runtime's ways to reach an app-server: Node spawns and uses `ws`; a browser only connects. */
export interface Platform {
  connect(target: ConnectTarget, options: { redactor: Redactor; pingIntervalMs?: number }): Promise<Transport>;
  start?(options: PlatformStartOptions): Promise<Transport>;
  warn(message: string, code: string): void;
  /** Loads the experimental set's params schemas, where the build carries them (Node). */
  experimentalSchemas?: () => Promise<ParamsSchemaSource>;
  /** zod's reading of a JSON Schema `outputSchema`, null when zod cannot read it; where the build carries zod (Node). */
  readJsonSchema?(schema: { readonly [key: string]: unknown }): { safeParse(value: unknown): z.ZodSafeParseResult<unknown> } | null;
}

const browserPlatform: Platform = {
  connect: (target, options) => {
    if ('socketPath' in target) return Promise.reject(new CodexError('A unix socket needs Node.js; in a browser, connect to a codex-rx relay with Codex.connect({ url, token }).'));
    return openGlobalWebSocket(target, options);
  },
  warn: (message) => console.warn(message),
};

let current: Platform = browserPlatform;

/** The runtime's platform: the browser one unless the Node entry point installed its own. */
export function platform(): Platform {
  return current;
}

/** @internal Called once by the Node entry points. */
export function usePlatform(next: Platform): void {
  current = next;
}
