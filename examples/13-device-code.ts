/** 13 · Device-code login: print the URL and the code, then wait. Offline it uses a fake issuer. */
import { Codex } from '../lib/index.js';
import { startFakeOAuthIssuer, startOfflineCodex } from '../lib/testing/index.js';

const real = process.env.CODEX_RX_REAL_LOGIN === '1';
const issuer = real ? null : await startFakeOAuthIssuer({ identity: { email: 'device@example.com' } });
const env = issuer ? await startOfflineCodex({ env: issuer.env, provider: { requiresOpenaiAuth: true, chatgptBaseUrl: issuer.chatgptBaseUrl } }) : null;
const codex = env?.codex ?? (await Codex.start());
try {
  const login = await codex.loginChatgptDeviceCode();
  console.log(`visit ${login.verificationUrl} and enter the code ${login.userCode}`);
  const completion = await login.wait({ timeoutMs: 15 * 60_000 });
  console.log(`login ${completion.success ? 'succeeded' : `failed: ${completion.error}`}`);
  const { account } = await codex.account();
  if (account?.type === 'chatgpt') console.log(`signed in as ${account.email}`);
} finally {
  if (env) await env.dispose();
  else await codex.close();
  await issuer?.close();
}
