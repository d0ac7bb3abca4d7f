/**
 * 13 · Device-code login: print the URL and the code, then wait.
 * Offline it uses a fake issuer on 127.0.0.1 (CODEX_RX_REAL_LOGIN=1 uses the real one).
 */
import { startLoginExample } from './_setup.js';

const { codex, close } = await startLoginExample({ email: 'device@example.com' });
try {
  const login = await codex.loginChatgptDeviceCode();
  console.log(`visit ${login.verificationUrl} and enter the code ${login.userCode}`);
  const completion = await login.wait({ timeoutMs: 15 * 60_000 });
  console.log(`login ${completion.success ? 'succeeded' : `failed: ${completion.error}`}`);
  const { account } = await codex.account();
  if (account?.type === 'chatgpt') console.log(`signed in as ${account.email}`);
} finally {
  await close();
}
