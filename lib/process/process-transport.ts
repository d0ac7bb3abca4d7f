import type { ChildProcess } from 'node:child_process';
import { delimiter } from 'node:path';
import { CodexNotFoundError, type ProcessExit } from '../errors.js';
import { spawnCommand } from './cross-spawn.js';
import { resolveCodexBinary } from './resolve-binary.js';
import { configArgs } from './toml.js';
import type { SpawnOptions } from './spawn-options.js';
import { StreamTransport } from './stream-transport.js';

export type { SpawnOptions } from './spawn-options.js';

/** Builds the child environment: process.env, then overrides; `undefined` deletes. */
export function mergeEnv(overrides: Record<string, string | undefined> | undefined, extraPath?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(overrides ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  if (extraPath) env.PATH = env.PATH ? `${env.PATH}${delimiter}${extraPath}` : extraPath;
  return env;
}

/** The command line, environment and working directory of `codex app-server`. */
export interface AppServerCommand {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string | undefined;
}

/**
 * What spawning `codex app-server` runs: the options' binary, config, env and cwd, plus
 * `extraArgs`. Throws {@link CodexNotFoundError} when no binary is found.
 */
export function appServerCommand(options: SpawnOptions, extraArgs: string[] = []): AppServerCommand {
  const env = options.env ? mergeEnv(options.env) : process.env;
  const bin = resolveCodexBinary({ ...(options.codexBin ? { codexBin: options.codexBin } : {}), env });
  return {
    command: bin.command,
    args: [...bin.args, 'app-server', ...configArgs(options.config), ...extraArgs, ...(options.args ?? [])],
    env: mergeEnv(options.env, bin.resourcesDir),
    cwd: options.cwd,
  };
}

/**
 * Spawns `codex app-server` on stdio (argv array, never a shell). Throws
 * {@link CodexNotFoundError} when nothing could be started.
 */
export function spawnAppServer(options: SpawnOptions): ChildProcess {
  const { command, args, env, cwd } = appServerCommand(options);
  const child = spawnCommand(command, args, {
    cwd,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    shell: false,
    windowsHide: true,
    // Its own process group on POSIX: a Ctrl-C in the terminal reaches the host, which can
    // interrupt the turn and close cleanly, instead of killing the server mid-turn. If the host
    // dies anyway, a stdio server sees stdin close and exits.
    detached: process.platform !== 'win32',
  });
  if (child.pid === undefined) {
    // A missing executable is reported asynchronously; surface it at once.
    child.on('error', () => {});
    throw new CodexNotFoundError(`Could not start ${command}: the executable did not spawn.`);
  }
  return child;
}

/**
 * The real `codex app-server` child process, spoken to over stdio. Closing ends stdin, waits, then
 * sends SIGTERM and finally SIGKILL; the child is always reaped.
 */
export class ProcessTransport extends StreamTransport {
  readonly pid: number | undefined;
  private readonly child: ChildProcess;
  private closing: Promise<ProcessExit> | null = null;
  private readonly timeouts: { afterStdinEndMs: number; afterSigtermMs: number };
  private exitInfo: ProcessExit | null = null;

  private constructor(child: ChildProcess, options: SpawnOptions) {
    super(child.stdin!, child.stdout!, child.stderr!, options);
    this.child = child;
    this.pid = child.pid;
    this.timeouts = { afterStdinEndMs: 2000, afterSigtermMs: 2000, ...options.closeTimeouts };
    child.once('exit', (code, signal) => {
      this.exitInfo = { code, signal };
      // A grandchild holding the pipes open must not keep us from settling.
      setTimeout(() => this.markClosed({ code, signal }), 2000).unref();
    });
    // 'close' comes after exit and after stdout/stderr have ended: every line has been delivered.
    child.once('close', (code, signal) => this.markClosed(this.exitInfo ?? { code, signal }));
    child.once('error', () => this.markClosed(this.exitInfo ?? { code: null, signal: null }));
  }

  /** Spawns `codex app-server` (argv array, never a shell). */
  static spawn(options: SpawnOptions = {}): ProcessTransport {
    return new ProcessTransport(spawnAppServer(options), options);
  }

  /** A write error after the child exited is part of its exit, reported by 'close'. */
  protected override get peerGone(): boolean {
    return this.exitInfo !== null || this.child.exitCode !== null || this.child.signalCode !== null || super.peerGone;
  }

  /** Stdout ending is not the end: wait for the child's 'close' to learn the exit status. */
  protected override onOutputEnded(): void {}

  override close(): Promise<ProcessExit> {
    if (this.closing) return this.closing;
    super.close();
    const { afterStdinEndMs, afterSigtermMs } = this.timeouts;
    this.closing = (async () => {
      if (await this.exitsWithin(afterStdinEndMs)) return this.exited;
      this.child.kill('SIGTERM');
      if (await this.exitsWithin(afterSigtermMs)) return this.exited;
      this.child.kill('SIGKILL');
      return this.exited;
    })();
    return this.closing;
  }

  /** Sends a signal to the child (for tests and hard stops). */
  kill(signal: 'SIGTERM' | 'SIGKILL' | 'SIGINT' | 'SIGHUP' = 'SIGTERM'): void {
    this.child.kill(signal);
  }

  private exitsWithin(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      void this.exited.then(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
