/**
 * Why the relay closed a browser connection. The reason string is sent as the WebSocket close
 * reason, next to the code in {@link RELAY_CLOSE_CODES}, so a page can tell them apart.
 */
export const RelayCloseReason = {
  /** One inbound message was larger than `limits.maxMessageBytes` (1009). */
  MessageTooBig: 'message-too-big',
  /** The browser stopped reading and more than `limits.maxBufferedBytes` piled up for it (1008). */
  SlowConsumer: 'slow-consumer',
  /** `limits.maxConnections` browsers were already connected (1013). */
  TooManyConnections: 'too-many-connections',
  /** app-server stopped reading and more than `limits.maxBufferedBytes` piled up for it (1013). */
  UpstreamBusy: 'upstream-busy',
  /** The browser sent a binary frame; the protocol is one JSON-RPC message per text frame (1003). */
  BinaryFrame: 'binary-frame',
  /** The app-server connection ended (1001). */
  UpstreamClosed: 'upstream-closed',
  /** app-server did not answer a ping within `limits.pingIntervalMs` (1011). */
  UpstreamUnresponsive: 'upstream-unresponsive',
  /**
   * The browser did not answer a ping within `limits.pingIntervalMs`. Its socket is dropped without
   * a close frame: nobody is listening for one.
   */
  PingTimeout: 'ping-timeout',
  /** `relay.close()` was called (1001). */
  RelayClosing: 'relay-closing',
  /**
   * A resumable session's browser did not come back within `limits.resumeWindowMs`, or more than
   * `limits.resumeMaxBytes` piled up for it meanwhile: the relay closed its upstream (1001).
   */
  ResumeWindowPassed: 'resume-window-passed',
  /** A resume attempt named a session the relay does not hold (any more): start afresh (4409). */
  ResumeExpired: 'resume-expired',
  /**
   * Handling one message of this connection threw (a message the relay could not screen or
   * forward). Only this connection is closed (1008); the relay and every other session go on.
   */
  ProtocolError: 'protocol-error',
  /**
   * Refused before the connection began: the token or ticket is missing, unknown, used or expired
   * (4401). Sent to a client that offers the `codex-rx` subprotocol (a page), which is upgraded and
   * closed at once, so that it can tell a refusal from a relay that is down; any other client gets
   * HTTP 401 instead.
   */
  Unauthorized: 'unauthorized',
  /** Refused before the connection began: the page's Origin is not allowed (4403; HTTP 403 for a client that does not offer `codex-rx`). */
  ForbiddenOrigin: 'forbidden-origin',
} as const;

/** One of the {@link RelayCloseReason} values. */
export type RelayCloseReason = (typeof RelayCloseReason)[keyof typeof RelayCloseReason];

/** The WebSocket close code sent with each {@link RelayCloseReason}. */
export const RELAY_CLOSE_CODES: Readonly<Record<RelayCloseReason, number>> = {
  'message-too-big': 1009,
  'slow-consumer': 1008,
  'too-many-connections': 1013,
  'upstream-busy': 1013,
  'binary-frame': 1003,
  'upstream-closed': 1001,
  'upstream-unresponsive': 1011,
  'ping-timeout': 1006,
  'relay-closing': 1001,
  'resume-window-passed': 1001,
  'resume-expired': 4409,
  'protocol-error': 1008,
  unauthorized: 4401,
  'forbidden-origin': 4403,
};
