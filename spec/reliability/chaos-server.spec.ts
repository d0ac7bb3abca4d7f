import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastValueFrom, toArray } from 'rxjs';
import { Codex } from '../../lib/index.js';
import { CHAOS_BIN, isGone, record, startChaos, track } from '../support/chaos.js';

/** The stand-in itself: it must speak the protocol cleanly, or the torture specs prove nothing. */
describe('the chaos server', () => {
  test('a plain session produces no diagnostics: every payload it sends matches the schemas', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chaos-'));
    try {
      const pidFile = join(dir, 'pid');
      const codex = await startChaos({ pidFile });
      const diagnostics = record(codex.diagnostics$);
      expect(codex.metadata.userAgent).toBe('chaos/0.169.0 (test)');
      expect(Number(readFileSync(pidFile, 'utf8'))).toBe(codex.pid);

      const thread = await codex.startThread();
      const turn = await thread.turn('hello');
      await turn.result;
      const methods = (await lastValueFrom(turn.events$.pipe(toArray()))).map((e) => e.method);
      // (replayed after the end: the completed message's two deltas come joined, see replay-coalesce.spec.ts)
      expect(methods).toEqual(['turn/started', 'item/agentMessage/delta', 'item/completed', 'turn/completed']);
      await expect(turn.result).resolves.toMatchObject({ status: 'completed', finalResponse: 'reply to hello' });

      await codex.loginApiKey('sk-plain-session-key');
      await expect(codex.account()).resolves.toEqual({ account: { type: 'apiKey' }, requiresOpenaiAuth: true });
      const login = await codex.loginChatgpt();
      await expect(login.cancel()).resolves.toBe('canceled');
      await expect(login.wait()).resolves.toMatchObject({ success: false });

      // Like the real server it exits on its own when stdin closes.
      await expect(codex.close()).resolves.toEqual({ code: 0, signal: null });
      expect(isGone(codex.pid!)).toBe(true);
      expect(diagnostics.values).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('CHAOS_MODE flags: turn=approval asks, and the answer (fail-closed default, or a handler) is the reply', async () => {
    const declining = track(await Codex.start({ codexBin: CHAOS_BIN, env: { CHAOS_MODE: 'turn=approval' } }));
    const accepting = track(await Codex.start({ codexBin: CHAOS_BIN, env: { CHAOS_MODE: 'turn=approval' }, approvals: { commandExecution: () => ({ decision: 'accept' }) } }));
    for (const [codex, decision] of [[declining, 'decline'], [accepting, 'accept']] as const) {
      const diagnostics = record(codex.diagnostics$);
      const thread = await codex.startThread();
      await expect(thread.run('may I?')).resolves.toMatchObject({ status: 'completed', finalResponse: decision });
      await codex.close();
      expect(diagnostics.values).toEqual([]);
    }
  });
});
