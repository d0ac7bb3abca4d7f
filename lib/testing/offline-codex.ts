import { Codex, type CodexOptions } from '../index.js';
import type { ExperimentalCodex } from '../facade/experimental.js';
import { startFakeResponsesServer, type FakeResponsesServer, type FakeResponsesServerOptions } from './fake-responses-server.js';
import { createHermeticHome, mockProviderConfig, writeCodexConfig, type HermeticHome, type MockProviderConfigOptions } from './hermetic.js';

/** Options of {@link startOfflineCodex}. */
export interface OfflineCodexOptions extends CodexOptions {
  /** Options of the fake Responses server. */
  fake?: FakeResponsesServerOptions;
  /**
   * Config overrides for the mock provider (base URL is filled in). By default the provider uses
   * OpenAI auth, so `loginApiKey()` reads back as `{ type: 'apiKey' }`, as with the real provider.
   */
  provider?: Omit<MockProviderConfigOptions, 'baseUrl'>;
}

/**
 * A real app-server on a hermetic home, talking to a fake model server. Dispose it to clean up.
 * `C` is {@link ExperimentalCodex} when it was started with `experimentalApi: true`.
 */
export interface OfflineCodex<C extends Codex = Codex> extends AsyncDisposable {
  codex: C;
  fake: FakeResponsesServer;
  home: HermeticHome;
  /** Closes the client, stops the fake server and deletes the home. */
  dispose(): Promise<void>;
}

/**
 * Starts the real `codex app-server` against a fake Responses server on 127.0.0.1, in a fresh
 * hermetic home. No network, no credentials. Logins behave as with the real provider: turns run
 * without one, and an API-key login reads back as `account: { type: 'apiKey' }`.
 */
export async function startOfflineCodex(options: OfflineCodexOptions & { experimentalApi: true }): Promise<OfflineCodex<ExperimentalCodex>>;
export async function startOfflineCodex(options?: OfflineCodexOptions): Promise<OfflineCodex>;
export async function startOfflineCodex(options: OfflineCodexOptions = {}): Promise<OfflineCodex> {
  const { fake: fakeOptions, provider, env, ...codexOptions } = options;
  const home = await createHermeticHome();
  const fake = await startFakeResponsesServer(fakeOptions);
  try {
    await writeCodexConfig(home, mockProviderConfig({ ...provider, baseUrl: fake.baseUrl }));
    const codex = await Codex.start({ cwd: home.work, ...codexOptions, env: { ...home.env, ...env } });
    const dispose = async () => {
      await codex.close();
      await fake.close();
      await home.dispose();
    };
    return { codex, fake, home, dispose, [Symbol.asyncDispose]: dispose };
  } catch (error) {
    await fake.close();
    await home.dispose();
    throw error;
  }
}
