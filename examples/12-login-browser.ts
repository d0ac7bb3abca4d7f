/**
 * 12 · ChatGPT browser login: print the URL, then wait for the completion.
 * Offline it runs against a fake issuer on 127.0.0.1 and plays the browser itself.
 * (The callback listens on 127.0.0.1:1455; one browser login at a time per machine.)
 */
import { Codex } from '../lib/index.js';
import { followAsBrowser, startFakeOAuthIssuer, startOfflineCodex } from '../lib/testing/index.js';

const real = process.env.CODEX_RX_REAL_LOGIN === '1';
const issuer = real ? null : await startFakeOAuthIssuer({ identity: { email: 'example@example.com' } });
const env = issuer ? await startOfflineCodex({ env: issuer.env, provider: { requiresOpenaiAuth: true, chatgptBaseUrl: issuer.chatgptBaseUrl } }) : null;
const codex = env?.codex ?? (await Codex.start());
try {
  const login = await codex.loginChatgpt();
  console.log(`open this URL to sign in:\n  ${login.authUrl}`);
  if (!real) {
    console.log('(offline: the fake issuer approves at once; playing the browser)');
    await followAsBrowser(login.authUrl);
  }
  const completion = await login.wait({ timeoutMs: 10 * 60_000 });
  console.log(`login ${completion.success ? 'succeeded' : `failed: ${completion.error}`}`);
  const { account } = await codex.account();
  if (account?.type === 'chatgpt') console.log(`signed in as ${account.email} (${account.planType})`);
} finally {
  if (env) await env.dispose();
  else await codex.close();
  await issuer?.close();
}
