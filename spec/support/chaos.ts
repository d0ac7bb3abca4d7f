import { join } from 'node:path';
import type { Observable, Subscription } from 'rxjs';
import { Codex, type CodexOptions } from '../../lib/index.js';
import { isProcessAlive } from '../../lib/testing/login-port-lock.js';

/** The scripted app-server (see its header for the script keys and `chaos/...` requests). */
export const CHAOS_BIN = join(__dirname, 'chaos-server.mjs');

/** What the chaos server does; see spec/support/chaos-server.mjs. */
export interface ChaosScript {
  hangInitialize?: boolean;
  pidFile?: string;
  ignoreStdinEof?: boolean;
  ignoreSigterm?: boolean;
  turn?: 'complete' | 'hang' | 'approval' | 'hold' | 'flood';
  floodBefore?: number;
  floodCap?: number;
}

/** One raw write of `chaos/emit`: text, bytes (base64) or `pad` bytes of `x`, to stdout or stderr. */
export interface ChaosWrite {
  text?: string;
  base64?: string;
  pad?: number;
  stderr?: boolean;
  pauseMs?: number;
}

/** The spawn options for a chaos server running `script`. */
export function chaosOptions(script: ChaosScript = {}, options: CodexOptions = {}): CodexOptions {
  return { codexBin: CHAOS_BIN, ...options, env: { ...options.env, CHAOS_SCRIPT: JSON.stringify(script) } };
}

const started = new Set<{ close(): Promise<unknown> }>();

/** Closes (and so reaps) every client or transport handed to it, once its spec file is done. */
export function track<T extends { close(): Promise<unknown> }>(client: T): T {
  started.add(client);
  return client;
}

// A failed assertion must not leave a server running, or jest would wait for its pipes forever.
afterAll(async () => {
  const all = [...started];
  started.clear();
  await Promise.all(all.map((c) => c.close()));
});

/** Spawns the chaos server as the client's app-server and completes the handshake. */
export async function startChaos(script: ChaosScript = {}, options: CodexOptions = {}): Promise<Codex> {
  return track(await Codex.start(chaosOptions(script, options)));
}

/** Sends a request outside the typed protocol (the `chaos/...` controls, unknown methods). */
export function call(codex: Codex, method: string, params: unknown = {}): Promise<any> {
  return (codex.request as (m: string, p?: unknown) => Promise<unknown>)(method, params);
}

/** Makes the server write these bytes; resolves once they were all read (the answer comes after them). */
export function emit(codex: Codex, ...writes: ChaosWrite[]): Promise<unknown> {
  return call(codex, 'chaos/emit', { writes });
}

/** Lines for `chaos/emit`: each message or raw line followed by a newline. */
export function lines(...items: (string | object)[]): ChaosWrite[] {
  return items.map((item) => ({ text: `${typeof item === 'string' ? item : JSON.stringify(item)}\n` }));
}

export type Outcome<T> = { status: 'fulfilled'; value: T } | { status: 'rejected'; reason: unknown };

/** Observes a promise's outcome from now on, so that its rejection is never unhandled. */
export function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  return promise.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );
}

export type Ending = { how: 'complete'; values: unknown[] } | { how: 'error'; error: unknown; values: unknown[] };

/** Subscribes now; resolves once the stream completes or errors, with what it emitted. */
export function ending(stream: Observable<unknown>): Promise<Ending> {
  return new Promise((resolve) => {
    const values: unknown[] = [];
    stream.subscribe({
      next: (v) => values.push(v),
      complete: () => resolve({ how: 'complete', values }),
      error: (error: unknown) => resolve({ how: 'error', error, values }),
    });
  });
}

/** Records a stream's values from now on. */
export function record<T>(stream: Observable<T>): { values: T[]; subscription: Subscription } {
  const values: T[] = [];
  const subscription = stream.subscribe({ next: (v) => values.push(v), error: () => {} });
  return { values, subscription };
}

/** Resolves with `promise`, or rejects if it has not settled within `ms` (a hang guard, not a timing claim). */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether a pid is gone (reaped or never existed). */
export function isGone(pid: number): boolean {
  return !isProcessAlive(pid);
}

/** A fresh API-key-shaped secret. */
export function secretKey(): string {
  const hex = Array.from({ length: 40 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `sk-secret-${hex}`;
}
