import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { CodexNotFoundError } from '../errors.js';

/** How to run the app-server binary, and where it came from. */
export interface ResolvedBinary {
  /** Executable to spawn. */
  command: string;
  /** Leading arguments before `app-server` (empty for the native binary). */
  args: string[];
  /** Which rule found it. */
  source: 'codexBin' | 'package' | 'path';
  /** Directory holding bundled helpers (`bwrap`) that belong on PATH, when known. */
  resourcesDir?: string;
}

const TRIPLES: Record<string, string> = {
  'linux-x64': 'x86_64-unknown-linux-musl',
  'linux-arm64': 'aarch64-unknown-linux-musl',
  'darwin-x64': 'x86_64-apple-darwin',
  'darwin-arm64': 'aarch64-apple-darwin',
  'win32-x64': 'x86_64-pc-windows-msvc',
  'win32-arm64': 'aarch64-pc-windows-msvc',
};

/** Resolves a module path from this package first, then from the working directory. */
function requireFrom(): NodeJS.Require[] {
  return [packageRequire(), createRequire(join(process.cwd(), 'noop.js'))];
}

/** `require` as from this package's own files (from the working directory where they have no file name). */
export function packageRequire(): NodeJS.Require {
  return createRequire(typeof __filename === 'string' ? __filename : join(process.cwd(), 'noop.js'));
}

/** The native binary inside the pinned `@openai/codex` platform package, if installed. */
function fromPackage(): ResolvedBinary | undefined {
  const platformKey = `${process.platform}-${process.arch}`;
  const triple = TRIPLES[platformKey];
  if (!triple) return undefined;
  const platformPkg = `@openai/codex-${platformKey}`;
  for (const req of requireFrom()) {
    let launcherDir: string;
    try {
      launcherDir = dirname(req.resolve('@openai/codex/package.json'));
    } catch {
      continue;
    }
    // The platform package is a dependency of the launcher: resolve it from there.
    for (const r of [createRequire(join(launcherDir, 'package.json')), req]) {
      try {
        const vendor = join(dirname(r.resolve(`${platformPkg}/package.json`)), 'vendor', triple);
        const command = join(vendor, 'bin', process.platform === 'win32' ? 'codex.exe' : 'codex');
        if (existsSync(command)) return { command, args: [], source: 'package', resourcesDir: join(vendor, 'codex-resources') };
      } catch {
        /* not installed for this platform */
      }
    }
  }
  return undefined;
}

function fromPath(env: NodeJS.ProcessEnv): ResolvedBinary | undefined {
  const names = process.platform === 'win32' ? ['codex.exe', 'codex.cmd'] : ['codex'];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return { command: candidate, args: [], source: 'path' };
    }
  }
  return undefined;
}

/**
 * Finds the `codex` binary: `codexBin`, then the pinned `@openai/codex` platform package, then
 * `codex` on PATH. Throws {@link CodexNotFoundError} with the fix when none exists.
 */
export function resolveCodexBinary(options: { codexBin?: string; env?: NodeJS.ProcessEnv }): ResolvedBinary {
  if (options.codexBin) {
    if (!existsSync(options.codexBin)) {
      throw new CodexNotFoundError(`codexBin ${JSON.stringify(options.codexBin)} does not exist. Pass the path of a \`codex\` executable, or omit codexBin to use the pinned @openai/codex package.`);
    }
    return { command: options.codexBin, args: [], source: 'codexBin' };
  }
  const found = fromPackage() ?? fromPath(options.env ?? process.env);
  if (found) return found;
  throw new CodexNotFoundError(
    'Could not find the codex binary. Install the pinned runtime with `npm install @openai/codex@0.169.0` ' +
      '(its platform package must install too: do not use --no-optional), put `codex` on PATH, or pass `codexBin`.',
  );
}
