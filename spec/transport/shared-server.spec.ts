import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filter, firstValueFrom, lastValueFrom, toArray, type Observable } from 'rxjs';
import { Codex, ConnectionRefusedError, InvalidArgumentError, TransportClosedError, type PendingApproval, type TurnHandle } from '../../lib/index.js';
import { startOfflineCodex, isProcessAlive, type OfflineCodex } from '../../lib/testing/index.js';

/** The owner (a worker) of a listening server, and a second client (a dashboard) joined to it. */
async function shared(listen: 'ws' | 'unix', options: Parameters<typeof startOfflineCodex>[0] = {}) {
  const worker = await startOfflineCodex({ listen, ...options });
  const endpoint = worker.codex.endpoint!;
  const dashboard = await Codex.connect(endpoint, { approvals: {} });
  return { worker, dashboard, endpoint };
}

async function closeAll(worker: OfflineCodex, ...clients: Codex[]) {
  for (const c of clients) await c.close();
  await worker.dispose();
}

const settled = (p: Promise<unknown>) => p.then(
  () => 'resolved',
  (e: unknown) => e,
);
const ended = (s: Observable<unknown>) => lastValueFrom(s, { defaultValue: 'completed' }).then(
  () => 'completed',
  (e: unknown) => e,
);

describe('several clients on one app-server (real binary, fake model)', () => {
  test('ws: the dashboard sees the worker\'s thread, joins it, and streams the same live turn', async () => {
    const { worker, dashboard, endpoint } = await shared('ws');
    try {
      expect(endpoint).toEqual({ url: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+$/), token: expect.any(String) });
      const startedOnDashboard = firstValueFrom(dashboard.notificationsOf('thread/started'));
      const thread = await worker.codex.startThread();
      expect((await startedOnDashboard).thread.id).toBe(thread.id);
      // A thread has no rollout before its first turn: resume after it.
      await thread.run('warm up');
      const joined = await dashboard.resumeThread(thread.id);
      const dashboardTurn = firstValueFrom(joined.turns$);

      const turn = await thread.turn('[[scenario:slow]] stream please');
      const workerDeltas = lastValueFrom(turn.textDeltas$.pipe(toArray()));
      const seen = await dashboardTurn;
      expect(seen.id).toBe(turn.id);
      const dashboardDeltas = lastValueFrom(seen.textDeltas$.pipe(toArray()));
      const [mine, theirs] = await Promise.all([turn.result, seen.result]);
      expect(await dashboardDeltas).toEqual(await workerDeltas);
      expect((await workerDeltas).length).toBeGreaterThan(3);
      expect(theirs.status).toBe('completed');
      expect(theirs.finalResponse).toBe(mine.finalResponse);
    } finally {
      await closeAll(worker, dashboard);
    }
  });

  test('ws: a client that joins mid-turn gets that turn from turns$, and can interrupt it', async () => {
    const { worker, dashboard } = await shared('ws');
    try {
      const thread = await worker.codex.startThread();
      await thread.run('warm up');
      const turn = await thread.turn('[[scenario:slow]] long');
      await firstValueFrom(turn.textDeltas$);
      const joined = await dashboard.resumeThread(thread.id);
      const running = await firstValueFrom(joined.turns$);
      expect(running.id).toBe(turn.id);
      await running.interrupt();
      const [mine, theirs] = await Promise.all([turn.result, running.result]);
      expect(mine.status).toBe('interrupted');
      expect(theirs.status).toBe('interrupted');
    } finally {
      await closeAll(worker, dashboard);
    }
  });

  test('ws: an approval accepted on the dashboard settles on the worker as resolved, and the command runs once', async () => {
    const { worker, dashboard } = await shared('ws');
    try {
      // The worker watches approvals$ without answering: it leaves them to the dashboard.
      const workerApproval = firstValueFrom(worker.codex.approvals$);
      const thread = await worker.codex.startThread({ approvalPolicy: 'untrusted' });
      await thread.run('warm up');
      await dashboard.resumeThread(thread.id);
      const dashboardApproval = firstValueFrom(dashboard.approvals$.pipe(filter((a: PendingApproval) => a.kind === 'commandExecution')));
      worker.fake.enqueue('shell_safe', 'after_tool');
      const before = worker.fake.requests.length;
      const run = thread.run('list the files');
      const approval = await dashboardApproval;
      expect(approval.accept()).toBe(true);
      const mine = await workerApproval;
      await expect(mine.settled).resolves.toBe('resolved');
      expect(mine.accept()).toBe(false);
      const result = await run;
      expect(result.finalResponse).toBe('Tool finished; final answer.');
      const outputs = worker.fake.requests.slice(before).flatMap((r) => (r.body?.input ?? []).filter((i: { type?: string }) => i.type === 'function_call_output'));
      expect(outputs).toHaveLength(1);
    } finally {
      await closeAll(worker, dashboard);
    }
  });

  test('ws: a wrong or missing token is refused with HTTP 401 within 2 s', async () => {
    const worker = await startOfflineCodex({ listen: 'ws' });
    try {
      const { url, token } = worker.codex.endpoint as { url: string; token: string };
      for (const attempt of [{ url, token: `${token}x` }, { url }]) {
        const t0 = Date.now();
        const error = await Codex.connect(attempt).catch((e: unknown) => e);
        expect(Date.now() - t0).toBeLessThan(2000);
        expect(error).toBeInstanceOf(ConnectionRefusedError);
        expect(error).toMatchObject({ status: 401 });
        expect((error as Error).message).toContain('refused the token');
        expect((error as Error).message).not.toContain(token);
      }
    } finally {
      await worker.dispose();
    }
  });

  test('unix: two clients share one server; closing the owner leaves no process and no socket file', async () => {
    const { worker, dashboard, endpoint } = await shared('unix');
    const pid = worker.codex.pid!;
    const socketPath = (endpoint as { socketPath: string }).socketPath;
    expect(existsSync(socketPath)).toBe(true);
    const thread = await worker.codex.startThread();
    const statuses = firstValueFrom(dashboard.notificationsOf('thread/status/changed').pipe(filter((s) => s.threadId === thread.id)));
    await thread.run('hi');
    await statuses;
    const dashboardEnd = ended(dashboard.notifications$);
    await worker.dispose();
    expect(isProcessAlive(pid)).toBe(false);
    expect(existsSync(socketPath)).toBe(false);
    expect(await dashboardEnd).toBe('completed');
    await expect(dashboard.listModels()).rejects.toBeInstanceOf(TransportClosedError);
    expect(worker.codex.endpoint).toEqual({ socketPath });
  });

  test('unix: a temp directory too long for a socket path is the caller\'s InvalidArgumentError, and nothing is left behind', async () => {
    const root = mkdtempSync(join(tmpdir(), 'codex-rx-long-'));
    const long = join(root, 'a'.repeat(60), 'b'.repeat(60));
    mkdirSync(long, { recursive: true });
    // TMPDIR as os.tmpdir() reads it (jest's process.env is a copy the os module does not see).
    const spy = jest.spyOn(os, 'tmpdir').mockReturnValue(long);
    try {
      // Nothing may be spawned: no binary to spawn if the check did not come first.
      const error = await Codex.start({ listen: 'unix', codexBin: join(root, 'no-such-codex'), env: { HOME: root, CODEX_HOME: root } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as Error).message).toContain('set TMPDIR to a shorter directory');
      expect(readdirSync(long)).toEqual([]);
    } finally {
      spy.mockRestore();
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('ws: kill -9 of the server settles every promise and stream on both clients', async () => {
    const { worker, dashboard } = await shared('ws');
    const thread = await worker.codex.startThread();
    await thread.run('warm up');
    const joined = await dashboard.resumeThread(thread.id);
    const dashboardTurn: Promise<TurnHandle<unknown>> = firstValueFrom(joined.turns$);
    const turn = await thread.turn('[[scenario:hang]] wait');
    const theirs = await dashboardTurn;
    const watched = [
      settled(turn.result),
      settled(theirs.result),
      ended(turn.events$),
      ended(theirs.events$),
      ended(worker.codex.notifications$),
      ended(dashboard.notifications$),
      ended(thread.events$),
      ended(joined.events$),
      ended(dashboard.diagnostics$),
    ];
    process.kill(worker.codex.pid!, 'SIGKILL');
    for (const outcome of await Promise.all(watched)) {
      expect(outcome === 'completed' || outcome instanceof TransportClosedError).toBe(true);
    }
    await expect(turn.result).rejects.toBeInstanceOf(TransportClosedError);
    await expect(theirs.result).rejects.toBeInstanceOf(TransportClosedError);
    await expect(dashboard.startThread()).rejects.toBeInstanceOf(TransportClosedError);
    await closeAll(worker, dashboard);
  });
});
