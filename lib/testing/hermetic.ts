import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toToml, type TomlValue } from '../process/toml.js';

/** A throwaway home for one app-server: nothing outside `root` is read or written. */
export interface HermeticHome {
  /** The temp directory holding all of the below. */
  root: string;
  /** `CODEX_HOME`: config.toml, auth.json, sessions. */
  codexHome: string;
  /** `HOME` of the server process. */
  home: string;
  /** `TMPDIR` (deliberately not an ancestor of `codexHome`). */
  tmp: string;
  /** A working directory for turns. */
  work: string;
  /** Environment for the server: `CODEX_HOME`, `HOME`, `TMPDIR`, `LANG`; API-key variables removed. */
  env: Record<string, string | undefined>;
  /** Deletes `root`. */
  dispose(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/** Creates a {@link HermeticHome} under the OS temp dir. */
export async function createHermeticHome(prefix = 'codex-rx-'): Promise<HermeticHome> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  const dirs = { codexHome: join(root, 'codex-home'), home: join(root, 'user-home'), tmp: join(root, 'tmp'), work: join(root, 'work') };
  await Promise.all(Object.values(dirs).map((d) => mkdir(d, { recursive: true })));
  const dispose = () => rm(root, { recursive: true, force: true, maxRetries: 3 });
  return {
    root,
    ...dirs,
    env: {
      CODEX_HOME: dirs.codexHome,
      HOME: dirs.home,
      TMPDIR: dirs.tmp,
      LANG: 'C.UTF-8',
      OPENAI_API_KEY: undefined,
      CODEX_API_KEY: undefined,
      OPENAI_BASE_URL: undefined,
    },
    dispose,
    [Symbol.asyncDispose]: dispose,
  };
}

/** Options of {@link mockProviderConfig}. */
export interface MockProviderConfigOptions {
  /** The fake server's base URL, `http://127.0.0.1:PORT/v1`. */
  baseUrl: string;
  /** Model slug to send (default `mock-model`). */
  model?: string;
  /** Default `never`. `untrusted` is refused here: in config it makes the server exit at start. */
  approvalPolicy?: 'never' | 'on-request' | 'on-failure';
  /**
   * Default `read-only`. Approving a command does not lift it: an accepted command runs sandboxed
   * first, and 0.169.0's unsandboxed retry after a denial is timing-dependent. Tests whose approved
   * commands must write in the work dir should start their thread with `sandbox: 'workspace-write'`.
   */
  sandbox?: 'read-only' | 'workspace-write' | 'danger-full-access';
  /**
   * The provider uses OpenAI auth (default true), as the built-in `openai` provider does: logins
   * are reflected by `account/read` (`codex.account()`, `account$`), and a logged-in key is sent
   * to the fake server as `Authorization: Bearer <key>`. Turns work without a login either way.
   * `false` makes `account/read` report `account: null` whatever the login.
   */
  requiresOpenaiAuth?: boolean;
  /** `chatgpt_base_url`, for ChatGPT-login tests against a fake backend. */
  chatgptBaseUrl?: string;
  /** More top-level config entries. */
  extra?: Record<string, TomlValue>;
}

/**
 * The config.toml that points the real app-server at a fake Responses server: a custom provider
 * on the `responses` wire API with retries off, and plugins off so nothing leaves loopback.
 */
export function mockProviderConfig(options: MockProviderConfigOptions): string {
  const top: Record<string, TomlValue> = {
    model: options.model ?? 'mock-model',
    approval_policy: options.approvalPolicy ?? 'never',
    sandbox_mode: options.sandbox ?? 'read-only',
    model_provider: 'mock_provider',
    cli_auth_credentials_store: 'file',
    ...(options.chatgptBaseUrl ? { chatgpt_base_url: options.chatgptBaseUrl } : {}),
    ...options.extra,
  };
  const provider: Record<string, TomlValue> = {
    name: 'codex-rx mock provider',
    base_url: options.baseUrl,
    wire_api: 'responses',
    request_max_retries: 0,
    stream_max_retries: 0,
    requires_openai_auth: options.requiresOpenaiAuth ?? true,
  };
  const lines = Object.entries(top).map(([k, v]) => `${k} = ${toToml(v)}`);
  lines.push('', '[model_providers.mock_provider]', ...Object.entries(provider).map(([k, v]) => `${k} = ${toToml(v)}`));
  lines.push('', '[features]', 'plugins = false', '');
  return lines.join('\n');
}

/** Writes `config.toml` into a home. */
export async function writeCodexConfig(home: HermeticHome, config: string): Promise<void> {
  await writeFile(join(home.codexHome, 'config.toml'), config);
}
