import { ApprovalMode, ApprovalPolicy, InvalidArgumentError, Sandbox } from '../../lib/index.js';
import { threadParams, turnParams } from '../../lib/facade/presets.js';
import { offlineCodexForSuite } from '../support/offline-suite.js';

describe('approval and sandbox presets: what goes on the wire', () => {
  test('approval presets mean what they mean in the Python SDK', () => {
    expect(threadParams({ approvalMode: ApprovalMode.autoReview }, 'thread/start')).toEqual({ approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' });
    expect(threadParams({ approvalMode: ApprovalMode.denyAll }, 'thread/start')).toEqual({ approvalPolicy: 'never' });
    expect(threadParams({ approvalMode: ApprovalMode.dangerouslyBypassApprovalsAndSandbox }, 'thread/start')).toEqual({ approvalPolicy: 'never', sandbox: 'danger-full-access' });
    expect(turnParams({ approvalMode: ApprovalMode.autoReview })).toEqual({ approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' });
    expect(turnParams({ approvalMode: ApprovalMode.denyAll })).toEqual({ approvalPolicy: 'never' });
    expect(turnParams({ approvalMode: ApprovalMode.dangerouslyBypassApprovalsAndSandbox })).toEqual({ approvalPolicy: 'never', sandboxPolicy: { type: 'dangerFullAccess' } });
  });

  test('the default applies only when no approval setting is given', () => {
    expect(threadParams({}, 'thread/start', 'autoReview')).toEqual({ approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' });
    expect(threadParams({ approvalPolicy: ApprovalPolicy.untrusted }, 'thread/start', 'autoReview')).toEqual({ approvalPolicy: 'untrusted' });
    expect(threadParams({ approvalMode: null }, 'thread/start', 'autoReview')).toEqual({});
  });

  test('raw policies and presets are distinct names', () => {
    expect(ApprovalPolicy).toEqual({ untrusted: 'untrusted', onRequest: 'on-request', never: 'never' });
    expect(Object.keys(ApprovalMode)).toEqual(['autoReview', 'denyAll', 'dangerouslyBypassApprovalsAndSandbox']);
    expect(() => threadParams({ approvalMode: 'never' as never }, 'thread/start')).toThrow(/unknown approvalMode "never".*approvalPolicy/);
  });

  test('dangerouslyBypassApprovalsAndSandbox is refused with an explicit sandbox', () => {
    const bypass = ApprovalMode.dangerouslyBypassApprovalsAndSandbox;
    expect(() => threadParams({ approvalMode: bypass, sandbox: Sandbox.readOnly }, 'thread/start')).toThrow(InvalidArgumentError);
    expect(() => threadParams({ approvalMode: bypass, sandbox: Sandbox.dangerFullAccess }, 'thread/start')).toThrow(InvalidArgumentError);
    expect(() => turnParams({ approvalMode: bypass, sandbox: Sandbox.workspaceWrite })).toThrow(InvalidArgumentError);
    expect(() => turnParams({ approvalMode: bypass, sandboxPolicy: { type: 'readOnly' } })).toThrow(InvalidArgumentError);
    expect(() => turnParams({ approvalMode: bypass, networkAccess: true })).toThrow(InvalidArgumentError);
  });

  test('a preset and a raw approval field together are refused', () => {
    expect(() => turnParams({ approvalMode: ApprovalMode.denyAll, approvalPolicy: 'on-request' })).toThrow(/approvalMode denyAll sets approvalPolicy/);
  });

  test('sandbox presets become sandboxPolicy on turns, with network access and extra directories', () => {
    expect(turnParams({ sandbox: Sandbox.readOnly })).toEqual({ sandboxPolicy: { type: 'readOnly' } });
    expect(turnParams({ sandbox: Sandbox.readOnly, networkAccess: true })).toEqual({ sandboxPolicy: { type: 'readOnly', networkAccess: true } });
    expect(turnParams({ sandbox: Sandbox.dangerFullAccess })).toEqual({ sandboxPolicy: { type: 'dangerFullAccess' } });
    expect(turnParams({ sandbox: Sandbox.workspaceWrite, networkAccess: true, additionalDirectories: ['/data'] })).toEqual({
      sandboxPolicy: { type: 'workspaceWrite', networkAccess: true, writableRoots: ['/data'] },
    });
    expect(turnParams({ additionalDirectories: ['/data'] })).toEqual({ sandboxPolicy: { type: 'workspaceWrite', writableRoots: ['/data'] } });
    expect(() => turnParams({ sandbox: Sandbox.readOnly, additionalDirectories: ['/data'] })).toThrow(/workspace-write/);
    expect(() => turnParams({ networkAccess: true })).toThrow(/needs a sandbox preset/);
    expect(() => turnParams({ sandbox: Sandbox.readOnly, sandboxPolicy: { type: 'readOnly' } })).toThrow(/not both/);
  });

  test('on threads the conveniences go into config next to sandbox', () => {
    expect(threadParams({ sandbox: Sandbox.workspaceWrite, networkAccess: false, additionalDirectories: ['/a', '/b'] }, 'thread/start')).toEqual({
      sandbox: 'workspace-write',
      config: { 'sandbox_workspace_write.network_access': false, 'sandbox_workspace_write.writable_roots': ['/a', '/b'] },
    });
    expect(threadParams({ additionalDirectories: ['/a'] }, 'thread/start')).toMatchObject({ sandbox: 'workspace-write' });
    expect(() => threadParams({ sandbox: Sandbox.dangerFullAccess, networkAccess: true }, 'thread/start')).toThrow(InvalidArgumentError);
  });
});

describe('presets against the real app-server', () => {
  const env = offlineCodexForSuite();

  const turnMetadata = (i: number) => JSON.parse(String(env.fake.requests[i]!.headers['x-codex-turn-metadata'])) as Record<string, unknown>;

  test('startThread() sends autoReview by default, and the server takes it', async () => {
    const thread = await env.codex.startThread();
    const result = await thread.run('hi');
    expect(result.status).toBe('completed');
    expect(turnMetadata(0)).toMatchObject({ auto_review_enabled: true });
    const resumed = await env.codex.request('thread/resume', { threadId: thread.id });
    expect(resumed).toMatchObject({ approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' });
  });

  test('approvalMode: null leaves the config in force (never, in the test config)', async () => {
    const thread = await env.codex.startThread({ approvalMode: null });
    await thread.run('hi');
    expect(turnMetadata(0)).toMatchObject({ auto_review_enabled: false });
    expect(await env.codex.request('thread/resume', { threadId: thread.id })).toMatchObject({ approvalPolicy: 'never', approvalsReviewer: 'user' });
  });

  test('denyAll and the bypass preset on threads', async () => {
    const denied = await env.codex.startThread({ approvalMode: ApprovalMode.denyAll });
    await denied.run('hi'); // a thread without a turn has no rollout to resume
    expect(await env.codex.request('thread/resume', { threadId: denied.id })).toMatchObject({ approvalPolicy: 'never' });
    const bypass = await env.codex.startThread({ approvalMode: ApprovalMode.dangerouslyBypassApprovalsAndSandbox });
    await bypass.run('hi');
    expect(turnMetadata(1)).toMatchObject({ sandbox_mode: 'danger-full-access' });
    expect(await env.codex.request('thread/resume', { threadId: bypass.id })).toMatchObject({ approvalPolicy: 'never', sandbox: { type: 'dangerFullAccess' } });
    await expect(env.codex.startThread({ approvalMode: ApprovalMode.dangerouslyBypassApprovalsAndSandbox, sandbox: Sandbox.readOnly })).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  test('thread conveniences: network access and extra writable directories', async () => {
    const thread = await env.codex.startThread({ sandbox: Sandbox.workspaceWrite, networkAccess: true, additionalDirectories: [env.home.tmp] });
    await thread.run('hi');
    expect(turnMetadata(0)).toMatchObject({ sandbox_mode: 'workspace-write' });
    const resumed = await env.codex.request('thread/resume', { threadId: thread.id });
    expect(resumed.sandbox).toMatchObject({ type: 'workspaceWrite', networkAccess: true, writableRoots: [env.home.tmp] });
  });

  test('a turn sandbox preset becomes the sandboxPolicy in force from that turn on', async () => {
    const thread = await env.codex.startThread({ approvalMode: null });
    await thread.run('one');
    expect(turnMetadata(0)).toMatchObject({ sandbox_mode: 'read-only' });
    await thread.run('two', { sandbox: Sandbox.workspaceWrite, networkAccess: true, additionalDirectories: [env.home.tmp], approvalMode: ApprovalMode.autoReview });
    expect(turnMetadata(1)).toMatchObject({ sandbox_mode: 'workspace-write', auto_review_enabled: true });
    const resumed = await env.codex.request('thread/resume', { threadId: thread.id });
    expect(resumed.sandbox).toMatchObject({ type: 'workspaceWrite', networkAccess: true, writableRoots: [env.home.tmp] });
  });
});
