import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError, TransportClosedError, type ProcessExit } from '../errors.js';
import { spawnAppServer, type SpawnOptions } from '../process/process-transport.js';
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
const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function track(child: ChildProcess): void {
  running.add(child);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // A ws/unix server ignores stdin EOF: without this it would outlive a host that crashed.
    process.once('exit', () => {
      for (const c of running) c.kill('SIGKILL');
    });
  }
}

/**
 * A `codex app-server --listen ws://127.0.0.1:0` (capability token) or `--listen unix://PATH`
 * child that other clients can join. Stops by pid: such a server ignores stdin EOF.
 */
export class ListenServer implements OwnedServer {
  readonly pid: number | undefined;
  readonly stderr: StderrLog;
  readonly exited: Promise<ProcessExit>;
  private stopping: Promise<ProcessExit> | null = null;
  private exitInfo: ProcessExit | null = null;
  /** Where the server's socket symlink points (it lives outside our directory). */
  private socketTarget: string | null = null;

  private constructor(
    private readonly child: ChildProcess,
    readonly endpoint: Endpoint,
    readonly redactor: Redactor,
    private readonly socketDir: string | null,
    private readonly afterSigtermMs: number,
  ) {
    this.pid = child.pid;
    this.stderr = new StderrLog(redactor);
    if (child.stderr) pipeStderr(child.stderr, this.stderr);
    child.stdout?.resume();
    child.stdin?.on('error', () => {});
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        running.delete(child);
        this.exitInfo = { code, signal };
        this.removeSocketDir();
        resolve(this.exitInfo);
      });
    });
  }

  /**
   * Spawns the server and resolves once it listens: the port read from the stderr banner (ws), or
   * the socket file present (unix). Rejects with {@link TransportClosedError} if it exits first.
   */
  static async spawn(mode: ListenMode, options: SpawnOptions & { signal?: AbortSignal }): Promise<ListenServer> {
    const redactor = options.redactor ?? new Redactor();
    const afterSigtermMs = options.closeTimeouts?.afterSigtermMs ?? 2000;
    if (mode === 'ws') {
      // The token never touches disk or argv: only its hash goes on the command line.
      const token = randomBytes(32).toString('base64url');
      redactor.add(token);
      const sha = createHash('sha256').update(token).digest('hex');
      const child = spawnAppServer(options, ['--listen', 'ws://127.0.0.1:0', '--ws-auth', 'capability-token', '--ws-token-sha256', sha]);
      track(child);
      const server = new ListenServer(child, { url: '', token }, redactor, null, afterSigtermMs);
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
    const child = spawnAppServer(options, ['--listen', `unix://${socketPath}`]);
    track(child);
    const server = new ListenServer(child, { socketPath }, redactor, dir, afterSigtermMs);
    await server.ready(() => (exists(socketPath) ? socketPath : null), options.signal);
    server.socketTarget = realpathSync(socketPath);
    return server;
  }

  /** Ends the process: SIGTERM, then SIGKILL after the grace period. Resolves with its exit. */
  stop(): Promise<ProcessExit> {
    this.stopping ??= (async () => {
      if (this.exitInfo) return this.exitInfo;
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), this.afterSigtermMs);
      const exit = await this.exited;
      clearTimeout(timer);
      return exit;
    })();
    return this.stopping;
  }

  /** Resolves `probe()`'s value once it has one: checked on each stderr line and every 20 ms. */
  private ready<T>(probe: () => T | null, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = probe();
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

  private removeSocketDir(): void {
    if (this.socketDir) rmSync(this.socketDir, { recursive: true, force: true });
    // The server removes its socket on SIGTERM, but not when it was killed.
    if (this.socketTarget) rmSync(this.socketTarget, { force: true });
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
