/**
 * How a browser presents its relay token: as WebSocket subprotocol values, the one credential a
 * page can attach to a WebSocket handshake. This file has no Node imports, so a browser bundle can
 * use it too.
 */

/** The subprotocol the relay selects; a client must offer it next to its token. */
export const RELAY_PROTOCOL = 'codex-rx';

/** Prefix of the subprotocol value that carries the token: `codex-rx.token.<token>`. */
export const TOKEN_PROTOCOL_PREFIX = 'codex-rx.token.';

/** Characters a token may use: it travels as a subprotocol value, which must be an HTTP token. */
export const RELAY_TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,256}$/;

/**
 * The `protocols` argument for `new WebSocket(relayUrl, protocols)`:
 * `['codex-rx', 'codex-rx.token.<token>']`. The relay answers with `codex-rx` only and never
 * echoes the token.
 */
export function relayProtocols(token: string): string[] {
  return [RELAY_PROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${token}`];
}
