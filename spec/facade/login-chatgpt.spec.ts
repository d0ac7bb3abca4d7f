/**
 * ChatGPT browser logins bind the fixed callback port 127.0.0.1:1455, and a second login anywhere
 * on the machine cancels the first. Every test that starts one lives in this file (jest runs a
 * file's tests one after another) and holds the machine-wide lock.
 */
import { firstValueFrom, take, toArray } from 'rxjs';
import { followAsBrowser, startFakeOAuthIssuer, startOfflineCodex, withLoginPortLock } from '../../lib/testing/index.js';

const provider = { requiresOpenaiAuth: true };

describe('ChatGPT browser login (real app-server)', () => {
  test('authUrl redirects to 127.0.0.1; cancel() returns canceled and wait() the failed completion', () =>
    withLoginPortLock(async () => {
      await using env = await startOfflineCodex({ provider });
      const login = await env.codex.loginChatgpt();
      const redirect = new URL(new URL(login.authUrl).searchParams.get('redirect_uri')!);
      expect(redirect.hostname).toBe('127.0.0.1');
      expect(await login.cancel()).toBe('canceled');
      const completion = await login.wait();
      expect(completion).toMatchObject({ loginId: login.loginId, success: false });
      expect(completion.error).toEqual(expect.any(String));
      expect(await login.cancel()).toBe('notFound');
    }));

  test('two logins back to back: each handle gets its own completion and only its own', () =>
    withLoginPortLock(async () => {
      await using env = await startOfflineCodex({ provider });
      const all = firstValueFrom(env.codex.loginCompleted$.pipe(take(2), toArray()));
      const first = await env.codex.loginChatgpt();
      const second = await env.codex.loginChatgpt();
      expect(second.loginId).not.toBe(first.loginId);
      const replaced = await first.wait({ timeoutMs: 10_000 });
      expect(replaced).toMatchObject({ loginId: first.loginId, success: false });
      expect(await second.cancel()).toBe('canceled');
      const own = await second.wait({ timeoutMs: 10_000 });
      expect(own.loginId).toBe(second.loginId);
      expect((await all).map((c) => c.loginId)).toEqual([first.loginId, second.loginId]);
    }));

  test('a full successful login through the fake issuer, with the test as the browser', () =>
    withLoginPortLock(async () => {
      await using issuer = await startFakeOAuthIssuer({ identity: { email: 'browser@example.com', planType: 'plus' } });
      await using env = await startOfflineCodex({ env: issuer.env, provider: { ...provider, chatgptBaseUrl: issuer.chatgptBaseUrl } });
      const started = performance.now();
      const login = await env.codex.loginChatgpt();
      expect(login.authUrl.startsWith(issuer.url)).toBe(true);
      const page = await followAsBrowser(login.authUrl);
      expect(page.status).toBe(200);
      const completion = await login.wait({ timeoutMs: 10_000 });
      const elapsed = performance.now() - started;
      expect(completion).toMatchObject({ loginId: login.loginId, success: true, error: null });
      const account = await env.codex.account();
      expect(account.account).toMatchObject({ type: 'chatgpt', email: 'browser@example.com', planType: 'plus' });
      expect(await firstValueFrom(env.codex.account$)).toMatchObject({ type: 'chatgpt' });
      process.stdout.write(`simulated browser login: ${elapsed.toFixed(0)} ms\n`);
    }));
});
