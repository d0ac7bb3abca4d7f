import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError, TransportClosedError, type ProcessExit } from '../errors.js';
import { readGuardedPid, spawnGuarded } from '../process/guardian.js';
import { builtin } from '../process/cross-spawn.js';
import { appServerCommand, type SpawnOptions } from '../process/process-transport.js';
import { pipeStderr } from '../process/stream-transport.js';
import { Redactor } from '../transport/redactor.js';
import { StderrLog } from '../transport/stderr-log.js';
import type { Endpoint } from '../transport/transport.js';
import type { OwnedServer } from '../transport/websocket-transport.js';

/** Which socket a spawned server listens on. */
export type ListenMode = 'ws' | 'unix';

const BANNER = /listening on: ws:\/\/([0-9.]+|\[[0-9a-f:]+\]):(\d+)/;
/** sun_path is 108 bytes on Linux (104 on macOS): keep the socket path well under it. */
const MAX_SOCKET_PATH = 100;
const STARTUP_TIMEOUT_MS = 30_000;

/** Servers still running, killed if the host exits without closing them. */
const running = new Set<ListenServer>();
let exitHookInstalled = false;
function track(server: ListenServer): void {
  running.add(server);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // The fast path of a normal exit or an uncaught exception; the guardian covers the rest.
    process.once('exit', () => {
      for (const s of running) s.kill('SIGKILL');
    });
  }
}

/** Options of {@link ListenServer.spawn}. */
export interface ListenServerOptions extends SpawnOptions {
  signal?: AbortSignal;
  /** Let the server outlive this process (see `CodexOptions.detached`). */
  detached?: boolean;
}

/**
 * A `codex app-server --listen ws://127.0.0.1:0` (capability token) or `--listen unix://PATH`
 * child that other clients can join. Such a server ignores stdin EOF, so it runs under a guardian
 * process (lib/process/guardian.ts) that ends it when this process ends, however it ends, unless
 * it is `detached`. {@link ListenServer.pid} is the server's pid, not the guardian's.
 */
export class ListenServer implements OwnedServer {
  readonly stderr: StderrLog;
  readonly exited: Promise<ProcessExit>;
  private serverPid: number | undefined;
  private stopping: Promise<ProcessExit> | null = null;
  private exitInfo: ProcessExit | null = null;

  private constructor(
    /** The guardian, whose stderr is the server's and whose exit status is the server's. */
    private readonly guardian: ChildProcess,
    readonly endpoint: Endpoint,
    readonly redactor: Redactor,
    private readonly afterSigtermMs: number,
    detached: boolean,
  ) {
    this.stderr = new StderrLog(redactor);
    if (detached) {
      // Nothing of it holds this process: only the client's connection does, until it closes.
      guardian.unref();
      for (const stream of [guardian.stdout, guardian.stderr]) (stream as { unref?: () => void } | null)?.unref?.();
    } else {
      track(this);
    }
    if (guardian.stderr) pipeStderr(guardian.stderr, this.stderr);
    readGuardedPid(guardian, (pid) => (this.serverPid = pid));
    guardian.stdin?.on('error', () => {});
    this.exited = new Promise((resolve) => {
      guardian.once('exit', (code, signal) => {
        running.delete(this);
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      });
    });
  }

  /** The app-server's pid, once its guardian reported it (always, once {@link ListenServer.spawn} resolved). */
  get pid(): number | undefined {
    return this.serverPid;
  }

  /**
   * Spawns the server and resolves once it listens: the port read from the stderr banner (ws), or
   * the socket file present (unix). Rejects with {@link TransportClosedError} if it exits first.
   */
  static async spawn(mode: ListenMode, options: ListenServerOptions & { token?: string }): Promise<ListenServer> {
    const redactor = options.redactor ?? new Redactor();
    const afterSigtermMs = options.closeTimeouts?.afterSigtermMs ?? 2000;
    const detached = options.detached ?? false;
    if (mode === 'ws') {
      // The token never touches disk or argv: only its hash goes on the command line.
      const { createHash, randomBytes } = builtin<typeof import('node:crypto')>('node:crypto');
      const token = options.token ?? randomBytes(32).toString('base64url');
      redactor.add(token);
      const sha = createHash('sha256').update(token).digest('hex');
      const command = appServerCommand(options, ['--listen', 'ws://127.0.0.1:0', '--ws-auth', 'capability-token', '--ws-token-sha256', sha]);
      const server = new ListenServer(spawnGuarded(command, { detached }), { url: '', token }, redactor, afterSigtermMs, detached);
      const url = await server.ready(() => {
        const match = server.stderr.lines().map((l) => BANNER.exec(l)).find(Boolean);
        return match ? `ws://${match[1]}:${match[2]}` : null;
      }, options.signal);
      (server.endpoint as { url: string }).url = url;
      return server;
    }
    const dir = mkdtempSync(join(tmpdir(), 'codex-rx-'));
    const socketPath = join(realpathSync(dir), 's.sock');
    if (socketPath.length > MAX_SOCKET_PATH) {
      rmSync(dir, { recursive: true, force: true });
      throw new InvalidArgumentError(`the unix socket path ${socketPath} is longer than ${MAX_SOCKET_PATH} bytes; set TMPDIR to a shorter directory`);
    }
    const command = appServerCommand(options, ['--listen', `unix://${socketPath}`]);
    const server = new ListenServer(spawnGuarded(command, { detached, socket: { path: socketPath, dir } }), { socketPath }, redactor, afterSigtermMs, detached);
    await server.ready(() => (exists(socketPath) ? socketPath : null), options.signal);
    return server;
  }

  /** Ends the process: SIGTERM, then SIGKILL after the grace period. Resolves with its exit. */
  stop(): Promise<ProcessExit> {
    this.stopping ??= (async () => {
      if (this.exitInfo) return this.exitInfo;
      this.kill('SIGTERM');
      const timer = setTimeout(() => this.kill('SIGKILL'), this.afterSigtermMs);
      const exit = await this.exited;
      clearTimeout(timer);
      return exit;
    })();
    return this.stopping;
  }

  /**
   * Signals the server itself (the guardian then reports its exit); before the guardian has said
   * which pid that is, SIGTERMs the guardian, which passes it on (it could not, were it killed).
   */
  kill(signal: 'SIGTERM' | 'SIGKILL'): void {
    if (this.exitInfo) return;
    try {
      if (this.serverPid !== undefined) process.kill(this.serverPid, signal);
      else this.guardian.kill('SIGTERM');
    } catch {
      // already gone
    }
  }

  /** Resolves `probe()`'s value once it has one: checked on each stderr line and every 20 ms. */
  private ready<T>(probe: () => T | null, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = this.serverPid === undefined ? null : probe();
        if (value !== null) finish(() => resolve(value));
      };
      const fail = (reason: string) => {
        void this.stop();
        finish(() => reject(new TransportClosedError(this.exitInfo ?? { code: null, signal: null }, this.stderr.lines(), reason)));
      };
      const sub = this.stderr.lines$.subscribe(check);
      const poll = setInterval(check, 20);
      const deadline = setTimeout(() => fail(`the codex app-server did not listen within ${STARTUP_TIMEOUT_MS / 1000} s`), STARTUP_TIMEOUT_MS);
      const onAbort = () => fail('start was aborted');
      signal?.addEventListener('abort', onAbort, { once: true });
      void this.exited.then(() => fail('the codex app-server exited before it listened'));
      let done = false;
      const finish = (settle: () => void) => {
        if (done) return;
        done = true;
        sub.unsubscribe();
        clearInterval(poll);
        clearTimeout(deadline);
        signal?.removeEventListener('abort', onAbort);
        settle();
      };
      check();
    });
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
