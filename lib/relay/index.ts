/**
 * `codex-rx/relay` (Node only): lets browser pages reach an app-server. A page cannot connect to
 * app-server 0.169.0 itself (it refuses any request with an `Origin` and takes its token only as
 * a Bearer header); the relay checks the page's Origin and token, then forwards frames one to one
 * over its own upstream connection.
 * @packageDocumentation
 */
export { startRelay, type Relay, type RelayOptions, type RelayLimits, type RelayEvent } from './start-relay.js';
export { RelayCloseReason, RELAY_CLOSE_CODES } from './close-reasons.js';
export { OBSERVE_ALLOW_LIST, OBSERVE_MAX_DEPTH, RELAY_FORBIDDEN_CODE, screenObserveMessage, type ObserveVerdict } from './observe-policy.js';
export { generateRelayToken, type RelayRole } from './credentials.js';
export { RELAY_PROTOCOL, TOKEN_PROTOCOL_PREFIX, relayProtocols } from '../transport/relay-protocol.js';
export { UpstreamConnectError, type RelayUpstream } from './upstream.js';
export type { SessionEnd } from './relay-session.js';
