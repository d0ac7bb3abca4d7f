/**
 * Shared by the numbered examples: a client on the real model when OPENAI_API_KEY is set, else the
 * real app-server on the built-in local model server (codex-rx/testing), offline and hermetic.
 */
import { Codex, type CodexOptions } from '../lib/index.js';
import { startFakeOAuthIssuer, startOfflineCodex, type OfflineCodexOptions } from '../lib/testing/index.js';

export interface ExampleClient {
  codex: Codex;
  /** True on the local model server. */
  offline: boolean;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

export async function startExample(options: OfflineCodexOptions = {}): Promise<ExampleClient> {
  const apiKey = process.env.OPENAI_API_KEY;
  if (apiKey) {
    const { fake: _fake, provider: _provider, ...real } = options;
    const codex = await Codex.start(real as CodexOptions);
    await codex.loginApiKey(apiKey);
    const close = async () => void (await codex.close());
    return { codex, offline: false, close, [Symbol.asyncDispose]: close };
  }
  console.log('(no OPENAI_API_KEY: running on the built-in local model server)');
  const env = await startOfflineCodex(options);
  return { codex: env.codex, offline: true, close: env.dispose, [Symbol.asyncDispose]: env.dispose };
}

/** Prints a section heading. */
export const section = (title: string) => console.log(`\n== ${title} ==`);

/**
 * For the login examples: the real app-server on a real home when CODEX_RX_REAL_LOGIN=1, else a
 * hermetic one whose logins go to a fake ChatGPT issuer on 127.0.0.1 (`issuer` is then set).
 */
export async function startLoginExample(identity: { email: string }) {
  if (process.env.CODEX_RX_REAL_LOGIN === '1') {
    const codex = await Codex.start();
    return { codex, issuer: null, close: async () => void (await codex.close()) };
  }
  const issuer = await startFakeOAuthIssuer({ identity });
  const env = await startOfflineCodex({ env: issuer.env, provider: { chatgptBaseUrl: issuer.chatgptBaseUrl } });
  return {
    codex: env.codex,
    issuer,
    close: async () => {
      await env.dispose();
      await issuer.close();
    },
  };
}
