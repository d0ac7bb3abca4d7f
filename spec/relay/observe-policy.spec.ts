import { nestedDeeperThan, OBSERVE_ALLOW_LIST, OBSERVE_MAX_DEPTH, RELAY_FORBIDDEN_CODE, screenObserveMessage } from '../../lib/relay/observe-policy.js';
import { TicketBook, TokenTable } from '../../lib/relay/credentials.js';

describe('screenObserveMessage', () => {
  const screen = (msg: unknown) => screenObserveMessage(JSON.stringify(msg));

  test('read methods and the initialized notification pass', () => {
    for (const method of ['thread/list', 'thread/read', 'thread/resume', 'thread/unsubscribe', 'thread/loaded/list', 'thread/turns/list', 'thread/items/list', 'account/read', 'account/rateLimits/read', 'model/list']) {
      expect(screen({ id: 1, method, params: { threadId: 't' } })).toEqual({ action: 'forward', text: JSON.stringify({ id: 1, method, params: { threadId: 't' } }) });
    }
    expect(screen({ method: 'initialized' })).toEqual({ action: 'forward', text: '{"method":"initialized"}' });
  });

  test('what is forwarded is what was judged: duplicate keys collapse to the value that was screened', () => {
    expect(screenObserveMessage('{"id":1,"method":"turn/start","method":"thread/list"}')).toEqual({ action: 'forward', text: '{"id":1,"method":"thread/list"}' });
    expect(screenObserveMessage('{"id":1,"method":"thread/resume","params":{"threadId":"t","approvalPolicy":"never","approvalPolicy":null}}')).toEqual({
      action: 'forward',
      text: '{"id":1,"method":"thread/resume","params":{"threadId":"t","approvalPolicy":null}}',
    });
  });

  test('any other request is refused with a JSON-RPC error that echoes its id', () => {
    for (const method of ['turn/start', 'turn/steer', 'turn/interrupt', 'thread/start', 'thread/fork', 'account/login/start', 'account/logout', 'command/exec', 'config/value/write', 'fs/writeFile', 'no/such/method']) {
      const verdict = screenObserveMessage(JSON.stringify({ id: 'abc', method, params: {} }));
      expect(verdict).toMatchObject({ action: 'refuse', method, why: 'not-allowed' });
      expect(JSON.parse((verdict as { reply: string }).reply)).toEqual({ id: 'abc', error: { code: RELAY_FORBIDDEN_CODE, message: expect.stringContaining(method), data: { role: 'observe', method } } });
    }
  });

  test('thread/resume may not carry overrides; null ones are fine', () => {
    expect(screen({ id: 1, method: 'thread/resume', params: { threadId: 't', excludeTurns: true, model: null, sandbox: null } }).action).toBe('forward');
    for (const override of [{ model: 'x' }, { approvalPolicy: 'never' }, { sandbox: 'danger-full-access' }, { config: {} }, { cwd: '/' }]) {
      expect(screen({ id: 1, method: 'thread/resume', params: { threadId: 't', ...override } }).action).toBe('refuse');
    }
    expect(screen({ id: 1, method: 'thread/resume', params: ['t'] }).action).toBe('refuse');
  });

  test('initialize may carry clientInfo and the capabilities of its own connection only', () => {
    const clientInfo = { name: 'viewer', title: null, version: '1.0.0' };
    for (const capabilities of [undefined, null, {}, { experimentalApi: false }, { experimentalApi: true, optOutNotificationMethods: ['thread/started'] }, { optOutNotificationMethods: null, explicitGatewayOauth: null }]) {
      const msg = { id: 1, method: 'initialize', params: { clientInfo, ...(capabilities === undefined ? {} : { capabilities }) } };
      expect(screen(msg)).toEqual({ action: 'forward', text: JSON.stringify(msg) });
    }
    // What acts beyond this connection, even false; and anything unknown.
    for (const capabilities of [
      { explicitGatewayOauth: true },
      { explicitGatewayOauth: false },
      { experimentalApi: true, requestAttestation: true },
      { requiredHumanApproval: true },
      { mcpServerOpenaiFormElicitation: true },
      { extensions: { 'openai/form': {} } },
      { somethingNew: 1 },
      ['experimentalApi'],
      true,
    ]) {
      expect(screen({ id: 1, method: 'initialize', params: { clientInfo, capabilities } })).toMatchObject({ action: 'refuse', method: 'initialize', why: 'not-allowed' });
    }
    expect(screen({ id: 1, method: 'initialize', params: { clientInfo, experimentalApi: true } }).action).toBe('refuse');
    // A dotted key is a key, not a path.
    expect(screen({ id: 1, method: 'initialize', params: { clientInfo, 'capabilities.experimentalApi': true } }).action).toBe('refuse');
    expect(OBSERVE_ALLOW_LIST.initialize).toEqual(['clientInfo', 'capabilities.experimentalApi', 'capabilities.optOutNotificationMethods']);
  });

  test('answers to server requests, other notifications and junk are dropped', () => {
    expect(screen({ id: 0, result: { decision: 'accept' } })).toEqual({ action: 'drop', why: 'server-request-answer' });
    expect(screen({ id: 0, error: { code: -1, message: 'no' } })).toEqual({ action: 'drop', why: 'server-request-answer' });
    expect(screen({ method: 'turn/start', params: {} })).toEqual({ action: 'drop', why: 'notification' });
    expect(screen({ id: null, method: 'turn/start' })).toEqual({ action: 'drop', why: 'notification' });
    expect(screen([{ id: 1, method: 'thread/list' }])).toEqual({ action: 'drop', why: 'not-json-rpc' });
    expect(screenObserveMessage('{not json')).toEqual({ action: 'drop', why: 'not-json-rpc' });
  });

  test('no inherited name is a method: every Object.prototype member is refused, with params or without', () => {
    for (const method of Object.getOwnPropertyNames(Object.prototype)) {
      for (const params of [undefined, { threadId: 't' }, ['t']]) {
        const verdict = screen({ id: 1, method, params });
        expect(verdict).toMatchObject({ action: 'refuse', method, why: 'not-allowed' });
      }
      expect(screen({ method, params: { threadId: 't' } })).toEqual({ action: 'drop', why: 'notification' });
      expect(method in OBSERVE_ALLOW_LIST).toBe(false);
    }
    // An own `__proto__` key (JSON.parse makes one) is a param like any other.
    expect(screenObserveMessage('{"id":1,"method":"thread/resume","params":{"threadId":"t","__proto__":{"model":"x"}}}').action).toBe('refuse');
    expect(Object.isFrozen(OBSERVE_ALLOW_LIST) && Object.isFrozen(OBSERVE_ALLOW_LIST['thread/resume'])).toBe(true);
  });

  test('a message nested deeper than OBSERVE_MAX_DEPTH is refused (with an id) or dropped, never serialized again', () => {
    const nest = (n: number) => '['.repeat(n) + ']'.repeat(n);
    // The message is level 1, params level 2.
    expect(screenObserveMessage(`{"id":1,"method":"thread/list","params":${nest(OBSERVE_MAX_DEPTH - 1)}}`).action).toBe('forward');
    const refused = screenObserveMessage(`{"id":1,"method":"thread/list","params":${nest(OBSERVE_MAX_DEPTH)}}`);
    expect(refused).toMatchObject({ action: 'refuse', method: 'thread/list', why: 'too-deep' });
    expect(JSON.parse((refused as { reply: string }).reply).error).toEqual({ code: RELAY_FORBIDDEN_CODE, message: expect.stringContaining(`deeper than ${OBSERVE_MAX_DEPTH}`), data: { role: 'observe', method: 'thread/list', maxDepth: OBSERVE_MAX_DEPTH } });
    // Far deeper than JSON.stringify survives, in params or in any other member.
    expect(screenObserveMessage(`{"id":1,"method":"thread/list","params":${nest(100_000)}}`).action).toBe('refuse');
    expect(screenObserveMessage(`{"method":"initialized","params":{"a":${nest(100_000)}}}`)).toEqual({ action: 'drop', why: 'too-deep' });
    expect(screenObserveMessage(`{"method":"initialized","id":${nest(100_000)}}`)).toEqual({ action: 'drop', why: 'too-deep' });
    expect(screenObserveMessage(`{"id":2,"method":"initialize","extra":${nest(100_000)}}`).action).toBe('refuse');
    expect(nestedDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(nestedDeeperThan({ a: [{ b: {} }] }, 3)).toBe(true);
    expect(nestedDeeperThan('x', 0)).toBe(false);
  });

  test('the allow-list is explicit: no write method is on it', () => {
    expect(Object.keys(OBSERVE_ALLOW_LIST).filter((m) => /start|steer|interrupt|write|set|login|logout|exec|delete|archive|install|fork|compact|revert/.test(m))).toEqual([]);
  });
});

describe('tokens and tickets', () => {
  test('tokens are checked by value and role; short or odd tokens are refused at start', () => {
    const table = new TokenTable({ aaaaaaaaaaaaaaaa: 'full', bbbbbbbbbbbbbbbb: 'observe' });
    expect(table.roleOf('aaaaaaaaaaaaaaaa')).toBe('full');
    expect(table.roleOf('bbbbbbbbbbbbbbbb')).toBe('observe');
    expect(table.roleOf('aaaaaaaaaaaaaaab')).toBeUndefined();
    expect(() => new TokenTable({ short: 'full' })).toThrow('16 to 256 characters');
    expect(() => new TokenTable({ 'has,comma-and-more-chars': 'full' })).toThrow('16 to 256 characters');
    expect(() => new TokenTable({})).toThrow('at least one token');
    // the error message never quotes a token
    expect(() => new TokenTable({ 'secret secret secret': 'full' })).not.toThrow(/secret secret/);
  });

  test('a ticket works once and expires after its ttl', () => {
    let now = 1000;
    const book = new TicketBook(500, () => now);
    const once = book.issue('observe');
    expect(book.redeem(once)).toBe('observe');
    expect(book.redeem(once)).toBeUndefined();
    const late = book.issue('full');
    now += 500;
    expect(book.redeem(late)).toBeUndefined();
    expect(book.redeem('made-up')).toBeUndefined();
  });
});
