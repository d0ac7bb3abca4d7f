import { firstValueFrom, lastValueFrom, take, toArray, type Observable } from 'rxjs';
import {
  AbortError,
  Codex,
  CodexError,
  HandlerError,
  InternalError,
  InvalidParamsError,
  InvalidRequestError,
  JsonRpcError,
  MethodNotFoundError,
  ParseError,
  ProtocolError,
  RequestTimeoutError,
  ServerOverloadedError,
  TransportClosedError,
} from '../../lib/index.js';
import { Connection } from '../../lib/rpc/connection.js';
import { FakePeer } from '../support/fake-peer.js';

async function connect(peer = new FakePeer(), options: Parameters<typeof Codex.connect>[1] = {}) {
  const codex = await Codex.connect(peer.transport, options);
  return { peer, codex };
}

describe('JSON-RPC connection over a fake transport', () => {
  test('handshake: initialize with clientInfo and capabilities, then initialized', async () => {
    const { peer, codex } = await connect();
    const init = await peer.request('initialize');
    expect(init.params).toEqual({ clientInfo: { name: 'codex-rx', title: 'codex-rx', version: expect.any(String) }, capabilities: { experimentalApi: false } });
    await peer.next((m) => m.method === 'initialized' && m.id === undefined);
    expect(codex.metadata.userAgent).toBe('fake/0.169.0 (test)');
    await codex.close();
  });

  test('a server on another version warns once', async () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      for (let i = 0; i < 2; i++) {
        const peer = new FakePeer();
        peer.auto.set('initialize', { userAgent: 'x/9.9.9 (test)', codexHome: '/', platformFamily: 'unix', platformOs: 'linux' });
        const { codex } = await connect(peer);
        await codex.close();
      }
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toContain('9.9.9');
    } finally {
      warn.mockRestore();
    }
  });

  test('requests always carry a params object', async () => {
    const { peer, codex } = await connect();
    peer.auto.set('account/logout', {});
    await codex.request('account/logout');
    const sent = await peer.request('account/logout');
    expect(sent.params).toEqual({});
    await codex.close();
  });

  test('garbage lines become ProtocolErrors and never hang a request', async () => {
    const { peer, codex } = await connect();
    const diagnostics = firstValueFrom(codex.diagnostics$.pipe(take(4), toArray()));
    const pending = codex.request('model/list', {});
    const req = await peer.request('model/list');
    peer.raw('{this is not json\n[1,2]\n42\n{"foo":1}\n');
    peer.send({ id: req.id, result: { data: [], nextCursor: null } });
    await expect(pending).resolves.toEqual({ data: [], nextCursor: null });
    const errors = await diagnostics;
    expect(errors.every((e) => e instanceof ProtocolError)).toBe(true);
    expect(errors.map((e) => (e as ProtocolError).kind)).toEqual(['invalid-json', 'not-json-rpc', 'not-json-rpc', 'not-json-rpc']);
    await codex.close();
  });

  test('an oversized line is a diagnostic and the connection goes on', async () => {
    const peer = new FakePeer({ maxLineBytes: 1024 });
    const { codex } = await connect(peer);
    const diagnostic = firstValueFrom(codex.diagnostics$);
    const pending = codex.request('model/list', {});
    const req = await peer.request('model/list');
    peer.notify('warning', { message: 'x'.repeat(5000) });
    peer.send({ id: req.id, result: { data: [], nextCursor: null } });
    await expect(pending).resolves.toBeDefined();
    expect(await diagnostic).toMatchObject({ kind: 'line-too-long' });
    await codex.close();
  });

  test.each([
    [-32700, ParseError],
    [-32600, InvalidRequestError],
    [-32601, MethodNotFoundError],
    [-32602, InvalidParamsError],
    [-32603, InternalError],
    [-32001, ServerOverloadedError],
    [-32099, JsonRpcError],
  ])('error code %i rejects with %p', async (code, Ctor) => {
    const { peer, codex } = await connect();
    const pending = codex.request('model/list', {});
    const req = await peer.request('model/list');
    peer.send({ id: req.id, error: { code, message: 'nope', data: { why: 1 } } });
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Ctor);
    expect(error).toBeInstanceOf(JsonRpcError);
    expect(error).toBeInstanceOf(CodexError);
    expect(error).toMatchObject({ code, data: { why: 1 }, method: 'model/list' });
    await codex.close();
  });

  test('a server_overloaded marker in data means ServerOverloadedError whatever the code', () => {
    expect(JsonRpcError.from({ code: -32603, message: 'busy', data: { reason: 'server_overloaded' } })).toBeInstanceOf(ServerOverloadedError);
    expect(JsonRpcError.from({ code: -32603, message: 'busy', data: 'server_overloaded' })).toBeInstanceOf(ServerOverloadedError);
    expect(JsonRpcError.from({ code: -32603, message: 'busy' })).toBeInstanceOf(InternalError);
  });

  test('an API key passed in params never appears in an error message', async () => {
    const { peer, codex } = await connect();
    const secret = 'sk-very-secret-0123456789';
    const pending = codex.request('account/login/start', { type: 'apiKey', apiKey: secret });
    const req = await peer.request('account/login/start');
    peer.send({ id: req.id, error: { code: -32600, message: `unknown variant \`${secret}\``, data: { echoed: secret } } });
    const error = (await pending.catch((e: unknown) => e)) as JsonRpcError;
    expect(error.message).not.toContain(secret);
    expect(error.message).toContain('[REDACTED]');
    expect(JSON.stringify(error.data)).not.toContain(secret);
    // and later stderr lines are masked too
    const line = firstValueFrom(codex.stderr$);
    peer.stderr.write(`ERROR something with ${secret}\n`);
    expect(await line).toBe('ERROR something with [REDACTED]');
    await codex.close();
  });

  test('a timeout settles the request with RequestTimeoutError', async () => {
    const { codex } = await connect();
    const error = await codex.request('model/list', {}, { timeoutMs: 20 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(error).toMatchObject({ method: 'model/list', timeoutMs: 20 });
    await codex.close();
  });

  test('timeouts share one timer: a shorter one after a longer one fires first, an answered one never', async () => {
    const { peer, codex } = await connect();
    const settled: string[] = [];
    const track = (name: string, p: Promise<unknown>) => p.then(() => settled.push(`${name} answered`), (e: unknown) => settled.push(`${name} ${e instanceof RequestTimeoutError ? `timed out (${e.timeoutMs})` : String(e)}`));
    const slow = track('slow', codex.request('model/list', {}, { timeoutMs: 400 }));
    const answered = track('answered', codex.request('thread/list', {}, { timeoutMs: 30 }));
    const fast = track('fast', codex.request('config/read', {}, { timeoutMs: 30 }));
    const list = await peer.request('thread/list');
    peer.send({ id: list.id, result: { data: [], nextCursor: null } });
    await Promise.all([answered, fast, slow]);
    expect(settled).toEqual(['answered answered', 'fast timed out (30)', 'slow timed out (400)']);
    await codex.close();
  });

  test('an abort settles the request with an AbortError', async () => {
    const { peer, codex } = await connect();
    const controller = new AbortController();
    const pending = codex.request('model/list', {}, { signal: controller.signal });
    await peer.request('model/list');
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).name).toBe('AbortError');
    await codex.close();
  });

  test('when the peer goes away, pending requests reject and every stream completes', async () => {
    const { peer, codex } = await connect();
    const streams: Observable<unknown>[] = [codex.messages$, codex.notifications$, codex.serverRequests$, codex.diagnostics$, codex.stderr$, codex.approvals$];
    const ends = streams.map((s) => lastValueFrom(s, { defaultValue: 'completed' }));
    const pending = codex.request('model/list', {});
    await peer.request('model/list');
    const line = firstValueFrom(codex.stderr$);
    peer.stderr.write('last words\n');
    await line;
    peer.exit();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportClosedError);
    expect((error as TransportClosedError).stderrTail).toEqual(['last words']);
    await expect(Promise.all(ends)).resolves.toHaveLength(6);
    await expect(codex.request('model/list', {})).rejects.toBeInstanceOf(TransportClosedError);
  });

  test('a server request nobody handles gets a JSON-RPC error reply, exactly once', async () => {
    const { peer, codex } = await connect();
    peer.send({ id: 0, method: 'attestation/generate', params: {} });
    const reply = await peer.next((m) => m.id === 0 && !m.method);
    expect(reply.error).toMatchObject({ code: expect.any(Number), message: expect.any(String) });
    expect(peer.received.filter((m) => m.id === 0 && !m.method)).toHaveLength(1);
    await codex.close();
  });

  test('a server-request handler that throws: the request gets one error reply, and diagnostics$ a HandlerError with the cause (not a malformed message)', async () => {
    const peer = new FakePeer();
    const bug = new Error('the handler has a bug');
    const connection = new Connection(peer.transport, {
      validation: 'off',
      answerServerRequest: () => {
        throw bug;
      },
    });
    const diagnostic = firstValueFrom(connection.diagnostics$);
    peer.send({ id: 7, method: 'item/commandExecution/requestApproval', params: { threadId: 't', turnId: 'u', itemId: 'i' } });
    const reply = await peer.next((m) => m.id === 7 && !m.method);
    expect(reply.error).toMatchObject({ code: -32603 });
    const error = await diagnostic;
    expect(error).toBeInstanceOf(HandlerError);
    expect(error).not.toBeInstanceOf(ProtocolError);
    expect(error).toMatchObject({ method: 'item/commandExecution/requestApproval', requestId: 7, cause: bug });
    expect(error.message).toContain('the handler has a bug');
    // The connection goes on.
    peer.auto.set('account/logout', {});
    await expect(connection.request('account/logout')).resolves.toEqual({});
    expect(peer.received.filter((m) => m.id === 7 && !m.method)).toHaveLength(1);
    await connection.close();
  });

  test('validation: unknown fields pass in lenient mode; a bad payload is reported and still delivered', async () => {
    const { peer, codex } = await connect();
    const diagnostics: unknown[] = [];
    codex.diagnostics$.subscribe((d) => diagnostics.push(d));
    const seen = firstValueFrom(codex.notificationsOf('thread/status/changed').pipe(take(2), toArray()));
    peer.notify('thread/status/changed', { threadId: 't', status: { type: 'idle' }, extraField: true });
    peer.notify('thread/status/changed', { threadId: 42, status: { type: 'idle' } });
    const delivered = await seen;
    expect(delivered[1]).toEqual({ threadId: 42, status: { type: 'idle' } });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ kind: 'validation' });
    await codex.close();
  });

  test('validation: flat notifications (the deltas) are checked field by field, whatever method came before', async () => {
    const { peer, codex } = await connect();
    const diagnostics: ProtocolError[] = [];
    codex.diagnostics$.subscribe((d) => diagnostics.push(d as ProtocolError));
    const ids = { threadId: 't', turnId: 'u', itemId: 'i' };
    const seen = firstValueFrom(codex.notifications$.pipe(take(7), toArray()));
    peer.notify('item/agentMessage/delta', { ...ids, delta: 'ok', extra: 1 }); // fine: lenient
    peer.notify('item/agentMessage/delta', { ...ids, delta: 7 }); // wrong type
    peer.notify('item/agentMessage/delta', { threadId: 't', turnId: 'u', delta: 'x' }); // itemId missing
    peer.notify('thread/status/changed', { threadId: 't', status: { type: 'idle' } }); // another method between
    peer.notify('item/agentMessage/delta', { ...ids, delta: 'ok' });
    peer.notify('thread/status/changed', { threadId: 5, status: { type: 'idle' } }); // its own schema, not the delta's
    peer.notify('item/agentMessage/delta', null);
    expect((await seen).map((n) => n.method)).toHaveLength(7);
    expect(diagnostics.map((d) => d.kind)).toEqual(['validation', 'validation', 'validation', 'validation']);
    expect(diagnostics.map((d) => d.message.split(' does not match')[0])).toEqual([
      'item/agentMessage/delta',
      'item/agentMessage/delta',
      'thread/status/changed',
      'item/agentMessage/delta',
    ]);
    await codex.close();
  });

  test('validation: strict mode rejects unknown fields, off skips checking', async () => {
    for (const [validation, count] of [
      ['strict', 1],
      ['off', 0],
    ] as const) {
      const { peer, codex } = await connect(new FakePeer(), { validation });
      const diagnostics: unknown[] = [];
      codex.diagnostics$.subscribe((d) => diagnostics.push(d));
      const seen = firstValueFrom(codex.notificationsOf('thread/status/changed'));
      peer.notify('thread/status/changed', { threadId: 't', status: { type: 'idle' }, extraField: true });
      await seen;
      expect(diagnostics).toHaveLength(count);
      await codex.close();
    }
  });

  test('notificationsOf(method) subscribed in the middle of a run of that method gets the rest of the run', async () => {
    const { peer, codex } = await connect();
    const all: string[] = [];
    codex.notifications$.subscribe((n) => all.push(n.method));
    const warning = (message: string) => peer.notify('warning', { message, threadId: null });
    const arrived = (count: number) => firstValueFrom(codex.notifications$.pipe(take(count), toArray()));
    let next = arrived(2);
    warning('a');
    warning('b');
    await next;
    const late: string[] = [];
    codex.notificationsOf('warning').subscribe((p) => late.push(p.message));
    next = arrived(2);
    warning('c');
    peer.notify('configWarning', { summary: 'x', details: null });
    await next;
    const later: string[] = [];
    codex.notificationsOf('configWarning').subscribe((p) => later.push(p.summary));
    next = arrived(2);
    peer.notify('configWarning', { summary: 'x', details: null });
    warning('d');
    await next;
    expect([late, later]).toEqual([['c', 'd'], ['x']]);
    await codex.close();
  });

  test('notifications$ is typed by method and passes unknown methods through', async () => {
    const { peer, codex } = await connect();
    const all = firstValueFrom(codex.notifications$.pipe(take(2), toArray()));
    peer.notify('brand/new', { x: 1 });
    peer.notify('warning', { message: 'hi', threadId: null });
    const [unknown, warning] = await all;
    expect(unknown).toEqual({ method: 'brand/new', params: { x: 1 } });
    expect(warning!.method === 'warning' && warning!.params.message).toBe('hi');
    await codex.close();
  });
});

describe('framing through a fake stream', () => {
  test('a message torn at every byte position arrives whole', async () => {
    const peer = new FakePeer();
    const codex = await Codex.connect(peer.transport);
    const line = Buffer.from(JSON.stringify({ method: 'warning', params: { message: 'héllo ✓ torn', threadId: null } }) + '\r\n');
    const got: string[] = [];
    codex.notificationsOf('warning').subscribe((p) => got.push(p.message));
    for (let cut = 1; cut < line.length; cut++) {
      peer.raw(line.subarray(0, cut));
      peer.raw(line.subarray(cut));
    }
    peer.raw(Buffer.concat(Array.from({ length: 50 }, () => line))); // many in one chunk
    const done = firstValueFrom(codex.notificationsOf('configWarning'));
    peer.notify('configWarning', { summary: 'end', details: null });
    await done;
    expect(got).toHaveLength(line.length - 1 + 50);
    expect(new Set(got)).toEqual(new Set(['héllo ✓ torn']));
    await codex.close();
  });
});
