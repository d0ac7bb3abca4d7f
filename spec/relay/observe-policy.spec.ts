import { OBSERVE_ALLOW_LIST, RELAY_FORBIDDEN_CODE, screenObserveMessage } from '../../lib/relay/observe-policy.js';
import { TicketBook, TokenTable } from '../../lib/relay/credentials.js';

describe('screenObserveMessage', () => {
  const screen = (msg: unknown) => screenObserveMessage(JSON.stringify(msg));

  test('read methods and the initialized notification pass', () => {
    for (const method of ['initialize', 'thread/list', 'thread/read', 'thread/resume', 'thread/unsubscribe', 'thread/loaded/list', 'thread/turns/list', 'thread/items/list', 'account/read', 'account/rateLimits/read', 'model/list']) {
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
      expect(verdict).toMatchObject({ action: 'refuse', method });
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

  test('answers to server requests, other notifications and junk are dropped', () => {
    expect(screen({ id: 0, result: { decision: 'accept' } })).toEqual({ action: 'drop', why: 'server-request-answer' });
    expect(screen({ id: 0, error: { code: -1, message: 'no' } })).toEqual({ action: 'drop', why: 'server-request-answer' });
    expect(screen({ method: 'turn/start', params: {} })).toEqual({ action: 'drop', why: 'notification' });
    expect(screen({ id: null, method: 'turn/start' })).toEqual({ action: 'drop', why: 'notification' });
    expect(screen([{ id: 1, method: 'thread/list' }])).toEqual({ action: 'drop', why: 'not-json-rpc' });
    expect(screenObserveMessage('{not json')).toEqual({ action: 'drop', why: 'not-json-rpc' });
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
