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

// ------------------------------------------------------------------------------------------------
// Resumable relay sessions (protocol v1). Between a client and a codex-rx relay only: app-server
// sees plain JSON-RPC frames and never notices a drop the relay bridged.
//
// - A client asks for a resumable session by adding `?codex-rx-resume=1` to the relay URL (a URL
//   app-server would ignore). The relay then sends a `session` control frame before anything else.
// - Both sides count the JSON-RPC frames they receive in a session, from 0, and acknowledge them
//   now and then with an `ack` control frame (`received`: how many so far). Each side keeps what
//   it sent until the peer acknowledged it.
// - After a drop the client reconnects offering the subprotocol `codex-rx.resume.<secret>.<received>`
//   (next to `codex-rx`). If the relay still holds the session (within its window of time and bytes)
//   it answers with a `session` frame (`resumed: true`, a new secret, and how many client frames it
//   got), then every frame the client missed, in order; the client sends again what the relay did
//   not get. Otherwise it closes with 4409 (`resume-expired`), and the client starts afresh.
// - A client that closes on purpose sends `bye` first: the relay ends the session at once.
// Control frames are JSON objects that begin with `{"codex-rx":`, which no JSON-RPC message does.
// ------------------------------------------------------------------------------------------------

/** The query parameter by which a client asks a relay for a resumable session. */
export const RESUME_QUERY = 'codex-rx-resume';

/** Prefix of the subprotocol value of a resume attempt: `codex-rx.resume.<secret>.<received>`. */
export const RESUME_PROTOCOL_PREFIX = 'codex-rx.resume.';

/** How every control frame begins, and no JSON-RPC message does. */
export const CONTROL_FRAME_PREFIX = '{"codex-rx":';

/** The close code of a relay that cannot resume a session (unknown secret, window passed). */
export const RESUME_EXPIRED_CLOSE_CODE = 4409;

/** A control frame between a client and a codex-rx relay. */
export type RelayControlFrame =
  /** Relay → client, first frame of every (re)connection of a resumable session. */
  | { 'codex-rx': 'session'; secret: string; resumed: boolean; received: number; windowMs: number; maxBytes: number }
  /** Either way: how many JSON-RPC frames of the session the sender has received so far. */
  | { 'codex-rx': 'ack'; received: number }
  /** Client → relay: the client is closing on purpose; end the session now. */
  | { 'codex-rx': 'bye' };

/** Serialises a control frame (with `codex-rx` first, as {@link CONTROL_FRAME_PREFIX} needs). */
export function controlFrame(frame: RelayControlFrame): string {
  return JSON.stringify(frame);
}

/** Reads a control frame; null if `text` is not a well-formed one. Never throws. */
export function parseControlFrame(text: string): RelayControlFrame | null {
  if (!text.startsWith(CONTROL_FRAME_PREFIX) || text.length > 1024) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const frame = value as Record<string, unknown>;
  const kind = frame['codex-rx'];
  const count = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  if (kind === 'ack') return count(frame.received) ? { 'codex-rx': 'ack', received: frame.received as number } : null;
  if (kind === 'bye') return { 'codex-rx': 'bye' };
  if (kind === 'session' && typeof frame.secret === 'string' && RELAY_TOKEN_PATTERN.test(frame.secret) && typeof frame.resumed === 'boolean' && count(frame.received) && count(frame.windowMs) && count(frame.maxBytes)) {
    return { 'codex-rx': 'session', secret: frame.secret, resumed: frame.resumed, received: frame.received as number, windowMs: frame.windowMs as number, maxBytes: frame.maxBytes as number };
  }
  return null;
}

/** The subprotocols of a resume attempt: `['codex-rx', 'codex-rx.resume.<secret>.<received>']`. */
export function resumeProtocols(secret: string, received: number): string[] {
  return [RELAY_PROTOCOL, `${RESUME_PROTOCOL_PREFIX}${secret}.${received}`];
}

/** Reads a resume subprotocol value; null if it is not one. */
export function parseResumeProtocol(value: string): { secret: string; received: number } | null {
  if (!value.startsWith(RESUME_PROTOCOL_PREFIX)) return null;
  const rest = value.slice(RESUME_PROTOCOL_PREFIX.length);
  const dot = rest.lastIndexOf('.');
  if (dot < 0) return null;
  const secret = rest.slice(0, dot);
  const received = Number(rest.slice(dot + 1));
  if (!RELAY_TOKEN_PATTERN.test(secret) || !/^\d{1,15}$/.test(rest.slice(dot + 1))) return null;
  return { secret, received };
}

/** The URL with the resume query parameter added. */
export function resumableUrl(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set(RESUME_QUERY, '1');
  return parsed.toString();
}
