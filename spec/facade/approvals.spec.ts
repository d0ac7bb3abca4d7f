import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { filter, firstValueFrom } from 'rxjs';
import { ApprovalPolicy, Codex, HandlerError, ProtocolError, type ApprovalHandlers, type PendingApproval, type ThreadItem } from '../../lib/index.js';
import { startOfflineCodex, type OfflineCodex } from '../../lib/testing/index.js';
import { FakePeer } from '../support/fake-peer.js';

const CREATED = 'codex-rx-created.txt';

/**
 * `untrusted` asks before `touch`, but an accepted command still runs in the thread's sandbox first.
 * Under the default read-only sandbox it fails there, and 0.169.0 retries it unsandboxed only if it
 * sees the failure as a sandbox denial: the process must exit within 150 ms of spawn and its output
 * must already be buffered. Under CPU load that usually misses, and the item ends `failed` with
 * "Read-only file system". A workspace-write sandbox lets the approved command write in the work
 * dir on the first attempt, so nothing depends on timing (and a declined one could write, but must not).
 */
const guarded = { approvalPolicy: ApprovalPolicy.untrusted, sandbox: 'workspace-write' } as const;

function commandItem(items: ThreadItem[]) {
  return items.find((i): i is Extract<ThreadItem, { type: 'commandExecution' }> => i.type === 'commandExecution');
}

async function withApprovals(approvals: ApprovalHandlers | undefined, fn: (env: OfflineCodex) => Promise<void>) {
  const env = await startOfflineCodex(approvals ? { approvals } : {});
  try {
    await fn(env);
  } finally {
    await env.dispose();
  }
}

describe('approvals against the real app-server', () => {
  test('an accepted command approval makes the command run', async () => {
    const seen: string[] = [];
    await withApprovals(
      {
        commandExecution: (params) => {
          seen.push(params.command ?? '');
          return { decision: 'accept' };
        },
      },
      async (env) => {
        const thread = await env.codex.startThread(guarded);
        const result = await thread.run('[[scenario:shell]] make a file');
        expect(seen[0]).toContain('touch codex-rx-created.txt');
        expect(commandItem(result.items)?.status).toBe('completed');
        expect(existsSync(join(env.home.work, CREATED))).toBe(true);
        expect(result.finalResponse).toBe('Tool finished; final answer.');
      },
    );
  });

  test('a declined command approval does not run it', async () => {
    await withApprovals({ commandExecution: () => ({ decision: 'decline' }) }, async (env) => {
      const thread = await env.codex.startThread(guarded);
      const result = await thread.run('[[scenario:shell]] make a file');
      expect(commandItem(result.items)?.status).toBe('declined');
      expect(existsSync(join(env.home.work, CREATED))).toBe(false);
    });
  });

  test('the default handler declines (fails closed)', async () => {
    await withApprovals(undefined, async (env) => {
      const thread = await env.codex.startThread(guarded);
      const result = await thread.run('[[scenario:shell]] make a file');
      expect(commandItem(result.items)?.status).toBe('declined');
      expect(existsSync(join(env.home.work, CREATED))).toBe(false);
    });
  });

  test('a file change declined by default is not applied; accepted through approvals$ it is', async () => {
    await withApprovals(undefined, async (env) => {
      const thread = await env.codex.startThread(guarded);
      const declined = await thread.run('[[scenario:apply_patch]] patch it');
      expect(declined.items.find((i) => i.type === 'fileChange')).toMatchObject({ status: 'declined' });
      expect(existsSync(join(env.home.work, 'patched.txt'))).toBe(false);
      const sub = env.codex.approvals$.subscribe((a) => a.accept());
      const accepted = await thread.run('[[scenario:apply_patch]] patch it again');
      sub.unsubscribe();
      expect(accepted.items.find((i) => i.type === 'fileChange')).toMatchObject({ status: 'completed' });
      expect(existsSync(join(env.home.work, 'patched.txt'))).toBe(true);
    });
  });

  test('an approval still pending at interrupt is settled; a late answer is a no-op', async () => {
    await withApprovals(undefined, async (env) => {
      let pending: PendingApproval | undefined;
      const got = new Promise<void>((resolve) =>
        env.codex.approvals$.subscribe((a) => {
          pending = a; // a UI that has not answered yet
          resolve();
        }),
      );
      const thread = await env.codex.startThread(guarded);
      const turn = await thread.turn('[[scenario:shell]] make a file');
      await got;
      expect(pending!.kind).toBe('commandExecution');
      expect(pending!.isOpen).toBe(true);
      await turn.interrupt();
      const result = await turn.result;
      expect(result.status).toBe('interrupted');
      expect(['turn-ended', 'resolved']).toContain(await pending!.settled);
      expect(pending!.accept()).toBe(false);
      expect(existsSync(join(env.home.work, CREATED))).toBe(false);
    });
  });
});

describe('approval defaults over a fake transport', () => {
  const cases: [string, unknown][] = [
    ['item/commandExecution/requestApproval', { decision: 'decline' }],
    ['item/fileChange/requestApproval', { decision: 'decline' }],
    ['item/tool/requestUserInput', { answers: {} }],
    ['mcpServer/elicitation/request', { action: 'decline' }],
    ['item/tool/call', { success: false, contentItems: [] }],
    ['item/permissions/requestApproval', { permissions: {} }],
  ];

  test.each(cases)('%s is refused with %j', async (method, refusal) => {
    const peer = new FakePeer();
    const codex = await Codex.connect(peer.transport);
    peer.send({ id: 7, method, params: { threadId: 't', turnId: 'u', itemId: 'i' } });
    const reply = await peer.next((m) => m.id === 7 && !m.method);
    expect(reply.result).toEqual(refusal);
    expect(reply.result).not.toEqual({});
    await codex.close();
  });

  test.each(['account/chatgptAuthTokens/refresh', 'attestation/generate'])('%s (no refusal shape) gets a JSON-RPC error', async (method) => {
    const peer = new FakePeer();
    const codex = await Codex.connect(peer.transport);
    peer.send({ id: 3, method, params: {} });
    const reply = await peer.next((m) => m.id === 3 && !m.method);
    expect(reply.error).toMatchObject({ code: expect.any(Number) });
    expect(reply.result).toBeUndefined();
    await codex.close();
  });

  test.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('a server request named %s (an Object.prototype member) gets a JSON-RPC error, not an inherited answer', async (method) => {
    const peer = new FakePeer();
    const codex = await Codex.connect(peer.transport);
    peer.send({ id: 4, method, params: {} });
    const reply = await peer.next((m) => m.id === 4 && !m.method);
    expect(reply).toMatchObject({ error: { code: -32000, message: `${method} declined by the client` } });
    expect('result' in reply).toBe(false);
    await codex.close();
  });

  test('a handler answers exactly once, even if approvals$ also answers', async () => {
    const peer = new FakePeer();
    const codex = await Codex.connect(peer.transport, { approvals: { commandExecution: async () => ({ decision: 'accept' }) } });
    codex.approvals$.subscribe((a) => a.decline());
    peer.send({ id: 1, method: 'item/commandExecution/requestApproval', params: { threadId: 't', turnId: 'u', itemId: 'i' } });
    const reply = await peer.next((m) => m.id === 1 && !m.method);
    expect(reply.result).toEqual({ decision: 'decline' });
    // let the handler's promise settle, then check nothing else was sent
    await new Promise((r) => setImmediate(r));
    expect(peer.received.filter((m) => m.id === 1 && !m.method)).toHaveLength(1);
    await codex.close();
  });

  test('one function can answer every kind', async () => {
    const peer = new FakePeer();
    const seen: string[] = [];
    const codex = await Codex.connect(peer.transport, {
      approvals: (approval) => {
        seen.push(`${approval.kind}`);
        return approval.kind === 'fileChange' ? { decision: 'accept' } : { answers: { q: { answers: ['yes'] } } };
      },
    });
    peer.send({ id: 8, method: 'item/fileChange/requestApproval', params: { threadId: 't', turnId: 'u', itemId: 'i' } });
    peer.send({ id: 9, method: 'item/tool/requestUserInput', params: { threadId: 't', turnId: 'u', itemId: 'i', questions: [] } });
    const [a, b] = await Promise.all([peer.next((m) => m.id === 8 && !m.method), peer.next((m) => m.id === 9 && !m.method)]);
    expect(a.result).toEqual({ decision: 'accept' });
    expect(b.result).toEqual({ answers: { q: { answers: ['yes'] } } });
    expect(seen).toEqual(['fileChange', 'userInput']);
    await codex.close();
  });

  test('a handler that throws answers with a JSON-RPC error and reports a HandlerError on diagnostics$', async () => {
    const peer = new FakePeer();
    const codex = await Codex.connect(peer.transport, {
      approvals: {
        fileChange: () => {
          throw new Error('no way');
        },
      },
    });
    // (The short params also fail their schema: that diagnostic is not the one looked for.)
    const diagnostic = firstValueFrom(codex.diagnostics$.pipe(filter((e) => !(e instanceof ProtocolError && e.kind === 'validation'))));
    peer.send({ id: 2, method: 'item/fileChange/requestApproval', params: { threadId: 't', turnId: 'u', itemId: 'i' } });
    const reply = await peer.next((m) => m.id === 2 && !m.method);
    expect(reply.error).toMatchObject({ message: 'no way' });
    // The user's bug, said as such on diagnostics$.
    const error = await diagnostic;
    expect(error).toBeInstanceOf(HandlerError);
    expect(error).toMatchObject({ method: 'item/fileChange/requestApproval', requestId: 2, cause: expect.objectContaining({ message: 'no way' }) });
    await codex.close();
  });

  test('serverRequest/resolved settles a pending approval', async () => {
    const peer = new FakePeer();
    const codex = await Codex.connect(peer.transport);
    const approval = firstValueFrom(codex.approvals$);
    peer.send({ id: 5, method: 'item/commandExecution/requestApproval', params: { threadId: 't', turnId: 'u', itemId: 'i' } });
    const a = await approval;
    peer.notify('serverRequest/resolved', { threadId: 't', requestId: 5 });
    expect(await a.settled).toBe('resolved');
    expect(a.accept()).toBe(false);
    await codex.close();
  });
});
