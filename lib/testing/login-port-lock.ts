import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK = join(tmpdir(), 'codex-rx-login-port-1455.lock');

/** Whether a process with this pid exists (signal 0 probes without sending anything). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `fn` while holding a machine-wide lock on the ChatGPT login callback port (127.0.0.1:1455).
 * A second browser login anywhere on the machine cancels the first, so tests that start one must
 * never overlap, in any process. A lock left by a dead process is taken over.
 */
export async function withLoginPortLock<T>(fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      const owner = Number(await readFile(join(LOCK, 'pid'), 'utf8').catch(() => 'NaN'));
      if (Number.isInteger(owner) && !isProcessAlive(owner)) await rm(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 50));
    }
  }
  await writeFile(join(LOCK, 'pid'), String(process.pid));
  try {
    return await fn();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}
