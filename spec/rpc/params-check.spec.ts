import { Codex, Input, InvalidArgumentError, ParamsCheckError, type UserInput } from '../../lib/index.js';
import { checkParams } from '../../lib/rpc/params-check.js';
import { FakePeer } from '../support/fake-peer.js';

async function client() {
  const peer = new FakePeer();
  peer.auto.set('thread/start', { thread: { id: 'th_1' } });
  peer.auto.set('model/list', { data: [], nextCursor: null });
  const codex = await Codex.connect(peer.transport);
  const sent = () => peer.received.filter((m) => m.method !== 'initialize' && m.method !== 'initialized').map((m) => m.method as string);
  return { peer, codex, sent };
}

describe('outgoing params are checked against the pinned schema', () => {
  test('options of @openai/codex-sdk fail at once, naming the key, the codex-rx name and the valid keys', async () => {
    const { codex, sent } = await client();
    const error = await codex.startThread({ sandboxMode: 'read-only', workingDirectory: '/repo', skipGitRepoCheck: true } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParamsCheckError);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    const e = error as ParamsCheckError;
    expect(e.method).toBe('thread/start');
    expect(e.unknownKeys).toEqual(['sandboxMode', 'workingDirectory', 'skipGitRepoCheck']);
    expect(e.validKeys).toContain('sandbox');
    expect(e.validKeys).toContain('cwd');
    expect(e.message).toMatch(/unknown params "sandboxMode" \(codex-rx: `sandbox`.*"workingDirectory" \(codex-rx: `cwd`\).*"skipGitRepoCheck"/);
    expect(e.message).toMatch(/valid: approvalPolicy, .*cwd, .*sandbox/);
    expect(sent()).toEqual([]);
    await codex.close();
  });

  test('a typo gets a suggestion; snake_case gets its camelCase', async () => {
    const { codex } = await client();
    await expect(codex.listModels({ limt: 3 } as never)).rejects.toThrow(/unknown param "limt" \(did you mean "limit"\?\)/);
    await expect(codex.startThread({ approval_policy: 'never' } as never)).rejects.toThrow(/"approval_policy" \(did you mean "approvalPolicy"\?\)/);
    await codex.close();
  });

  test('input items are checked too: local_image names its codex-rx form, unknown item keys are found', async () => {
    const { codex, sent } = await client();
    const thread = await codex.startThread();
    const wrongType = await thread.turn([{ type: 'local_image', path: '/a.png' } as unknown as UserInput]).catch((e: unknown) => e);
    expect(wrongType).toBeInstanceOf(ParamsCheckError);
    expect((wrongType as Error).message).toMatch(/input\[0\]: type "local_image" is not one of "text", "image", "localImage".*\(codex-rx: `localImage`\)/);
    const extraKey = await thread.turn([{ type: 'localImage', path: '/a.png', alt: 'x' } as unknown as UserInput]).catch((e: unknown) => e);
    expect((extraKey as ParamsCheckError).unknownKeys).toEqual(['input[0].alt']);
    expect((extraKey as ParamsCheckError).validKeys).toEqual(['detail', 'path', 'type']);
    expect(sent()).toEqual(['thread/start']);
    await codex.close();
  });

  test('names of Object.prototype members are keys like any other: unknown params, no inherited hint, no inherited method', () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const error = checkParams('thread/start', { cwd: '/tmp', [key]: {} });
      expect(error).toBeInstanceOf(ParamsCheckError);
      expect(error!.message).toContain(`unknown param "${key}"; valid:`);
      expect(error!.message).not.toContain('function');
    }
    expect(checkParams('thread/start', { cwd: '/tmp', sandbox: { type: 'constructor' } })?.message).not.toContain('function');
    expect(checkParams('toString', {})).toBeNull();
    expect(checkParams('__proto__', {})).toBeNull();
  });

  test('wrong types and missing fields are refused; well-formed params pass', () => {
    expect(checkParams('turn/start', { threadId: 't', input: 'hi' })?.message).toMatch(/input: Invalid input: expected array/);
    expect(checkParams('thread/read', {})?.message).toMatch(/threadId/);
    expect(checkParams('account/logout', { now: true })?.message).toMatch(/takes no params/);
    expect(checkParams('turn/start', { threadId: 't', input: [Input.text('hi'), Input.imageUrl('http://x/y.png'), Input.localImage('/a.png')], sandboxPolicy: { type: 'workspaceWrite', networkAccess: true } })).toBeNull();
    expect(checkParams('thread/start', { config: { 'sandbox_workspace_write.network_access': true, anything: { nested: 1 } } })).toBeNull();
    expect(checkParams('account/login/start', { type: 'apiKey', apiKey: 'sk-x', region: 'eu' })?.unknownKeys).toEqual(['region']);
    // Methods the pinned protocol does not know are not checked.
    expect(checkParams('experimental/someMethod', { anything: 1 })).toBeNull();
  });

  test('the escape hatch: { unchecked: true } sends the params as they are', async () => {
    const { codex, peer } = await client();
    await codex.request('model/list', { futureField: true } as never, { unchecked: true });
    expect(peer.received.find((m) => m.method === 'model/list').params).toEqual({ futureField: true });
    await expect(codex.request('model/list', { futureField: true } as never)).rejects.toBeInstanceOf(ParamsCheckError);
    await codex.close();
  });

  test('checkParams: false turns the check off for a client', async () => {
    const peer = new FakePeer();
    peer.auto.set('model/list', { data: [], nextCursor: null });
    const codex = await Codex.connect(peer.transport, { checkParams: false });
    await codex.request('model/list', { futureField: true } as never);
    expect(peer.received.find((m) => m.method === 'model/list').params).toEqual({ futureField: true });
    await codex.close();
  });

  test('secrets in a refused request are redacted from the error', async () => {
    const { codex } = await client();
    const error = (await codex.request('account/login/start', { type: 'apiKey', apiKey: 'sk-secret-123456', region: 'sk-secret-123456' } as never).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ParamsCheckError);
    expect(error.message).not.toContain('sk-secret-123456');
    await codex.close();
  });

  test('the check is cheap: schemas are built once, a turn/start check takes well under a millisecond', () => {
    const params = { threadId: 't', input: [Input.text('hi')], model: 'x' };
    checkParams('turn/start', params);
    const started = performance.now();
    for (let i = 0; i < 500; i++) checkParams('turn/start', params);
    expect((performance.now() - started) / 500).toBeLessThan(1);
  });
});
