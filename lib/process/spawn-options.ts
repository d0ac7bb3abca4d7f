/**
 * The options of spawning an app-server, as plain types: the facade and the browser build share
 * them without importing anything that runs only in Node.
 */
import type { Redactor } from '../transport/redactor.js';
import type { TomlValue } from './toml.js';

/** Options shared by every stream-based transport. */
export interface StreamTransportOptions {
  /** Bound on one inbound line in bytes (default 64 MiB). */
  maxLineBytes?: number;
  /** How many stderr lines to keep for error reports (default 100). */
  stderrBufferLines?: number;
  /** Secret masker to share; a new one by default. */
  redactor?: Redactor;
}

/** How to launch `codex app-server`. */
export interface SpawnOptions extends StreamTransportOptions {
  /** Path of a `codex` executable; default: the pinned `@openai/codex` package, then PATH. */
  codexBin?: string;
  /** Config overrides; each entry becomes `-c key=<value as TOML>`. */
  config?: Record<string, TomlValue>;
  /** Extra environment, merged over `process.env`; an `undefined` value removes the variable. */
  env?: Record<string, string | undefined>;
  /** Working directory of the server process. */
  cwd?: string;
  /** Extra arguments after `app-server`. */
  args?: string[];
  /** Close sequence timings: wait after ending stdin, then after SIGTERM (ms; default 2000 each). */
  closeTimeouts?: { afterStdinEndMs?: number; afterSigtermMs?: number };
}

