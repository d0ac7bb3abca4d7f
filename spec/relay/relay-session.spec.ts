/**
 * One relay session in memory, with stand-in sockets: an exception while handling one message
 * stays in that session (closed with `protocol-error`) and never escapes the socket's handler.
 */
import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { RELAY_CLOSE_CODES, RelayCloseReason } from '../../lib/relay/close-reasons.js';
import { RelaySession, type SessionEnd } from '../../lib/relay/relay-session.js';

/** The part of a `ws` socket a session uses. */
class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  readonly sent: string[] = [];
  closedWith: { code?: number; reason?: string } | null = null;
  send(data: Buffer | string) {
    this.sent.push(String(data));
  }
  close(code?: number, reason?: string) {
    this.closedWith = { code, reason: String(reason) };
    this.readyState = 3;
    this.emit('close');
  }
  terminate() {
    this.readyState = 3;
  }
  ping() {}
}

function session(role: 'full' | 'observe', hooks: { screened?: () => void } = {}) {
  const browser = new FakeSocket();
  const upstream = new FakeSocket();
  const ends: SessionEnd[] = [];
  const s = new RelaySession(1, role, browser as unknown as WebSocket, upstream as unknown as WebSocket, 1024 * 1024, {
    screened: hooks.screened ?? (() => {}),
    parked: () => {},
    resumed: () => {},
    secret: () => 'a-secret-that-is-long-enough',
    ended: (_s, end) => ends.push(end),
  });
  s.start();
  return { browser, upstream, ends };
}

test('an exception while screening a browser message closes that session with protocol-error (1008), and does not escape', () => {
  const { browser, upstream, ends } = session('observe', {
    screened: () => {
      throw new Error('a hook that throws');
    },
  });
  browser.emit('message', Buffer.from('{"id":1,"method":"thread/list","params":{}}'), false);
  expect(upstream.sent).toEqual(['{"id":1,"method":"thread/list","params":{}}']);
  expect(ends).toEqual([]);
  expect(() => browser.emit('message', Buffer.from('{"id":2,"method":"turn/start"}'), false)).not.toThrow();
  expect(browser.closedWith).toEqual({ code: RELAY_CLOSE_CODES[RelayCloseReason.ProtocolError], reason: 'protocol-error' });
  expect(RELAY_CLOSE_CODES['protocol-error']).toBe(1008);
  expect(upstream.readyState).toBe(3);
  expect(ends).toEqual(['protocol-error']);
});

test('an exception while forwarding an app-server message closes that session the same way', () => {
  const { browser, upstream, ends } = session('full');
  browser.send = () => {
    throw new Error('send failed');
  };
  expect(() => upstream.emit('message', Buffer.from('{"method":"thread/started"}'), false)).not.toThrow();
  expect(browser.closedWith?.reason).toBe('protocol-error');
  expect(ends).toEqual(['protocol-error']);
});
