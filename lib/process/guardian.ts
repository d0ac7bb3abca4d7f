import type { ChildProcess } from 'node:child_process';
import { LineDecoder } from './line-decoder.js';
import { resolveCommand, spawnCommand } from './cross-spawn.js';
import type { AppServerCommand } from './process-transport.js';

/**
 * Ties a listening app-server to the life of the Node process that started it (its owner).
 *
 * A `ws`/`unix` server ignores stdin EOF, and Node has no PR_SET_PDEATHSIG, so nothing would end it
 * when its owner dies without running its `exit` handlers (SIGINT, SIGTERM, SIGKILL). The owner
 * runs it under a guardian instead: a small `node -e` process whose stdin is a pipe from the owner.
 * The kernel closes that pipe however the owner ends; at its EOF the guardian sends the server
 * SIGTERM, then SIGKILL after {@link OWNER_GONE_GRACE_MS}, removes its unix socket, and exits.
 *
 * The guardian forwards the server's stderr (the `ws` banner is read from it) and prints
 * `{"pid":N}`, the server's pid, as its first stdout line. It exits as the server did: with its
 * code, or killed by the same signal. SIGTERM, SIGINT or SIGHUP sent to it are passed on to the
 * server as SIGTERM. A detached guardian (`detached: true`) has no pipe from the owner and
 * outlives it; it still drains the server's stderr, whose reader is gone with the owner.
 *
 * The script is a string (not a shipped file) so that bundlers, ours and the user's, carry it.
 */
const GUARDIAN_SCRIPT = String.raw`'use strict';
const { spawn } = require('node:child_process');
const { readlinkSync, rmSync } = require('node:fs');
const { dirname, resolve } = require('node:path');
const config = JSON.parse(process.argv[1]);
const env = { ...process.env };
delete env.NODE_OPTIONS;
if (env.CODEX_RX_NODE_OPTIONS !== undefined) env.NODE_OPTIONS = env.CODEX_RX_NODE_OPTIONS;
delete env.CODEX_RX_NODE_OPTIONS;
// The owner's ends of stdout and stderr may be gone: writing there must never end this process.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});
const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'];
let finished = false;
function removeSocket() {
  if (!config.socket) return;
  // The server removes its socket on SIGTERM, but not when it was killed.
  try { rmSync(resolve(dirname(config.socket.path), readlinkSync(config.socket.path)), { force: true }); } catch {}
  try { rmSync(config.socket.dir, { recursive: true, force: true }); } catch {}
}
function finish(code, signal) {
  if (finished) return;
  finished = true;
  removeSocket();
  if (signal && process.platform !== 'win32') {
    for (const s of SIGNALS) process.removeAllListeners(s);
    process.kill(process.pid, signal);
    setTimeout(() => process.exit(1), 500);
    return;
  }
  process.exit(code ?? 1);
}
// Listening before the server exists: a signal is handled once this script has run, never lost.
const running = () => child.exitCode === null && child.signalCode === null;
const stop = () => { if (running()) child.kill('SIGTERM'); };
for (const s of SIGNALS) process.on(s, stop);
const child = spawn(config.command, config.args, { env, stdio: ['pipe', 'ignore', 'pipe'], windowsHide: true, windowsVerbatimArguments: config.verbatim });
child.on('error', (error) => {
  if (child.pid !== undefined) return;
  process.stderr.write('codex-rx: could not start ' + config.command + ': ' + error.message + '\n');
  finish(127, null);
});
if (child.pid !== undefined) {
  process.stdout.write(JSON.stringify({ pid: child.pid }) + '\n');
  child.stdin.on('error', () => {});
  child.stderr.on('data', (chunk) => process.stderr.write(chunk));
  child.on('exit', (code, signal) => setTimeout(() => finish(code, signal), 500));
  // 'close' follows the last stderr chunk; the timer above covers a grandchild holding the pipe.
  child.on('close', (code, signal) => finish(code, signal));
}
if (config.lifeline) {
  let gone = false;
  const ownerGone = () => {
    if (gone) return;
    gone = true;
    stop();
    setTimeout(() => { if (running()) child.kill('SIGKILL'); }, config.graceMs);
  };
  process.stdin.on('end', ownerGone);
  process.stdin.on('error', ownerGone);
  process.stdin.on('data', () => {});
}
`;

/** How long the guardian waits after SIGTERM before it kills the server of an owner that died. */
export const OWNER_GONE_GRACE_MS = 1000;

/** What the guardian needs beyond the command. */
export interface GuardianOptions {
  /** Outlive the owner: no pipe from it, its own session, unref'd. */
  detached: boolean;
  /** The unix socket's path (a symlink the server makes) and the directory holding it, removed when the server ends. */
  socket?: { path: string; dir: string };
}

/**
 * Spawns `command` under a guardian (see above). The returned process is the guardian's: its
 * stderr is the server's, its first stdout line the server's pid ({@link readGuardedPid}).
 */
export function spawnGuarded(command: AppServerCommand, options: GuardianOptions): ChildProcess {
  // What cross-spawn would run (on Windows: a shebang or a .cmd through cmd.exe), so the guardian can use plain spawn.
  const resolved = resolveCommand(command.command, command.args);
  const config = {
    command: resolved.command,
    args: resolved.args,
    verbatim: resolved.verbatim,
    lifeline: !options.detached,
    graceMs: OWNER_GONE_GRACE_MS,
    ...(options.socket ? { socket: options.socket } : {}),
  };
  // The guardian is Node: the owner's NODE_OPTIONS (a loader, --inspect) are for the server only.
  const { NODE_OPTIONS, ...env } = command.env;
  if (NODE_OPTIONS !== undefined) env.CODEX_RX_NODE_OPTIONS = NODE_OPTIONS;
  return spawnCommand(process.execPath, ['-e', GUARDIAN_SCRIPT, JSON.stringify(config)], {
    cwd: command.cwd,
    env,
    stdio: [options.detached ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    shell: false,
    windowsHide: true,
    // Its own process group on POSIX (the server joins it): a Ctrl-C in the terminal reaches the
    // owner, which can interrupt the turn and close cleanly, instead of killing the server mid-turn.
    detached: options.detached || process.platform !== 'win32',
  });
}

/** Calls `onPid` with the server's pid, from the guardian's first stdout line; the rest is read and dropped. */
export function readGuardedPid(guardian: ChildProcess, onPid: (pid: number) => void): void {
  let seen = false;
  const decoder = new LineDecoder({
    line: (line) => {
      if (seen) return;
      seen = true;
      const pid = /^\{"pid":(\d+)\}$/.exec(line)?.[1];
      if (pid) onPid(Number(pid));
    },
    oversized: () => {},
    invalid: () => {},
  }, 1024);
  guardian.stdout?.on('data', (chunk: Buffer) => decoder.push(chunk));
  guardian.stdout?.on('error', () => {});
}

