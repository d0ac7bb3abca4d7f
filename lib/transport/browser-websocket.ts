import { ConnectionRefusedError } from '../errors.js';
import type { Redactor } from './redactor.js';
import { RELAY_PROTOCOL, relayProtocols } from './relay-protocol.js';
import { WebSocketTransport, type WebSocketLike } from './websocket-transport.js';


/**
 * Opens the runtime's own `WebSocket` (a browser's). A browser cannot send an `Authorization`
 * header, so a token goes to a codex-rx relay as a subprotocol value; app-server itself refuses
 * browsers (it answers 403 to any Origin), so in a page `url` is a relay's.
 */
export function openGlobalWebSocket(target: { url: string; token?: string }, options: { redactor: Redactor; maxMessageBytes?: number; protocols?: string[] }): Promise<WebSocketTransport> {
  const Ctor = (globalThis as { WebSocket?: new (url: string, protocols?: string[]) => WebSocketLike & { onopen: unknown } }).WebSocket;
  if (!Ctor) return Promise.reject(new ConnectionRefusedError('This runtime has no WebSocket: in Node, import codex-rx without the browser condition.'));
  const { redactor } = options;
  if (target.token) redactor.add(target.token);
  // Always offer `codex-rx` (a ticket needs no token): a relay then refuses with a close code a page can read.
  const protocols = options.protocols ?? (target.token ? relayProtocols(target.token) : [RELAY_PROTOCOL]);
  return new Promise((resolve, reject) => {
    let socket: WebSocketLike;
    try {
      socket = protocols ? new Ctor(target.url, protocols) : new Ctor(target.url);
    } catch (cause) {
      reject(new ConnectionRefusedError(redactor.redact(`Could not connect to ${target.url}: ${cause instanceof Error ? cause.message : String(cause)}`), null, { cause }));
      return;
    }
    let opened = false;
    // Before 'open', an error then close 1006 is all a page learns: refused, unauthorized or down.
    socket.addEventListener('close', (event) => {
      if (opened) return;
      reject(new ConnectionRefusedError(`Could not connect to ${target.url} (WebSocket ${event.code}): the server refused the connection (wrong token or Origin) or is not running; a browser cannot tell which.`));
    });
    (socket as unknown as { addEventListener(type: 'open', l: () => void): void }).addEventListener('open', () => {
      opened = true;
      resolve(new WebSocketTransport(socket, { redactor, ...(options.maxMessageBytes ? { maxMessageBytes: options.maxMessageBytes } : {}) }));
    });
  });
}
