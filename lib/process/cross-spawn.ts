import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { packageRequire } from './resolve-binary.js';

/**
 * A Node built-in module, loaded on first use: `node:child_process` and `node:crypto` take several
 * milliseconds to load, which an `import('codex-rx')` that never spawns should not pay.
 */
export function builtin<M>(name: `node:${string}`): M {
  return packageRequire()(name) as M;
}

interface CrossSpawn {
  (command: string, args: readonly string[], options: SpawnOptions): ChildProcess;
  _parse(command: string, args: readonly string[], options: object): { command: string; args: string[]; options: { windowsVerbatimArguments?: boolean } };
}

const IS_WINDOWS = process.platform === 'win32';
let crossSpawn: CrossSpawn | null = null;

/**
 * cross-spawn, loaded on first use and only on Windows, where it finds `.cmd` shims and shebang
 * scripts and quotes arguments for cmd.exe. Elsewhere it is `child_process.spawn`, so a Node
 * import of codex-rx does not load it.
 */
const load = (): CrossSpawn => (crossSpawn ??= packageRequire()('cross-spawn') as CrossSpawn);

/** Spawns an argv array (never a shell string) as cross-spawn would. */
export function spawnCommand(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  return IS_WINDOWS ? load()(command, args, options) : builtin<typeof import('node:child_process')>('node:child_process').spawn(command, args, options);
}

/** What {@link spawnCommand} would run: on Windows a shebang or a `.cmd` goes through its interpreter or cmd.exe. */
export function resolveCommand(command: string, args: readonly string[]): { command: string; args: string[]; verbatim: boolean } {
  if (!IS_WINDOWS) return { command, args: [...args], verbatim: false };
  const parsed = load()._parse(command, args, {});
  return { command: parsed.command, args: parsed.args, verbatim: parsed.options.windowsVerbatimArguments === true };
}
