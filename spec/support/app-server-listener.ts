import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, watch } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { mergeEnv } from '../../lib/process/process-transport.js';
import { resolveCodexBinary } from '../../lib/process/resolve-binary.js';
import type { HermeticHome } from '../../lib/testing/hermetic.js';

/** A real `codex app-server --listen ws://|unix://` for the specs (until `Codex.start({ listen })` lands). */
export interface ListeningAppServer {
  pid: number;
  /** `{ url, token }` for ws, `{ socketPath }` for unix: what the relay takes as `upstream`. */
  endpoint: { url: string; token: string } | { socketPath: string };
  stderr(): string;
  /** SIGTERM by pid (stdin EOF does not stop a ws or unix server), SIGKILL after 3 s. */
  stop(): Promise<void>;
}

const BANNER = /listening on: ws:\/\/([0-9.]+):(\d+)/;

/**
 * Spawns app-server on a hermetic home. ws: port 0, capability token (only its SHA-256 on argv),
 * ready when the stderr banner names the port. unix: `unix://<home>/s.sock`, ready when the socket
 * link appears.
 */
export async function startListeningAppServer(home: HermeticHome, listen: 'ws' | 'unix'): Promise<ListeningAppServer> {
  const bin = resolveCodexBinary({});
  const token = randomBytes(32).toString('base64url');
  const socketPath = join(home.root, 's.sock');
  const args =
    listen === 'ws'
      ? ['--listen', 'ws://127.0.0.1:0', '--ws-auth', 'capability-token', '--ws-token-sha256', createHash('sha256').update(token).digest('hex')]
      : ['--listen', `unix://${socketPath}`];
  const child = spawn(bin.command, [...bin.args, 'app-server', ...args], { cwd: home.work, env: mergeEnv(home.env, bin.resourcesDir), stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(child.pid!, 'SIGTERM');
    const kill = setTimeout(() => process.kill(child.pid!, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(kill);
  };
  try {
    const endpoint = await new Promise<ListeningAppServer['endpoint']>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`app-server not ready in 15 s; stderr: ${stderr}`)), 15_000);
      const done = (value: ListeningAppServer['endpoint']) => {
        clearTimeout(timer);
        watcher?.close();
        resolve(value);
      };
      void exited.then(() => reject(new Error(`app-server exited before it listened; stderr: ${stderr}`)));
      const watcher = listen === 'unix' ? watch(dirname(socketPath), (_e, name) => name === basename(socketPath) && existsSync(socketPath) && done({ socketPath })) : undefined;
      child.stderr!.on('data', (chunk: string) => {
        stderr += chunk;
        const m = listen === 'ws' ? BANNER.exec(stderr) : null;
        if (m) done({ url: `ws://${m[1]}:${m[2]}`, token });
      });
      if (listen === 'unix' && existsSync(socketPath)) done({ socketPath });
    });
    return { pid: child.pid!, endpoint, stderr: () => stderr, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
