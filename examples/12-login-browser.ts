/**
 * 12 · ChatGPT browser login: print the URL, then wait for the completion.
 * Offline it runs against a fake issuer on 127.0.0.1 and plays the browser itself
 * (CODEX_RX_REAL_LOGIN=1 uses the real one). The callback listens on 127.0.0.1:1455:
 * one browser login at a time per machine.
 */
import { followAsBrowser } from '../lib/testing/index.js';
import { startLoginExample } from './_setup.js';

const { codex, issuer, close } = await startLoginExample({ email: 'example@example.com' });
try {
  const login = await codex.loginChatgpt();
  console.log(`open this URL to sign in:\n  ${login.authUrl}`);
  if (issuer) {
    console.log('(offline: the fake issuer approves at once; playing the browser)');
    await followAsBrowser(login.authUrl);
  }
  const completion = await login.wait({ timeoutMs: 10 * 60_000 });
  console.log(`login ${completion.success ? 'succeeded' : `failed: ${completion.error}`}`);
  const { account } = await codex.account();
  if (account?.type === 'chatgpt') console.log(`signed in as ${account.email} (${account.planType})`);
} finally {
  await close();
}
