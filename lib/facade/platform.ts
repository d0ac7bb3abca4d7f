import type { z } from 'zod';
import { CodexError, InvalidArgumentError } from '../errors.js';
import type { SpawnOptions } from '../process/spawn-options.js';
import type { ParamsSchemaSource } from '../rpc/params-check.js';
import type { Redactor } from '../transport/redactor.js';
import type { ServerProcess, Transport } from '../transport/transport.js';
import { openGlobalWebSocket } from '../transport/browser-websocket.js';
import { resumableUrl, resumeProtocols } from '../transport/relay-protocol.js';
import { ResumableTransport } from '../transport/resumable-transport.js';

/**
 * A secret for `Codex.connect`: the value, or a function that returns it (or a promise of it).
 * A function is called for every connection attempt, so a reconnecting client can fetch a fresh
 * token or a new one-time relay ticket each time.
 */
export type Credential = string | (() => string | Promise<string>);

/**
 * Where `Codex.connect()` can join a server: a WebSocket URL, or a unix socket (Node).
 * - `token`: the app-server's capability token (sent as `Authorization: Bearer`), or a codex-rx
 *   relay's token (a page sends it as a subprotocol; Node as the Bearer header).
 * - `ticket`: a one-time relay ticket (`relay.issueTicket()`), added to the URL as `?ticket=`.
 */
export type ConnectTarget = { url: string; token?: Credential; ticket?: Credential } | { socketPath: string };

/** A {@link ConnectTarget} with its credentials read for one attempt (a ticket is in the URL). */
export type ResolvedTarget = { url: string; token?: string } | { socketPath: string };

/** Reads the credentials of a target for one connection attempt. */
export async function resolveTarget(target: ConnectTarget): Promise<ResolvedTarget> {
  if ('socketPath' in target) return target;
  const token = await readCredential(target.token, 'token');
  const ticket = await readCredential(target.ticket, 'ticket');
  let url = target.url;
  if (ticket !== undefined) {
    const parsed = new URL(url);
    parsed.searchParams.set('ticket', ticket);
    url = parsed.toString();
  }
  return token === undefined ? { url } : { url, token };
}

async function readCredential(credential: Credential | undefined, what: string): Promise<string | undefined> {
  const value = typeof credential === 'function' ? await credential() : credential;
  if (value !== undefined && typeof value !== 'string') throw new InvalidArgumentError(`Codex.connect: the ${what} function must return a string.`);
  return value === '' ? undefined : value;
}

/** How `Codex.start()` runs the server: stdio (private, the default), or a socket others can join. */
export type ListenMode = 'stdio' | 'ws' | 'unix';

/** How the runtime opens one socket. */
export interface PlatformConnectOptions {
  redactor: Redactor;
  pingIntervalMs?: number;
  /** Subprotocols to offer instead of the default ones (a relay resume attempt). */
  protocols?: string[];
}

/**
 * Opens the first connection of a client to `target`. With `resumable`, a URL target asks a
 * codex-rx relay for a resumable session (app-server ignores the request), and the transport can
 * then resume a dropped link through the relay without losing a message.
 */
export async function openTarget(target: ConnectTarget, options: PlatformConnectOptions & { resumable: boolean }): Promise<Transport> {
  const { resumable, ...connect } = options;
  const resolved = await resolveTarget(target);
  if (!resumable || !('url' in resolved)) return platform().connect(resolved, connect);
  const url = resumableUrl(resolved.url);
  const first = await platform().connect({ ...resolved, url }, connect);
  return new ResumableTransport(first, (resume) => platform().connect({ url }, { ...connect, ...(resume ? { protocols: resumeProtocols(resume.secret, resume.received) } : {}) }), options.redactor);
}

/** What the facade asks of the runtime. */
export interface PlatformStartOptions extends SpawnOptions {
  listen?: ListenMode;
  detached?: boolean;
  signal?: AbortSignal;
  pingIntervalMs?: number;
  redactor: Redactor;
}

/** The runtime's ways to reach an app-server: Node spawns and uses `ws`; a browser only connects. */
export interface Platform {
  connect(target: ResolvedTarget, options: PlatformConnectOptions): Promise<Transport>;
  start?(options: PlatformStartOptions): Promise<Transport & ServerProcess>;
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
